"""The cache engine interface and the embedded in-process implementation.

Values are stored as JSON text (bytes), as a Redis engine would store them, so that a read can be
answered without decoding and re-encoding the value.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import anyio.to_thread
from sortedcontainers import SortedList

from ..clock import Clock
from .glob import compile_glob, literal_prefix


class NotNumeric(ValueError):
    """The value stored under the key is not a number."""


@dataclass(frozen=True)
class CacheUsage:
    keys: int
    bytes: int
    daily_ingress: int
    daily_egress: int
    monthly_ingress: int
    monthly_egress: int


@dataclass(frozen=True)
class ScanPage:
    entries: list[tuple[str, bytes]]
    cursor: str | None
    """Where the next page starts, or None when the scan is complete."""


class CacheStore(Protocol):
    """What the cache module needs from a cache engine (the operations map onto Redis)."""

    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl: float | None) -> None: ...

    async def delete(self, keys: list[str]) -> int: ...

    async def increment(self, key: str, amount: int | float, ttl: float | None) -> int | float:
        """Add `amount` to the number under `key` (0 when absent); raise `NotNumeric`."""
        ...

    async def expire(self, key: str, ttl: float) -> bool: ...

    async def scan(self, cursor: str | None, pattern: str | None, count: int) -> ScanPage:
        """Return up to `count` matching entries after `cursor`, in key order, and the cursor
        to continue from (None at the end). A page may hold fewer than `count` entries, even
        none, with a cursor: a scan examines a bounded number of keys.

        `pattern` is a valid Redis glob (the spec's pattern for it is checked first)."""
        ...

    async def usage(self) -> CacheUsage: ...

    async def clear(self) -> None:
        """Remove every key and forget the traffic counted so far."""
        ...

    async def open(self) -> None:
        """Load what a previous run kept (engines that keep their data elsewhere do nothing)."""
        ...

    async def snapshot(self) -> dict[str, Any]:
        """Every live key with its value and expiry, and the traffic counted, as JSON."""
        ...

    async def restore(self, snapshot: dict[str, Any]) -> None:
        """Replace everything with what `snapshot` answered (expired keys are left out)."""
        ...

    async def close(self) -> None:
        """Keep what a later run should find."""
        ...


DAY = 86_400


def _period_keys(day_number: int) -> tuple[str, str]:
    day = datetime.fromtimestamp(day_number * DAY, UTC).strftime("%Y-%m-%d")
    return day, day[:7]


class MemoryCacheStore:
    """An in-process cache: a dict of JSON values, a sorted key index for ordered scans, and a
    heap of expiry times swept on every write.

    With a `path`, the cache is saved there as JSON when it closes (a clean stop, SIGTERM
    included) and, when it changed, every `snapshot_interval` seconds (as Redis saves its RDB
    snapshot), and loaded when it opens; a process killed outright loses at most the changes of
    the last interval. A save copies the key and expiry tables on the event loop (values are
    immutable bytes, so the copies are a consistent snapshot, taken in a fraction of a
    millisecond) and encodes and writes them from a worker thread, a slice of keys at a time, to
    a temporary file renamed into place: the file is always a whole snapshot, and the event loop
    is never held for more than one slice (the encoder holds the GIL while it runs)."""

    SCAN_EXAMINE_LIMIT = 10_000
    SCAN_WORK_LIMIT = 200_000
    """Pattern-matching steps one scan may take (a few milliseconds) before it answers with
    what it has and a cursor: a scan runs on the event loop, so its work is bounded."""

    def __init__(
        self, clock: Clock, path: Path | None = None, snapshot_interval: float | None = None
    ) -> None:
        self._clock = clock
        self._path = path
        self._interval = snapshot_interval
        self._changes = 0
        """Writes so far; a save is skipped while it equals `_saved` (nothing changed)."""
        self._saved = 0
        self._saver: asyncio.Task[None] | None = None
        self._saves = 0
        """Saves started, numbered on the event loop."""
        self._written = 0
        """The number of the save the file holds, set by the worker thread that wrote it."""
        self._write_lock = threading.Lock()
        self._periods: tuple[int, tuple[str, str]] = (-1, ("", ""))
        """The day number (days since the epoch) and its day and month keys, made once a day."""
        self._values: dict[str, bytes] = {}
        self._expires: dict[str, float] = {}
        self._expiry_heap: list[tuple[float, str]] = []
        self._keys: SortedList = SortedList()
        self._size = 0
        self._traffic: dict[str, list[int]] = {}  # day or month -> [ingress, egress]

    # -- bookkeeping
    def _day_and_month(self) -> tuple[str, str]:
        day_number = int(self._clock.now() // DAY)
        if day_number != self._periods[0]:
            self._periods = (day_number, _period_keys(day_number))
        return self._periods[1]

    def _count(self, ingress: int = 0, egress: int = 0) -> None:
        for period in self._day_and_month():
            counters = self._traffic.setdefault(period, [0, 0])
            counters[0] += ingress
            counters[1] += egress

    def _live(self, key: str) -> bytes | None:
        value = self._values.get(key)
        if value is not None:
            expires = self._expires.get(key)
            if expires is not None and expires <= self._clock.now():
                self._remove(key)
                return None
        return value

    def _remove(self, key: str) -> bool:
        value = self._values.pop(key, None)
        if value is None:
            return False
        self._changes += 1
        self._expires.pop(key, None)
        self._keys.remove(key)
        self._size -= len(key) + len(value)
        return True

    def _put(self, key: str, value: bytes) -> None:
        self._changes += 1
        old = self._values.get(key)
        if old is None:
            self._keys.add(key)
        else:
            self._size -= len(key) + len(old)
        self._values[key] = value
        self._size += len(key) + len(value)

    def _set_ttl(self, key: str, ttl: float | None) -> None:
        self._changes += 1
        if ttl is None:
            self._expires.pop(key, None)
            return
        expires = self._clock.now() + ttl
        self._expires[key] = expires
        heapq.heappush(self._expiry_heap, (expires, key))

    def _sweep(self) -> None:
        now = self._clock.now()
        heap = self._expiry_heap
        while heap and heap[0][0] <= now:
            expires, key = heapq.heappop(heap)
            if self._expires.get(key) == expires:
                self._remove(key)

    # -- CacheStore
    async def get(self, key: str) -> bytes | None:
        value = self._live(key)
        if value is not None:
            self._count(egress=len(value))
        return value

    async def set(self, key: str, value: bytes, ttl: float | None) -> None:
        self._sweep()
        self._put(key, value)
        self._set_ttl(key, ttl)
        self._count(ingress=len(value))

    async def delete(self, keys: list[str]) -> int:
        self._sweep()
        return sum(self._remove(key) for key in set(keys))

    async def increment(self, key: str, amount: int | float, ttl: float | None) -> int | float:
        self._sweep()
        raw = self._live(key)
        current = 0 if raw is None else json.loads(raw)
        if isinstance(current, bool) or not isinstance(current, int | float):
            raise NotNumeric(key)
        result = current + amount
        encoded = json.dumps(result).encode()
        self._put(key, encoded)
        if ttl is not None:
            self._set_ttl(key, ttl)
        self._count(ingress=len(encoded))
        return result

    async def expire(self, key: str, ttl: float) -> bool:
        self._sweep()
        if self._live(key) is None:
            return False
        self._set_ttl(key, ttl)
        return True

    async def scan(self, cursor: str | None, pattern: str | None, count: int) -> ScanPage:
        matcher = compile_glob(pattern) if pattern else None
        prefix = literal_prefix(pattern) if pattern else ""
        if cursor is not None and cursor >= prefix:
            index = self._keys.bisect_right(cursor)
        else:
            index = self._keys.bisect_left(prefix)
        now = self._clock.now()
        entries: list[tuple[str, bytes]] = []
        last: str | None = None
        work = 0
        for examined, key in enumerate(self._keys.islice(index)):
            if not key.startswith(prefix):
                break
            if (
                len(entries) == count
                or examined == self.SCAN_EXAMINE_LIMIT
                or work >= self.SCAN_WORK_LIMIT
            ):
                return self._page(entries, last)  # more may follow `last`
            last = key
            matched = True
            if matcher is not None:
                matched, steps = matcher.match(key)
                work += steps
            expires = self._expires.get(key)
            if matched and (expires is None or expires > now):
                entries.append((key, self._values[key]))
        return self._page(entries, None)

    def _page(self, entries: list[tuple[str, bytes]], cursor: str | None) -> ScanPage:
        self._count(egress=sum(len(value) for _, value in entries))
        return ScanPage(entries, cursor)

    async def usage(self) -> CacheUsage:
        self._sweep()
        day, month = self._day_and_month()
        daily = self._traffic.get(day, [0, 0])
        monthly = self._traffic.get(month, [0, 0])
        return CacheUsage(len(self._values), self._size, *daily, *monthly)

    async def clear(self) -> None:
        self._changes += 1
        self._values.clear()
        self._expires.clear()
        self._expiry_heap.clear()
        self._keys.clear()
        self._size = 0
        self._traffic.clear()

    async def open(self) -> None:
        if self._path is None:
            return
        if self._path.exists():
            await self.restore(json.loads(self._path.read_text(encoding="utf-8")))
        self._saved = self._changes
        if self._interval is not None:
            self._saver = asyncio.create_task(self._save_periodically(self._interval))

    async def _save_periodically(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self._changes != self._saved:
                await self._save()

    async def _save(self) -> None:
        changes = self._changes
        self._sweep()
        self._saves += 1
        values, expires = dict(self._values), dict(self._expires)
        await anyio.to_thread.run_sync(
            self._write, self._saves, values, expires, self._traffic_copy()
        )
        self._saved = changes

    def _write(
        self, number: int, values: dict[str, bytes], expires: dict[str, float], traffic: Any
    ) -> None:
        """Write save `number` (in a worker thread). Saves are written one at a time, and a save
        older than the one the file holds is dropped: cancelling a save (`close()` cancels the
        periodic one) does not stop its thread, which may still be writing when a newer save
        starts."""
        assert self._path is not None
        with self._write_lock:
            if number < self._written:
                return
            _write_snapshot(self._path, values, expires, traffic)
            self._written = number

    def _traffic_copy(self) -> dict[str, list[int]]:
        return {period: list(counts) for period, counts in self._traffic.items()}

    async def snapshot(self) -> dict[str, Any]:
        self._sweep()
        return {
            "entries": {
                key: _entry(value, self._expires.get(key)) for key, value in self._values.items()
            },
            "traffic": self._traffic_copy(),
        }

    async def restore(self, snapshot: dict[str, Any]) -> None:
        now = self._clock.now()
        await self.clear()
        for key, (value, expires) in snapshot["entries"].items():
            if expires is None or expires > now:
                self._put(key, value.encode("utf-8"))
                if expires is not None:
                    self._set_ttl(key, expires - now)
        self._traffic = {period: list(counts) for period, counts in snapshot["traffic"].items()}

    async def close(self) -> None:
        if self._saver is not None:
            self._saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._saver
            self._saver = None
        if self._path is not None:
            await self._save()


def _entry(value: bytes, expires: float | None) -> list[Any]:
    """A key's entry in a snapshot: its JSON text and its expiry time (None: never)."""
    return [value.decode("utf-8"), expires]


SAVE_SLICE = 500
"""Keys encoded at a time by a save (well under a millisecond of work)."""


def _write_snapshot(
    path: Path, values: dict[str, bytes], expires: dict[str, float], traffic: dict[str, Any]
) -> None:
    """Write `{"entries": ..., "traffic": ...}` as `snapshot()` answers it for these copies, to a
    temporary file renamed into place. Run in a worker thread: the entries are encoded a slice
    at a time, and the GIL is handed back to the event loop after each slice."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    keys = list(values)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as file:
        file.write(b'{"entries": {')
        for start in range(0, len(keys), SAVE_SLICE):
            piece = {
                key: _entry(values[key], expires.get(key))
                for key in keys[start : start + SAVE_SLICE]
            }
            if start:
                file.write(b", ")
            file.write(encode(piece)[1:-1].encode("utf-8"))  # the members, without the braces
            time.sleep(0)  # releases the GIL: the event loop runs before the next slice
        file.write(b'}, "traffic": ' + encode(traffic).encode("utf-8") + b"}")
    os.replace(temporary, path)
