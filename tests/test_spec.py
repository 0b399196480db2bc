"""The spec is valid, covers the whole Altogic client API, and follows the house rules."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from .spec_tools import (
    Operation,
    catalogue,
    described_error_codes,
    load_spec,
    operations,
    resolve,
)

API_PREFIX = "/_api/rest/v1/"
CLIENT_API = [op for op in operations() if op.path.startswith(API_PREFIX)]


def test_spec_validates() -> None:
    validate(load_spec())


def test_every_catalogue_operation_is_in_the_spec() -> None:
    spec_ops = {(op.verb.upper(), op.path): op for op in operations()}
    missing = []
    for row in catalogue():
        op = spec_ops.get((row["verb"], row["path"]))
        if op is None:
            missing.append(f"{row['verb']} {row['path']} ({row['module']}.{row['js_method']})")
        else:
            assert op.spec["tags"] == [row["module"]], f"{op.label} has tags {op.spec['tags']}"
    assert not missing, "operations missing from the spec:\n" + "\n".join(missing)


def test_the_client_api_is_exactly_the_catalogue() -> None:
    expected = {(row["verb"], row["path"]) for row in catalogue()}
    assert len(expected) == 90
    assert {(op.verb.upper(), op.path) for op in CLIENT_API} == expected


def test_operation_ids_are_unique() -> None:
    ids = [op.operation_id for op in operations()]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 90


@pytest.mark.parametrize("op", CLIENT_API, ids=lambda op: op.operation_id)
def test_operation_is_documented(op: Operation) -> None:
    spec = op.spec
    assert len(spec["tags"]) == 1
    assert spec["summary"].strip()
    assert "Error codes:" in spec["description"], "the description must list the error codes"


@pytest.mark.parametrize("op", CLIENT_API, ids=lambda op: op.operation_id)
def test_errors_use_the_shared_error_body(op: Operation) -> None:
    responses = op.spec["responses"]
    assert "401" in responses
    if op.spec.get("parameters") or op.spec.get("requestBody"):
        assert "400" in responses
    for status, response in responses.items():
        assert status != "422" and not status.startswith("5"), f"{op.label} declares {status}"
        if status.startswith("4"):
            assert response["$ref"].startswith("#/components/responses/")
            body = resolve(response)["content"]["application/json"]["schema"]
            assert body == {"$ref": "#/components/schemas/ErrorBody"}


@pytest.mark.parametrize("op", CLIENT_API, ids=lambda op: op.operation_id)
def test_session_requirements_are_one_of_three_kinds(op: Operation) -> None:
    """Every call carries a client key (and may carry an API key); a session is needed by
    all requirements, some (taken if sent), or none (ignored)."""
    security = op.spec.get("security", load_spec()["security"])
    kinds = {frozenset(requirement) - {"apiKey"} for requirement in security}
    assert kinds in (
        {frozenset({"clientKey"})},
        {frozenset({"clientKey", "session"})},
        {frozenset({"clientKey"}), frozenset({"clientKey", "session"})},
    ), f"{op.label}: {security}"
    assert len(security) == 2 * len(kinds), "each requirement also comes with the API key"
    assert "401" in op.spec["responses"]


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_error_codes_are_listed_per_status(op: Operation) -> None:
    codes: dict[str, list[str]] = op.spec["x-error-codes"]
    errors = {status for status in op.spec["responses"] if status[0] in "45"}
    assert set(codes) == errors, f"{op.label}: x-error-codes for {set(codes)}, errors {errors}"
    assert all(codes.values()), f"{op.label}: a status without codes"
    for status, named in described_error_codes(op.spec.get("description", "")).items():
        missing = named - set(codes.get(str(status), []))
        assert not missing, f"{op.label}: the description names {missing} ({status})"


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_the_codes_every_operation_of_a_kind_answers_are_listed(op: Operation) -> None:
    codes = {status: set(listed) for status, listed in op.spec["x-error-codes"].items()}
    security = op.spec.get("security", load_spec()["security"])
    if any("clientKey" in requirement for requirement in security):
        assert {"missing_client_key", "invalid_client_key"} <= codes["401"]
    if any("session" in requirement for requirement in security):
        assert {"missing_session_token", "invalid_session_token"} <= codes["401"]
    if op.spec.get("parameters") or resolve(op.spec.get("requestBody", {})):
        assert "validation_error" in codes["400"]
    if "application/json" in resolve(op.spec.get("requestBody", {})).get("content", {}):
        assert "invalid_request_body_syntax" in codes["400"]
    if op.spec.get("requestBody"):
        assert codes["413"] == {"request_body_size_too_large"}


def test_error_code_is_the_union_of_every_listed_code() -> None:
    spec = load_spec()
    listed = {code for codes in spec["x-error-codes"].values() for code in codes}
    for op in operations():
        listed |= {code for codes in op.spec["x-error-codes"].values() for code in codes}
    enum = spec["components"]["schemas"]["ErrorCode"]["enum"]
    assert enum == sorted(enum) and len(enum) == len(set(enum))
    assert set(enum) == listed, (
        f"add to ErrorCode: {sorted(listed - set(enum))}; unused: {sorted(set(enum) - listed)}"
    )


def _request_schemas(op: Operation) -> list[tuple[str, Any]]:
    found = []
    for parameter in op.spec.get("parameters", []):
        parameter = resolve(parameter)
        assert "content" not in parameter, (
            f"{op.label}: declare parameter {parameter['name']} with schema"
        )
        found.append((f"{parameter['in']}.{parameter['name']}", parameter["schema"]))
    body = op.spec.get("requestBody")
    if body:
        for media_type, content in resolve(body)["content"].items():
            found.append((f"body[{media_type}]", content["schema"]))
    return found


def _walk(schema: Any, where: str, seen: frozenset[str] = frozenset()) -> list[str]:
    """Return the places in a request schema that lack bounds."""
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return []
        seen = seen | {schema["$ref"]}
        schema = resolve(schema)
    if not isinstance(schema, dict):
        return []
    problems: list[str] = []
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    fixed = "enum" in schema or "const" in schema
    numeric = "integer" in types or "number" in types
    if numeric and not fixed and ("minimum" not in schema or "maximum" not in schema):
        problems.append(f"{where}: number without minimum/maximum")
    text = "string" in types and schema.get("format") != "binary"
    if text and not fixed and "maxLength" not in schema and "pattern" not in schema:
        problems.append(f"{where}: string without maxLength")
    if "array" in types and "maxItems" not in schema:
        problems.append(f"{where}: array without maxItems")
    for name, sub in schema.get("properties", {}).items():
        problems += _walk(sub, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            problems += _walk(schema[key], f"{where}[{key}]", seen)
    for key in ("anyOf", "oneOf", "allOf"):
        for index, sub in enumerate(schema.get(key, [])):
            problems += _walk(sub, f"{where}<{key}{index}>", seen)
    return problems


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_request_inputs_are_bounded(op: Operation) -> None:
    problems = []
    for where, schema in _request_schemas(op):
        problems += _walk(schema, where)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_json_request_bodies_are_named_and_closed(op: Operation) -> None:
    body = op.spec.get("requestBody")
    content = resolve(body)["content"] if body else {}
    if "application/json" in content and op.path.startswith(API_PREFIX):
        ref = content["application/json"]["schema"].get("$ref", "")
        if not ref:  # a body that is not an object (e.g. a raw upload absorbing JSON)
            return
        assert ref.endswith("Request"), (
            f"{op.label}: JSON body schema {ref} should be named *Request"
        )
        assert resolve({"$ref": ref}).get("additionalProperties") is False


def test_json_query_parameters_are_strings_with_a_media_type() -> None:
    for op in operations():
        for parameter in op.spec.get("parameters", []):
            parameter = resolve(parameter)
            if parameter["name"] == "options":
                schema = parameter["schema"]
                assert schema["type"] == "string"
                assert schema["contentMediaType"] == "application/json"


def test_links_point_at_existing_operations() -> None:
    ids = {op.operation_id for op in operations()}
    links = 0
    for op in operations():
        for response in op.spec["responses"].values():
            for name, link in resolve(response).get("links", {}).items():
                assert link["operationId"] in ids, f"{op.label} link {name}"
                links += 1
    assert links >= 10


def test_every_pattern_says_in_words_what_it_accepts() -> None:
    """A value that does not match a `pattern` is refused with the pattern's
    `x-pattern-message`, so that no error message shows a regular expression."""
    missing: list[str] = []
    stack: list[tuple[Any, str]] = [(load_spec(), "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            checked = not where.endswith("/not") and "/links/" not in where
            if isinstance(pattern, str) and checked and "x-pattern-message" not in node:
                missing.append(where)
            stack.extend((value, f"{where}/{key}") for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, f"{where}/{index}") for index, value in enumerate(node))
    assert missing == []
