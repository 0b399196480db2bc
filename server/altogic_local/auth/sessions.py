"""Sessions: their rows (`auth_sessions`), their lifetime, and resolving `Session` tokens with the
sessions already resolved kept in memory.

Tokens are not stored: a session's token is derived from its id (see `tokens.py`), and the row
keeps the token's SHA-256 digest, by which a `Session` header is looked up.

Sessions expire after `sessionLifetime` seconds without use (a sliding expiry; 30 days by
default). Each row holds its expiry; a use pushes it back to `now + sessionLifetime` only once it
was last pushed back `renew_every` ago or more (an hour, or a tenth of the lifetime when that is
shorter), so an active session costs one SQL write per hour, not one per request. A session
therefore ends between `sessionLifetime - renew_every` and `sessionLifetime` seconds after its
last use. Expired rows are never answered, and are deleted when their user next signs in.

A session check is on the path of every call that needs one, so resolved sessions are cached by
the digest of their token, with their expiry: a check then costs no SQL and no thread hop, and
the cache never answers a session past its expiry (it drops it, and the database is asked
again). The auth service drops cached sessions whenever it ends sessions (sign-out, sign-out-all,
password change or reset), once the change has committed. A lookup that raced with such a change
is not cached (`_epoch`), so a session once ended is never answered from the cache. The cache
belongs to this process: several backend processes will need a shared invalidation channel (a
later engine).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, insert, select, update
from starlette.concurrency import run_in_threadpool

from ..clock import Clock, iso
from ..sessions import SignedIn
from .tables import AuthTables, new_id
from .tokens import SessionKey
from .useragent import parse_user_agent

MAX_CACHED = 10_000
RENEW_AT_MOST_EVERY = 3600.0
"""Seconds: the longest a session's expiry goes without being pushed back while it is used."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class SessionLifetime:
    """The sliding expiry of sessions (see the module's docstring)."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        self.renew_every = min(RENEW_AT_MOST_EVERY, seconds / 10)
        """Seconds after which a use pushes the expiry back again."""

    def expiry(self, now: float) -> float:
        """When a session used (or made) at `now` expires."""
        return now + self.seconds

    def renewal_due(self, expires_at: float, now: float) -> bool:
        """Whether a use at `now` should push back the expiry `expires_at`."""
        return now - (expires_at - self.seconds) >= self.renew_every


@dataclass(frozen=True)
class LiveSession:
    """A session found live, and when it expires unless used again."""

    signed_in: SignedIn
    expires_at: float


class StoredSessions:
    """The `auth_sessions` table. Every method works on a connection the caller holds; the
    caller tells the `SessionCache` about ended sessions once its transaction has committed.
    Methods that find sessions answer only live ones (not expired)."""

    def __init__(
        self, tables: AuthTables, clock: Clock, key: SessionKey, lifetime: SessionLifetime
    ) -> None:
        self.table = tables.sessions
        self.clock = clock
        self.key = key
        self.lifetime = lifetime

    def create(self, conn: Connection, user_id: str, user_agent: str | None) -> Row[Any]:
        """A new session for the user (whose expired sessions are deleted meanwhile)."""
        sessions = self.table
        now = self.clock.now()
        conn.execute(
            delete(sessions).where(sessions.c.user_id == user_id, sessions.c.expires_at <= now)
        )
        session_id = new_id(now)
        conn.execute(
            insert(sessions).values(
                id=session_id,
                token_hash=digest(self.key.token(session_id)),
                user_id=user_id,
                created_at=now,
                expires_at=self.lifetime.expiry(now),
                user_agent=json.dumps(parse_user_agent(user_agent)),
                access_group_keys="[]",
            )
        )
        row = conn.execute(select(sessions).where(sessions.c.id == session_id)).first()
        assert row is not None
        return row

    def find(self, conn: Connection, token_digest: str) -> Row[Any, Any, Any] | None:
        """The `id`, `user_id` and `expires_at` of the live session whose token has digest
        `token_digest`."""
        sessions = self.table
        return conn.execute(
            select(sessions.c.id, sessions.c.user_id, sessions.c.expires_at).where(
                sessions.c.token_hash == token_digest, sessions.c.expires_at > self.clock.now()
            )
        ).first()

    def of_user(self, conn: Connection, user_id: str) -> list[Row[Any]]:
        """The user's live sessions, oldest first."""
        sessions = self.table
        return list(
            conn.execute(
                select(sessions)
                .where(sessions.c.user_id == user_id, sessions.c.expires_at > self.clock.now())
                .order_by(sessions.c.seq)
            ).all()
        )

    def renew(self, conn: Connection, session_id: str) -> float | None:
        """Push back the expiry of a live session: answers the new expiry, or None when the
        session has ended."""
        sessions = self.table
        now = self.clock.now()
        expires_at = self.lifetime.expiry(now)
        renewed = conn.execute(
            update(sessions)
            .where(sessions.c.id == session_id, sessions.c.expires_at > now)
            .values(expires_at=expires_at)
        )
        return expires_at if renewed.rowcount == 1 else None

    def delete(self, conn: Connection, session_id: str) -> None:
        sessions = self.table
        conn.execute(delete(sessions).where(sessions.c.id == session_id))

    def delete_of_user(
        self, conn: Connection, user_id: str, except_session: str | None = None
    ) -> None:
        """Delete the user's sessions, but `except_session`."""
        sessions = self.table
        condition = sessions.c.user_id == user_id
        if except_session is not None:
            condition = and_(condition, sessions.c.id != except_session)
        conn.execute(delete(sessions).where(condition))

    def delete_all(self, conn: Connection) -> None:
        conn.execute(delete(self.table))

    def json(self, row: Row[Any]) -> dict[str, Any]:
        """The session as the API answers it, with its token (derived from its id)."""
        return {
            "userId": row.user_id,
            "token": self.key.token(row.id),
            "creationDtm": iso(row.created_at),
            "accessGroupKeys": json.loads(row.access_group_keys),
            "userAgent": json.loads(row.user_agent),
        }


