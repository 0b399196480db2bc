"""The task manager: run the app's scheduled tasks now and follow their runs.

`client.task` (sync) and `async_client.task` (async) have the same methods; both send the calls
planned by the `plan_*` functions below. The async manager is `altogic._async.task`; the sync
one, `altogic._sync.task`, is generated from it. Arguments are checked against the spec's rules
(`altogic._rules`) before anything is sent.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from altogic_api.api.task import get_task_status, run_once
from altogic_api.models import RunOnceRequest

from ._call import Call, call, refused
from ._checks import body_problem, parameter_problem
from ._jobs import not_null
from ._lazy import lazy_attributes
from .result import TaskResult

if TYPE_CHECKING:
    from ._async.task import AsyncTaskManager as AsyncTaskManager
    from ._sync.task import TaskManager as TaskManager
else:
    __getattr__ = lazy_attributes(
        __name__, AsyncTaskManager="altogic._async.task", TaskManager="altogic._sync.task"
    )


def plan_run_once(task_name_or_id: str) -> Call[TaskResult]:
    """Run the scheduled task `task_name_or_id` now, besides its schedule."""
    problem = body_problem("RunOnceRequest", {"taskNameOrId": task_name_or_id})
    if problem is not None:  # planned with an empty body, never sent
        empty = run_once._get_kwargs(body=RunOnceRequest(""))
        return refused(call(empty, TaskResult, idempotent=False), problem)
    request = run_once._get_kwargs(body=RunOnceRequest(task_name_or_id=task_name_or_id))
    planned = call(request, TaskResult, idempotent=False)
    return dataclasses.replace(planned, parse=not_null(planned.parse))


def plan_get_task_status(task_id: str) -> Call[TaskResult]:
    """The status of the task run `task_id` (None when the backend does not know it)."""
    problem = parameter_problem("getTaskStatus", "taskId", task_id)
    if problem is not None:  # planned with an empty id, never sent
        return refused(call(get_task_status._get_kwargs(""), TaskResult, idempotent=True), problem)
    return call(get_task_status._get_kwargs(task_id), TaskResult, idempotent=True)
