"""The queue manager: submit messages to the app's message queues and follow them.

`client.queue` (sync) and `async_client.queue` (async) have the same methods; both send the calls
planned by the `plan_*` functions below. The async manager is `altogic._async.queue`; the sync
one, `altogic._sync.queue`, is generated from it. Arguments are checked against the spec's rules
(`altogic._rules`) before anything is sent.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from altogic_api.api.queue import get_message_status, submit_message
from altogic_api.models import SubmitMessageRequest, SubmitMessageRequestMessage
from altogic_api.types import UNSET

from ._call import Call, call, refused
from ._checks import body_problem, parameter_problem
from ._jobs import not_null
from ._lazy import lazy_attributes
from .result import MessageResult

if TYPE_CHECKING:
    from ._async.queue import AsyncQueueManager as AsyncQueueManager
    from ._sync.queue import QueueManager as QueueManager
else:
    __getattr__ = lazy_attributes(
        __name__, AsyncQueueManager="altogic._async.queue", QueueManager="altogic._sync.queue"
    )


def plan_submit_message(
    queue_name_or_id: str, message: dict[str, Any], delay: int | None
) -> Call[MessageResult]:
    """Put `message` on the queue `queue_name_or_id`, to be handled after `delay` seconds."""
    values = {"queueNameOrId": queue_name_or_id, "message": message, "delay": delay}
    problem = body_problem("SubmitMessageRequest", values)
    if problem is not None:  # planned with an empty body, never sent
        empty = SubmitMessageRequest("", SubmitMessageRequestMessage())
        request = submit_message._get_kwargs(body=empty)
        return refused(call(request, MessageResult, idempotent=False), problem)
    body = SubmitMessageRequest(
        queue_name_or_id=queue_name_or_id,
        message=SubmitMessageRequestMessage.from_dict(message),
        delay=UNSET if delay is None else delay,
    )
    planned = call(submit_message._get_kwargs(body=body), MessageResult, idempotent=False)
    return dataclasses.replace(planned, parse=not_null(planned.parse))


def plan_get_message_status(message_id: str) -> Call[MessageResult]:
    """The status of the message `message_id` (None when the backend does not know it)."""
    problem = parameter_problem("getMessageStatus", "messageId", message_id)
    if problem is not None:  # planned with an empty id, never sent
        request = get_message_status._get_kwargs("")
        return refused(call(request, MessageResult, idempotent=True), problem)
    return call(get_message_status._get_kwargs(message_id), MessageResult, idempotent=True)
