"""Who is connected, which channels each socket joined, and each socket's member profile.

Presence is kept in this process's memory: `members(channel)` answers the sockets of this
backend. Deliveries go through the socket server's client manager (see `server.py`), which a
shared manager (python-socketio's Redis manager) can replace so that several backend processes
deliver each other's messages; their presence would then move to the same shared store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .limits import TokenBucket


@dataclass
class Member:
    """One connected socket."""

    sid: str
    echo: bool
    """The connection's default for `echo` (the handshake's `echoMessages`)."""
    bucket: TokenBucket
    user_id: str | None = None
    """The user of the session the socket connected with (None: no session)."""
    profile: Any = None
    """The member data the socket last set with `update` (shared by all its channels)."""
    channels: dict[str, None] = field(default_factory=dict)
    """The channels it joined, in the order it joined them."""

    def card(self) -> dict[str, Any]:
        """The member as presence events and `get-members` show it: `{id, data}`."""
        return {"id": self.sid, "data": self.profile}


class Presence:
    def __init__(self) -> None:
        self.members: dict[str, Member] = {}
        self.channels: dict[str, dict[str, None]] = {}
        """Channel name → the sids that joined it, in joining order."""

    def add(self, member: Member) -> None:
        self.members[member.sid] = member

    def get(self, sid: str) -> Member | None:
        return self.members.get(sid)

    def remove(self, sid: str) -> Member | None:
        """Forget the socket and take it out of its channels (answers it, channels kept on it)."""
        member = self.members.pop(sid, None)
        if member is not None:
            for channel in member.channels:
                self._drop(channel, sid)
        return member

    def join(self, member: Member, channel: str) -> bool:
        """Add the member to `channel`; False when it was already there."""
        if channel in member.channels:
            return False
        member.channels[channel] = None
        self.channels.setdefault(channel, {})[member.sid] = None
        return True

    def leave(self, member: Member, channel: str) -> bool:
        """Take the member out of `channel`; False when it was not there."""
        if member.channels.pop(channel, False) is False:
            return False
        self._drop(channel, member.sid)
        return True

    def members_of(self, channel: str) -> list[dict[str, Any]]:
        sids = self.channels.get(channel, {})
        return [self.members[sid].card() for sid in sids if sid in self.members]

    def clear(self) -> None:
        self.members.clear()
        self.channels.clear()

    def _drop(self, channel: str, sid: str) -> None:
        sids = self.channels.get(channel)
        if sids is not None:
            sids.pop(sid, None)
            if not sids:
                del self.channels[channel]
