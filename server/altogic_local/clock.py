"""Clocks. Everything in the backend that depends on time (TTLs, token expiry, schedules) asks a
`Clock`, so that tests can move time forward instead of sleeping."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch."""
        ...


class SystemClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self.start = self._now
        """Where it started (a scheduler plans a taken-over clock's schedule from there)."""
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._now += seconds
            return self._now


class TestClock:
    """The system clock, until a test takes it over (`manual()`, the pytest plugin's
    `altogic_clock`): then a `ManualClock` that only moves when the test moves it, until
    `release()`. A backend kept across tests runs on one, so each test chooses its time."""

    __test__ = False  # not a test class, whatever pytest's name rules say

    def __init__(self) -> None:
        self._manual: ManualClock | None = None

    def now(self) -> float:
        manual = self._manual
        return time.time() if manual is None else manual.now()

    @property
    def taken_over(self) -> ManualClock | None:
        """The manual clock in charge, if a test took the clock over."""
        return self._manual

    def manual(self, start: float | None = None) -> ManualClock:
        """Stop following the system clock: answers the manual clock now in charge (starting at
        `start`, default the current time)."""
        self._manual = ManualClock(start)
        return self._manual

    def release(self) -> None:
        """Follow the system clock again."""
        self._manual = None


def iso(timestamp: float) -> str:
    """Altogic's date format: ISO-8601 UTC with milliseconds and `Z`."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
