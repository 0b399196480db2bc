"""How generator/typed_dicts.py writes a schema as a Python annotation (it writes
wrapper/altogic/types.py; `make check-generated` keeps that file equal to its output)."""

from __future__ import annotations

import importlib.util
import typing
from typing import Any

import pytest
from altogic import types

from .spec_tools import ROOT

_generator = importlib.util.spec_from_file_location(
    "typed_dicts", ROOT / "generator" / "typed_dicts.py"
)
assert _generator is not None and _generator.loader is not None
typed_dicts: Any = importlib.util.module_from_spec(_generator)
_generator.loader.exec_module(typed_dicts)

SCHEMAS = {
    "Direction": {"type": "string", "enum": ["asc", "desc"]},
    "ObjectId": {"type": "string", "pattern": "^[0-9a-f]{24}$"},
    "CountInfo": {"type": "object", "properties": {"count": {"type": "integer"}}},
    "Loose": {"type": "object", "properties": {"a": {"type": "string"}}},
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, "str"),
        ({"type": "integer"}, "int"),
        ({"type": "number"}, "float"),
        ({"type": "boolean"}, "bool"),
        ({"type": ["string", "null"]}, "str | None"),
        ({"type": "array", "items": {"type": "integer"}}, "list[int]"),
        ({"type": "array", "items": ref("CountInfo")}, "list[CountInfo]"),
        (ref("ObjectId"), "str"),
        (ref("Direction"), "Direction"),
        (ref("CountInfo"), "CountInfo"),
        ({"anyOf": [{"type": "null"}, ref("CountInfo")]}, "CountInfo | None"),
        ({"allOf": [ref("ObjectId")], "not": {"const": "x"}}, "str"),
        ({"type": "object", "additionalProperties": True}, "dict[str, Any]"),
        ({"description": "any value"}, "Any"),
        (ref("JsonValue"), "JSONValue"),
        (ref("DBObject"), "JSONObject"),
    ],
)
def test_schemas_map_to_annotations(schema: dict[str, Any], expected: str) -> None:
    assert typed_dicts.Shapes(SCHEMAS).annotation(schema, "CacheEntry") == expected


def test_enums_are_the_generated_clients_literals() -> None:
    shapes = typed_dicts.Shapes(SCHEMAS)
    shapes.annotation(ref("Direction"), "SortEntry")
    assert "Direction" in shapes.literals


def test_json_values_a_caller_writes_may_be_anything_the_client_sends() -> None:
    assert typed_dicts.Shapes(SCHEMAS).annotation(ref("JsonValue"), "FieldUpdate") == "Any"


@pytest.mark.parametrize(
    "schema",
    [{"type": "string", "enum": ["a"]}, ref("Loose"), {"type": "object", "properties": {}}],
)
def test_unnamed_enums_and_objects_are_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        typed_dicts.Shapes(SCHEMAS).annotation(schema, "CacheEntry")


def test_every_shape_is_in_types_with_its_nullable_fields() -> None:
    for name in typed_dicts.SHAPES:
        assert typing.is_typeddict(getattr(types, name)), name
    hints = typing.get_type_hints(types.User)
    assert hints["email"] == str | None and "email" in types.User.__optional_keys__
    assert typing.get_type_hints(types.SignUpResult)["session"] == types.Session | None
