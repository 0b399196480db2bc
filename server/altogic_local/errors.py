"""The error body every failure is answered with, and the handlers that map errors onto it.

Every error leaves the backend as `{"errors": [{origin, code, message, details?}]}` with a 4xx
status: request validation (400, one item per bad field), unknown routes (404), wrong verbs (405
with an `Allow` header listing every verb the path accepts), and the errors modules raise. Codes
are members of `ErrorCode`, generated from the spec; each operation's `x-error-codes` says which
it may answer with.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

import altogic_models
from altogic_models import ErrorCode
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from .engines.sql import QueryInterrupted
from .spec import pattern_messages

logger = logging.getLogger("altogic_local")
CLIENT_ERROR = "client_error"
SERVER_ERROR = "server_error"

__all__ = [
    "CLIENT_ERROR",
    "SERVER_ERROR",
    "ApiError",
    "ErrorCode",
    "InvalidRequest",
    "bad_request",
    "error_item",
    "error_response",
    "exception_handlers",
    "validation_items",
]


def error_item(
    code: ErrorCode,
    message: str,
    details: Mapping[str, Any] | None = None,
    origin: str = CLIENT_ERROR,
) -> dict[str, Any]:
    item: dict[str, Any] = {"origin": origin, "code": code.value, "message": message}
    if details:
        item["details"] = dict(details)
    return item


def error_response(
    status: int, items: Sequence[Mapping[str, Any]], headers: Mapping[str, str] | None = None
) -> Response:
    body = json.dumps({"errors": list(items)}, separators=(",", ":"), default=str)
    return Response(body, status, headers=headers, media_type="application/json")


class ApiError(Exception):
    """An error a module raises; answered as the shared error body with `status`."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        details: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.items = [error_item(code, message, details)]
        self.headers = headers

    @classmethod
    def many(cls, status: int, items: Sequence[dict[str, Any]]) -> ApiError:
        error = cls(status, ErrorCode(items[0]["code"]), items[0]["message"])
        error.items = list(items)
        return error

    @property
    def code(self) -> ErrorCode:
        return ErrorCode(self.items[0]["code"])

    def response(self) -> Response:
        return error_response(self.status, self.items, self.headers)


def bad_request(code: ErrorCode, message: str, **details: Any) -> ApiError:
    return ApiError(400, code, message, details or None)


class InvalidRequest(Exception):
    """Request validation failed; answered 400 with one `validation_error` per bad field.

    `errors` are pydantic-style errors (`loc`, `msg`, `type`) whose `loc` starts with where the
    field is: `body`, `query` or `path`."""

    def __init__(self, errors: Sequence[Mapping[str, Any]]) -> None:
        super().__init__("the request is invalid")
        self._errors = list(errors)

    def errors(self) -> list[Mapping[str, Any]]:
        return self._errors

    @classmethod
    def at(cls, location: str, errors: Sequence[Mapping[str, Any]], *prefix: str) -> InvalidRequest:
        """Pydantic errors of a value found at `location` (and under `prefix` there)."""
        return cls([{**error, "loc": (location, *prefix, *error["loc"])} for error in errors])

    @classmethod
    def one(cls, location: str, kind: str, message: str, *path: str) -> InvalidRequest:
        return cls([{"type": kind, "loc": (location, *path), "msg": message}])


_MODEL_NAMES = frozenset(
    name
    for name, value in vars(altogic_models).items()
    if isinstance(value, type) and issubclass(value, BaseModel)
)
"""pydantic names the member of a union that failed (`nameOrUserData.SignUpUserData`); such
parts of a field's path are dropped, so that each bad field gets one item under its own path."""
_SCHEMA_NAMES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (name for name in _MODEL_NAMES if sum(map(str.isupper, name)) > 1),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
"""The compound names of the generated models (`DBValues`, `SignUpUserData`), which no message
should show; single words (`User`, `Session`) are left alone, as a message may mean the word."""
_INSTANCE_OF = re.compile(r"(?:a valid dictionary or )?(?:an )?instance of \w+")
_OBJECT_TYPES = frozenset(
    {"model_type", "model_attributes_type", "dataclass_type", "dataclass_exact_type", "dict_type"}
)
"""pydantic's errors for a value that should have been an object (some name the model)."""


def _field_path(path: Sequence[str]) -> str:
    return ".".join(
        part
        for part in path
        if not part.startswith("function-") and "[" not in part and part not in _MODEL_NAMES
    )


