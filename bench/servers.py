"""Servers for the benchmarks, each run in its own process so that client and server do not
share an interpreter:

    python bench/servers.py altogic PORT [--latency-ms MS] [--app APP.yaml] [--data DIR]
    python bench/servers.py bare PORT       # bare Starlette routes answering the same JSON
    python bench/servers.py bare-storage PORT --data DIR   # bare routes streaming to/from disk
    python bench/servers.py bare-realtime PORT   # a bare python-socketio server: join + fan-out

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


def bare_realtime_app() -> ASGIApp:
    """A python-socketio server with its defaults doing what the realtime benchmark asks of the
    backend: `join {channel}` enters a room, `message {channel, eventName, message, echo}` emits
    `eventName` with `{channel, message}` to the room (skipping the sender unless `echo`); the
    yardstick of the realtime benchmark."""
    import socketio

    sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=[])

    @sio.on("join")  # type: ignore[untyped-decorator]
    async def join(sid: str, data: dict[str, str]) -> None:
        await sio.enter_room(sid, data["channel"])

    @sio.on("message")  # type: ignore[untyped-decorator]
    async def message(sid: str, data: dict[str, object]) -> None:
        payload = {"channel": data["channel"], "message": data["message"]}
        skip = None if data.get("echo") else sid
        await sio.emit(str(data["eventName"]), payload, room=data["channel"], skip_sid=skip)

    app: ASGIApp = socketio.ASGIApp(sio)
    return app


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
    parser.add_argument("kind", choices=["altogic", "bare", "bare-storage", "bare-realtime"])
    parser.add_argument("port", type=int)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--app", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    if args.kind == "bare":
        app: ASGIApp = bare_app()
    elif args.kind == "bare-realtime":
        app = bare_realtime_app()
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
