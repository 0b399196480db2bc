"""The error every stage of the expression language raises for bad input."""

from __future__ import annotations

from typing import Any

from ...errors import ApiError, ErrorCode


class ExpressionError(Exception):
    """A client error in an expression: `invalid_expression` or `invalid_function`."""

    def __init__(self, code: ErrorCode, message: str, pos: int, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.pos = pos
        self.details = details

    def api_error(self, field: str) -> ApiError:
        """The 400 answer; `field` names the request field holding the expression."""
        return ApiError(
            400, self.code, self.message, {"position": self.pos, "field": field, **self.details}
        )
