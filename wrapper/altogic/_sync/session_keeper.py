# Generated from wrapper/altogic/_async/session_keeper.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The held session: its token (sent in the `Session` header) and its copy in the storage."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from .._session import SESSION_KEY, USER_KEY, Store, session_token, stored_object, stored_token
from ..session import SessionStorage

if TYPE_CHECKING:
    from ..types import Session, User


class SessionKeeper:
    """Holds the session token the client sends, and keeps the session and the user in the
    session storage."""

    def __init__(self, storage: SessionStorage) -> None:
        self.store = Store(storage)
        self.token: str | None
        self.token, self._restored = self.store.token_at_creation()

    def restore(self) -> None:
        """Read the stored session once, before the first call that needs it, unless the
        storage was read when the client was created."""
        if not self._restored:
            self._restored = True
            if self.token is None:
                self.token = stored_token(self.store.get(SESSION_KEY))

    def get_session(self) -> Session | None:
        return cast("Session | None", stored_object(self.store.get(SESSION_KEY)))

    def get_user(self) -> User | None:
        return cast("User | None", stored_object(self.store.get(USER_KEY)))

    def set_session(self, session: Session) -> None:
        token = session_token(session)
        if token:
            self._restored = True
            self.token = token
            self.store.set(SESSION_KEY, json.dumps(session))

    def set_user(self, user: User) -> None:
        self.store.set(USER_KEY, json.dumps(user))

    def save(self, session: Session, user: User | None) -> None:
        """Replace the stored session and user after a sign-in."""
        self.clear_local_data()
        self.set_session(session)
        if user is not None:
            self.set_user(user)

    def clear_local_data(self) -> None:
        self.store.remove(SESSION_KEY)
        self.store.remove(USER_KEY)

    def clear(self) -> None:
        """Forget the session: stop sending it and remove it from the storage."""
        self._restored = True
        self.token = None
        self.clear_local_data()
