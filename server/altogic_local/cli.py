"""The `altogic-local` command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from .app import create_app
from .config import ConfigError, load_config

cli = typer.Typer(help="A local Altogic-compatible backend.", no_args_is_help=True)


@cli.callback()
def _root() -> None:
    """A local Altogic-compatible backend."""


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    data: Annotated[
        Path | None, typer.Option(help="Folder for the app's data (default ./.altogic-local).")
    ] = None,
    memory: Annotated[bool, typer.Option(help="Keep all data in memory only.")] = False,
    app_file: Annotated[
        Path | None, typer.Option("--app", help="An app.yaml with the app's settings.")
    ] = None,
) -> None:
    """Serve the Altogic client API (and realtime) on HOST:PORT."""
    if memory and data is not None:
        raise typer.BadParameter("--data and --memory cannot be combined")
    try:
        config = load_config(app_file)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    data_dir = None if memory else (data or Path(".altogic-local"))
    app = create_app(config, data_dir=data_dir)
    url = f"http://{host}:{port}"
    typer.echo(f"Altogic local backend: {url}")
    typer.echo(
        "Use this URL as the env URL, with any client key"
        + ("." if not config.client_keys else " declared in the app file.")
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def main() -> None:
    cli()
