"""The error body every failure is answered with, and the handlers that map errors onto it.

Every error leaves the backend as `{"errors": [{origin, code, message, details?}]}` with a 4xx
status: request validation (400, one item per bad field), unknown routes (404), wrong verbs (405
with an `Allow` header listing every verb the path accepts), and the errors modules raise.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Match

CLIENT_ERROR = "client_error"
SERVER_ERROR = "server_error"


def error_item(
    code: str, message: str, details: Mapping[str, Any] | None = None, origin: str = CLIENT_ERROR
) -> dict[str, Any]:
    item: dict[str, Any] = {"origin": origin, "code": code, "message": message}
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
        code: str,
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
        error = cls(status, items[0]["code"], items[0]["message"])
        error.items = list(items)
        return error

    @property
    def code(self) -> str:
        return str(self.items[0]["code"])

    def response(self) -> Response:
        return error_response(self.status, self.items, self.headers)


def bad_request(code: str, message: str, **details: Any) -> ApiError:
    return ApiError(400, code, message, details or None)


def validation_items(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Turn pydantic/FastAPI validation errors into one `validation_error` item per bad field."""
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for error in errors:
        location, *path = [str(part) for part in error.get("loc", ()) or ("body",)]
        if error.get("type") == "json_invalid":
            items.append(
                error_item(
                    "invalid_request_body_syntax",
                    f"The request body is not valid JSON: {error.get('ctx', {}).get('error', '')}",
                    {"location": "body"},
                )
            )
            continue
        field = ".".join(part for part in path if not part.startswith("function-"))
        # pydantic reports each member of a failed union; one item per field is enough.
        if (location, field) in seen:
            continue
        seen.add((location, field))
        subject = f"`{field}`" if field else f"The request {location}"
        items.append(
            error_item(
                "validation_error",
                f"{subject}: {error.get('msg', 'is invalid')}",
                {"field": field, "location": location},
            )
        )
    return items or [error_item("validation_error", "The request is invalid.")]


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    routes = [
        route
        for route in app.router.routes
        if getattr(route, "methods", None) and route.matches(request.scope)[0] is not Match.NONE
    ]
    # A path without parameters shadows the templated paths that also match it, as
    # `/_auth/email-link` shadows `/_auth/{provider}`.
    static = [route for route in routes if not getattr(route, "param_convertors", None)]
    allowed: set[str] = set()
    for route in static or routes:
        allowed |= set(getattr(route, "methods", ()))
    return sorted(allowed)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(400, validation_items(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            message = f"No resource at {request.method} {request.url.path}."
            return error_response(404, [error_item("resource_not_found", message)])
        if exc.status_code == 405:
            allowed = _allowed_methods(app, request)
            message = f"{request.method} is not allowed here; use {', '.join(allowed)}."
            return error_response(
                405, [error_item("method_not_allowed", message)], {"Allow": ", ".join(allowed)}
            )
        message = str(exc.detail) if exc.detail else "The request could not be handled."
        code = "request_body_too_large" if exc.status_code == 413 else "invalid_request"
        status = exc.status_code if 400 <= exc.status_code < 500 else 400
        return error_response(status, [error_item(code, message)], exc.headers)
