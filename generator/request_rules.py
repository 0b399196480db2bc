"""Write wrapper/altogic/_rules.py: the rules the spec sets on request values (types, lengths,
bounds, patterns) that the wrapper checks before sending, so that a bad argument comes back as an
`invalid_request` result without a request, and the bounds cannot drift from the spec.

The generated client (openapi-python-client) keeps no constraints, and the pydantic models that do
are the backend's (the client does not depend on pydantic): this module copies the constraints of
the request bodies in `BODIES` and of the path parameters of the operations in `PARAMETERS`, with
`$ref`s resolved, as plain data; `altogic._checks` reads them. A constraint the checker does not
know stops the generation, so that a spec change cannot be skipped silently.
"""

from __future__ import annotations

import pprint
from typing import Any

# Request body schemas whose properties the wrapper checks.
BODIES = ("SubmitMessageRequest", "RunOnceRequest")
# Operations whose path parameters the wrapper checks.
PARAMETERS = ("getMessageStatus", "getTaskStatus")

# The keywords `altogic._checks` applies; descriptions and examples are dropped.
CHECKED = frozenset(
    {"type", "minLength", "maxLength", "minimum", "maximum", "pattern", "x-pattern-message"}
)
IGNORED = frozenset({"description", "example", "examples", "additionalProperties", "title"})

HEADER = '''\
# Generated from spec/altogic.yaml by generator/request_rules.py (`make generate`).
# Do not edit: change the spec (or the generator) and regenerate.
"""The rules the spec sets on request values, checked by the wrapper before it sends
(`altogic._checks`): for each request body schema, its required properties and each property's
rules; for each operation, its path parameters' rules. Keywords are JSON Schema's (`type`,
`minLength`, `maxLength`, `minimum`, `maximum`, `pattern`) and the spec's `x-pattern-message`."""

from typing import Any

'''


def _rules(schemas: dict[str, Any], schema: dict[str, Any], where: str) -> dict[str, Any]:
    """The checked keywords of `schema`, its `$ref`s followed."""
    while "$ref" in schema:
        schema = {**schemas[schema["$ref"].rsplit("/", 1)[-1]], **_without(schema, "$ref")}
    unknown = set(schema) - CHECKED - IGNORED
    if unknown:
        raise ValueError(f"{where}: the wrapper does not check {sorted(unknown)}")
    return {key: value for key, value in schema.items() if key in CHECKED}


def _without(schema: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in schema.items() if name != key}


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise ValueError(f"no operation {operation_id} in the spec")


def rules_module(spec: dict[str, Any]) -> str:
    """The text of wrapper/altogic/_rules.py."""
    schemas = spec["components"]["schemas"]
    bodies: dict[str, Any] = {}
    for name in BODIES:
        schema = schemas[name]
        bodies[name] = {
            "required": list(schema.get("required", ())),
            "properties": {
                key: _rules(schemas, prop, f"{name}.{key}")
                for key, prop in schema["properties"].items()
            },
        }
    parameters: dict[str, Any] = {}
    for operation_id in PARAMETERS:
        parameters[operation_id] = {
            parameter["name"]: _rules(
                schemas, parameter["schema"], f"{operation_id}.{parameter['name']}"
            )
            for parameter in _operation(spec, operation_id).get("parameters", ())
            if parameter["in"] == "path"
        }
    return (
        HEADER
        + f"BODIES: dict[str, dict[str, Any]] = {pprint.pformat(bodies, sort_dicts=False)}\n"
        + "PARAMETERS: dict[str, dict[str, dict[str, Any]]] = "
        + f"{pprint.pformat(parameters, sort_dicts=False)}\n"
    )
