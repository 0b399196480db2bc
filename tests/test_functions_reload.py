"""`altogic-local serve --reload`: a changed handler file is served without a restart; a broken
one is logged (file:line) while the previous handlers keep answering."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from altogic import create_async_client
from altogic_local.app import create_app
from altogic_local.config import AppConfig
from altogic_local.functions.reload import LOGGER as RELOAD_LOGGER
from altogic_local.functions.reload import Reloader

WAIT = 30.0  # seconds: a bound, not a measured duration

HANDLERS = """
from altogic_local.functions import endpoint


@endpoint("GET", "/version")
def version(req, ctx):
    return {{"version": {version}}}
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _reloading_server(app_file: Path, log: Path) -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "altogic_local.cli", "serve", "--memory", "--reload"]
    command += ["--port", str(port), "--app", str(app_file), "--log-level", "info"]
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=output)
    try:
        _until(lambda: "watching" in log.read_text(), f"the backend did not start: {log}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _until(condition: Callable[[], bool], message: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.05)


def _answer(url: str, path: str) -> httpx.Response:
    return httpx.get(url + path, headers={"X-Client-Key": "k"}, timeout=10)


def test_serve_reload_swaps_the_handlers_and_survives_a_broken_file(tmp_path: Path) -> None:
    handlers = tmp_path / "handlers.py"
    handlers.write_text(HANDLERS.format(version=1))
    app_file = tmp_path / "app.yaml"
    app_file.write_text("functions: handlers.py\n")
    log = tmp_path / "serve.log"
    with _reloading_server(app_file, log) as url:
        assert _answer(url, "/version").json() == {"version": 1}

        handlers.write_text(HANDLERS.format(version=2))
        _until(lambda: _answer(url, "/version").json() == {"version": 2}, "not reloaded")

        # A broken file: the error names file:line, and version 2 keeps answering.
        handlers.write_text(HANDLERS.format(version=3) + "\n\nnot python (\n")
        broken_line = len((HANDLERS.format(version=3) + "\n\n").splitlines()) + 1
        _until(lambda: f"handlers.py:{broken_line}: syntax error" in log.read_text(), "no error")
        assert "still serving the previous handlers" in log.read_text()
        assert _answer(url, "/version").json() == {"version": 2}

        # A file that loads but declares a bad option: the same.
        handlers.write_text(HANDLERS.format(version=4).replace('"/version")', '"/version", x=1)'))
        _until(lambda: "unknown option x" in log.read_text(), "no error for the bad option")
        assert f"{handlers.name}:5: unknown option x" in log.read_text()
        assert _answer(url, "/version").json() == {"version": 2}

        # Fixed: the new handlers, and a new endpoint (the old one gone).
        handlers.write_text(HANDLERS.format(version=5).replace("/version", "/v5"))
        _until(lambda: _answer(url, "/v5").status_code == 200, "the fixed file is not served")
        assert _answer(url, "/v5").json() == {"version": 5}
        assert _answer(url, "/version").json()["errors"][0]["code"] == "endpoint_not_found"
        assert _answer(url, "/openapi.json").json()["paths"].keys() >= {"/v5"}


# ------------------------------------------------------------------------------ in-process
PACKAGE_HANDLERS = """
from altogic_local.functions import endpoint
from reloadpkg.words import WORD


@endpoint("GET", "/word")
async def word(req, ctx):
    return WORD
"""


@pytest.mark.anyio
async def test_reloader_swaps_endpoints_and_imports_the_app_helpers_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    package = tmp_path / "reloadpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "handlers.py").write_text(
        "from altogic_local.functions import queue\n\n@queue('q')\ndef q(req, ctx):\n    pass\n"
    )
    (package / "words.py").write_text('WORD = "first"\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    known = set(sys.modules)
    app = create_app(AppConfig.model_validate({"functions": "reloadpkg.handlers"}))
    module = app.state.modules["functions"]
    reloader = Reloader(module, "reloadpkg.handlers", known_modules=known)
    assert reloader.folder == package.resolve()
    transport = httpx.ASGITransport(app=app)
    headers = {"X-Client-Key": "k"}
    try:
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers) as http,
        ):
            # No endpoints yet: unknown paths are the backend's 404.
            answer = await http.get("/word")
            assert answer.json()["errors"][0]["code"] == "resource_not_found"

            (package / "handlers.py").write_text(PACKAGE_HANDLERS)
            assert await reloader.reload()
            assert (await http.get("/word")).text == "first"
            assert "/word" in (await http.get("/openapi.json")).json()["paths"]

            # A helper module of the app's folder changed: imported afresh.
            (package / "words.py").write_text('WORD = "second, longer"\n')
            assert await reloader.reload()
            assert (await http.get("/word")).text == "second, longer"

            # A broken helper: logged with file:line, the previous handlers kept.
            (package / "words.py").write_text("WORD = 1 +\n")
            with caplog.at_level(logging.ERROR, logger=RELOAD_LOGGER):
                assert not await reloader.reload()
            assert "words.py:1: syntax error" in caplog.text
            assert (await http.get("/word")).text == "second, longer"
    finally:
        for name in [name for name in sys.modules if name.startswith("reloadpkg")]:
            del sys.modules[name]


QUEUE_HANDLERS = """
from altogic_local.functions import queue


@queue("work")
async def work(req, ctx):
    await ctx.cache.set("handled-by", "{version}")
"""


@pytest.mark.anyio
async def test_a_reload_runs_the_queue_messages_with_the_new_handler(tmp_path: Path) -> None:
    handlers = tmp_path / "handlers.py"
    handlers.write_text(QUEUE_HANDLERS.format(version="v1"))
    app = create_app(AppConfig.model_validate({"functions": str(handlers)}))
    reloader = Reloader(app.state.modules["functions"], str(handlers))
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    client = create_async_client("http://test", "k", http_client=http)
    async with app.router.lifespan_context(app), http:

        async def handled_by() -> Any:
            submitted = await client.queue.submit_message("work", {"n": 1})
            assert submitted.data is not None, submitted.errors
            done = await client.queue.wait_for_message(submitted.data["messageId"], timeout=20)
            assert done.data is not None and done.data["status"] == "completed", done
            return (await client.cache.get("handled-by")).data

        assert await handled_by() == {"value": "v1"}
        handlers.write_text(QUEUE_HANDLERS.format(version="v2"))
        assert await reloader.reload()
        assert await handled_by() == {"value": "v2"}


def test_reload_with_no_handler_file_says_so_and_serves(tmp_path: Path) -> None:
    app_file = tmp_path / "app.yaml"
    app_file.write_text("appParams: {a: 1}\n")
    log = tmp_path / "serve.log"
    port = _free_port()
    command = [sys.executable, "-m", "altogic_local.cli", "serve", "--memory", "--reload"]
    command += ["--port", str(port), "--app", str(app_file), "--log-level", "info"]
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=output)
    try:
        _until(lambda: "Application startup complete" in log.read_text(), "not started")
        assert "warning: --reload: the app file names no handler file" in log.read_text()
        answer = _answer(f"http://127.0.0.1:{port}", "/_api/rest/v1/cache?key=a")
        assert answer.status_code == 200
    finally:
        process.terminate()
        process.wait(10)
