"""Write wrapper/altogic/types.py: the `TypedDict`s of the fixed shapes, from the component schemas
of spec/altogic.yaml, so that they cannot drift from the spec.

Each schema in `SHAPES` becomes a TypedDict of the same name: a required property is a key, any
other a `NotRequired` key, and each property's type follows its schema (string `str`, integer
`int`, number `float`, boolean `bool`, array `list[...]`, a nullable type `... | None`, a `$ref` to
another shape its name, a `$ref` to an enum the generated client's Literal of the same name,
imported from `altogic_api.models`). Descriptions become docstrings. Each schema in `ALIASES`,
an answer of plain JSON, becomes a type alias of the name the wrapper gives it.
"""

from __future__ import annotations

import keyword
import textwrap
from typing import Any

# The shapes, in an order where each comes after the shapes it uses (the module is evaluated at
# run time: `NotRequired` must stay visible to `typing`).
SHAPES = (
    "CountInfo",
    "UserAgentDevice",
    "UserAgentOs",
    "UserAgent",
    "Session",
    "User",
    "AuthGrant",
    "SignUpResult",
    "UpdateInfo",
    "DeleteInfo",
    "ModelStats",
    "DBStats",
    "ObjectPage",
    "SimpleLookup",
    "ComplexLookup",
    "SortEntry",
    "FieldUpdate",
    "GroupComputation",
    "BucketStats",
    "Bucket",
    "FileInfo",
    "BucketPage",
    "FilePage",
    "StorageStats",
    "MessageInfo",
    "TaskInfo",
    "MemberData",
    "CacheEntry",
    "CacheNumericValue",
    "CacheStats",
)
# Shapes a caller writes (query pieces): their JSON values may be anything the client can send,
# dates included (sent as ISO-8601 strings), so `JsonValue` is `Any` there.
REQUEST_SHAPES = frozenset(
    {"SimpleLookup", "ComplexLookup", "SortEntry", "FieldUpdate", "GroupComputation"}
)
# Unions of shapes, written as type aliases after their members.
UNIONS = ("Lookup",)
# Answers of plain JSON, written as type aliases at the end: wrapper name -> schema.
ALIASES = {"CacheValue": "CacheGetResponse"}
# Literals the wrapper's signatures use besides those the shapes use.
EXTRA_LITERALS = ("CacheDuration",)
# Schemas that stay plain JSON.
PLAIN = {"JsonValue": "JSONValue", "DBObject": "JSONObject"}

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
WIDTH = 100
HEADER = """\
# Generated from spec/altogic.yaml by generator/typed_dicts.py (`make generate`).
# Do not edit: change the spec (or the generator) and regenerate.
\"\"\"The fixed shapes of Altogic's answers, and of the lookups, sort keys, field updates and
computations a query takes, as `TypedDict`s so that editors and type checkers know their keys.
Values are the JSON the server sends: dates are ISO-8601 strings, ids 24-hex strings. Database
objects, cache values and custom user fields are plain JSON (`dict`, `list`, ...).

Each shape is the schema of the same name in spec/altogic.yaml; the Literal types are the
generated client's (`altogic_api.models`). No `from __future__ import annotations` here:
`NotRequired` must be visible at run time.
\"\"\"

from typing import Any, NotRequired, TypedDict

{imports}

JSONValue = dict[str, Any] | list[Any] | str | int | float | bool | None
\"\"\"Any JSON value.\"\"\"
JSONObject = dict[str, Any]
\"\"\"A JSON object, such as a database object.\"\"\"
"""


