"""The shape every module of the backend follows.

A module is one package (`altogic_local/<name>/`) exposing a `Module` subclass, and one line in
`altogic_local.app.MODULES`. It has:

- `name`: the Altogic module it serves, and its section of `app.yaml` (`AppConfig.<name>`);
- `operations`: its handlers, registered by operationId (see `altogic_local.operations`); verbs,
  paths, input models and session requirements come from the spec;
- a constructor, which builds its services from the backend's settings and engines (no I/O);
- `mounts()` and `middleware()`, for what is not an operation of the spec (a socket server);
- `body_limits()`, for paths whose bodies may be larger than `maxRequestSize` (uploads);
- `start()` / `stop()`, run by the app's lifespan (create tables, start and stop workers);
- `export_to(folder)` / `import_from(folder)`: its state as JSON files in an export folder
  (`altogic_local.snapshots`), for stateful modules;
- `reset()`, which brings it back to the state of a fresh start (for tests; `stateful` False for
  a module that holds nothing, which the spec's `StatefulModule` then does not list), after
  `settle()`, which ends background work that writes into other modules.

Modules reach storage only through the backend's engines (`backend.sql`, `backend.cache`, ...).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.middleware import Middleware
from starlette.routing import BaseRoute

from .operations import Operations

if TYPE_CHECKING:
    from .backend import Backend


class Module(ABC):
    name: ClassVar[str]
    operations: ClassVar[Operations[Any]]
    stateful: ClassVar[bool] = True
    """Whether the module holds state that `reset()` forgets (`POST /_emulator/reset` names it)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def mounts(self) -> Sequence[BaseRoute]:
        """ASGI apps served beside the operations (e.g. realtime's socket server)."""
        return ()

    def middleware(self) -> Sequence[Middleware]:
        return ()

    def body_limits(self) -> Mapping[str, int]:
        """The largest request body (in bytes) of paths that take more than `maxRequestSize`
        (uploads), by path."""
        return {}

    async def start(self) -> None:  # noqa: B027 (optional)
        """Run when the backend starts, in module order: create tables, start workers."""

    async def stop(self) -> None:  # noqa: B027 (optional)
        """Run when the backend stops, in reverse module order."""

    async def settle(self) -> None:  # noqa: B027 (optional)
        """Before a reset, end the module's background work that writes into other modules (the
        functions module's running handlers), so that nothing lands in a module once it is
        reset. `reset()` starts that work again."""

    @abstractmethod
    async def reset(self) -> None:
        """Forget everything the module holds, as if the backend had just started (for tests)."""

    async def export_to(self, folder: Path) -> None:
        """Write the module's state as JSON files into `folder` (an export, see
        `altogic_local.snapshots`). Stateful modules must say how."""
        if self.stateful:
            raise NotImplementedError(f"the {self.name} module cannot be exported yet")

    async def import_from(self, folder: Path) -> None:
        """Replace the module's state with what `export_to` wrote into `folder` (the module has
        just been reset). Raises `snapshots.SnapshotError` for files it cannot read."""
        if self.stateful:
            raise NotImplementedError(f"the {self.name} module cannot be imported yet")
