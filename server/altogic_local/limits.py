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
"""

from __future__ import annotations

import anyio
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ErrorCode, error_item, error_response


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the {limit} bytes allowed.")


class BodyTimeout(HTTPException):
    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"No part of the request body arrived for {seconds:g} seconds.")


class RequestLimits:
    def __init__(self, app: ASGIApp, max_size: int, idle_timeout: float) -> None:
        self.app = app
        self.max_size = max_size
        self.idle_timeout = idle_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_size:
            refusal = BodyTooLarge(self.max_size)
            item = error_item(ErrorCode.request_body_size_too_large, str(refusal.detail))
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
                if received > self.max_size:
                    raise BodyTooLarge(self.max_size)
                complete = not message.get("more_body", False)
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
