"""Socket.io peers of the local backend's realtime server, for the realtime tests: each records
the events it receives, by name, and waits for them."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from typing import Any

import httpx
import socketio

CLIENT_KEY = "test-client-key"


class Peer:
    """One socket.io connection, with Altogic's handshake payload."""

    def __init__(
        self,
        url: str,
        *,
        key: str | None = CLIENT_KEY,
        session: str | None = None,
        echo: bool | None = True,
        transport: str = "websocket",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self.auth: dict[str, Any] = {"envId": "", "subdomain": ""}
        if key is not None:
            self.auth["clientKey"] = key
        if session is not None:
            self.auth["Session"] = session
        if echo is not None:
            self.auth["echoMessages"] = echo
        self.transport = transport
        self.headers = headers or {}
        self.client = socketio.AsyncClient(reconnection=False)
        self.queues: defaultdict[str, asyncio.Queue[Any]] = defaultdict(asyncio.Queue)
        self.refusal: Any = None
        self.client.on("*", self._record)
        self.client.on("connect_error", self._refused)

    async def _record(self, event: str, *args: Any) -> None:
        self.queues[event].put_nowait(args[0] if len(args) == 1 else args)

    async def _refused(self, data: Any) -> None:
        self.refusal = data

    async def connect(self) -> Peer:
        await self.client.connect(
            self.url,
            auth=self.auth,
            headers=self.headers,
            transports=[self.transport],
            wait_timeout=10,
        )
        return self

    @property
    def sid(self) -> str:
        sid = self.client.get_sid()
        assert sid is not None
        return str(sid)

    async def emit(self, event: str, *args: Any) -> None:
        await self.client.emit(event, args[0] if len(args) == 1 else args)

    async def send(
        self, channel: str | None, event_name: str, message: Any, echo: bool | None = None
    ) -> None:
        payload: dict[str, Any] = {"eventName": event_name, "message": message}
        if channel is not None:
            payload["channel"] = channel
        if echo is not None:
            payload["echo"] = echo
        await self.client.emit("message", payload)

    async def join(self, channel: str, echo: bool | None = None) -> None:
        """Join `channel`, and wait until the server lists the socket among its members."""
        payload: dict[str, Any] = {"channel": channel}
        if echo is not None:
            payload["echo"] = echo
        await self.client.emit("join", payload)
        await wait_for_members(self.url, channel, lambda ids: self.sid in ids)

    async def next(self, event: str, timeout: float = 5.0) -> Any:
        return await asyncio.wait_for(self.queues[event].get(), timeout)

    async def nothing(self, event: str, wait: float = 0.3) -> None:
        """Check that no `event` arrived (waiting `wait` seconds first)."""
        await asyncio.sleep(wait)
        queue = self.queues[event]
        assert queue.empty(), f"unexpected {event}: {queue.get_nowait()!r}"

    def pending(self, event: str) -> list[Any]:
        queue = self.queues[event]
        items = []
        while not queue.empty():
            items.append(queue.get_nowait())
        return items

    async def close(self) -> None:
        await self.client.disconnect()
        await self.client.shutdown()


async def members(url: str, channel: str, key: str = CLIENT_KEY) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(base_url=url, headers={"X-Client-Key": key}) as http:
        answer = await http.post("/_api/rest/v1/realtime/get-members", json={"channel": channel})
    answer.raise_for_status()
    found: list[dict[str, Any]] = answer.json()
    return found


async def wait_for_members(
    url: str, channel: str, done: Any, timeout: float = 5.0
) -> list[dict[str, Any]]:
    """Poll `get-members` until `done(ids)` holds."""
    deadline = time.monotonic() + timeout
    while True:
        found = await members(url, channel)
        if done({member["id"] for member in found}):
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"members of {channel}: {found}")
        await asyncio.sleep(0.02)
