"""The served spec with the app's endpoints: `/openapi.yaml`, `/openapi.json` and `/docs` show
the app's own API beside Altogic's.

The spec's operations, components and tags are kept as they are; each endpoint of the handler
file adds an operation under the tag `app endpoints`: its path and method, its `{name}`
parameters, a summary and description from the handler's docstring (first line, then the rest),
its security (the client key always; the session, an API key), notes on access groups and a
disabled endpoint, and generic answers (200 any body, 204, and the error statuses the backend
answers before the handler runs, each with the shared `ErrorBody`).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..spec import spec, spec_text
from . import EndpointDefinition
from .loader import Functions

if TYPE_CHECKING:
    from ..backend import Backend

__all__ = ["APP_TAG", "app_spec", "served_spec", "served_spec_text"]

APP_TAG = "app endpoints"
ERROR_BODY = "#/components/schemas/ErrorBody"
_WORD = re.compile(r"[A-Za-z0-9]+")

_cached: tuple[Functions, dict[str, Any], str] | None = None
"""The last document built: (the functions it shows, the document, its YAML)."""


def app_spec(base: Mapping[str, Any], functions: Functions) -> dict[str, Any]:
    """`base` (the spec) with the endpoints of `functions` added; `base` is not changed, and
    its paths, components and tags are kept as they are."""
    document = dict(base)
    paths: dict[str, Any] = {path: dict(item) for path, item in base["paths"].items()}
    taken = {
        operation["operationId"]
        for item in paths.values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    for definition in functions.endpoints:
        item = paths.setdefault(definition.path, {})
        verb = definition.method.lower()
        if verb in item:  # a path the backend serves itself (the loader refuses them)
            continue
        item[verb] = _operation(definition, _operation_id(definition, taken))
    document["paths"] = paths
    tags = list(base.get("tags", []))
    if functions.endpoints and not any(tag.get("name") == APP_TAG for tag in tags):
        where = f"`{Path(functions.source).name}`, " if functions.source else ""
        tags.append(
            {
                "name": APP_TAG,
                "description": (
                    f"The app's own endpoints: declared in its handler file ({where}named by "
                    "`functions:` in app.yaml), served at BASE/<path>."
                ),
            }
        )
    document["tags"] = tags
    return document


def _operation_id(definition: EndpointDefinition, taken: set[str]) -> str:
    words = [definition.method.lower(), *_WORD.findall(definition.path)]
    name = "app" + "".join(word[:1].upper() + word[1:] for word in words)
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}{number}", number + 1
    taken.add(candidate)
    return candidate


def _docstring(definition: EndpointDefinition) -> tuple[str, str]:
    doc = inspect.getdoc(definition.handler) or ""
    first, _, rest = doc.strip().partition("\n")
    return first.strip(), rest.strip()


def _operation(definition: EndpointDefinition, operation_id: str) -> dict[str, Any]:
    summary, description = _docstring(definition)
    notes = _notes(definition)
    name = getattr(definition.handler, "__name__", "handler")
    origin = f"{Path(definition.origin.file).name}:{definition.origin.line}"
    text = "\n\n".join(
        part for part in (description, " ".join(notes), f"Handler: `{name}` ({origin}).") if part
    )
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "tags": [APP_TAG],
        "summary": summary or definition.route,
        "description": text + "\n",
    }
    names = [part[1:-1] for part in definition.path.split("/") if part.startswith("{")]
    if names:
        operation["parameters"] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in names
        ]
    if definition.method in ("POST", "PUT", "DELETE"):
        operation["requestBody"] = _request_body()
    operation["security"] = _security(definition)
    operation["responses"] = _responses(definition)
    return operation


def _notes(definition: EndpointDefinition) -> list[str]:
    notes = []
    if not definition.enabled:
        notes.append("**Disabled** (`enabled=False`): answers 404 `endpoint_disabled`.")
    if definition.access_groups:
        groups = ", ".join(f"`{group}`" for group in definition.access_groups)
        notes.append(
            f"Needs a session (`Session` header) of a user in the access groups {groups} "
            "(403 `access_denied` otherwise)."
        )
    elif definition.session:
        notes.append("Needs a session (`Session` header).")
    else:
        notes.append("A session (`Session` header) is optional; the handler gets it if sent.")
    if definition.api_key:
        notes.append(
            "Needs an API key declared in `apiKeys` of app.yaml, in the `Authorization` header "
            "or `?apikey=` (403 `endpoint_not_allowed` for a key not allowed on this endpoint)."
        )
    return notes


def _security(definition: EndpointDefinition) -> list[dict[str, list[str]]]:
    required: dict[str, list[str]] = {"clientKey": []}
    if definition.api_key:
        required["apiKey"] = []
    if definition.session or definition.access_groups:
        return [{**required, "session": []}]
    return [required, {**required, "session": []}]


def _request_body() -> dict[str, Any]:
    return {
        "required": False,
        "description": (
            "Handed to the handler as `req.body`: parsed JSON, text for `text/*`, the fields of "
            "a form (and its files in `req.files`), else the raw bytes."
        ),
        "content": {
            "application/json": {"schema": {}},
            "multipart/form-data": {"schema": {"type": "object"}},
            "text/plain": {"schema": {"type": "string"}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": ERROR_BODY}}},
    }


def _responses(definition: EndpointDefinition) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {
            "description": (
                "The handler's answer: JSON for a returned value, text for a `str`, bytes or a "
                "stream otherwise; a handler may choose its own status with `Response`."
            ),
            "content": {
                "application/json": {"schema": {"description": "Any JSON value."}},
                "text/plain": {"schema": {"type": "string"}},
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            },
        },
        "204": {"description": "The handler returned None."},
    }
    if definition.method in ("POST", "PUT", "DELETE"):
        responses["400"] = _error("`invalid_request_body_syntax`: a JSON body that is not JSON.")
    unauthorized = ["`missing_client_key`", "`invalid_client_key`"]
    if definition.session or definition.access_groups:
        unauthorized += ["`missing_session_token`", "`invalid_session_token`"]
    if definition.api_key:
        unauthorized += ["`missing_api_key`", "`invalid_api_key`"]
    responses["401"] = _error(", ".join(unauthorized) + ".")
    forbidden = []
    if definition.api_key:
        forbidden.append("`endpoint_not_allowed`")
    if definition.access_groups:
        forbidden.append("`access_denied`")
    if forbidden:
        responses["403"] = _error(", ".join(forbidden) + ".")
    if not definition.enabled:
        responses["404"] = _error("`endpoint_disabled`: the endpoint is disabled.")
    responses["default"] = _error(
        "An error the handler raised (`FunctionError`: its status and code), or 500 "
        "`function_error` when the handler failed."
    )
    return responses


class _Dumper(yaml.SafeDumper):
    """Writes objects shared between places in full, never as YAML anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _built(functions: Functions) -> tuple[dict[str, Any], str]:
    global _cached
    cached = _cached
    if cached is not None and cached[0] is functions:
        return cached[1], cached[2]
    document = app_spec(spec(), functions)
    text = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    _cached = (functions, document, text)
    return document, text


def _functions(backend: Backend) -> Functions | None:
    module = backend.modules.get("functions")
    functions: Functions | None = getattr(module, "functions", None)
    return functions if functions is not None and functions.endpoints else None


def served_spec(backend: Backend) -> dict[str, Any]:
    """The document `/openapi.json` serves: the spec, with the app's endpoints if it has any."""
    functions = _functions(backend)
    return spec() if functions is None else _built(functions)[0]


def served_spec_text(backend: Backend) -> str:
    """The document `/openapi.yaml` serves: the spec as written when the app has no endpoints,
    else the spec with them (as YAML)."""
    functions = _functions(backend)
    return spec_text() if functions is None else _built(functions)[1]
