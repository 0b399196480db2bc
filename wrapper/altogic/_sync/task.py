# Generated from wrapper/altogic/_async/task.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The task manager: run the app's scheduled tasks now and follow their runs."""

from __future__ import annotations

from ..result import TaskResult
from ..task import plan_get_task_status, plan_run_once
from .jobs import wait_for
from .sender import Sender


class TaskManager:
    """`client.task`: run the app's scheduled tasks once, besides their schedules, and follow
    the runs. Results carry the `TaskInfo` as `info` (and `data`)."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def run_once(self, task_name_or_id: str) -> TaskResult:
        """Run the scheduled task with this name or id now. `info` is the run's `TaskInfo`,
        status `pending`: keep its `taskId` to follow it. An unknown task is a 404
        `task_not_found` error."""
        return self._sender.send(plan_run_once(task_name_or_id))

    def get_task_status(self, task_id: str) -> TaskResult:
        """The run's `TaskInfo`: status `pending`, `processing`, then `completed`, or `errors`
        with the handler's error in `errors`. `info` is None (without an error) for a run the
        backend does not know, or no longer keeps (7 days)."""
        return self._sender.send(plan_get_task_status(task_id))

    def wait_for_task(self, task_id: str, timeout: float = 30) -> TaskResult:
        """Poll the run's status (at once, then backing off from 0.05 s to 1 s between polls)
        until it is `completed` or `errors`, and answer that final `TaskInfo`. When `timeout`
        seconds pass first, the result is a `timeout` error whose `details["info"]` is the last
        status seen; a run the backend does not know is a `task_not_found` error, and a failed
        poll ends the wait with its error. A poll is given no more than the time the wait has
        left (at least 1 s), so the wait ends on time even when the server stops answering."""
        planned = plan_get_task_status(task_id)
        return wait_for(self._sender, planned, timeout, "task run", "task_not_found", task_id)
