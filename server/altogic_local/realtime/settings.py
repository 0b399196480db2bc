"""The realtime module's section of `app.yaml`."""

from __future__ import annotations

from pydantic import Field

from ..settings import Section

MAX_CHANNEL_LENGTH = 200
"""The longest channel name (as the spec's `GetMembersRequest.channel`)."""
MAX_EVENT_NAME_LENGTH = 200


class RealtimeSettings(Section):
    max_message_size: int = Field(64 * 1024, alias="maxMessageSize", ge=256, le=16 * 1024 * 1024)
    """The largest payload of one client event (`message`, `update`, ...), in bytes of JSON (or
    of binary data); a larger one is refused with an `error` event."""
    messages_per_second: float = Field(100.0, alias="messagesPerSecond", gt=0, le=1_000_000)
    """Events one socket may send per second, on average; beyond (and its `burst`), its events
    are dropped with an `error` event (`rate_limit_exceeded`), so one client cannot flood the
    others."""
    burst: int = Field(200, ge=1, le=10_000_000)
    """Events one socket may send at once above its rate."""
    ping_interval: int = Field(25, alias="pingInterval", ge=1, le=600)
    """Whole seconds between the server's pings (socket.io's `pingInterval`): the handshake
    carries whole seconds, so a fraction would tell clients 0 and they would time out."""
    ping_timeout: int = Field(20, alias="pingTimeout", ge=1, le=600)
    """Whole seconds a client has to answer a ping before it is disconnected (`pingTimeout`)."""
