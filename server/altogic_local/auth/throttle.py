"""Failed-attempt throttling (`auth_failures`): too many wrong passwords or codes for one subject
(`email:<address>`, `phone:<number>`, `user:<id>`) within the window answer 429 until the oldest
of them leaves the window.

Flows see one protocol, whatever the bookkeeping behind it:

    with throttle.attempt(subject) as attempt:   # 429 when the subject is blocked
        ...check the password or code (outside any transaction)...
        attempt.failed()                         # a wrong one: counts against the subject
        ...
        attempt.succeeded(conn)                  # a right one: the subject's failures are forgotten

An attempt left neither failed nor succeeded (the secret was right but the flow refused for
another reason, or an error escaped) is released when the block ends.

Today the check (`attempt`) and the record (`failed`) are separate transactions, so parallel
attempts can all pass the check before any failure is recorded (issue 9). The fix belongs here
alone: `_begin` inserts the attempt in the same write transaction that counts (a reservation),
`_record_failure` then does nothing (the reservation already counts), `_release` deletes the
reservation, and `succeeded` deletes it with the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, delete, func, insert, select

from ..clock import Clock
from ..engines.sql import SqlEngine
from ..errors import ApiError, ErrorCode
from .tables import AuthTables


class Attempt:
    """One attempt at a password or code for `subject`; see the module's docstring."""

    def __init__(self, throttle: Throttle, subject: str) -> None:
        self._throttle = throttle
        self.subject = subject
        self.settled = False

    def failed(self) -> None:
        """The password or code was wrong. Opens its own transaction: call it with none open."""
        self.settled = True
        self._throttle._record_failure(self)

    def succeeded(self, conn: Connection) -> None:
        """The password or code was right: forget the subject's failures, in the caller's
        transaction (the one that acts on the success)."""
        self.settled = True
        self._throttle._clear_failures(conn, self)


class Throttle:
    """Counts failed attempts per subject in the `auth_failures` table."""

    def __init__(
        self, sql: SqlEngine, tables: AuthTables, clock: Clock, max_failed: int, window: int
    ) -> None:
        self.sql = sql
        self.table = tables.failures
        self.clock = clock
        self.max_failed = max_failed
        """Failed attempts within the window after which the subject is blocked."""
        self.window = window
        """Seconds over which failures count."""

    @contextmanager
    def attempt(self, subject: str) -> Iterator[Attempt]:
        """Start an attempt for `subject` (raises 429 when it is blocked), in a transaction of
        its own that has committed before the password or code is checked."""
        attempt = Attempt(self, subject)
        with self.sql.transaction() as conn:
            self._begin(conn, attempt)
        try:
            yield attempt
        finally:
            if not attempt.settled:
                self._release(attempt)

    # The bookkeeping behind `Attempt`: what issue 9's fix changes (see the module's docstring).
    def _begin(self, conn: Connection, attempt: Attempt) -> None:
        """Refuse the attempt when the subject has too many recent failures."""
        failures = self.table
        subject = attempt.subject
        now = self.clock.now()
        window = self.window
        conn.execute(
            delete(failures).where(failures.c.subject == subject, failures.c.at <= now - window)
        )
        count, oldest = conn.execute(
            select(func.count(), func.min(failures.c.at)).where(failures.c.subject == subject)
        ).one()
        if count >= self.max_failed:
            wait = max(1, int(oldest + window - now + 0.999))
            raise ApiError(
                429,
                ErrorCode.rate_limit_exceeded,
                f"Too many failed attempts; try again in {wait} seconds.",
                {"retryAfter": wait},
                headers={"Retry-After": str(wait)},
            )

    def _record_failure(self, attempt: Attempt) -> None:
        failures = self.table
        with self.sql.transaction() as conn:
            conn.execute(insert(failures).values(subject=attempt.subject, at=self.clock.now()))

    def _clear_failures(self, conn: Connection, attempt: Attempt) -> None:
        failures = self.table
        conn.execute(delete(failures).where(failures.c.subject == attempt.subject))

    def _release(self, attempt: Attempt) -> None:
        """The attempt ended unsettled: nothing was counted for it, so there is nothing to undo."""
