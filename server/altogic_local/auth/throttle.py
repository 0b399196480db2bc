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

Reserve, then verify: `attempt` counts the subject's recent failures and, in the same write
transaction, inserts a row for the attempt itself (a reservation), before any password or code is
checked. A reservation counts as a failure until the attempt is settled: `failed` leaves it in
place (it already counts), `succeeded` deletes it with the subject's other failures, and an
unsettled attempt deletes it. Write transactions run one at a time, so N parallel attempts at one
subject see each other's reservations: at most `max_failed` of them are checked within the
window, the others answer 429 without checking anything (no password hash is computed for them).
A success also forgets the reservations of attempts still in progress for the subject (their
failures then count nothing): the caller proved it knows the secret, as any success clearing the
count lets a few more attempts through.
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
        self.reservation: int | None = None
        """The id of the attempt's row in `auth_failures` (set once it is reserved)."""

    def failed(self) -> None:
        """The password or code was wrong: the attempt's reservation stays, as a failure."""
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
        """Start an attempt for `subject` (raises 429 when it is blocked) and reserve it, in a
        transaction of its own that has committed before the password or code is checked.
        Leaving the block unsettled opens a transaction: call it with none open."""
        attempt = Attempt(self, subject)
        with self.sql.transaction() as conn:
            self._begin(conn, attempt)
        try:
            yield attempt
        finally:
            if not attempt.settled:
                self._release(attempt)

    # The bookkeeping behind `Attempt` (see the module's docstring).
    def _begin(self, conn: Connection, attempt: Attempt) -> None:
        """Refuse the attempt when the subject has too many recent failures (reservations of
        attempts in progress included); otherwise reserve it."""
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
        reserved = conn.execute(insert(failures).values(subject=subject, at=now))
        key = reserved.inserted_primary_key
        assert key is not None
        attempt.reservation = key[0]

    def _record_failure(self, attempt: Attempt) -> None:
        """Nothing to write: the reservation made by `_begin` is the failure."""

    def _clear_failures(self, conn: Connection, attempt: Attempt) -> None:
        failures = self.table
        conn.execute(delete(failures).where(failures.c.subject == attempt.subject))

    def _release(self, attempt: Attempt) -> None:
        """The attempt ended unsettled: its reservation no longer counts."""
        if attempt.reservation is None:
            return
        failures = self.table
        with self.sql.transaction() as conn:
            conn.execute(delete(failures).where(failures.c.id == attempt.reservation))
