"""Sessions: their rows (`auth_sessions`), and resolving `Session` tokens with the sessions
already resolved kept in memory.

A session check is on the path of every call that needs one, so resolved sessions are cached by
the digest of their token: a check then costs no SQL and no thread hop. The auth service drops
cached sessions whenever it ends sessions (sign-out, sign-out-all, password change or reset),
once the change has committed. A lookup that raced with such a change is not cached (`_epoch`),
so a session once ended is never answered from the cache. The cache belongs to this process:
several backend processes will need a shared invalidation channel (a later engine).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Row, and_, delete, insert, select
from starlette.concurrency import run_in_threadpool

from ..clock import Clock, iso
from ..sessions import SignedIn
from .tables import AuthTables, new_id
from .useragent import parse_user_agent

MAX_CACHED = 10_000


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class StoredSessions:
    """The `auth_sessions` table. Every method works on a connection the caller holds; the
    caller tells the `SessionCache` about ended sessions once its transaction has committed."""

    def __init__(self, tables: AuthTables, clock: Clock) -> None:
        self.table = tables.sessions
        self.clock = clock

    def create(self, conn: Connection, user_id: str, user_agent: str | None) -> Row[Any]:
        """A new session for the user, with a fresh token."""
        sessions = self.table
        now = self.clock.now()
        token = secrets.token_urlsafe(32)
        session_id = new_id(now)
        conn.execute(
            insert(sessions).values(
                id=session_id,
                token_hash=digest(token),
                token=token,
                user_id=user_id,
                created_at=now,
                user_agent=json.dumps(parse_user_agent(user_agent)),
                access_group_keys="[]",
            )
        )
        row = conn.execute(select(sessions).where(sessions.c.id == session_id)).first()
        assert row is not None
        return row

    def find(self, conn: Connection, token_digest: str) -> Row[Any, Any] | None:
        """The `id` and `user_id` of the session whose token has digest `token_digest`."""
        sessions = self.table
        return conn.execute(
            select(sessions.c.id, sessions.c.user_id).where(sessions.c.token_hash == token_digest)
        ).first()

    def of_user(self, conn: Connection, user_id: str) -> list[Row[Any]]:
        """The user's sessions, oldest first."""
        sessions = self.table
        return list(
            conn.execute(
                select(sessions).where(sessions.c.user_id == user_id).order_by(sessions.c.seq)
            ).all()
        )

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

    @staticmethod
    def json(row: Row[Any]) -> dict[str, Any]:
        """The session as the API answers it."""
        return {
            "userId": row.user_id,
            "token": row.token,
            "creationDtm": iso(row.created_at),
            "accessGroupKeys": json.loads(row.access_group_keys),
            "userAgent": json.loads(row.user_agent),
        }


class SessionCache:
    """Sessions by token digest (at most `MAX_CACHED`, the oldest dropped first)."""

    def __init__(self) -> None:
        self._by_digest: dict[str, SignedIn] = {}
        self._lock = threading.Lock()
        self._epoch = 0
        """Counts invalidations: a lookup started before one is not cached."""

    @property
    def epoch(self) -> int:
        return self._epoch

    def get(self, token_digest: str) -> SignedIn | None:
        return self._by_digest.get(token_digest)

    def put(self, token_digest: str, signed_in: SignedIn, epoch: int) -> None:
        with self._lock:
            if epoch != self._epoch:
                return
            if len(self._by_digest) >= MAX_CACHED:
                self._by_digest.pop(next(iter(self._by_digest)))
            self._by_digest[token_digest] = signed_in

    def forget(self, keep: Callable[[SignedIn], bool]) -> None:
        """Drop every cached session for which `keep` is false."""
        with self._lock:
            self._epoch += 1
            self._by_digest = {key: value for key, value in self._by_digest.items() if keep(value)}

    def forget_session(self, session_id: str) -> None:
        self.forget(lambda signed_in: signed_in.session_id != session_id)

    def forget_user(self, user_id: str, except_session: str | None = None) -> None:
        self.forget(
            lambda signed_in: signed_in.user_id != user_id or signed_in.session_id == except_session
        )

    def clear(self) -> None:
        self.forget(lambda signed_in: False)


class CachedSessions:
    """The backend's `SessionResolver`: the cache first, then `lookup` in a worker thread."""

    def __init__(self, cache: SessionCache, lookup: Callable[[str, str], SignedIn | None]) -> None:
        self.cache = cache
        self.lookup = lookup
        """`lookup(token, digest)`: the stored session with this token digest, or None."""

    async def resolve(self, token: str) -> SignedIn | None:
        token_digest = digest(token)
        cached = self.cache.get(token_digest)
        if cached is not None:
            return cached
        epoch = self.cache.epoch
        found = await run_in_threadpool(self.lookup, token, token_digest)
        if found is not None:
            self.cache.put(token_digest, found, epoch)
        return found
