"""Serving file contents: downloads, and public URLs with the HTTP a browser and `curl` expect.

The public route answers with the stored mime type, `Content-Length`, an `ETag` (the contents'
version: a replacement changes it), `Last-Modified` (when the contents were uploaded),
conditional requests (`If-None-Match`, then `If-Modified-Since`: 304), one byte range (206;
`If-Range` honoured; several ranges are answered with the whole file, as RFC 9110 allows;
416 `range_not_satisfiable` with `Content-Range: bytes */<size>` when no byte is in range), and
an RFC 6266 `Content-Disposition` carrying the file name. Active content (HTML, SVG, XML) is
served sandboxed (`Content-Security-Policy: sandbox`), and nothing is type-sniffed.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterator
from urllib.parse import quote

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ..errors import ErrorCode, error_item, error_response
from .service import StoredFile

ACTIVE_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml"}
)
"""Types a browser runs or renders as a document of the backend's origin."""
RANGE = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")
ATTR_SAFE = "!#$&+^`|~"
"""RFC 5987 attr-chars that `quote` would escape."""


def content_disposition(kind: str, name: str) -> str:
    """`kind; filename="<ASCII fallback>"; filename*=UTF-8''<name, percent-encoded>`."""
    fallback = (
        "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "_" for c in name).strip()
        or "file"
    )
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe=ATTR_SAFE)}"


def is_active(mime_type: str) -> bool:
    return mime_type in ACTIVE_TYPES or mime_type.endswith("+xml")


def _http_date(iso: str) -> tuple[str, int]:
    moment = datetime.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return email.utils.format_datetime(moment, usegmt=True), int(moment.timestamp())


def _parse_date(value: str) -> int | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return int(moment.timestamp())


def _etags(header: str) -> list[str]:
    return [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]


def _chunks(stored: StoredFile, start: int, end: int) -> Iterator[bytes]:
    try:
        yield from stored.reader.chunks(start, end)
    finally:
        stored.reader.close()


def download_response(stored: StoredFile) -> Response:
    """The file's bytes as `fileDownload` answers them."""
    headers = {
        "Content-Length": str(stored.reader.size),
        "Content-Disposition": content_disposition("attachment", stored.doc["fileName"]),
        "X-Content-Type-Options": "nosniff",
    }
    return StreamingResponse(
        _chunks(stored, 0, stored.reader.size),
        media_type="application/octet-stream",
        headers=headers,
    )


def _byte_range(header: str, size: int) -> tuple[int, int] | str | None:
    """The one range `header` asks for as (start, end exclusive); None to ignore the header
    (not bytes, malformed, several ranges); "unsatisfiable" when no byte of it exists."""
    unit, _, ranges = header.partition("=")
    if unit.strip().lower() != "bytes" or not ranges.strip():
        return None
    parts = ranges.split(",")
    if len(parts) != 1:
        return None
    match = RANGE.match(parts[0])
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":  # the last `last` bytes
        length = int(last)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - length), size
    start = int(first)
    end = size if last == "" else int(last) + 1
    if last != "" and end <= start:
        return None
    if start >= size:
        return "unsatisfiable"
    return start, min(end, size)


def public_response(request: Request, stored: StoredFile, now: float) -> Response:
    doc = stored.doc
    size = stored.reader.size
    mime_type: str = doc["mimeType"]
    etag = f'"{stored.blob_id}"'
    last_modified, modified = _http_date(doc["uploadedAt"])
    headers = {
        "ETag": etag,
        "Last-Modified": last_modified,
        "Cache-Control": "no-cache",
        "Accept-Ranges": "bytes",
        "Content-Disposition": content_disposition("inline", doc["fileName"]),
        "X-Content-Type-Options": "nosniff",
    }
    if is_active(mime_type):
        headers["Content-Security-Policy"] = "sandbox"
    close = BackgroundTask(stored.reader.close)

    if_none_match = request.headers.get("if-none-match")
    if_modified_since = request.headers.get("if-modified-since")
    not_modified = False
    if if_none_match is not None:
        tags = _etags(if_none_match)
        not_modified = "*" in tags or etag in tags
    elif if_modified_since is not None:
        since = _parse_date(if_modified_since)
        # A date in the future is no date the server gave: ignored (RFC 9110, 13.1.3).
        not_modified = since is not None and modified <= since <= now
    if not_modified:
        return Response(status_code=304, headers=headers, background=close)

    status = 200
    start, end = 0, size
    range_header = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if range_header is not None and (if_range is None or if_range.strip() in (etag, last_modified)):
        wanted = _byte_range(range_header, size)
        if wanted == "unsatisfiable":
            stored.reader.close()
            item = error_item(
                ErrorCode.range_not_satisfiable,
                f"The range `{range_header}` holds no byte of this {size}-byte file.",
                {"size": size},
            )
            return error_response(416, [item], {"Content-Range": f"bytes */{size}"})
        if isinstance(wanted, tuple):
            start, end = wanted
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    headers["Content-Length"] = str(end - start)
    headers["Content-Type"] = mime_type  # as stored: no charset added
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers, background=close)
    return StreamingResponse(_chunks(stored, start, end), status_code=status, headers=headers)