class SessionCache:
    """Live sessions by token digest (at most `MAX_CACHED`, the oldest dropped first)."""

    def __init__(self) -> None:
        self._by_digest: dict[str, LiveSession] = {}
        self._lock = threading.Lock()
        self._epoch = 0
        """Counts invalidations: a lookup started before one is not cached."""

    @property
    def epoch(self) -> int:
        return self._epoch

    def get(self, token_digest: str, now: float) -> LiveSession | None:
        """The cached session, unless it has expired at `now` (then it is dropped)."""
        found = self._by_digest.get(token_digest)
        if found is None or found.expires_at > now:
            return found
        with self._lock:
            if self._by_digest.get(token_digest) is found:
                del self._by_digest[token_digest]
        return None

    def put(self, token_digest: str, session: LiveSession, epoch: int) -> None:
        with self._lock:
            if epoch != self._epoch:
                return
            if token_digest not in self._by_digest and len(self._by_digest) >= MAX_CACHED:
                self._by_digest.pop(next(iter(self._by_digest)))
            self._by_digest[token_digest] = session

    def forget(self, keep: Callable[[SignedIn], bool]) -> None:
        """Drop every cached session for which `keep` is false."""
        with self._lock:
            self._epoch += 1
            self._by_digest = {
                key: value for key, value in self._by_digest.items() if keep(value.signed_in)
            }

    def forget_session(self, session_id: str) -> None:
        self.forget(lambda signed_in: signed_in.session_id != session_id)

    def forget_user(self, user_id: str, except_session: str | None = None) -> None:
        self.forget(
            lambda signed_in: signed_in.user_id != user_id or signed_in.session_id == except_session
        )

    def clear(self) -> None:
        self.forget(lambda signed_in: False)


class CachedSessions:
    """The backend's `SessionResolver`: the cache first, then `lookup` in a worker thread; a
    cached session whose expiry is due to be pushed back is renewed (`renew`, in a worker
    thread) before it is answered."""

    def __init__(
        self,
        cache: SessionCache,
        lookup: Callable[[str, str], LiveSession | None],
        renew: Callable[[str], float | None],
        clock: Clock,
        lifetime: SessionLifetime,
    ) -> None:
        self.cache = cache
        self.lookup = lookup
        """`lookup(token, digest)`: the live stored session with this token digest (its expiry
        pushed back when due), or None."""
        self.renew = renew
        """`renew(session_id)`: push back the session's expiry; the new one, or None if the
        session has ended."""
        self.clock = clock
        self.lifetime = lifetime

    async def resolve(self, token: str) -> SignedIn | None:
        token_digest = digest(token)
        now = self.clock.now()
        cached = self.cache.get(token_digest, now)
        epoch = self.cache.epoch
        if cached is None:
            found = await run_in_threadpool(self.lookup, token, token_digest)
            if found is None:
                return None
            self.cache.put(token_digest, found, epoch)
            return found.signed_in
        if self.lifetime.renewal_due(cached.expires_at, now):
            session = cached.signed_in
            # Requests with this token meanwhile see the new expiry: one of them renews it.
            self.cache.put(token_digest, LiveSession(session, self.lifetime.expiry(now)), epoch)
            expires_at = await run_in_threadpool(self.renew, session.session_id)
            if expires_at is None:
                self.cache.forget_session(session.session_id)
                return None
            self.cache.put(token_digest, LiveSession(session, expires_at), epoch)
        return cached.signed_in
