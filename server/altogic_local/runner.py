"""Run the backend on a real socket: in the foreground (the CLI) or in a background thread
(tests, demos, notebooks)."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from starlette.types import ASGIApp

from .app import create_app, set_bound_url


class LocalServer:
    """The local backend served by uvicorn in a background thread (its lifespan included: the
    modules start with the server and stop with it).

        with LocalServer() as server:
            client = create_client(server.url, "any-client-key")

    `port=0` picks a free port. Extra keyword arguments go to `create_app`.
    """

    def __init__(
        self, app: ASGIApp | None = None, *, host: str = "127.0.0.1", port: int = 0, **options: Any
    ) -> None:
        self.app = app if app is not None else create_app(**options)
        config = uvicorn.Config(self.app, host=host, port=port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self.host = host
        self.port = port

    @property
    def emulator_token(self) -> str:
        """The token that opens the emulator routes when the app declares client keys."""
        token: str = self.app.state.backend.emulator_token  # type: ignore[attr-defined]
        return token

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def reset(self, *modules: str) -> list[str]:
        """Bring the named modules (`auth`, `cache`, `database`, `storage`; all of them when none
        is named) back to a fresh start, through `POST /_emulator/reset`; answers the modules
        reset."""
        from .testing import Emulator

        with Emulator(self.url, token=self.emulator_token) as emulator:
            return emulator.reset(*modules)

    def export(self, folder: str | Path) -> list[str]:
        """Write the backend's state into `folder` as JSON files (`altogic-local export`)."""
        from .testing import Emulator

        with Emulator(self.url, token=self.emulator_token) as emulator:
            return emulator.export(folder)

    def start(self) -> str:
        self._thread = threading.Thread(target=self._server.run, name="altogic-local", daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the local backend failed to start")
            self._thread.join(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        set_bound_url(self.app, self.url)
        return self.url

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> LocalServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
