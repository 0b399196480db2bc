"""`altogic-local serve --reload`: the app's handlers are loaded again when the handler file, or
a Python file in its folder (or below), changes (watchfiles).

A reload runs `load_functions` again (in a worker thread) and hands what it declares to
`FunctionsModule.replace_functions`, which swaps the endpoints, queues and tasks at once. A
handler file that no longer loads is logged with its file, line and problem, and the previous
handlers keep serving. Modules the handler file imported from its own folder (helpers) are
imported afresh on each reload, so that a change to them counts too.

`Reloading(app, ...)` wraps the backend's ASGI app: the watcher runs for as long as the app's
lifespan does, in the server's event loop.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from watchfiles import PythonFilter, awatch

from .loader import Functions, HandlerFileError, is_file_reference, load_functions

if TYPE_CHECKING:
    from .module import FunctionsModule

__all__ = ["LOGGER", "Reloader", "Reloading", "watched_folder"]

LOGGER = "altogic_local.functions.reload"
logger = logging.getLogger(LOGGER)


def watched_folder(reference: str) -> Path | None:
    """The folder holding the handler file (or module) `reference` names, or None when it
    cannot be found."""
    if is_file_reference(reference):
        return Path(reference).resolve().parent
    try:
        found = importlib.util.find_spec(reference)
    except (ImportError, ValueError):
        return None
    if found is None or found.origin is None:
        return None
    return Path(found.origin).resolve().parent


def _under(file: str | None, folder: Path) -> bool:
    if not file:
        return False
    path = Path(file).resolve()
    return path.is_relative_to(folder) and not any(
        part in ("site-packages", "dist-packages") for part in path.parts
    )


class Reloader:
    """Loads the app's handlers again on demand (`reload`), or whenever a file of its folder
    changes (`watch`)."""

    def __init__(
        self,
        module: FunctionsModule,
        reference: str,
        *,
        known_modules: Iterable[str] = (),
        ignore: Iterable[Path] = (),
    ) -> None:
        """`known_modules`: the names in `sys.modules` before the handler file was first
        loaded (the modules it imported since, from its folder, are imported afresh on reload);
        `ignore`: folders whose changes do not count (the backend's data folder)."""
        self.module = module
        self.reference = reference
        self.folder = watched_folder(reference)
        self.ignore = tuple(path.resolve() for path in ignore)
        self._app_modules = self._imported_since(set(known_modules)) if known_modules else set()

    def _imported_since(self, known: set[str]) -> set[str]:
        """The modules imported since `known`, from the handler file's folder."""
        if self.folder is None:
            return set()
        return {
            name
            for name, imported in list(sys.modules.items())
            if name not in known and _under(getattr(imported, "__file__", None), self.folder)
        }

    def _load(self) -> Functions:
        for name in self._app_modules:
            sys.modules.pop(name, None)
        importlib.invalidate_caches()  # files added since are found
        known = set(sys.modules)
        try:
            return load_functions(self.reference)
        finally:
            self._app_modules |= self._imported_since(known)

    async def reload(self) -> bool:
        """Load the handlers again and serve them; on a bad handler file, log why and keep the
        previous ones. Answers whether the new handlers are served."""
        try:
            functions = await anyio.to_thread.run_sync(self._load)
        except HandlerFileError as exc:
            logger.error("%s (still serving the previous handlers)", exc)
            return False
        except Exception:  # an error of the loader itself: keep serving all the same
            logger.exception("reloading %s failed (still serving the previous handlers)", self)
            return False
        await self.module.replace_functions(functions)
        logger.info(
            "reloaded %s: %d endpoints, %d queues, %d tasks",
            functions.source,
            len(functions.endpoints),
            len(functions.queues),
            len(functions.tasks),
        )
        return True

    async def watch(self, stop: anyio.Event | None = None) -> None:
        """Reload on every change under the handler file's folder, until `stop` is set or the
        task is cancelled."""
        if self.folder is None:
            logger.warning("cannot find the folder of %s: nothing to watch", self.reference)
            return
        watch_filter = PythonFilter(ignore_paths=self.ignore)
        logger.info("watching %s for changes to the handlers", self.folder)
        try:
            async for _changes in awatch(
                self.folder, watch_filter=watch_filter, stop_event=stop, debounce=200, step=50
            ):
                await self.reload()
        except Exception:  # the backend goes on serving, without reloads
            logger.exception("watching %s failed: the handlers are no longer reloaded", self.folder)

    def __str__(self) -> str:
        return self.reference


class Reloading:
    """The backend's ASGI app, with `reloader.watch` running in its event loop for as long as
    its lifespan runs (from the start-up to the shut-down message)."""

    def __init__(self, app: ASGIApp, reloader: Reloader) -> None:
        self.app = app
        self.reloader = reloader

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        stop = anyio.Event()

        async def started(message: Message) -> None:
            await send(message)
            if message["type"] == "lifespan.startup.complete":
                group.start_soon(self.reloader.watch, stop)

        async def received() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                stop.set()
            return message

        async with anyio.create_task_group() as group:
            try:
                await self.app(scope, received, started)
            finally:
                stop.set()
                group.cancel_scope.cancel()
