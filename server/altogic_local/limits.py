"""Limits on request bodies, enforced while they are read.

- A body larger than `maxRequestSize` is refused with 413 `request_body_size_too_large`: at once
  when its `Content-Length` says so, otherwise as soon as the bytes received pass the limit (the
  body is never read whole first).
- A body that stops arriving (a client that declared more than it sends, or stalled) is given up
  after `requestBodyTimeout` seconds without a byte: 408 `request_body_timeout`.
- A client that disconnects in the middle of its body is logged in one line, not a traceback
  (`errors.py`).

Both refusals are raised as `HTTPException`s from the request's `receive`, so the application's
error handlers answer them with the error body. Once the body is complete, `receive` is passed
through untouched (it then only reports the disconnect, which streaming responses listen for).

Before a body is refused for its size, what is left of it is read and dropped (`drain`, within
bounds): a client still sending would otherwise find the connection closed under it and never
read the 413. Some paths (uploads) take larger bodies than `maxRequestSize`: `path_limits`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import anyio
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ErrorCode, error_item, error_response
from .operations import get_route_path

DRAIN_SECONDS = 5.0
DRAIN_BYTES = 256 * 1024 * 1024
"""How long, and how much, a refused body is read on before the answer is sent."""


async def drain(receive: Receive, seconds: float = DRAIN_SECONDS, limit: int = DRAIN_BYTES) -> None:
    """Read and drop the rest of a request body: until it ends, the client leaves, or the
    bounds are passed (the server then closes the connection)."""
    deadline = time.monotonic() + seconds
    drained = 0
    with anyio.move_on_after(seconds):
        while drained <= limit and time.monotonic() < deadline:
            try:
                message = await receive()
            except Exception:  # the limits refusing it once more, a disconnect: stop here
                return
            if message["type"] != "http.request":
                return
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                return


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the {limit} bytes allowed.")


class BodyTimeout(HTTPException):
    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"No part of the request body arrived for {seconds:g} seconds.")


class RequestLimits:
    def __init__(
        self,
        app: ASGIApp,
        max_size: int,
        idle_timeout: float,
        path_limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.max_size = max_size
        self.idle_timeout = idle_timeout
        self.path_limits = dict(path_limits or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_size = self.path_limits.get(get_route_path(scope), self.max_size)
        declared = _content_length(scope)
        if declared is not None and declared > max_size:
            refusal = BodyTooLarge(max_size)
            item = error_item(ErrorCode.request_body_size_too_large, str(refusal.detail))
            await drain(receive)
            await error_response(413, [item], {"Connection": "close"})(scope, receive, send)
            return
        received = 0
        complete = False

        async def limited_receive() -> Message:
            nonlocal received, complete
            if complete:
                return await receive()
            with anyio.move_on_after(self.idle_timeout) as waited:
                message = await receive()
            if waited.cancelled_caught:
                raise BodyTimeout(self.idle_timeout)
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                complete = not message.get("more_body", False)
                if received > max_size:
                    if not complete:
                        complete = True
                        await drain(receive)
                    raise BodyTooLarge(max_size)
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
