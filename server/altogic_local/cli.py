"""The `altogic-local` command."""

from __future__ import annotations

import json
import logging
import socket
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import anyio
import httpx
import typer
import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp

from .app import create_app, set_bound_url, started
from .auth.outbox import LOGGER as OUTBOX_LOGGER
from .auth.service import AuthService
from .clock import SystemClock
from .config import AuthSettings, ConfigError, load_config
from .engines.sql import DATABASE_FILE, SqliteEngine
from .functions.loader import HandlerFileError, load_functions
from .functions.module import FunctionsModule
from .functions.reload import LOGGER as RELOAD_LOGGER
from .functions.reload import Reloader, Reloading
from .snapshots import SnapshotError, read_manifest

cli = typer.Typer(
    help="A local Altogic-compatible backend.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LOG_LEVELS = ("debug", "info", "warning", "error")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"altogic-local {version('altogic')}")
        raise typer.Exit()


@cli.callback()
def _root(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """A local Altogic-compatible backend."""


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: a free one).")] = 8080,
    data: Annotated[
        Path | None, typer.Option(help="Folder for the app's data (default ./.altogic-local).")
    ] = None,
    memory: Annotated[bool, typer.Option(help="Keep all data in memory only.")] = False,
    app_file: Annotated[
        Path | None, typer.Option("--app", help="An app.yaml with the app's settings.")
    ] = None,
    log_level: Annotated[
        str,
        typer.Option(
            help="debug, info (each request, and each message put in the outbox), warning, error."
        ),
    ] = "info",
    import_dir: Annotated[
        Path | None,
        typer.Option("--import", help="Start from this export (`altogic-local export`)."),
    ] = None,
    export_on_exit: Annotated[
        Path | None, typer.Option(help="Export the state to this folder when stopping.")
    ] = None,
    reload: Annotated[
        bool,
        typer.Option(
            "--reload",
            help="Load the app's handlers again when the handler file (or a Python file in its "
            "folder) changes.",
        ),
    ] = False,
) -> None:
    """Serve the Altogic client API (and realtime) on HOST:PORT."""
    if memory and data is not None:
        raise typer.BadParameter("--data and --memory cannot be combined")
    if log_level not in LOG_LEVELS:
        raise typer.BadParameter(f"--log-level is one of {', '.join(LOG_LEVELS)}")
    try:
        config = load_config(app_file)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if import_dir is not None:
        try:
            read_manifest(import_dir)
        except SnapshotError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    try:
        listening = _bind(host, port)
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from exc
    port = listening.getsockname()[1]
    data_dir = None if memory else (data or Path(".altogic-local"))
    known_modules = set(sys.modules)
    try:
        app = create_app(
            config, data_dir=data_dir, import_dir=import_dir, export_on_exit=export_on_exit
        )
    except HandlerFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    served: ASGIApp = app
    if reload:
        served = _reloading(app, config.functions, known_modules, data_dir, log_level)
    netloc = f"[{host}]" if ":" in host else host  # an IPv6 address goes in brackets
    url = f"http://{netloc}:{port}"
    set_bound_url(app, url)  # emailed links point here unless the app file sets `publicUrl`
    _banner(url, config.client_keys != (), app.state.backend.emulator_token, data_dir, app_file)
    _log_outbox(log_level)
    server = uvicorn.Server(
        uvicorn.Config(served, log_level=log_level, access_log=log_level in ("debug", "info"))
    )
    server.run(sockets=[listening])


def _reloading(
    app: Starlette,
    reference: str | None,
    known_modules: set[str],
    data_dir: Path | None,
    log_level: str,
) -> ASGIApp:
    """`app`, reloading the app's handlers when their files change (`serve --reload`)."""
    if reference is None:
        typer.echo("warning: --reload: the app file names no handler file (`functions:`)", err=True)
        return app
    _log_to_stderr(RELOAD_LOGGER, log_level)
    module: FunctionsModule = app.state.modules["functions"]
    ignore = [data_dir] if data_dir is not None else []
    return Reloading(app, Reloader(module, reference, known_modules=known_modules, ignore=ignore))


