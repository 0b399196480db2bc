"""The held session: its token (sent in the `Session` header) and its copy in the storage.

Follows the JavaScript client: the `"session"` and `"user"` storage keys hold JSON text; signing
in replaces both; a session error from the server, or signing out, removes both.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable
from typing import Any, TypeVar, cast

from .session import AsyncSessionStorage, SessionStorage
from .types import Session, User

SESSION_KEY = "session"
USER_KEY = "user"

T = TypeVar("T")


def _loads(raw: str | None) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _object(raw: str | None) -> Any:
    """The stored JSON object, or None when nothing (or something else) is stored."""
    value = _loads(raw)
    return value if isinstance(value, dict) else None


def _token(session: Any) -> str | None:
    if isinstance(session, dict) and isinstance(session.get("token"), str) and session["token"]:
        return str(session["token"])
    return None


class SessionKeeper:
    def __init__(self, storage: SessionStorage) -> None:
        self.storage = storage
        self.token: str | None = _token(_loads(storage.get(SESSION_KEY)))

    def get_session(self) -> Session | None:
        return cast("Session | None", _object(self.storage.get(SESSION_KEY)))

    def get_user(self) -> User | None:
        return cast("User | None", _object(self.storage.get(USER_KEY)))

    def set_session(self, session: Session) -> None:
        token = _token(session)
        if token:
            self.token = token
            self.storage.set(SESSION_KEY, json.dumps(session))

    def set_user(self, user: User) -> None:
        self.storage.set(USER_KEY, json.dumps(user))

    def save(self, session: Session, user: User | None) -> None:
        """Replace the stored session and user after a sign-in."""
        self.clear_local_data()
        self.set_session(session)
        if user is not None:
            self.set_user(user)

    def clear_local_data(self) -> None:
        self.storage.remove(SESSION_KEY)
        self.storage.remove(USER_KEY)

    def clear(self) -> None:
        """Forget the session: stop sending it and remove it from the storage."""
        self.token = None
        self.clear_local_data()


async def _resolve(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value


class AsyncSessionKeeper:
    """The same, for storages whose methods may be coroutines."""

    def __init__(self, storage: SessionStorage | AsyncSessionStorage) -> None:
        self.storage = storage
        self.token: str | None = None
        self._restored = False

    async def restore(self) -> None:
        """Read the stored session once, on first use (an async storage cannot be read earlier)."""
        if not self._restored:
            self._restored = True
            if self.token is None:
                self.token = _token(_loads(await _resolve(self.storage.get(SESSION_KEY))))

    async def get_session(self) -> Session | None:
        return cast("Session | None", _object(await _resolve(self.storage.get(SESSION_KEY))))

    async def get_user(self) -> User | None:
        return cast("User | None", _object(await _resolve(self.storage.get(USER_KEY))))

    async def set_session(self, session: Session) -> None:
        token = _token(session)
        if token:
            self._restored = True
            self.token = token
            await _resolve(self.storage.set(SESSION_KEY, json.dumps(session)))

    async def set_user(self, user: User) -> None:
        await _resolve(self.storage.set(USER_KEY, json.dumps(user)))

    async def save(self, session: Session, user: User | None) -> None:
        await self.clear_local_data()
        await self.set_session(session)
        if user is not None:
            await self.set_user(user)

    async def clear_local_data(self) -> None:
        await _resolve(self.storage.remove(SESSION_KEY))
        await _resolve(self.storage.remove(USER_KEY))

    async def clear(self) -> None:
        self._restored = True
        self.token = None
        await self.clear_local_data()
