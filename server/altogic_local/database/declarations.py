"""The declared models of `app.yaml` (`database.models`): fields, their types and options."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..settings import Section

FieldType = Literal[
    "text",
    "rich-text",
    "email",
    "link",
    "phone",
    "integer",
    "decimal",
    "boolean",
    "date-time",
    "option-list",
    "multi-option-list",
    "basic-values-list",
    "geo-point",
    "json",
    "object",
    "object-list",
    "reference",
]
ListItemType = Literal["text", "integer", "decimal", "boolean", "date-time"]
MODEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
FIELD_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]{0,63}")
SYSTEM_FIELDS = frozenset({"_id", "_parent", "createdAt", "updatedAt"})


class FieldDeclaration(Section):
    """One field of a declared model (`database.models.<model>.fields.<field>` in app.yaml)."""

    type: FieldType
    required: bool = False
    default: Any = None
    """Stored when a created object leaves the field out (a value, not an expression)."""
    indexed: bool = False
    """Top-level fields only: an SQL index speeds up filters and sorts on the field."""
    searchable: bool = False
    """Text and rich-text fields: searched by `search-text` and `fuzzy-search`."""
    model: str | None = None
    """For `reference`: the top-level model the id refers to (used by simple lookups)."""
    options: tuple[str, ...] | None = None
    """For `option-list` and `multi-option-list`: the allowed values."""
    item_type: ListItemType | None = Field(None, alias="itemType")
    """For `basic-values-list`: the type every element is checked and converted to."""
    fields: dict[str, FieldDeclaration] | None = None
    """For `object` and `object-list`: the sub-model's fields."""

    @model_validator(mode="after")
    def _consistent(self) -> FieldDeclaration:
        if self.type == "reference" and not self.model:
            raise ValueError("a reference field names its `model`")
        if self.model is not None and not MODEL_NAME.fullmatch(self.model):
            raise ValueError(f"`{self.model}` is not a model name")
        if self.type in ("option-list", "multi-option-list") and not self.options:
            raise ValueError(f"an {self.type} field lists its `options`")
        if self.searchable and self.type not in ("text", "rich-text"):
            raise ValueError("only text and rich-text fields can be searchable")
        if self.indexed and self.type in ("object", "object-list"):
            raise ValueError("sub-model fields cannot be indexed")
        if self.fields is not None and self.type not in ("object", "object-list"):
            raise ValueError("only object and object-list fields have `fields`")
        return self

    @field_validator("fields")
    @classmethod
    def _field_names(
        cls, fields: dict[str, FieldDeclaration] | None
    ) -> dict[str, FieldDeclaration] | None:
        for name in fields or {}:
            _check_field_name(name)
        return fields


class ModelDeclaration(Section):
    fields: dict[str, FieldDeclaration] = Field(default_factory=dict)

    @field_validator("fields")
    @classmethod
    def _field_names(cls, fields: dict[str, FieldDeclaration]) -> dict[str, FieldDeclaration]:
        for name in fields:
            _check_field_name(name)
        return fields


def _check_field_name(name: str) -> None:
    if name in SYSTEM_FIELDS:
        raise ValueError(f"`{name}` is a system field")
    if not FIELD_NAME.fullmatch(name):
        raise ValueError(f"`{name}` is not a field name (letters, digits, `_` and `$`)")