def _bind(host: str, port: int) -> socket.socket:
    """A socket listening on host:port (raises OSError: the port is in use, the host unknown)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(2048)
    except OSError:
        listening.close()
        raise
    listening.set_inheritable(True)
    return listening


def _banner(url: str, keys: bool, token: str, data_dir: Path | None, app_file: Path | None) -> None:
    key = "a client key declared in the app file" if keys else "any client key"
    lines = [
        f"Altogic local backend listening on {url}",
        f"  env URL:   {url}   (with {key})",
        f"  API docs:  {url}/docs",
        f"  realtime:  {url}/socket.io/   (JS client: env URL {_js_env_url(url)})",
        f"  outbox:    altogic-local outbox --url {url}" + (f" --token {token}" if keys else ""),
        f"  data:      {data_dir.resolve() if data_dir else 'in memory (kept until it stops)'}",
        f"  app file:  {app_file.resolve() if app_file else 'none (default settings)'}",
    ]
    if keys:
        lines.append(f"  emulator routes: send X-Emulator-Token: {token}")
    typer.echo("\n".join(lines))


def _js_env_url(url: str) -> str:
    """The env URL that gives the official JS client a realtime URL on this backend: a
    `*.localhost` name of three labels (see the README's Realtime section)."""
    parts = urlsplit(url)
    if parts.hostname in ("127.0.0.1", "localhost", "::1", "0.0.0.0"):
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://api.app.localhost{port}"
    return url


def _log_outbox(log_level: str) -> None:
    """Print each message the backend puts in the outbox, with its link or code."""
    _log_to_stderr(OUTBOX_LOGGER, log_level)


def _log_to_stderr(name: str, log_level: str) -> None:
    logger = logging.getLogger(name)
    if logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(log_level.upper())
    logger.propagate = False


@cli.command()
def functions(
    app_file: Annotated[
        Path, typer.Option("--app", help="The app.yaml naming the handler file (`functions:`).")
    ] = Path("app.yaml"),
    as_json: Annotated[bool, typer.Option("--json", help="Print them as JSON.")] = False,
) -> None:
    """Load the app's handler file (without serving it) and print its endpoints, queues and
    tasks, with each task's schedule and next run (UTC)."""
    from .functions.listing import describe, listing

    if not app_file.is_file():
        typer.echo(f"error: {app_file}: no such app file (pass --app app.yaml)", err=True)
        raise typer.Exit(2)
    try:
        config = load_config(app_file)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        loaded = load_functions(config.functions)
    except HandlerFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    found = listing(loaded, time.time())
    typer.echo(json.dumps(found, indent=2) if as_json else describe(found))


@cli.command()
def outbox(
    url: Annotated[
        str | None, typer.Option(help="Read from a running backend at this URL instead.")
    ] = None,
    data: Annotated[
        Path, typer.Option(help="The data folder of the backend (as given to `serve`).")
    ] = Path(".altogic-local"),
    to: Annotated[str | None, typer.Option(help="Only messages to this address or number.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only `email` or only `sms` messages.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the messages as JSON.")] = False,
    client_key: Annotated[
        str | None,
        typer.Option(help="With --url: a declared client key, when the app declares keys."),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="With --url: the emulator token `serve` printed, instead of a key."),
    ] = None,
) -> None:
    """Print the emails and SMS messages the backend stored instead of sending them, with their
    links and codes (oldest first)."""
    if kind not in (None, "email", "sms"):
        raise typer.BadParameter("--kind is `email` or `sms`")
    try:
        messages = _read_outbox(url, data, to, kind, client_key, token)
    except OSError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps(messages, indent=2, ensure_ascii=False))
        return
    if not messages:
        typer.echo("The outbox is empty.")
    for message in messages:
        typer.echo(
            f"{message['createdAt']}  {message['kind']} to {message['to']}  [{message['action']}]"
        )
        if "subject" in message:
            typer.echo(f"  subject: {message['subject']}")
        if "link" in message:
            typer.echo(f"  link:    {message['link']}")
        if "code" in message:
            typer.echo(f"  code:    {message['code']}")


def _read_outbox(
    url: str | None,
    data: Path,
    to: str | None,
    kind: str | None,
    client_key: str | None,
    token: str | None,
) -> list[dict[str, Any]]:
    filters = {name: value for name, value in (("to", to), ("kind", kind)) if value is not None}
    if url is not None:
        headers = {"X-Client-Key": client_key} if client_key else {}
        if token:
            headers["X-Emulator-Token"] = token
        try:
            response = httpx.get(
                url.rstrip("/") + "/_emulator/outbox", params=filters, headers=headers, timeout=10
            )
        except httpx.HTTPError as exc:
            raise OSError(f"cannot read the outbox at {url}: {exc}") from exc
        if response.status_code != 200:
            raise OSError(f"{url} answered {response.status_code}: {response.text[:200]}")
        messages: list[dict[str, Any]] = response.json()
        return messages
    if not (data / DATABASE_FILE).exists():
        raise OSError(f"no backend data in {data} (pass --data DIR, or --url for a running one)")
    sql = SqliteEngine(data)
    try:
        return AuthService(sql, AuthSettings(), SystemClock()).outbox(to, kind)
    finally:
        sql.close()


@cli.command()
def export(
    folder: Annotated[Path, typer.Argument(help="The folder to write the export to.")],
    url: Annotated[str, typer.Option(help="The running backend.")] = "http://127.0.0.1:8080",
    data: Annotated[
        Path | None,
        typer.Option(help="Export this data folder instead, with no backend running on it."),
    ] = None,
    app_file: Annotated[
        Path | None, typer.Option("--app", help="With --data: the backend's app.yaml.")
    ] = None,
    client_key: Annotated[
        str | None, typer.Option(help="A declared client key, when the app declares keys.")
    ] = None,
    token: Annotated[
        str | None, typer.Option(help="The emulator token `serve` printed, instead of a key.")
    ] = None,
) -> None:
    """Write a backend's users, objects, cache keys, buckets and files into FOLDER (JSON files, and
    the files' contents), for `serve --import FOLDER` (a fixture data set to share)."""
    from .testing import Emulator, EmulatorError

    try:
        if data is not None:
            app = create_app(load_config(app_file), data_dir=data)
            with started(app):
                done = anyio.run(app.state.backend.export, folder)
        else:
            with Emulator(url, client_key=client_key, token=token) as emulator:
                done = emulator.export(folder)
    except (EmulatorError, ConfigError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"Exported {', '.join(done)} to {folder.resolve()}")


@cli.command()
def reset(
    module: Annotated[
        list[str] | None,
        typer.Option(
            help="Reset only this module (auth, cache, database, storage); repeat for several."
        ),
    ] = None,
    url: Annotated[str, typer.Option(help="The running backend.")] = "http://127.0.0.1:8080",
    client_key: Annotated[
        str | None, typer.Option(help="A declared client key, when the app declares keys.")
    ] = None,
    token: Annotated[
        str | None, typer.Option(help="The emulator token `serve` printed, instead of a key.")
    ] = None,
) -> None:
    """Bring a running backend back to a fresh start: forget its users, sessions, outbox,
    objects, cache keys, buckets and files (those of the named modules only, with --module)."""
    from .testing import Emulator, EmulatorError

    try:
        with Emulator(url, client_key=client_key, token=token) as emulator:
            done = emulator.reset(*(module or ()))
    except EmulatorError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"Reset: {', '.join(done)}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
