"""The queue and task operations of the spec, and the emulator's views of queues and tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from altogic_models import (
    EmulatorListQueueMessagesParametersQuery,
    EmulatorListTaskRunsParametersQuery,
    FunctionNameOrId,
    RunOnceRequest,
    SubmitMessageRequest,
)
from pydantic import MISSING
from starlette.responses import Response

from ..engines.jobs import JobStatus
from ..errors import ApiError, ErrorCode
from ..jsonutil import dumps, json_response
from ..operations import Operations

if TYPE_CHECKING:
    from .module import FunctionsModule

operations: Operations[FunctionsModule] = Operations()


def _queue_not_found(name: str) -> ApiError:
    return ApiError(
        404,
        ErrorCode.queue_not_found,
        f"The app has no queue named (or with the id) {name!r}: declare it with @queue in the "
        "handler file that app.yaml's `functions` names.",
    )


def _task_not_found(name: str) -> ApiError:
    return ApiError(
        404,
        ErrorCode.task_not_found,
        f"The app has no scheduled task named (or with the id) {name!r}: declare it with @task "
        "in the handler file that app.yaml's `functions` names.",
    )


@operations("submitMessage")
async def submit_message(functions: FunctionsModule, body: SubmitMessageRequest) -> Response:
    jobs = functions.jobs
    queue = jobs.find_queue(body.queue_name_or_id)
    if queue is None:
        raise _queue_not_found(body.queue_name_or_id)
    delay = None if body.delay is MISSING else body.delay
    job = await jobs.submit(queue, body.message, delay)
    return json_response(dumps(jobs.message_info(job)))


@operations("getMessageStatus")
async def get_message_status(functions: FunctionsModule, messageId: str) -> Response:
    job = await functions.jobs.get("queue", messageId)
    return json_response(dumps(None if job is None else functions.jobs.message_info(job)))


@operations("runOnce")
async def run_once(functions: FunctionsModule, body: RunOnceRequest) -> Response:
    jobs = functions.jobs
    task = jobs.find_task(body.task_name_or_id)
    if task is None:
        raise _task_not_found(body.task_name_or_id)
    job = await jobs.trigger(task)
    return json_response(dumps(jobs.task_info(job)))


@operations("getTaskStatus")
async def get_task_status(functions: FunctionsModule, taskId: str) -> Response:
    job = await functions.jobs.get("task", taskId)
    return json_response(dumps(None if job is None else functions.jobs.task_info(job)))


@operations("emulatorListQueueMessages")
async def list_queue_messages(
    functions: FunctionsModule,
    queueNameOrId: FunctionNameOrId,
    query: EmulatorListQueueMessagesParametersQuery,
) -> Response:
    jobs = functions.jobs
    queue = jobs.find_queue(queueNameOrId.root)
    if queue is None:
        raise _queue_not_found(queueNameOrId.root)
    status: JobStatus | None = None if query.status is MISSING else query.status.value
    limit = 100 if query.limit is MISSING else query.limit
    found = await jobs.list_jobs("queue", queue.name, status, limit)
    return json_response(dumps([jobs.message_info(job, with_message=True) for job in found]))


@operations("emulatorListTaskRuns")
async def list_task_runs(
    functions: FunctionsModule,
    taskNameOrId: FunctionNameOrId,
    query: EmulatorListTaskRunsParametersQuery,
) -> Response:
    jobs = functions.jobs
    task = jobs.find_task(taskNameOrId.root)
    if task is None:
        raise _task_not_found(taskNameOrId.root)
    status: JobStatus | None = None if query.status is MISSING else query.status.value
    limit = 100 if query.limit is MISSING else query.limit
    found = await jobs.list_jobs("task", task.name, status, limit)
    return json_response(dumps([jobs.task_info(job, with_attempts=True) for job in found]))
