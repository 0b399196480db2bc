"""The emulator module: what the local backend serves about itself."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from ..module import Module
from .operations import DOCS_ASSETS, operations


def swagger_ui_files() -> Path:
    """The Swagger UI files the docs page loads, shipped by the `swagger-ui-py` package (so the
    page works offline)."""
    found = importlib.util.find_spec("swagger_ui")  # located, not imported (it imports jinja2)
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("the docs page needs the swagger-ui-py package (the `local` extra)")
    return Path(found.submodule_search_locations[0]) / "static"


class EmulatorModule(Module):
    name = "emulator"
    operations = operations
    stateful = False

    def mounts(self) -> Sequence[BaseRoute]:
        return (Mount(DOCS_ASSETS, app=StaticFiles(directory=swagger_ui_files())),)

    async def reset(self) -> None:
        """Nothing to forget: the module holds no state."""
