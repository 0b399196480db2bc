"""The realtime module's REST operation: a channel's members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from altogic_models import GetMembersRequest
from starlette.responses import Response

from ..jsonutil import dumps, json_response
from ..operations import Operations

if TYPE_CHECKING:
    from .module import RealtimeModule

operations: Operations[RealtimeModule] = Operations()


@operations("getMembers")
async def get_members(realtime: RealtimeModule, body: GetMembersRequest) -> Response:
    return json_response(dumps(realtime.server.members(body.channel), field="data"))
