"""Servers for the benchmarks, each run in its own process so that client and server do not
share an interpreter:

    python bench/servers.py altogic PORT [--latency-ms MS] [--app APP.yaml] [--data DIR]
    python bench/servers.py bare PORT       # bare Starlette routes answering the same JSON
    python bench/servers.py bare-storage PORT --data DIR   # bare routes streaming to/from disk

Both run under the same uvicorn settings. `--latency-ms` delays every response, standing in for
the network distance to a real Altogic environment; `--app` and `--data` are those of
`altogic-local serve`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

GREETING = b'{"value":"Hello world!"}'
PIECE = 256 * 1024


def bare_app() -> Starlette:
    async def greeting(request: Request) -> Response:
        return Response(GREETING, media_type="application/json")

    async def function_greeting(request: Request) -> Response:
        # What an app endpoint's handler returns, encoded per request as the backend does.
        return JSONResponse({"value": "Hello world!"})

    return Starlette(
        routes=[
            Route("/_api/rest/v1/cache", greeting),
            Route("/bench/greeting", function_greeting),
        ]
    )


def bare_storage_app(folder: Path) -> Starlette:
    """What storage does at its simplest: an upload route that writes the request body to a
    temporary file as it arrives and renames it into place, and a download route that streams
    that file back (both named by the `name` query parameter); the yardstick of the storage
    benchmark."""

    def stored(request: Request) -> Path:
        return folder / Path(request.query_params["name"]).name

    async def upload(request: Request) -> Response:
        size = 0
        with tempfile.NamedTemporaryFile(dir=folder, delete=False) as file:
            async for chunk in request.stream():
                file.write(chunk)
                size += len(chunk)
            file.flush()
            os.fsync(file.fileno())
        os.replace(file.name, stored(request))
        return JSONResponse({"size": size})

    def pieces(path: Path) -> Iterator[bytes]:
        with path.open("rb") as file:
            while piece := file.read(PIECE):
                yield piece

    async def download(request: Request) -> Response:
        # Read as the backend reads its blobs (256 KiB at a time, in the thread pool), which
        # is faster than FileResponse's 64 KiB: the yardstick is the stronger of the two.
        path = stored(request)
        headers = {"Content-Length": str(path.stat().st_size)}
        return StreamingResponse(
            pieces(path), media_type="application/octet-stream", headers=headers
        )

    return Starlette(
        routes=[
            Route("/bare/upload", upload, methods=["POST"]),
            Route("/bare/download", download, methods=["POST"]),
        ]
    )


class Latency:
    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await asyncio.sleep(self.seconds)
        await self.app(scope, receive, send)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["altogic", "bare", "bare-storage"])
    parser.add_argument("port", type=int)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--app", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    if args.kind == "bare":
        app: ASGIApp = bare_app()
    elif args.kind == "bare-storage":
        app = bare_storage_app(args.data)
    else:
        from altogic_local.app import create_app

        app = create_app(app_file=args.app, data_dir=args.data)
    if args.latency_ms:
        app = Latency(app, args.latency_ms / 1000)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