def _message(subject: str, error: Mapping[str, Any]) -> str:
    """A message about the request's field, in words: no regular expression, no name of the
    backend's models (`DBValues`)."""
    kind = error.get("type")
    context = error.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        meaning = pattern_messages().get(str(context.get("pattern")))
        if meaning is not None:
            return f"{subject} must be {meaning}."
        return f"{subject} does not have the form the spec gives it."
    if kind == "string_too_short" and context.get("min_length") == 1:
        return f"{subject} must not be empty."
    if kind in _OBJECT_TYPES:
        return f"{subject}: Input should be an object"
    message = _INSTANCE_OF.sub("an object", str(error.get("msg", "is invalid")))
    if _SCHEMA_NAMES.search(message):
        message = "Input is not valid here"
    return f"{subject}: {message}"


def validation_items(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Turn pydantic validation errors into one `validation_error` item per bad field."""
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for error in errors:
        location, *path = [str(part) for part in error.get("loc", ()) or ("body",)]
        if error.get("type") == "json_invalid":
            items.append(
                error_item(
                    ErrorCode.invalid_request_body_syntax,
                    f"The request body is not valid JSON: {error.get('ctx', {}).get('error', '')}",
                    {"location": "body"},
                )
            )
            continue
        field = _field_path(path)
        # pydantic reports each member of a failed union; one item per field is enough.
        if (location, field) in seen:
            continue
        seen.add((location, field))
        subject = f"`{field}`" if field else f"The request {location}"
        items.append(
            error_item(
                ErrorCode.validation_error,
                _message(subject, error),
                {"field": field, "location": location},
            )
        )
    return items or [error_item(ErrorCode.validation_error, "The request is invalid.")]


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InvalidRequest)
    return error_response(400, validation_items(exc.errors()))


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors: unknown routes (404), wrong verbs (405), bodies too large (413)."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        message = f"No resource at {request.method} {request.url.path}."
        return error_response(404, [error_item(ErrorCode.resource_not_found, message)])
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        message = f"{request.method} is not allowed here; use {allowed}."
        item = error_item(ErrorCode.method_not_allowed, message)
        return error_response(405, [item], {"Allow": allowed})
    message = str(exc.detail) if exc.detail else "The request could not be handled."
    if exc.status_code == 413:
        item = error_item(ErrorCode.request_body_size_too_large, message)
        return error_response(413, [item], exc.headers)
    if exc.status_code == 408:
        item = error_item(ErrorCode.request_body_timeout, message)
        return error_response(408, [item], {"Connection": "close"})
    item = error_item(ErrorCode.validation_error, message, {"location": "body"})
    return error_response(400, [item], exc.headers)


async def _disconnected(request: Request, exc: Exception) -> Response:
    """The client went away in the middle of its request: one log line (no traceback), and an
    answer nobody will read."""
    logger.info(
        "%s %s: the client disconnected before sending its whole body",
        request.method,
        request.url.path,
    )
    message = "The client disconnected before sending its whole body."
    item = error_item(ErrorCode.validation_error, message, {"location": "body"})
    return error_response(400, [item])


async def _interrupted(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, QueryInterrupted)
    if not exc.timed_out:  # the client has gone: nobody reads the answer
        return await _disconnected(request, exc)
    message = (
        f"The query took longer than the {exc.budget:g} seconds allowed (database.queryTimeout) "
        "and was stopped; narrow its filter, index the fields it filters on, or page it."
    )
    return error_response(400, [error_item(ErrorCode.query_timeout, message)])


async def _bug(request: Request, exc: Exception) -> Response:
    """The last word on anything that escapes: the error body with a 500, never plain text or a
    dropped connection. (Starlette then re-raises, so the server logs the traceback.)"""
    message = (
        f"The local backend failed ({type(exc).__name__}); this is a bug in altogic-local, "
        "not in the request."
    )
    return error_response(500, [error_item(ErrorCode.internal_error, message, origin=SERVER_ERROR)])


def exception_handlers() -> dict[Any, Any]:
    """The application's exception handlers (Starlette's `exception_handlers=`)."""
    return {
        ApiError: _api_error,
        InvalidRequest: _invalid_request,
        HTTPException: _http_error,
        ClientDisconnect: _disconnected,
        QueryInterrupted: _interrupted,
        Exception: _bug,
    }
