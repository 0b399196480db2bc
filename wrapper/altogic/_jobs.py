"""What the queue and task managers share: the statuses that end a job (a queued message, a task
run), and how `wait_for_message` / `wait_for_task` poll and end.

Waiting polls the job's status, first at once, then after 0.05 s, doubling up to 1 s between polls,
until the status is `completed` or `errors` (the final info is the result), or the time is up (a
`timeout` error). Each poll is given no more than the time the wait has left (at least a second,
and within the client's own timeout), so that a wait ends close to its time even when the server
stops answering. A poll that fails ends the wait with its error; so does a job the backend does
not know (a `message_not_found` / `task_not_found` error: its status is null). The loop is
`altogic._async.jobs`; its sync twin is generated from it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import Any, TypeVar

from ._call import Call
from ._shapes import ShapeError
from .result import APIError, Result

R = TypeVar("R", bound=Result[Any])

FINAL_STATUSES = frozenset({"completed", "errors"})
"""The statuses after which a job's status no longer changes."""
FIRST_POLL = 0.05
"""Seconds between the first and the second poll; each wait after doubles it ..."""
LAST_POLL = 1.0
"""... up to this many seconds."""
MIN_POLL_TIME = 1.0
"""The least time a poll is given, even when the wait has less left."""


def not_null(read: Callable[[Any], R]) -> Callable[[Any], R]:
    """`read`, refusing a null answer: a call that creates a job answers its info."""

    def read_info(payload: Any) -> R:
        if payload is None:
            raise ShapeError("data should be an object, not null")
        return read(payload)

    return read_info


def poll_within(planned: Call[R], left: float) -> Call[R]:
    """The status call `planned`, to take no longer than the `left` seconds the wait has, but
    at least `MIN_POLL_TIME` (so that a wait with no time left still polls once)."""
    return dataclasses.replace(planned, time_limit=max(left, MIN_POLL_TIME))


def next_poll(delay: float) -> float:
    """The wait after a wait of `delay` seconds."""
    return min(delay * 2, LAST_POLL)


def timeout_problem(timeout: Any) -> str | None:
    """Why `timeout` is not a number of seconds to wait, or None."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        return f"timeout must be a number of seconds, not {type(timeout).__name__} {timeout!r}."
    if math.isnan(timeout) or timeout < 0:
        return f"timeout must be a number of seconds, 0 or more, not {timeout!r}."
    return None


def invalid_timeout(problem: str) -> APIError:
    return APIError.client("invalid_request", problem)


def outcome(status: R, kind: str, code: str, job_id: str) -> R | None:
    """What a poll's result `status` ends the wait with, or None to poll again: the result itself
    when it failed or its job is done; an error (`code`) when the backend does not know the job,
    a `kind` ("message", "task run")."""
    if status.errors is not None:
        return status
    info = status.data
    if info is None:
        message = (
            f"There is no {kind} {job_id}: the backend does not know it, or no longer keeps it "
            "(it keeps them 7 days)."
        )
        return status.from_errors(APIError.client(code, message))
    if info.get("status") in FINAL_STATUSES:
        return status
    return None


def poll_timed_out(status: Result[Any]) -> bool:
    """Whether the poll `status` failed for want of time."""
    return status.errors is not None and status.errors.codes == ["timeout"]


def timed_out(kind: str, job_id: str, timeout: float, info: Any) -> APIError:
    """The error of a wait whose time is up; `details.info` is the job's last known info (None
    when no poll was answered in time)."""
    if isinstance(info, dict):
        message = f"The {kind} {job_id} was still {info.get('status')} after {timeout:g} s."
    else:
        message = f"The status of the {kind} {job_id} was not read within {timeout:g} s."
    return APIError.client("timeout", message, details={"info": info})
