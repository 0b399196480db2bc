"""Task schedules: Altogic's schedule kinds, translated to cron strings that croniter evaluates.

    every="15 minutes"                 -> */15 * * * *
    every="6 hours"                    -> 0 */6 * * *
    daily_at="03:00"                   -> 0 3 * * *
    weekly_on=["mon", "thu"], at="09:30" -> 30 9 * * mon,thu
    monthly_on=1, at="09:30"           -> 30 9 1 * *
    cron="0 3 * * *"                   -> as given

Times are UTC, on the backend's clock. An `every` that does not divide the hour (minutes) or the
day (hours), e.g. "45 minutes", has no cron string: it runs every N minutes counted from the Unix
epoch, so its runs do not drift with restarts. A `monthly_on` day a month lacks (31 in April) is
skipped that month, as cron does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from croniter import croniter

__all__ = ["Schedule", "ScheduleError", "schedule_of"]

_EVERY = re.compile(r"^\s*(\d+)\s+(minute|minutes|hour|hours)\s*$")


class ScheduleError(ValueError):
    """A schedule that cannot be evaluated."""


@dataclass(frozen=True)
class Schedule:
    """When a task runs: a cron string (UTC), or a fixed interval counted from the epoch."""

    description: str
    """The schedule as declared, e.g. `every 5 minutes`."""
    cron: str | None = None
    interval: float | None = None
    """Seconds between runs, for an `every` with no cron string."""

    def next_after(self, timestamp: float) -> float:
        """The first run strictly after `timestamp` (seconds since the epoch)."""
        if self.interval is not None:
            return (math.floor(timestamp / self.interval) + 1) * self.interval
        assert self.cron is not None
        start = datetime.fromtimestamp(timestamp, UTC)
        return float(croniter(self.cron, start).get_next(float))

    def runs_between(self, start: float, end: float, limit: int = 1000) -> list[float]:
        """The runs in `(start, end]`, at most `limit` of them (the last ones)."""
        runs: list[float] = []
        moment = self.next_after(start)
        while moment <= end:
            runs.append(moment)
            if len(runs) > limit:
                runs.pop(0)
            moment = self.next_after(moment)
        return runs


def _time(at: str) -> tuple[int, int]:
    hours, minutes = at.split(":")
    return int(hours), int(minutes)


def schedule_of(options: Mapping[str, Any]) -> Schedule:
    """The schedule of a task's options (as `@task` checked them); raises ScheduleError for a
    cron string croniter cannot read."""
    if "every" in options:
        value = str(options["every"])
        found = _EVERY.match(value)
        if found is None or int(found.group(1)) < 1:
            raise ScheduleError(f"every is 'N minutes' or 'N hours' with N >= 1, not {value!r}")
        count, unit = int(found.group(1)), found.group(2)
        description = f"every {count} {unit}"
        if unit.startswith("minute"):
            if count < 60 and 60 % count == 0:
                return Schedule(description, cron=f"*/{count} * * * *")
            return Schedule(description, interval=count * 60.0)
        if count < 24 and 24 % count == 0:
            return Schedule(description, cron=f"0 */{count} * * *")
        return Schedule(description, interval=count * 3600.0)
    if "daily_at" in options:
        hours, minutes = _time(options["daily_at"])
        return Schedule(f"daily at {options['daily_at']}", cron=f"{minutes} {hours} * * *")
    if "weekly_on" in options:
        hours, minutes = _time(options["at"])
        days = ",".join(options["weekly_on"])
        return Schedule(
            f"weekly on {', '.join(options['weekly_on'])} at {options['at']}",
            cron=f"{minutes} {hours} * * {days}",
        )
    if "monthly_on" in options:
        hours, minutes = _time(options["at"])
        day = options["monthly_on"]
        return Schedule(
            f"monthly on day {day} at {options['at']}", cron=f"{minutes} {hours} {day} * *"
        )
    if "cron" in options:
        cron = str(options["cron"]).strip()
        if not croniter.is_valid(cron):
            raise ScheduleError(f"cron {cron!r} is not a cron string croniter can read")
        return Schedule(f"cron {cron}", cron=cron)
    raise ScheduleError("a task has one schedule: every, daily_at, weekly_on, monthly_on or cron")
