"""Compact, strict JSON encoding for stored values and response bodies."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from .errors import ApiError, ErrorCode

_encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def dumps(value: Any, *, field: str = "value") -> bytes:
    """Encode `value`; refuse what JSON cannot carry (NaN, Infinity) with a 400."""
    try:
        return _encoder.encode(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        message = f"`{field}` contains text that is not valid Unicode (a lone surrogate)."
        raise ApiError(
            400, ErrorCode.validation_error, message, {"field": field, "location": "body"}
        ) from exc
    except ValueError as exc:
        message = f"`{field}` contains a number JSON cannot represent (NaN or Infinity)."
        raise ApiError(
            400, ErrorCode.validation_error, message, {"field": field, "location": "body"}
        ) from exc


def json_response(body: bytes, status: int = 200) -> Response:
    return Response(body, status, media_type="application/json")


def empty_response() -> Response:
    return Response(status_code=200)
