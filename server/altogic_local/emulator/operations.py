"""The spec as written (with the app's endpoints added when it declares some, see
`functions/openapi.py`), and a Swagger UI page showing it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from altogic_models import EmulatorFolder, EmulatorResetRequest
from pydantic import MISSING
from starlette.responses import HTMLResponse, Response

from ..errors import ErrorCode, bad_request
from ..functions.openapi import served_spec, served_spec_text
from ..jsonutil import dumps, json_response
from ..operations import Operations
from ..snapshots import SnapshotError
from ..spec import spec

if TYPE_CHECKING:
    from .module import EmulatorModule

operations: Operations[EmulatorModule] = Operations()

DOCS_ASSETS = "/docs/assets"
"""Where the docs page's Swagger UI files are served from (`EmulatorModule.mounts`)."""
DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{ui}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{ui}/swagger-ui-bundle.js"></script>
<script>
SwaggerUIBundle({{url: "/openapi.yaml", dom_id: "#swagger-ui", deepLinking: true}});
</script>
</body>
</html>
"""


@operations("emulatorGetSpec")
async def get_spec(emulator: EmulatorModule) -> Response:
    return Response(served_spec_text(emulator.backend), media_type="application/yaml")


@operations("emulatorGetSpecJson")
async def get_spec_json(emulator: EmulatorModule) -> Response:
    return json_response(dumps(served_spec(emulator.backend)))


@operations("emulatorDocs")
async def docs(emulator: EmulatorModule) -> Response:
    return HTMLResponse(DOCS_PAGE.format(title=spec()["info"]["title"], ui=DOCS_ASSETS))


@operations("emulatorReset")
async def reset(emulator: EmulatorModule, body: EmulatorResetRequest) -> Response:
    names = None if body.modules is MISSING else [module.value for module in body.modules]
    done = await emulator.backend.reset(names)
    return json_response(dumps({"reset": done}))


@operations("emulatorExport")
async def export(emulator: EmulatorModule, body: EmulatorFolder) -> Response:
    folder = Path(body.path)
    try:
        done = await emulator.backend.export(folder)
    except OSError as exc:
        message = f"Cannot export to {folder}: {exc.strerror or exc}."
        raise bad_request(ErrorCode.export_failed, message, path=str(folder)) from None
    return json_response(dumps({"modules": done, "path": str(folder)}))


@operations("emulatorImport")
async def import_(emulator: EmulatorModule, body: EmulatorFolder) -> Response:
    folder = Path(body.path)
    try:
        done = await emulator.backend.import_(folder)
    except (SnapshotError, OSError) as exc:
        message = f"Cannot import {folder}: {exc}"
        raise bad_request(ErrorCode.import_failed, message, path=str(folder)) from None
    return json_response(dumps({"modules": done, "path": str(folder)}))
