"""Checking and normalising what a client is created with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import __version__
from .errors import ClientError

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
CLIENT_NAME = "altogic-python"


@dataclass(frozen=True)
class RealtimeOptions:
    """Realtime settings, as in the JavaScript client's `ClientOptions.realtime`, plus the
    Python client's own (`url`, `reconnection_delay_max`, `heartbeat_timeout`). A client also
    takes them as a dict: `create_client(..., realtime={"url": "https://..."})`."""

    auto_join_channels: bool = True
    """Join the remembered channels again (and replay the profile) on every reconnection."""
    echo_messages: bool = True
    """Whether this connection receives its own messages and presence events, unless a call
    says otherwise."""
    reconnection_delay: float = 1.0
    """Seconds before the first reconnection attempt; doubled on each failed one (with jitter)."""
    timeout: float = 20.0
    """Seconds to wait for a connection."""
    buffer_messages: bool = True
    """Whether `send` and `broadcast` wait for the connection when it is down (delivered after
    the reconnection) rather than being dropped (`False`: socket.io's volatile emits)."""
    url: str | None = None
    """The realtime server's URL; by default derived from the env URL (`realtime.<cluster>` for
    `*.altogic.com`, the env URL's own origin otherwise)."""
    reconnection_delay_max: float = 10.0
    """The longest wait between reconnection attempts, in seconds."""
    heartbeat_timeout: float | None = None
    """Seconds of silence from the server after which the connection counts as stalled and is
    replaced; by default the server's ping interval plus its ping timeout (never less than the
    ping interval plus a second)."""


REALTIME_FIELDS = frozenset(RealtimeOptions.__dataclass_fields__)


def realtime_options(realtime: RealtimeOptions | Mapping[str, Any] | None) -> RealtimeOptions:
    """`realtime` as options; raises `ClientError` for a dict with an unknown key."""
    if realtime is None:
        return RealtimeOptions()
    if isinstance(realtime, RealtimeOptions):
        return realtime
    if not isinstance(realtime, Mapping):
        raise ClientError("invalid_value", "realtime needs to be a RealtimeOptions or a dict")
    unknown = sorted(set(realtime) - REALTIME_FIELDS)
    if unknown:
        known = ", ".join(sorted(REALTIME_FIELDS))
        raise ClientError(
            "invalid_value", f"unknown realtime option(s) {', '.join(unknown)}; known: {known}"
        )
    return RealtimeOptions(**realtime)


@dataclass(frozen=True)
class Settings:
    base_url: str
    client_key: str
    api_key: str | None
    timeout: httpx.Timeout | None
    max_retries: int
    realtime: RealtimeOptions

    def headers(self) -> dict[str, str]:
        """The headers every request carries (the session header is added per request)."""
        headers = {
            "X-Client": CLIENT_NAME,
            "X-Client-Key": self.client_key,
            "User-Agent": f"{CLIENT_NAME}/{__version__}",
        }
        if self.api_key:
            headers["Authorization"] = self.api_key
        return headers


def _has_host(url: str) -> bool:
    """Whether `url` is an http(s) URL with a host (`http://` alone has none)."""
    parts = urlsplit(url)
    try:
        host = parts.hostname
    except ValueError:  # a malformed IPv6 address
        return False
    return parts.scheme in ("http", "https") and bool(host)


def make_settings(
    env_url: Any,
    client_key: Any,
    *,
    api_key: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    realtime: RealtimeOptions | Mapping[str, Any] | None,
) -> Settings:
    """Check the arguments as the JavaScript client does; raise `ClientError` if they are bad."""
    if not isinstance(env_url, str) or not _has_host(env_url.strip()):
        raise ClientError(
            "missing_required_value",
            "env_url is required: your environment's URL, e.g. "
            "https://<env>.c1-na.altogic.com (or http://127.0.0.1:8080 for `altogic-local serve`)",
        )
    if client_key is None or (isinstance(client_key, str) and not client_key.strip()):
        raise ClientError(
            "missing_required_value",
            "client_key is required: a client key of your app (any non-empty string for "
            "`altogic-local serve` without declared keys)",
        )
    if not isinstance(client_key, str):
        raise ClientError(
            "invalid_client_key", f"client_key must be a string, not {type(client_key).__name__}"
        )
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ClientError("invalid_value", "max_retries needs to be a non-negative integer")
    base_url = env_url.strip()
    base_url = base_url[:-1] if base_url.endswith("/") else base_url
    if isinstance(timeout, int | float):
        timeout = httpx.Timeout(float(timeout))
    return Settings(
        base_url=base_url,
        client_key=client_key,
        api_key=api_key,
        timeout=timeout,
        max_retries=max_retries,
        realtime=realtime_options(realtime),
    )
