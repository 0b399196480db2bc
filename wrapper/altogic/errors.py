"""The two exceptions of the library.

`ClientError` is raised only for programmer errors at construction (a bad env URL or client key),
as the JavaScript client does. `AltogicError` is raised only by `Result.unwrap()`, for people who
prefer exceptions to checking `errors`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .result import APIError


class ClientError(Exception):
    """A programmer error detected by the client before any request is made."""

    origin = "client_error"

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details


class AltogicError(Exception):
    """Raised by `Result.unwrap()` when the call failed; `errors` holds the failure."""

    def __init__(self, errors: APIError) -> None:
        first = errors.items[0] if errors.items else None
        summary = f"{first.code}: {first.message}" if first else errors.status_text
        super().__init__(f"{errors.status} {summary}")
        self.errors = errors
