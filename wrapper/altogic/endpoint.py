"""The endpoint manager: calls to the app's own endpoints (`BASE/<path>`, not under `/_api`).

`client.endpoint` (sync) and `async_client.endpoint` (async) have the same methods; both send the
calls planned by `plan_call`. As in the JavaScript client's `EndpointManager`, the path is the
app's, headers given per call override the client's (`Session`, `Authorization`), the answer is
read as JSON, text or bytes (`resolve_type`), and a session error clears the held session.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._call import Call
from ._lazy import lazy_attributes
from .result import APIError, Result

if TYPE_CHECKING:
    from ._async.endpoint import AsyncEndpointManager as AsyncEndpointManager
    from ._sync.endpoint import EndpointManager as EndpointManager
else:
    __getattr__ = lazy_attributes(
        __name__,
        AsyncEndpointManager="altogic._async.endpoint",
        EndpointManager="altogic._sync.endpoint",
    )

ResolveType = Literal["json", "text", "bytes"]
FileValue = tuple[str, bytes] | tuple[str, bytes, str]
"""A file part of a multipart body: `(file name, contents[, media type])`."""
Body = Any
"""A JSON value, `bytes` (sent as `application/octet-stream`), or a files dict
`{"field": ("name.png", data, "image/png")}` (sent as multipart)."""


def _query_value(value: Any) -> str:
    # As the JavaScript client encodes a query object: null -> "", objects and arrays as JSON.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _is_files(body: Any) -> bool:
    return (
        isinstance(body, Mapping)
        and bool(body)
        and all(
            isinstance(part, tuple) and len(part) in (2, 3) and isinstance(part[1], bytes)
            for part in body.values()
        )
    )


def _reader(resolve_type: ResolveType) -> Any:
    if resolve_type == "text":
        return lambda content: Result(content.decode("utf-8", "replace"), None)
    if resolve_type == "bytes":
        return lambda content: Result(bytes(content), None)
    return lambda value: Result(value, None)


def plan_call(
    method: str,
    path: str,
    body: Body = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    resolve_type: ResolveType = "json",
) -> Call[Result[Any]]:
    """A call to the app's endpoint `method path`."""
    request: dict[str, Any] = {"method": method, "url": "/" + path.lstrip("/")}
    if query:
        request["params"] = {name: _query_value(value) for name, value in query.items()}
    if headers:
        request["headers"] = dict(headers)
    error = None
    if resolve_type not in ("json", "text", "bytes"):
        error = APIError.client(
            "invalid_request", f"resolve_type is json, text or bytes, not {resolve_type!r}"
        )
    if isinstance(body, bytes | bytearray):
        request["content"] = bytes(body)
        request["headers"] = {"Content-Type": "application/octet-stream", **(headers or {})}
    elif _is_files(body):
        request["files"] = dict(body)
    elif body is not None and body != "" and body is not False:
        # A falsy body other than these (0, [], {}) is sent as JSON, unlike the JS client.
        request["json"] = body
        # As in the JavaScript client, a JSON body's media type overrides the caller's.
        request["headers"] = {**(headers or {}), "Content-Type": "application/json"}
    return Call(
        request,
        _reader(resolve_type),
        Result.from_errors,
        idempotent=method == "GET",
        body="json" if resolve_type == "json" else "bytes",
        error=error,
    )
