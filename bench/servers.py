"""Servers for the benchmarks, each run in its own process so that client and server do not
share an interpreter:

    python bench/servers.py altogic PORT [LATENCY_MS]   # the local backend
    python bench/servers.py bare PORT                  # a bare Starlette route, same JSON

Both run under the same uvicorn settings. LATENCY_MS delays every response, standing in for
the network distance to a real Altogic environment.
"""

from __future__ import annotations

import asyncio
import sys

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
    kind, port = sys.argv[1], int(sys.argv[2])
    latency_ms = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    if kind == "bare":
        app: ASGIApp = bare_app()
    else:
        from altogic_local.app import create_app

        app = create_app()
    if latency_ms:
        app = Latency(app, latency_ms / 1000)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
