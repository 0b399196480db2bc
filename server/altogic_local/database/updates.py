"""Field update instructions (`update-fields`): set, unset, increment, decrement, min, max,
multiply, push, pull, pop and shift, applied in order to one object (a Python dict).

An instruction that does not fit the stored value raises `invalid_update_instruction` (400), so
the caller's transaction stores nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError, ErrorCode, error_item
from .actions import ABSENT, FieldUpdate
from .declarations import SYSTEM_FIELDS, FieldDeclaration
from .documents import Document, embed
from .fields import check_field
from .models import Fields

NUMERIC = ("increment", "decrement", "min", "max", "multiply")
NEEDS_VALUE = (*NUMERIC, "set", "push", "pull")
REMOVALS = ("unset", "pull", "pop", "shift")
LIMIT = 1e15


def refuse(index: int, field: str, message: str) -> ApiError:
    return ApiError(
        400,
        ErrorCode.invalid_update_instruction,
        message,
        {"field": field, "index": index, "location": "body"},
    )


def check_instructions(updates: Sequence[FieldUpdate], where: str) -> None:
    """What the schema says but a JSON schema validator in the server does not enforce: no system
    fields, a value where one is needed, numbers for numeric instructions."""
    problems: list[dict[str, Any]] = []
    for index, update in enumerate(updates):
        field, kind = update.field, update.kind
        location = f"{where}.{index}"
        if SYSTEM_FIELDS.intersection(field.split(".")):
            problems.append(_invalid(f"{location}.field", f"`{field}` is a system field."))
        if kind in NEEDS_VALUE and update.value is ABSENT:
            problems.append(_invalid(f"{location}.value", f"`{kind}` needs a `value`."))
        elif kind in NUMERIC:
            value = update.value
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not -LIMIT <= value <= LIMIT
            ):
                problems.append(
                    _invalid(f"{location}.value", f"`{kind}` needs a number up to 10^15.")
                )
    if problems:
        raise ApiError.many(400, problems)


def _invalid(field: str, message: str) -> dict[str, Any]:
    return error_item(ErrorCode.validation_error, message, {"field": field, "location": "body"})


def apply(
    target: Document,
    updates: Sequence[FieldUpdate],
    fields: Fields | None,
    now: float,
) -> None:
    """Apply `updates` in order to the object `target` (whose declared fields are `fields`)."""
    for index, update in enumerate(updates):
        _apply_one(target, index, update, fields, now)


def _apply_one(
    target: Document, index: int, update: FieldUpdate, fields: Fields | None, now: float
) -> None:
    field, kind = update.field, update.kind
    names = field.split(".")
    holder: Any = target
    declaration: FieldDeclaration | None = None
    scope = fields
    for position, name in enumerate(names):
        declaration = scope.get(name) if scope is not None else None
        if scope is not None and declaration is None:
            raise refuse(index, field, f"`{field}` is not a declared field.")
        if position == len(names) - 1:
            break
        child = holder.get(name)
        if child is None and kind in REMOVALS:
            return
        if not isinstance(child, dict):
            what = "an object list" if isinstance(child, list) else "no object"
            raise refuse(index, field, f"`{'.'.join(names[: position + 1])}` holds {what}.")
        if declaration is not None and declaration.type != "object":
            raise refuse(index, field, f"`{name}` is not an object field.")
        holder = child
        scope = declaration.fields if declaration is not None else None
    slot = Slot(
        holder=holder,
        key=names[-1],
        declaration=declaration,
        declared=scope is not None,
        owner=holder.get("_id", target.get("_id")),
        now=now,
        index=index,
        field=field,
    )
    _HANDLERS[kind](slot, None if update.value is ABSENT else update.value)


@dataclass(frozen=True)
class Slot:
    """Where one instruction applies: `holder[key]`, the field's declaration, and what errors
    and new sub-objects need to know."""

    holder: dict[str, Any]
    key: str
    declaration: FieldDeclaration | None
    declared: bool
    owner: str
    now: float
    index: int
    field: str

    def refuse(self, message: str) -> ApiError:
        return refuse(self.index, self.field, message)

    def current_list(self) -> list[Any] | None:
        current = self.holder.get(self.key)
        if current is None:
            return None
        if not isinstance(current, list):
            raise self.refuse(f"`{self.field}` does not hold a list.")
        return current


Handler = Callable[[Slot, Any], None]


def _set(slot: Slot, value: Any) -> None:
    declaration = slot.declaration
    if declaration is not None:
        problems: list[dict[str, Any]] = []
        value = check_field(declaration, value, slot.field, problems)
        if problems:
            raise slot.refuse(f"`{slot.field}`: {problems[0]['message']}")
    slot.holder[slot.key] = embed(
        value,
        declaration.type if declaration else None,
        declaration.fields if declaration else None,
        slot.owner,
        slot.now,
        declared=slot.declared,
    )


def _unset(slot: Slot, value: Any) -> None:
    slot.holder.pop(slot.key, None)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _numeric(kind: str) -> Handler:
    def handle(slot: Slot, value: Any) -> None:
        declaration, field = slot.declaration, slot.field
        if declaration is not None and declaration.type not in ("integer", "decimal"):
            raise slot.refuse(f"`{field}` is not a number field.")
        current = slot.holder.get(slot.key)
        if current is not None and not _number(current):
            raise slot.refuse(f"`{field}` does not hold a number.")
        if current is None:
            result = value if kind in ("min", "max") else _combine(kind, 0, value)
        else:
            result = _combine(kind, current, value)
        if isinstance(result, float) and not math.isfinite(result):
            raise slot.refuse(f"`{kind}` would make `{field}` too large.")
        if declaration is not None and declaration.type == "integer":
            if isinstance(result, float) and not result.is_integer():
                raise slot.refuse(f"`{field}` is an integer field.")
            result = int(result)
        slot.holder[slot.key] = result

    return handle


def _combine(kind: str, current: Any, value: Any) -> Any:
    if kind == "increment":
        return current + value
    if kind == "decrement":
        return current - value
    if kind == "multiply":
        return current * value
    if kind == "min":
        return min(current, value)
    return max(current, value)


def _list_value(slot: Slot, value: Any) -> Any:
    """A value to push, converted to the declared item type."""
    declaration, field = slot.declaration, slot.field
    if declaration is None:
        return value
    if declaration.type == "multi-option-list":
        item = declaration.model_copy(update={"type": "option-list", "required": False})
    elif declaration.type == "basic-values-list":
        if declaration.item_type is None:
            if isinstance(value, dict | list):
                raise slot.refuse(f"`{field}` holds basic values only.")
            return value
        item = declaration.model_copy(update={"type": declaration.item_type, "required": False})
    else:
        raise slot.refuse(f"`{field}` is not a list of basic values.")
    problems: list[dict[str, Any]] = []
    converted = check_field(item, value, field, problems)
    if problems:
        raise slot.refuse(f"`{field}`: {problems[0]['message']}")
    return converted


def _push(slot: Slot, value: Any) -> None:
    item = _list_value(slot, value)
    slot.holder[slot.key] = [*(slot.current_list() or []), item]


def _pull(slot: Slot, value: Any) -> None:
    current = slot.current_list()
    if current is not None:
        slot.holder[slot.key] = [item for item in current if not same(item, value)]


def _pop(slot: Slot, value: Any) -> None:
    current = slot.current_list()
    if current:
        slot.holder[slot.key] = current[:-1]


def _shift(slot: Slot, value: Any) -> None:
    current = slot.current_list()
    if current:
        slot.holder[slot.key] = current[1:]


def same(a: Any, b: Any) -> bool:
    """JSON equality: `1 == 1.0`, but `true != 1`, and lists and objects compared deeply."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _number(a) and _number(b):
        return bool(a == b)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


_HANDLERS: dict[str, Handler] = {
    "set": _set,
    "unset": _unset,
    "increment": _numeric("increment"),
    "decrement": _numeric("decrement"),
    "multiply": _numeric("multiply"),
    "min": _numeric("min"),
    "max": _numeric("max"),
    "push": _push,
    "pull": _pull,
    "pop": _pop,
    "shift": _shift,
}
