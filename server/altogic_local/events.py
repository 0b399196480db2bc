"""User events: what the auth module tells the rest of the backend about a user's account.

The auth module calls `UserEvents.emit` once a change is committed (a session created or ended, a
password, email or phone changed); listeners (the realtime module, which pushes `user:*` events to
the user's sockets) are called at once, on the thread the change was made on, and must not block.
The auth module knows nothing of who listens or how events travel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

logger = logging.getLogger("altogic_local")


class UserEventName(StrEnum):
    """Altogic's user events (the socket event names the JS client's `onUserEvent` listens to)."""

    signin = "user:signin"
    signout = "user:signout"
    update = "user:update"
    delete = "user:delete"
    pwdchange = "user:pwdchange"
    emailchange = "user:emailchange"
    phonechange = "user:phonechange"


@dataclass(frozen=True)
class UserEvent:
    name: UserEventName
    user_id: str
    session: Mapping[str, Any] | None
    """The session concerned, as the API answers it (created, ended, or the one that made the
    change); None when no session made it (a password reset, an emailed link)."""
    user: Mapping[str, Any] | None
    """The user as the API answers it, after the change."""


UserEventListener = Callable[[UserEvent], None]


class UserEvents:
    """The listeners of user events; `emit` calls each, logging (not raising) their failures."""

    def __init__(self) -> None:
        self._listeners: list[UserEventListener] = []

    def listen(self, listener: UserEventListener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: UserEventListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def listened(self) -> bool:
        """Whether anyone listens (the auth module skips building events otherwise)."""
        return bool(self._listeners)

    def emit(self, event: UserEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                logger.exception("a user event listener failed on %s", event.name.value)
