"""What the session keepers and senders (`_async/session_keeper.py`, `_async/sender.py` and their
sync twins) share: the storage keys, reading the stored JSON, when the server has dropped the
session, and the storage as each client uses it.

Follows the JavaScript client: the `"session"` and `"user"` storage keys hold JSON text; signing
in replaces both; a session error from the server, or signing out, removes both.

`Store` and `AsyncStore` are the one place where the two clients really differ in how they use a
storage: the sync client reads it at once, also when it is created; the async client accepts
storages whose methods are coroutines, which cannot be read before its first awaited call.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable
from typing import Any, TypeVar

from .result import SESSION_ERROR_CODES, Result
from .session import AsyncSessionStorage, SessionStorage

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


def stored_object(raw: str | None) -> Any:
    """The stored JSON object, or None when nothing (or something else) is stored."""
    value = _loads(raw)
    return value if isinstance(value, dict) else None


def loses_session(result: Result[Any]) -> bool:
    """Whether the server no longer accepts the held session, after `result`."""
    return result.errors is not None and not SESSION_ERROR_CODES.isdisjoint(result.errors.codes)


def stored_token(raw: str | None) -> str | None:
    """The token of the stored session, or None."""
    return session_token(_loads(raw))


def session_token(session: Any) -> str | None:
    """The token of a session object, or None."""
    if isinstance(session, dict) and isinstance(session.get("token"), str) and session["token"]:
        return str(session["token"])
    return None


class Store:
    """A session storage as the sync client uses it."""

    def __init__(self, storage: SessionStorage) -> None:
        self.storage = storage

    def token_at_creation(self) -> tuple[str | None, bool]:
        """The token to send from the start, and whether the storage has been read for it: a
        sync storage is read when the client is created, as the JavaScript client does."""
        return stored_token(self.storage.get(SESSION_KEY)), True

    def get(self, key: str) -> str | None:
        return self.storage.get(key)

    def set(self, key: str, value: str) -> None:
        self.storage.set(key, value)

    def remove(self, key: str) -> None:
        self.storage.remove(key)


async def _resolve(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value


class AsyncStore:
    """A session storage as the async client uses it: its methods may be plain or coroutines."""

    def __init__(self, storage: SessionStorage | AsyncSessionStorage) -> None:
        self.storage = storage

    def token_at_creation(self) -> tuple[str | None, bool]:
        """Nothing yet: a storage with coroutine methods cannot be read before the client's first
        awaited call, so the keeper reads it then (`restore`)."""
        return None, False

    async def get(self, key: str) -> str | None:
        return await _resolve(self.storage.get(key))

    async def set(self, key: str, value: str) -> None:
        await _resolve(self.storage.set(key, value))

    async def remove(self, key: str) -> None:
        await _resolve(self.storage.remove(key))
