"""What an operation knows of the caller's session, and how it is found.

The operations layer checks sessions as each operation's `security` in the spec says; it asks the
backend's `SessionResolver` (the auth module provides it) to turn a `Session` token into the
session it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SignedIn:
    """The session a request was made with."""

    session_id: str
    user_id: str
    token: str


class SessionResolver(Protocol):
    async def resolve(self, token: str) -> SignedIn | None:
        """The live session whose token is `token`, or None."""
        ...


class NoSessions:
    """The resolver of a backend without the auth module: no token is valid."""

    async def resolve(self, token: str) -> SignedIn | None:
        return None
