"""Model paths: which top-level model and which sub-model a name like `users.addresses` means,
and what `app.yaml` declares about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import ApiError, ErrorCode
from .declarations import FieldDeclaration, ModelDeclaration
from .expression.values import Kind
from .settings import DatabaseSettings

Fields = Mapping[str, FieldDeclaration]

_KINDS = {
    "integer": Kind.NUMBER,
    "decimal": Kind.NUMBER,
    "text": Kind.TEXT,
    "rich-text": Kind.TEXT,
    "email": Kind.TEXT,
    "link": Kind.TEXT,
    "phone": Kind.TEXT,
    "option-list": Kind.TEXT,
    "reference": Kind.TEXT,
    "date-time": Kind.DATE,
}


@dataclass(frozen=True)
class ModelRef:
    """A top-level model, or a sub-model reached through it."""

    top: str
    sub: tuple[str, ...]
    declared: ModelDeclaration | None
    """The top-level model's declaration; None for a model created by its first write."""
    fields: Fields | None
    """The declared fields of the addressed (sub-)model; None when they are not declared."""
    sub_types: tuple[str | None, ...]
    """For each sub-model name: `object` or `object-list` when declared, else None."""

    @property
    def name(self) -> str:
        return ".".join((self.top, *self.sub))

    @property
    def is_top(self) -> bool:
        return not self.sub

    def field_kinds(self, names: tuple[str, ...]) -> Kind | None:
        """The kind of the field at `names` of this model's objects, when it is known."""
        if self.is_top and names in (("createdAt",), ("updatedAt",)):
            return Kind.DATE
        if names in (("_id",), ("_parent",)):
            return Kind.TEXT
        fields = self.fields
        for index, name in enumerate(names):
            if fields is None or name not in fields:
                return None
            declaration = fields[name]
            if index == len(names) - 1:
                return _KINDS.get(declaration.type)
            if declaration.type != "object":
                return None
            fields = declaration.fields
        return None


def not_found(name: str, why: str) -> ApiError:
    return ApiError(
        404, ErrorCode.model_not_found, f"There is no model `{name}`: {why}", {"model": name}
    )


def resolve(settings: DatabaseSettings, path: str) -> ModelRef:
    """The model `path` names; 404 `model_not_found` when strict mode or the declaration rules
    it out."""
    top, *sub = path.split(".")
    declared = settings.models.get(top)
    if declared is None:
        if settings.strict:
            raise not_found(path, "the database is in strict mode and `app.yaml` declares none.")
        return ModelRef(top, tuple(sub), None, None, tuple(None for _ in sub))
    fields: Fields | None = declared.fields
    types: list[str | None] = []
    for name in sub:
        declaration = fields.get(name) if fields is not None else None
        if fields is not None and (
            declaration is None or declaration.type not in ("object", "object-list")
        ):
            raise not_found(path, f"`{name}` is not an object or object-list field.")
        types.append(declaration.type if declaration is not None else None)
        fields = declaration.fields if declaration is not None else None
    return ModelRef(top, tuple(sub), declared, fields, tuple(types))
