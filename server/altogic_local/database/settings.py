"""The database module's section of `app.yaml`."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from ..settings import Section
from .declarations import MODEL_NAME, ModelDeclaration
from .fields import check_values


class DatabaseSettings(Section):
    strict: bool = False
    """Only declared models and their declared fields exist: writes to (and queries of) other
    models are refused, and so are undeclared fields in written values, expressions, sorts and
    group paths (rather than dropped, or read as missing)."""
    default_page_size: int = Field(100, alias="defaultPageSize", ge=1, le=1000)
    max_page_size: int = Field(1000, alias="maxPageSize", ge=1, le=1000)
    """Larger `limit`s (and `get-random` counts) are reduced to this."""
    query_timeout: float = Field(5.0, alias="queryTimeout", gt=0, le=3600)
    """Seconds one call's statements may run; a call still running then is stopped and answers
    400 `query_timeout` (its writes roll back)."""
    models: dict[str, ModelDeclaration] = Field(default_factory=dict)

    @field_validator("models")
    @classmethod
    def _model_names(cls, models: dict[str, ModelDeclaration]) -> dict[str, ModelDeclaration]:
        for name, model in models.items():
            if not MODEL_NAME.fullmatch(name):
                raise ValueError(f"`{name}` is not a model name")
            problems: list[dict[str, Any]] = []
            check_values(model.fields, {}, name, problems, defaults_only=True)
            if problems:
                raise ValueError("; ".join(problem["message"] for problem in problems))
        return models
