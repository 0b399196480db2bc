"""Stored objects as Python dicts: ids, embedded sub-objects, and finding sub-objects by id.

A top-level object is stored as one JSON document: `_id`, its fields, `createdAt`, `updatedAt`.
Each embedded object (a field holding an object) and each item of an object list carries its
own `_id` and `_parent`, the `_id` of the object that directly contains it. In a model without
declarations, a field holding an object is an object sub-model, and a field holding a non-empty
list made only of objects is an object-list sub-model.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .fields import without_system_fields
from .models import Fields

Document = dict[str, Any]


def new_id(now: float) -> str:
    """A 24-hex id, ordered by creation second like a MongoDB ObjectId."""
    return f"{int(now) & 0xFFFFFFFF:08x}" + secrets.token_hex(8)


def is_object_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def with_ids(
    values: Mapping[str, Any], fields: Fields | None, parent: str | None, now: float
) -> Document:
    """A new object: a fresh `_id`, the values (embedded objects given ids too), `_parent`."""
    object_id = new_id(now)
    stored: Document = {"_id": object_id}
    for name, value in without_system_fields(values).items():
        declaration = fields.get(name) if fields is not None else None
        stored[name] = embed(
            value,
            declaration.type if declaration else None,
            declaration.fields if declaration else None,
            object_id,
            now,
            declared=fields is not None,
        )
    if parent is not None:
        stored["_parent"] = parent
    return stored


def embed(
    value: Any,
    kind: str | None,
    fields: Fields | None,
    owner: str,
    now: float,
    *,
    declared: bool,
) -> Any:
    """A field's value with ids given to the objects it embeds (sub-models)."""
    if declared:
        if kind == "object" and isinstance(value, dict):
            return with_ids(value, fields, owner, now)
        if kind == "object-list" and isinstance(value, list):
            return [with_ids(item, fields, owner, now) for item in value]
        return value
    if isinstance(value, dict):
        return with_ids(value, None, owner, now)
    if is_object_list(value):
        return [with_ids(item, None, owner, now) for item in value]
    return value


@dataclass
class Location:
    """Where an embedded object sits: `holder[key]` (a dict's field or a list's index)."""

    holder: dict[str, Any] | list[Any]
    key: str | int
    object: Document
    in_list: bool


def objects_at(document: Document, names: tuple[str, ...]) -> Iterator[Location]:
    """Every object of the sub-model `names` inside `document` (objects and list items)."""
    if not names:
        return
    first, rest = names[0], names[1:]
    value = document.get(first)
    found: list[Location] = []
    if isinstance(value, dict):
        found.append(Location(document, first, value, False))
    elif isinstance(value, list):
        found.extend(
            Location(value, index, item, True)
            for index, item in enumerate(value)
            if isinstance(item, dict)
        )
    for location in found:
        if rest:
            yield from objects_at(location.object, rest)
        else:
            yield location


def find(document: Document, names: tuple[str, ...], object_id: str) -> Location | None:
    """The object of the sub-model `names` whose `_id` is `object_id`."""
    return next(
        (loc for loc in objects_at(document, names) if loc.object.get("_id") == object_id), None
    )


def find_owner(document: Document, names: tuple[str, ...], object_id: str) -> Document | None:
    """The object at `names` (the document itself for no names) whose `_id` is `object_id`."""
    if not names:
        return document if document.get("_id") == object_id else None
    location = find(document, names, object_id)
    return None if location is None else location.object


def remove(location: Location) -> None:
    """Take a sub-object out: an object sub-model is unset, a list item removed."""
    if isinstance(location.holder, list):
        del location.holder[int(location.key)]
    else:
        del location.holder[str(location.key)]


def omit(document: Any, paths: list[tuple[str, ...]]) -> Any:
    """A copy of `document` without the fields at `paths` (`_id` is never omitted)."""
    if not paths or not isinstance(document, dict):
        return document
    result = dict(document)
    for path in paths:
        if path == ("_id",):
            continue
        _drop(result, path)
    return result


def _drop(document: dict[str, Any], path: tuple[str, ...]) -> None:
    head, rest = path[0], path[1:]
    if head not in document:
        return
    if not rest:
        del document[head]
        return
    child = document[head]
    if isinstance(child, dict):
        document[head] = child = dict(child)
        _drop(child, rest)
