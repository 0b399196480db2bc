"""The TypedDicts the wrapper annotates results with match the spec's schemas of the same name."""

from __future__ import annotations

import typing

import pytest
from altogic import types

from .spec_tools import load_spec

SCHEMAS = load_spec()["components"]["schemas"]
TYPED_DICTS = [
    value
    for value in vars(types).values()
    if isinstance(value, type) and typing.is_typeddict(value)
]


def test_there_are_typed_dicts_for_the_fixed_shapes() -> None:
    names = {typed_dict.__name__ for typed_dict in TYPED_DICTS}
    for shape in ("User", "Session", "Bucket", "FileInfo", "MessageInfo", "TaskInfo", "CacheStats"):
        assert shape in names


@pytest.mark.parametrize("typed_dict", TYPED_DICTS, ids=lambda t: t.__name__)
def test_typed_dict_matches_the_spec_schema(typed_dict: type) -> None:
    schema = SCHEMAS[typed_dict.__name__]
    properties = set(schema["properties"])
    required = set(schema.get("required", []))
    assert typed_dict.__required_keys__ == required  # type: ignore[attr-defined]
    assert typed_dict.__optional_keys__ == properties - required  # type: ignore[attr-defined]
