"""The spec this backend implements, read once: each operation's verb, path, inputs, session
requirement and error codes come from here, never typed again by hand.

The spec is served as written (`emulatorGetSpec`), not as a schema derived from code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import yaml

VERBS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"

SessionMode = Literal["required", "optional", "none"]
"""`required`: every security requirement includes `session`; `optional`: some do (a session is
taken if sent, and needed under a client key declared with `enforceSession`); `none`: none do."""
ClientKeyMode = Literal["required", "declared", "none"]
"""`required`: every requirement includes `clientKey` (the client API); `declared`: an anonymous
requirement is allowed too (emulator routes: a key is needed only when the app declares keys);
`none`: no requirement (browser routes)."""


@cache
def spec_text() -> str:
    return files("altogic_models").joinpath("openapi.yaml").read_text(encoding="utf-8")


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(spec_text())
    return document


@cache
def pattern_messages() -> dict[str, str]:
    """What each `pattern` of the spec accepts, in words (its `x-pattern-message`), by pattern."""
    messages: dict[str, str] = {}
    stack: list[Any] = [spec()]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            pattern, message = node.get("pattern"), node.get("x-pattern-message")
            if isinstance(pattern, str) and isinstance(message, str):
                messages[pattern] = message
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return messages


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """Every (verb, path, operation) the spec describes."""
    return [
        (verb, path, item[verb])
        for path, item in spec()["paths"].items()
        for verb in VERBS
        if verb in item
    ]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["query", "path"]
    required: bool
    schema_name: str | None
    """The component schema the parameter's schema refers to, if it is a `$ref`."""
    space_means_plus: bool
    """`x-space-means-plus`: a space in the value is read as `+`."""
    integer: bool = False
    """Its schema is an integer (a query string's digits are read as one)."""


@dataclass(frozen=True)
class Body:
    media_types: tuple[str, ...]
    required: bool
    schema_name: str | None
    """The component schema of the body, when it has one media type and a `$ref` schema."""


@dataclass(frozen=True)
class OperationSpec:
    """What the spec says of one operation."""

    operation_id: str
    verb: str
    """Upper-case HTTP verb."""
    path: str
    tag: str
    session: SessionMode
    client_key: ClientKeyMode
    parameters: tuple[Parameter, ...]
    body: Body | None
    error_codes: dict[int, frozenset[str]]
    """`x-error-codes`: the codes each error status may carry."""

    @property
    def query_model_name(self) -> str | None:
        """The generated model of the query string (datamodel-codegen names it after the
        operation), when the operation has query parameters."""
        if not any(parameter.location == "query" for parameter in self.parameters):
            return None
        return self.operation_id[0].upper() + self.operation_id[1:] + "ParametersQuery"

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def is_templated(self) -> bool:
        return "{" in self.path


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _session_mode(security: list[dict[str, Any]]) -> SessionMode:
    with_session = [("session" in requirement) for requirement in security]
    if with_session and all(with_session):
        return "required"
    return "optional" if any(with_session) else "none"


def _client_key_mode(security: list[dict[str, Any]]) -> ClientKeyMode:
    if not security:
        return "none"
    if all("clientKey" in requirement for requirement in security):
        return "required"
    if any(requirement == {} for requirement in security) and any(
        "clientKey" in requirement for requirement in security
    ):
        return "declared"
    raise ValueError(f"unsupported security requirements {security}")


def _parameters(item: dict[str, Any], operation: dict[str, Any]) -> tuple[Parameter, ...]:
    found: dict[tuple[str, str], Parameter] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        if raw["in"] not in ("query", "path"):
            raise ValueError(f"{operation['operationId']}: `{raw['in']}` parameters are not served")
        found[(raw["in"], raw["name"])] = Parameter(
            name=raw["name"],
            location=raw["in"],
            required=bool(raw.get("required", False)),
            schema_name=_ref_name(raw.get("schema")),
            space_means_plus=bool(raw.get("x-space-means-plus", False)),
            integer=raw.get("schema", {}).get("type") == "integer",
        )
    return tuple(found.values())


def _body(operation: dict[str, Any]) -> Body | None:
    raw = operation.get("requestBody")
    if raw is None:
        return None
    content: dict[str, Any] = raw.get("content", {})
    media_types = tuple(content)
    schema_name = _ref_name(content[media_types[0]].get("schema")) if len(content) == 1 else None
    return Body(media_types, bool(raw.get("required", False)), schema_name)


def _error_codes(operation: dict[str, Any]) -> dict[int, frozenset[str]]:
    return {int(status): frozenset(codes) for status, codes in operation["x-error-codes"].items()}


@cache
def operation_specs() -> dict[str, OperationSpec]:
    """Every operation of the spec, by operationId."""
    document = spec()
    found: dict[str, OperationSpec] = {}
    for path, item in document["paths"].items():
        for verb in VERBS:
            if verb not in item:
                continue
            operation = item[verb]
            security = operation.get("security", document.get("security", []))
            operation_id = operation["operationId"]
            found[operation_id] = OperationSpec(
                operation_id=operation_id,
                verb=verb.upper(),
                path=path,
                tag=operation["tags"][0],
                session=_session_mode(security),
                client_key=_client_key_mode(security),
                parameters=_parameters(item, operation),
                body=_body(operation),
                error_codes=_error_codes(operation),
            )
    return found


@cache
def routeless_error_codes() -> dict[int, frozenset[str]]:
    """The top-level `x-error-codes`: answers that belong to no operation."""
    return _error_codes(spec())
