"""The endpoint manager: call the app's own endpoints."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import httpx

from ..endpoint import Body, ResolveType, plan_call
from ..result import Result
from .answer import AsyncAnswerStream
from .sender import AsyncSender


class AsyncEndpointStream(AsyncAnswerStream):
    """`client.endpoint.stream(method, path, ...)`: an endpoint's answer as it arrives, in a
    `with` block.

        with client.endpoint.stream("GET", "/export") as chunks:
            for chunk in chunks:
                ...
        if chunks.errors: ...

    As for a file's stream: entering sends the request; errors are not raised (a failed request
    yields no chunk, a connection lost midway ends the iteration with `errors` set); leaving the
    block closes the connection.
    """

    def __init__(self, sender: AsyncSender, planned: Any) -> None:
        super().__init__(sender, planned)
        self.status: int | None = None
        """The answer's status, once it has begun."""
        self.headers: httpx.Headers | None = None
        """The answer's headers, once it has begun."""

    def _opened(self, response: httpx.Response) -> None:
        self.status = response.status_code
        self.headers = response.headers


class AsyncEndpointManager:
    """`client.endpoint`: call the app's endpoints (`BASE/<path>`). Results never raise: a
    failure is in `errors`, as for built-in calls."""

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def get(
        self,
        path: str,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        resolve_type: ResolveType = "json",
    ) -> Result[Any]:
        """`GET path`: its answer as JSON (None for an empty one), text or bytes
        (`resolve_type`). `query` values are sent as the JavaScript client sends them (None as
        empty, objects and lists as JSON); `headers` override the client's."""
        return await self._sender.send(plan_call("GET", path, None, query, headers, resolve_type))

    async def post(
        self,
        path: str,
        body: Body = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        resolve_type: ResolveType = "json",
    ) -> Result[Any]:
        """`POST path` with `body`: a JSON value, bytes, or files
        (`{"field": ("name.png", data, "image/png")}`, sent as multipart)."""
        call = plan_call("POST", path, body, query, headers, resolve_type)
        return await self._sender.send(call)

    async def put(
        self,
        path: str,
        body: Body = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        resolve_type: ResolveType = "json",
    ) -> Result[Any]:
        """`PUT path` with `body` (as for `post`)."""
        return await self._sender.send(plan_call("PUT", path, body, query, headers, resolve_type))

    async def delete(
        self,
        path: str,
        body: Body = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        resolve_type: ResolveType = "json",
    ) -> Result[Any]:
        """`DELETE path`, with an optional `body` (as for `post`)."""
        call = plan_call("DELETE", path, body, query, headers, resolve_type)
        return await self._sender.send(call)

    def stream(
        self,
        method: str,
        path: str,
        body: Body = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncEndpointStream:
        """`method path`, its answer read as it arrives (a stream of chunks), for large
        answers: `with client.endpoint.stream("GET", "/export") as chunks: ...`."""
        planned = plan_call(method.upper(), path, body, query, headers, "bytes")
        return AsyncEndpointStream(self._sender, dataclasses.replace(planned, keep_open=True))
