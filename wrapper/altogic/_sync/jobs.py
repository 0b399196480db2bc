# Generated from wrapper/altogic/_async/jobs.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""Waiting for a queued message or a task run to finish: the polling loop of `wait_for_message`
and `wait_for_task` (its decisions are `altogic._jobs`')."""

from __future__ import annotations

import time

from .._call import Call, R
from .._jobs import (
    FIRST_POLL,
    invalid_timeout,
    next_poll,
    outcome,
    poll_timed_out,
    poll_within,
    timed_out,
    timeout_problem,
)
from .sender import Sender


def wait_for(
    sender: Sender, planned: Call[R], timeout: float, kind: str, code: str, job_id: str
) -> R:
    """Send the status call `planned` until its job (a `kind`, `job_id`) is done, or `timeout`
    seconds have passed; never raises."""
    problem = timeout_problem(timeout)
    if problem is not None:
        return planned.fail(invalid_timeout(problem))
    ends = time.monotonic() + timeout
    delay = FIRST_POLL
    last = None
    while True:
        status = sender.send(poll_within(planned, ends - time.monotonic()))
        left = ends - time.monotonic()
        if left <= 0 and poll_timed_out(status):  # the server kept the last poll past the time
            return planned.fail(timed_out(kind, job_id, timeout, last))
        done = outcome(status, kind, code, job_id)
        if done is not None:
            return done
        last = status.data
        if left <= 0:
            return planned.fail(timed_out(kind, job_id, timeout, last))
        time.sleep(min(delay, left))
        delay = next_poll(delay)
