"""The client → server events and their payloads, read and checked.

Each reader takes the event's arguments (as socket.io decoded them) and answers a small record,
or raises `EventError`, which the server turns into an `error` event carrying the shared error
body. `echo` is None when the client left it out (the JS client does when it buffers messages);
the connection's `echoMessages` then applies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ErrorCode, error_item
from .settings import MAX_CHANNEL_LENGTH, MAX_EVENT_NAME_LENGTH

RESERVED_EVENT_NAMES = frozenset(
    {
        # socket.io's own events, which a client would take for its connection's state
        "connect",
        "connect_error",
        "disconnect",
        "disconnecting",
        "newListener",
        "removeListener",
        # the server's own (`error` events carry refusals)
        "error",
    }
)
RESERVED_EVENT_PREFIXES = ("channel:", "user:")
"""Event names a `message` cannot carry: apps would take them for presence or user events."""


class EventError(Exception):
    """A client event the server refuses; sent back as an `error` event."""

    def __init__(self, code: ErrorCode, message: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details = details

    def body(self, event: str) -> dict[str, Any]:
        """The shared error body, naming the refused event in `details.event`."""
        return {"errors": [error_item(self.code, str(self), {"event": event, **self.details})]}


@dataclass(frozen=True)
class Message:
    channel: str | None
    event_name: str
    message: Any
    echo: bool | None


@dataclass(frozen=True)
class ChannelRequest:
    channel: str
    echo: bool | None


@dataclass(frozen=True)
class ProfileUpdate:
    data: Any
    echo: bool | None


def read_message(args: Sequence[Any]) -> Message:
    payload = _payload(args)
    channel = payload.get("channel")
    return Message(
        channel=None if channel is None else _channel(channel),
        event_name=_event_name(payload.get("eventName")),
        message=payload.get("message"),
        echo=_echo(payload),
    )


def read_channel_request(args: Sequence[Any]) -> ChannelRequest:
    payload = _payload(args)
    return ChannelRequest(_channel(payload.get("channel")), _echo(payload))


def read_profile_update(args: Sequence[Any]) -> ProfileUpdate:
    payload = _payload(args)
    return ProfileUpdate(payload.get("data"), _echo(payload))


def _payload(args: Sequence[Any]) -> Mapping[str, Any]:
    if len(args) != 1 or not isinstance(args[0], Mapping):
        raise EventError(
            ErrorCode.validation_error,
            "The event takes one argument, an object.",
            field="payload",
        )
    payload: Mapping[str, Any] = args[0]
    return payload


def _channel(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise EventError(
            ErrorCode.validation_error, "`channel` must be a non-empty string.", field="channel"
        )
    if len(value) > MAX_CHANNEL_LENGTH:
        raise EventError(
            ErrorCode.validation_error,
            f"`channel` is longer than {MAX_CHANNEL_LENGTH} characters.",
            field="channel",
        )
    return value


def _event_name(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise EventError(
            ErrorCode.validation_error, "`eventName` must be a non-empty string.", field="eventName"
        )
    if len(value) > MAX_EVENT_NAME_LENGTH:
        raise EventError(
            ErrorCode.validation_error,
            f"`eventName` is longer than {MAX_EVENT_NAME_LENGTH} characters.",
            field="eventName",
        )
    if value in RESERVED_EVENT_NAMES or value.startswith(RESERVED_EVENT_PREFIXES):
        raise EventError(
            ErrorCode.validation_error,
            f"`{value}` is an event name of socket.io or of the realtime module; "
            "messages cannot use it.",
            field="eventName",
        )
    return value


def _echo(payload: Mapping[str, Any]) -> bool | None:
    echo = payload.get("echo")
    if echo is None or isinstance(echo, bool):
        return echo
    raise EventError(ErrorCode.validation_error, "`echo` must be a boolean.", field="echo")