class Shapes:
    """Reads the spec's component schemas into Python annotations."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.literals: set[str] = set(EXTRA_LITERALS)

    def annotation(self, schema: dict[str, Any], shape: str) -> str:
        """The annotation of a value of `schema`, a property of `shape`."""
        if "$ref" in schema:
            return self._ref(schema["$ref"].rsplit("/", 1)[-1], shape)
        for union in ("anyOf", "oneOf"):
            if union in schema:
                return _union(self.annotation(member, shape) for member in schema[union])
        if "allOf" in schema:
            (only,) = schema["allOf"]  # a refinement of one schema (with `not`, a description)
            return self.annotation(only, shape)
        if "enum" in schema:
            raise ValueError(f"{shape}: name the enum {schema['enum']} as a schema")
        kind = schema.get("type")
        if kind is None:
            return "Any"
        if isinstance(kind, list):
            return _union(self.annotation({**schema, "type": one}, shape) for one in kind)
        if kind == "array":
            return f"list[{self.annotation(schema.get('items', {}), shape)}]"
        if kind == "object":
            if "properties" in schema:
                raise ValueError(f"{shape}: name the object schema of a property")
            return "dict[str, Any]"
        return SCALARS[kind]

    def _ref(self, name: str, shape: str) -> str:
        if name in SHAPES or name in UNIONS:
            return name
        if name in PLAIN:
            return "Any" if shape in REQUEST_SHAPES and name == "JsonValue" else PLAIN[name]
        target = self.schemas[name]
        if "enum" in target:
            self.literals.add(name)
            return name
        if target.get("type") == "object":
            raise ValueError(f"{shape}: the object schema {name} is no shape: add it to SHAPES")
        return self.annotation(target, name)

    def typed_dict(self, name: str) -> str:
        schema = self.schemas[name]
        required = set(schema.get("required", ()))
        lines = [f"class {name}(TypedDict):"]
        if "description" in schema:
            lines += [_docstring(schema["description"], "    "), ""]
        for key, prop in schema["properties"].items():
            if not key.isidentifier() or keyword.iskeyword(key):
                raise ValueError(f"{name}.{key} is no Python name")
            annotation = self.annotation(prop, name)
            if key not in required:
                annotation = f"NotRequired[{annotation}]"
            lines.append(f"    {key}: {annotation}")
            if "description" in prop:
                lines.append(_docstring(prop["description"], "    "))
        return "\n".join(lines)

    def union(self, name: str) -> tuple[list[str], str]:
        """The shapes a union alias names, and its text."""
        schema = self.schemas[name]
        members = [
            self.annotation(member, name) for member in schema.get("anyOf", schema.get("oneOf"))
        ]
        text = f"{name} = {_union(members)}"
        if "description" in schema:
            text += "\n" + _docstring(schema["description"], "")
        return members, text

    def alias(self, name: str) -> str:
        """The type alias `name` of the schema `ALIASES[name]`, with its description."""
        schema = self.schemas[ALIASES[name]]
        text = f"{name} = {self.annotation(schema, name)}"
        if "description" in schema:
            text += "\n" + _docstring(schema["description"], "")
        return text


def _union(members: Any) -> str:
    unique: list[str] = []
    for member in members:
        for part in member.split(" | "):
            if part not in unique:
                unique.append(part)
    # `None` last, as in `str | None`.
    return " | ".join(sorted(unique, key=lambda part: part == "None"))


def _docstring(text: str, indent: str) -> str:
    """`text` as a docstring at `indent`, its paragraphs reflowed to the line length."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if text.endswith('"'):
        text += " "
    width = WIDTH - len(indent) - 3  # the quotes on the first and last lines
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines += textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines).lstrip()
    return f'{indent}"""{body}"""'


def types_module(spec: dict[str, Any]) -> str:
    """The text of wrapper/altogic/types.py for `spec` (before formatting)."""
    shapes = Shapes(spec["components"]["schemas"])
    blocks = {name: [shapes.typed_dict(name)] for name in SHAPES}
    for union in UNIONS:
        members, text = shapes.union(union)
        blocks[max(members, key=SHAPES.index)].append(text)  # after its last member
    blocks["aliases"] = [shapes.alias(name) for name in ALIASES]
    literals = sorted(shapes.literals)
    imports = "from altogic_api.models import " + ", ".join(literals)
    exports = sorted([*literals, *SHAPES, *UNIONS, *ALIASES, "JSONObject", "JSONValue"])
    all_names = "__all__ = [\n" + "".join(f'    "{name}",\n' for name in exports) + "]\n"
    return (
        HEADER.format(imports=imports)
        + "\n\n"
        + "\n\n\n".join(text for texts in blocks.values() for text in texts)
        + "\n\n\n"
        + all_names
    )
