"""Model paths: which top-level model and which sub-model a name like `users.addresses` means,
and what `app.yaml` declares about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError, ErrorCode
from .declarations import FieldDeclaration, ModelDeclaration
from .expression.values import Kind
from .fields import listing
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
    strict: bool = False
    """Strict mode: the declared fields are the only ones, so other field names are refused."""

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

    def check_path(self, names: tuple[str, ...], via: str | None = None) -> FieldProblem | None:
        """In strict mode, why the field path `names` reaches no declared field (None when it
        does, or when the fields are not declared). `via` names the lookup through which the
        objects are reached."""
        if not self.strict or self.fields is None:
            return None
        system = TOP_SYSTEM_FIELDS if self.is_top else SUB_SYSTEM_FIELDS
        return path_problem(self.fields, names, self.name, system, via)


TOP_SYSTEM_FIELDS = ("_id", "createdAt", "updatedAt")
SUB_SYSTEM_FIELDS = ("_id", "_parent")
"""The fields the backend keeps on top-level objects, and on sub-objects and embedded objects."""
_LITERALS = {"true": "true", "false": "false", "null": "null", "none": "null"}
"""Identifiers that are literals in other languages (`True`, `None`), and how to write them."""


@dataclass(frozen=True)
class FieldProblem:
    """Why a field path reaches no declared field (strict mode)."""

    message: str
    reason: str
    """`unknown_field`, `not_looked_up` (a path through a reference field that no lookup
    replaced) or `not_an_object` (a path through a field that holds no object)."""
    path: str
    declared: tuple[str, ...]
    """The fields declared where the path went wrong."""

    def details(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "unknownField": self.path,
            "declaredFields": list(self.declared),
        }


def path_problem(
    fields: Fields,
    names: tuple[str, ...],
    model: str,
    system: tuple[str, ...],
    via: str | None = None,
) -> FieldProblem | None:
    """Why `names` reaches no field declared in `fields` (the fields of `model`), or None."""
    shown = ".".join((via, *names) if via else names)
    owner = f"`{model}` (looked up as `{via}`)" if via else f"`{model}`"
    for index, name in enumerate(names):
        last = index == len(names) - 1
        declaration = fields.get(name)
        if declaration is None and name not in system:
            where = owner if index == 0 else f"`{'.'.join(names[:index])}` of {owner}"
            hint = ""
            literal = _LITERALS.get(name.lower())
            if index == 0 and not via and literal is not None and name != literal:
                hint = f" For the value {literal}, write `{literal}` (lower case)."
            message = (
                f"`{shown}` is not a field: {where} declares no field `{name}` (the database "
                f"is in strict mode).{hint} Its fields are {listing(fields)}, and the system "
                f"fields {listing(system)}."
            )
            return FieldProblem(message, "unknown_field", shown, tuple(fields))
        if last:
            return None
        if declaration is None:  # a system field, which holds no object
            kind = "system field"
        elif declaration.type in ("object", "object-list"):
            if declaration.fields is None:
                return None  # its fields are not declared: anything goes
            fields, system = declaration.fields, SUB_SYSTEM_FIELDS
            continue
        elif declaration.type == "json":
            return None
        elif declaration.type == "reference":
            message = (
                f"`{shown}` reaches into `{name}`, which holds the id of a `{declaration.model}` "
                f'object: add the simple lookup `{{"field": "{name}"}}` to the query to reach '
                "that object's fields."
            )
            return FieldProblem(message, "not_looked_up", shown, tuple(fields))
        else:
            kind = f"{declaration.type} field"
        message = f"`{shown}` reaches into `{name}`, a {kind}, which has no fields."
        return FieldProblem(message, "not_an_object", shown, tuple(fields))
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
    return ModelRef(top, tuple(sub), declared, fields, tuple(types), strict=settings.strict)
