"""The queue manager: submit messages to the app's queues and follow them."""

from __future__ import annotations

from typing import Any

from ..queue import plan_get_message_status, plan_submit_message
from ..result import MessageResult
from .jobs import wait_for
from .sender import AsyncSender


class AsyncQueueManager:
    """`client.queue`: submit messages to the app's message queues, whose handlers run them in
    the background, and follow them. Results carry the `MessageInfo` as `info` (and `data`)."""

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def submit_message(
        self, queue_name_or_id: str, message: dict[str, Any], delay: int | None = None
    ) -> MessageResult:
        """Put `message` (a JSON object) on the queue with this name or id; its handler gets it
        no earlier than `delay` seconds from now (0 to 604800, 7 days; at once when None).
        `info` is the message's `MessageInfo`, status `pending`: keep its `messageId` to follow
        it. An unknown queue is a 404 `queue_not_found` error."""
        return await self._sender.send(plan_submit_message(queue_name_or_id, message, delay))

    async def get_message_status(self, message_id: str) -> MessageResult:
        """The message's `MessageInfo`: status `pending`, `processing`, then `completed`, or
        `errors` with the handler's error in `errors`. `info` is None (without an error) for a
        message the backend does not know, or no longer keeps (7 days)."""
        return await self._sender.send(plan_get_message_status(message_id))

    async def wait_for_message(self, message_id: str, timeout: float = 30) -> MessageResult:
        """Poll the message's status (at once, then backing off from 0.05 s to 1 s between
        polls) until it is `completed` or `errors`, and answer that final `MessageInfo`. When
        `timeout` seconds pass first, the result is a `timeout` error whose `details["info"]`
        is the last status seen; a message the backend does not know is a `message_not_found`
        error, and a failed poll ends the wait with its error. A poll is given no more than the
        time the wait has left (at least 1 s), so the wait ends on time even when the server
        stops answering."""
        planned = plan_get_message_status(message_id)
        return await wait_for(
            self._sender, planned, timeout, "message", "message_not_found", message_id
        )
