"""The endpoint manager: call the app's own endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..endpoint import Body, ResolveType, plan_call
from ..result import Result
from .sender import AsyncSender


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
