"""The held session: its token (sent in the `Session` header) and its copy in the storage."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from .._session import SESSION_KEY, USER_KEY, AsyncStore, session_token, stored_object, stored_token
from ..session import AsyncSessionStorage, SessionStorage

if TYPE_CHECKING:
    from ..types import Session, User


class AsyncSessionKeeper:
    """Holds the session token the client sends, and keeps the session and the user in the
    session storage."""

    def __init__(self, storage: SessionStorage | AsyncSessionStorage) -> None:
        self.store = AsyncStore(storage)
        self.token: str | None
        self.token, self._restored = self.store.token_at_creation()

    async def restore(self) -> None:
        """Read the stored session once, before the first call that needs it, unless the
        storage was read when the client was created."""
        if not self._restored:
            self._restored = True
            if self.token is None:
                self.token = stored_token(await self.store.get(SESSION_KEY))

    async def get_session(self) -> Session | None:
        return cast("Session | None", stored_object(await self.store.get(SESSION_KEY)))

    async def get_user(self) -> User | None:
        return cast("User | None", stored_object(await self.store.get(USER_KEY)))

    async def set_session(self, session: Session) -> None:
        token = session_token(session)
        if token:
            self._restored = True
            self.token = token
            await self.store.set(SESSION_KEY, json.dumps(session))

    async def set_user(self, user: User) -> None:
        await self.store.set(USER_KEY, json.dumps(user))

    async def save(self, session: Session, user: User | None) -> None:
        """Replace the stored session and user after a sign-in."""
        await self.clear_local_data()
        await self.set_session(session)
        if user is not None:
            await self.set_user(user)

    async def clear_local_data(self) -> None:
        await self.store.remove(SESSION_KEY)
        await self.store.remove(USER_KEY)

    async def clear(self) -> None:
        """Forget the session: stop sending it and remove it from the storage."""
        self._restored = True
        self.token = None
        await self.clear_local_data()
