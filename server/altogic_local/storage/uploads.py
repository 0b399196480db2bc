"""Reading upload bodies into the blob store as they arrive.

- `multipart/form-data` (`upload-formdata`, `replace-formdata`): parsed incrementally with
  python-multipart's streaming parser; the one part named `file` goes to the blob writer.
- raw bodies (`upload-object`, `replace-object`): the request stream goes to the blob writer.
- the JavaScript client's JSON encodings of raw bodies (a JSON string, a Node.js Buffer, a typed
  array as an index-keyed object): JSON has to be parsed whole, so these bodies are read into
  memory, bounded by `maxRequestSize`, then decoded to their bytes.

Bytes are counted as they arrive: the file passing `storage.maxFileSize` stops the upload with
413 at once. Whatever fails, the blob writer is aborted, so nothing is kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio.to_thread
from altogic_models import JsonBuffer, JsonByteIndex
from pydantic import BaseModel, ValidationError
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request

from ..engines.blobs import BlobWriter
from ..errors import ApiError, ErrorCode, InvalidRequest
from ..limits import drain
from ..spec import spec

FLUSH_SIZE = 1024 * 1024
"""Bytes gathered before they are written out (in a worker thread)."""
OCTET_STREAM = "application/octet-stream"
FORM_DATA = "multipart/form-data"
FILE_PART = "file"
Options = TypeVar("Options", bound=BaseModel)


def mime_pattern() -> re.Pattern[str]:
    pattern: str = spec()["components"]["schemas"]["MimeType"]["pattern"]
    return re.compile(pattern)


_MIME = mime_pattern()


def media_type(value: str | None) -> str | None:
    """A media type without its parameters, in lower case; None for one that is not valid."""
    if value is None or len(value) > 255 or not _MIME.match(value):
        return None
    return value.split(";", 1)[0].strip().lower()


def read_options(raw: Any, model: type[Options]) -> Options:
    """The `options` query parameter, JSON text of `model` (400 `validation_error` at
    `options` or `options.<key>` otherwise)."""
    text = raw if isinstance(raw, str) else "{}"
    try:
        value = json.loads(text)
    except ValueError:
        raise InvalidRequest.one(
            "query", "json_invalid_options", "`options` is not JSON text.", "options"
        ) from None
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise InvalidRequest.at("query", exc.errors(), "options") from None


class FileTooLarge(Exception):
    pass


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        ErrorCode.request_body_size_too_large,
        f"The file is larger than the {limit} bytes allowed (storage.maxFileSize).",
        {"limit": limit},
        headers={"Connection": "close"},
    )


def unsupported(media: str | None, expected: str) -> ApiError:
    return ApiError(
        415,
        ErrorCode.unsupported_media_type,
        f"The body must be {expected}, not {media or 'a body without Content-Type'}.",
        {"contentType": media},
    )


@dataclass
class Body:
    """The request body, read once as it arrives."""

    request: Request
    complete: bool = False
    received: int = 0

    async def chunks(self) -> AsyncIterator[bytes]:
        while not self.complete:
            try:
                message = await self.request.receive()
            except HTTPException:  # the request limits gave up on the body (413, 408)
                self.complete = True
                raise
            if message["type"] == "http.disconnect":
                self.complete = True
                raise ClientDisconnect()
            self.complete = not message.get("more_body", False)
            data: bytes = message.get("body", b"")
            if data:
                self.received += len(data)
                yield data

    async def drain(self) -> None:
        """Read (and drop) what is left of the body, within bounds, so that a client still
        sending reads the answer instead of a reset connection."""
        if not self.complete:
            self.complete = True
            await drain(self.request.receive)


@dataclass
class Spool:
    """The bytes of one file on their way to a blob writer, counted against `limit`."""

    writer: BlobWriter
    limit: int
    size: int = 0
    pending: bytearray = field(default_factory=bytearray)

    def add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise FileTooLarge()
        self.pending += data

    async def flush(self, force: bool = False) -> None:
        if self.pending and (force or len(self.pending) >= FLUSH_SIZE):
            data = bytes(self.pending)
            self.pending.clear()
            await anyio.to_thread.run_sync(self.writer.write, data)


async def read_multipart(body: Body, spool: Spool) -> str:
    """Stream the `file` part of a multipart body into `spool`; answers the part's media type."""
    content_type = body.request.headers.get("content-type", "")
    kind, params = parse_options_header(content_type)
    if kind.decode("latin-1").lower() != FORM_DATA:
        raise unsupported(media_type(content_type) or content_type or None, FORM_DATA)
    boundary = params.get(b"boundary")
    if not boundary:
        raise _bad_form("The multipart body has no boundary in its Content-Type.")
    state: dict[str, Any] = {"field": b"", "headers": {}}
    found: dict[str, Any] = {"type": None, "ended": False, "file": False}

    def on_part_begin() -> None:
        state["headers"] = {}

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        name = state["field"].decode("latin-1").lower()
        state["headers"][name] = state["headers"].get(name, b"") + data[start:end]

    def on_header_end() -> None:
        state["field"] = b""

    def on_headers_finished() -> None:
        disposition = state["headers"].get("content-disposition", b"")
        _, options = parse_options_header(disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if name != FILE_PART:
            raise _bad_form(
                f"The multipart body has a part named `{name}`; it takes one part, `file`."
            )
        if found["file"]:
            raise _bad_form("The multipart body has two `file` parts; it takes one.")
        found["file"] = True
        found["type"] = state["headers"].get("content-type", b"").decode("latin-1") or None

    def on_part_data(data: bytes, start: int, end: int) -> None:
        spool.add(data[start:end])

    def on_end() -> None:
        found["ended"] = True

    callbacks = {
        "on_part_begin": on_part_begin,
        "on_header_field": on_header_field,
        "on_header_value": on_header_value,
        "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished,
        "on_part_data": on_part_data,
        "on_end": on_end,
    }
    try:
        parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
        async for chunk in body.chunks():
            parser.write(chunk)
            await spool.flush()
        parser.finalize()
    except FormParserError as exc:
        raise _bad_form(f"The multipart body is malformed: {exc}") from None
    if not found["ended"]:
        raise _bad_form("The multipart body ends before its closing boundary.")
    if not found["file"]:
        raise _bad_form("The multipart body has no part named `file`.")
    await spool.flush(force=True)
    return media_type(found["type"]) or OCTET_STREAM


def _bad_form(message: str) -> InvalidRequest:
    return InvalidRequest.one("body", "multipart", message, FILE_PART)


async def read_raw(body: Body, spool: Spool, json_limit: int) -> str | None:
    """Stream a raw body into `spool`, or decode the JavaScript client's JSON encodings; answers
    the body's own media type (None for JSON or none)."""
    content_type = body.request.headers.get("content-type")
    media = media_type(content_type) if content_type else None
    if content_type is not None and content_type.split(";", 1)[0].strip().lower() == FORM_DATA:
        raise unsupported(FORM_DATA, "the file's bytes (use upload-formdata for a form)")
    if media == "application/json":
        await _read_json(body, spool, json_limit)
        return None
    async for chunk in body.chunks():
        spool.add(chunk)
        await spool.flush()
    await spool.flush(force=True)
    return media


async def _read_json(body: Body, spool: Spool, limit: int) -> None:
    raw = bytearray()
    async for chunk in body.chunks():
        raw += chunk
        if len(raw) > limit:
            raise ApiError(
                413,
                ErrorCode.request_body_size_too_large,
                f"A JSON-encoded body may take at most {limit} bytes (maxRequestSize); send the "
                "file's bytes with their own Content-Type instead.",
                {"limit": limit},
                headers={"Connection": "close"},
            )
    if not raw:
        return
    try:
        value = json.loads(raw)
    except ValueError:
        raise InvalidRequest.one(
            "body", "json_invalid_body", "The JSON body is not valid JSON."
        ) from None
    data: bytes
    try:
        if isinstance(value, str):
            # As JavaScript encodes text: a lone surrogate becomes U+FFFD.
            text = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            data = text.encode("utf-8")
        elif isinstance(value, dict) and value.get("type") == "Buffer":
            data = bytes(byte.root for byte in JsonBuffer.model_validate(value).data)
        elif isinstance(value, dict):
            index = JsonByteIndex.model_validate(value).root
            data = bytes(byte.root for _, byte in sorted(index.items(), key=lambda i: int(i[0])))
        else:
            raise InvalidRequest.one(
                "body",
                "json_body_kind",
                "A JSON body must be a string, a Node.js Buffer or a typed array's index object.",
            )
    except ValidationError as exc:
        raise InvalidRequest.at("body", exc.errors()) from None
    except ValueError:
        raise InvalidRequest.one(
            "body", "json_body_kind", "The JSON text is not valid UTF-8."
        ) from None
    for start in range(0, len(data), FLUSH_SIZE):
        spool.add(data[start : start + FLUSH_SIZE])
        await spool.flush()
    await spool.flush(force=True)
