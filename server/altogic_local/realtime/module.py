"""The realtime module: a socket.io server at `/socket.io/` on the backend's own host and port,
and `getMembers`.

The socket server answers whatever the `Host` header says, over WebSocket and long polling. Its
state (connections, channels, member profiles) lives only as long as the connections, so the
module has nothing to export; `reset()` closes every connection.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.routing import BaseRoute, Mount

from ..backend import Backend
from ..module import Module
from .operations import operations
from .server import RealtimeServer

SOCKET_PATH = "/socket.io"


class RealtimeModule(Module):
    name = "realtime"
    operations = operations
    stateful = False

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        self.server = RealtimeServer(backend, backend.config.realtime)

    def mounts(self) -> Sequence[BaseRoute]:
        return [Mount(SOCKET_PATH, app=self.server.app)]

    async def start(self) -> None:
        self.server.start()

    async def stop(self) -> None:
        await self.server.stop()

    async def reset(self) -> None:
        """Close every connection and forget channels and profiles."""
        await self.server.disconnect_all()
