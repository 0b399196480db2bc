"""Servers for the benchmarks, each run in its own process so that client and server do not
share an interpreter:

    python bench/servers.py altogic PORT [--latency-ms MS] [--app APP.yaml] [--data DIR]
    python bench/servers.py bare PORT       # a bare Starlette route answering the same JSON

Both run under the same uvicorn settings. `--latency-ms` delays every response, standing in for
the network distance to a real Altogic environment; `--app` and `--data` are those of
`altogic-local serve`.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

GREETING = b'{"value":"Hello world!"}'


def bare_app() -> Starlette:
    async def greeting(request: Request) -> Response:
        return Response(GREETING, media_type="application/json")

    return Starlette(routes=[Route("/_api/rest/v1/cache", greeting)])


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
    parser.add_argument("kind", choices=["altogic", "bare"])
    parser.add_argument("port", type=int)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--app", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    if args.kind == "bare":
        app: ASGIApp = bare_app()
    else:
        from altogic_local.app import create_app

        app = create_app(app_file=args.app, data_dir=args.data)
    if args.latency_ms:
        app = Latency(app, args.latency_ms / 1000)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
