"""The spec this backend implements, served as written (not a schema FastAPI derives from code)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

VERBS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@cache
def spec_text() -> str:
    return files("altogic_models").joinpath("openapi.yaml").read_text(encoding="utf-8")


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(spec_text())
    return document


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """Every (verb, path, operation) the spec describes."""
    return [
        (verb, path, item[verb])
        for path, item in spec()["paths"].items()
        for verb in VERBS
        if verb in item
    ]


def install_spec_routes(app: FastAPI) -> None:
    app.openapi = spec  # type: ignore[method-assign]  # /openapi.json and /docs show the spec

    async def openapi_yaml(request: Request) -> Response:
        return Response(spec_text(), media_type="application/yaml")

    app.add_route("/openapi.yaml", openapi_yaml, methods=["GET"], include_in_schema=False)
