"""Message queues and scheduled tasks: the workers and the scheduler that run an app's `@queue`
and `@task` handlers.

A queue message or a task run is a job in the backend's job queue (`engines.jobs.JobQueue`,
persisted in the SQL engine). Each queue has `concurrency` workers, each task one: its runner
claims the oldest due jobs, one per free worker, runs their handlers, and records `completed` or
`errors`. It waits for a submit or a finished job to wake it, or, when a delayed job is pending,
until it is due by the backend's clock (polling briefly when the clock is not the system's,
since a test may move it).

The scheduler adds a run of each task when its schedule (`schedule.py`) says, by the backend's
clock. It plans from the time it starts: runs missed while the backend was down are not replayed,
and a jump of the clock over several due times runs the task once. When a test takes the clock
over (`ManualClock`), it plans again from where that clock starts.

Jobs are kept 7 days after they finish (by the backend's clock), then forgotten: their status is
then `null`, as for an unknown id.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import anyio
from anyio.abc import TaskGroup

from ..backend import Backend
from ..clock import SystemClock, iso
from ..database.documents import new_id
from ..engines.jobs import Add, Claim, Finish, Job, JobKind, JobQueue, JobStatus, Write
from . import FunctionError, QueueDefinition, TaskDefinition
from .context import Contexts
from .loader import Functions

__all__ = ["RETENTION", "Jobs", "QueueRequest", "TaskRequest"]

logger = logging.getLogger("altogic_local.functions")

RETENTION = 7 * 24 * 3600.0
"""How long a finished job's status is kept, in seconds."""
POLL = 0.05
"""How often (real seconds) a waiting worker or the scheduler reads a clock that is not the
system's (a test may move it at any time)."""
SYSTEM_POLL = 1.0
"""The longest a waiting worker or the scheduler sleeps on the system clock."""
RETRY = 0.5
"""Seconds a runner waits before claiming again after the job queue failed."""
STOP_GRACE = 5.0
"""Seconds a stop or a reset waits for running handlers to end before cancelling them."""
MAX_BATCH = 256
"""The most writes applied in one transaction."""
PURGE_EVERY = 60.0
"""Real seconds between two purges of the jobs past retention."""


@dataclass(frozen=True)
class QueueRequest:
    """What a queue handler gets as `req`."""

    body: Any
    """The submitted message."""
    app_info: dict[str, Any]
    app_params: dict[str, Any]
    message_id: str
    queue_name: str


@dataclass(frozen=True)
class TaskRequest:
    """What a task handler gets as `req`."""

    app_info: dict[str, Any]
    app_params: dict[str, Any]
    task_id: str
    task_name: str


def definition_id(env_id: str, kind: JobKind, name: str) -> str:
    """The stable 24-hex id of a queue or task (Altogic's `queueId` / `scheduledTaskId`)."""
    return hashlib.sha1(f"{env_id}:{kind}:{name}".encode()).hexdigest()[:24]


def app_info(backend: Backend, base_url: str) -> dict[str, Any]:
    """`req.app_info` of a handler run now."""
    return {
        "app_name": "altogic-local",
        "environment_name": backend.config.env_id,
        "environment_type": "development",
        "api_base_url": base_url,
        "execution_start": iso(backend.clock.now()),
    }


def job_errors(exc: BaseException) -> dict[str, Any]:
    """What a job's `errors` says of the exception its handler raised."""
    if isinstance(exc, FunctionError):
        errors: dict[str, Any] = {"code": str(exc.code), "message": str(exc.message)}
        if exc.details:
            # Stored as JSON: what JSON cannot hold is written as its text.
            errors["details"] = json.loads(json.dumps(exc.details, default=str))
        return errors
    return {"code": "function_error", "message": f"{type(exc).__name__}: {exc}"}


class _Runner:
    """The workers of one queue (or one task's runs).

    It claims due jobs, as many at once as it has free workers, and runs each in a task of its
    own. It claims only when jobs may be due (`look`): at start, after a submit it could not
    take directly, once the earliest delayed job it knows of is due, or when it claimed all it
    could. A job submitted while a worker is free and nothing is waiting is stored already
    `processing` and handed over directly (`reserve`/`hand_over`), with no claim.
    """

    def __init__(
        self,
        jobs: Jobs,
        kind: JobKind,
        name: str,
        handler: Callable[..., Any],
        concurrency: int,
    ) -> None:
        self.jobs = jobs
        self.kind: JobKind = kind
        self.name = name
        self.handler = handler
        self.concurrency = concurrency
        self.running = 0
        self.look = True
        """Whether pending jobs may be due (claim before waiting)."""
        self.due: float | None = None
        """When the earliest pending job known is due."""
        self.added = 0
        """Pending jobs added so far (a claim that saw none of those added meanwhile is stale)."""
        self.wake = asyncio.Event()
        """Set by a submit, and by a job that finishes (a worker is free)."""
        self.group: TaskGroup | None = None
        self.stopping = False
        """Set by `Jobs.stop`: claim nothing more, let the running jobs end."""

    def reserve(self) -> bool:
        """Take a worker for a job about to be submitted, if one is free and nothing waits."""
        if self.group is None or self.stopping or self.look or self.running >= self.concurrency:
            return False
        self.running += 1
        return True

    def hand_over(self, job: Job | None) -> None:
        """Run `job`, stored `processing`, on the worker `reserve` took (None: give it back)."""
        if job is None or self.group is None:
            self.running -= 1
            self.wake.set()
            return
        self.group.start_soon(self._run, job)

    def added_pending(self, run_at: float) -> None:
        """A pending job due at `run_at` was stored."""
        self.added += 1
        if run_at <= self.jobs.backend.clock.now():
            self.look = True
        elif self.due is None or run_at < self.due:
            self.due = run_at
        self.wake.set()

    async def work(self) -> None:
        clock = self.jobs.backend.clock
        async with anyio.create_task_group() as group:
            self.group = group
            while True:
                self.wake.clear()
                if self.due is not None and self.due <= clock.now():
                    self.look = True
                free = self.concurrency - self.running
                if free > 0 and self.look and not self.stopping:
                    seen = self.added
                    try:
                        claimed, due = await self.jobs.write(
                            Claim(self.kind, self.name, clock.now(), free)
                        )
                    except Exception:  # the job queue failed: try again shortly
                        logger.exception("the %s %r could not claim its jobs", self.kind, self.name)
                        await anyio.sleep(RETRY)
                        continue
                    for job in claimed:
                        self.running += 1
                        group.start_soon(self._run, job)
                    if self.added == seen:
                        self.due = due
                        self.look = len(claimed) == free  # all it could: maybe more are due
                    if self.look:
                        continue
                timeout = None if self.due is None else self.jobs.wait_for(self.due)
                with anyio.move_on_after(timeout):
                    await self.wake.wait()

    async def _run(self, job: Job) -> None:
        try:
            await self._run_jobs(job)
        except Exception:  # recording failed: the job stays processing until a restart
            logger.exception("the %s %r could not record a job's end", self.kind, self.name)
        finally:
            self.running -= 1
            self.wake.set()

    async def _run_jobs(self, job: Job) -> None:
        if _is_async(self.handler):
            await self.jobs.execute(job, self.handler)
            return
        # A sync handler: one worker thread runs it, records how it ended and claims the
        # next due job in one transaction, and goes on while jobs are due: one thread hop
        # per job, not three.
        base_url = self.jobs.base_url()
        await self.jobs.contexts.sync_client(base_url)  # its transport, made once
        following: Job | None = job
        while following is not None:
            following, due = await anyio.to_thread.run_sync(
                self._run_in_thread, following, base_url
            )
            if due is not None and (self.due is None or due < self.due):
                self.due = due

    def _run_in_thread(self, job: Job, base_url: str) -> tuple[Job | None, float | None]:
        """Run `job`'s sync handler here, then record its end and, unless the runner is
        stopping, claim the next due job in the same transaction."""
        jobs = self.jobs
        ctx = jobs.contexts.sync_client_here(base_url)
        errors = jobs.errors_of(job, lambda: _run_sync(self.handler, jobs.request(job), ctx))
        now = jobs.backend.clock.now()
        writes: list[Write] = [Finish(job.id, now, errors)]
        if not self.stopping:
            writes.append(Claim(self.kind, self.name, now, 1))
        answers = jobs.store.apply(writes)
        if len(answers) < 2:
            return None, None
        claimed, due = answers[1]
        return (claimed[0] if claimed else None), due


class _Writer:
    """Group commit: the job queue's writes (submits, claims, finishes) wait here and are
    applied in batches, each batch one transaction in one worker thread, so that under load
    many writes share a commit and a thread hop instead of queueing for the write lock one by
    one."""

    def __init__(self, store: JobQueue) -> None:
        self.store = store
        self.pending: list[tuple[Write, asyncio.Future[Any]]] = []
        self.ready = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    async def write(self, write: Write) -> Any:
        if (
            self.task is None
            or self.task.done()
            or self.task.get_loop() is not asyncio.get_running_loop()
        ):  # not running, or called from another event loop: apply it alone
            return (await anyio.to_thread.run_sync(self.store.apply, [write]))[0]
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending.append((write, future))
        self.ready.set()
        return await future

    async def run(self) -> None:
        try:
            while True:
                await self.ready.wait()
                self.ready.clear()
                batch, self.pending = self.pending[:MAX_BATCH], self.pending[MAX_BATCH:]
                if self.pending:
                    self.ready.set()
                if not batch:
                    continue
                try:
                    answers = await anyio.to_thread.run_sync(
                        self.store.apply, [write for write, _ in batch]
                    )
                except Exception as exc:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for (_, future), answer in zip(batch, answers, strict=True):
                    if not future.done():
                        future.set_result(answer)
        finally:
            pending, self.pending = self.pending, []
            for _, future in pending:
                if not future.done():
                    future.cancel()

    def start(self) -> None:
        self.ready = asyncio.Event()  # of this event loop (an app may be started again)
        self.pending = []
        self.task = asyncio.ensure_future(self.run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
            self.task = None


class Jobs:
    """The functions module's queues and tasks: submitting, reading, running and scheduling."""

    def __init__(self, backend: Backend, contexts: Contexts, functions: Functions) -> None:
        self.backend = backend
        self.contexts = contexts
        self.store: JobQueue = backend.engines.jobs
        self.functions = functions
        self._runners: dict[tuple[JobKind, str], _Runner] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._plan: dict[str, float] = {}
        """Each task's next scheduled run."""
        self.writer = _Writer(self.store)
        self._loop: asyncio.AbstractEventLoop | None = None
        """The event loop the workers run on. Requests may come on another one (an in-process
        test client runs the app on its own loop): they then reach the workers through
        `call_soon_threadsafe`, never their asyncio objects directly."""

    async def write(self, write: Write) -> Any:
        """Apply one write to the job queue, committed with the writes made meanwhile."""
        return await self.writer.write(write)

    # ------------------------------------------------------------------ lookups
    def _id(self, kind: JobKind, name: str) -> str:
        return definition_id(self.backend.config.env_id, kind, name)

    def find_queue(self, name_or_id: str) -> QueueDefinition | None:
        return next(
            (q for q in self.functions.queues if name_or_id in (q.name, self._id("queue", q.name))),
            None,
        )

    def find_task(self, name_or_id: str) -> TaskDefinition | None:
        return next(
            (t for t in self.functions.tasks if name_or_id in (t.name, self._id("task", t.name))),
            None,
        )

    # ------------------------------------------------------------------ what the API answers
    def message_info(self, job: Job, *, with_message: bool = False) -> dict[str, Any]:
        info: dict[str, Any] = {
            "messageId": job.id,
            "queueId": self._id("queue", job.name),
            "queueName": job.name,
            "submittedAt": iso(job.submitted_at),
            "delay": job.delay or 0,
            "startedAt": _iso(job.started_at),
            "completedAt": _iso(job.completed_at),
            "status": job.status,
            "errors": job.errors,
        }
        if with_message:
            info["message"] = job.payload
            info["attempts"] = job.attempts
        return info

    def task_info(self, job: Job, *, with_attempts: bool = False) -> dict[str, Any]:
        info: dict[str, Any] = {
            "taskId": job.id,
            "scheduledTaskId": self._id("task", job.name),
            "scheduledTaskName": job.name,
            "triggeredAt": iso(job.submitted_at),
            "startedAt": _iso(job.started_at),
            "completedAt": _iso(job.completed_at),
            "status": job.status,
            "errors": job.errors,
        }
        if with_attempts:
            info["attempts"] = job.attempts
        return info

    # ------------------------------------------------------------------ submitting, reading
    async def submit(self, queue: QueueDefinition, message: Any, delay: int | None) -> Job:
        """Add `message` to `queue`; answers it `pending`."""
        return await self._add("queue", queue.name, message, delay)

    async def trigger(self, task: TaskDefinition) -> Job:
        """Add a run of `task`, due now; answers it `pending`."""
        return await self._add("task", task.name, None, None)

    async def _add(self, kind: JobKind, name: str, payload: Any, delay: int | None) -> Job:
        now = self.backend.clock.now()
        job = Job(
            id=new_id(now),
            kind=kind,
            name=name,
            payload=payload,
            status="pending",
            submitted_at=now,
            run_at=now + (delay or 0),
            delay=delay,
            started_at=None,
            completed_at=None,
            errors=None,
            attempts=0,
        )
        runner = self._runners.get((kind, name))
        home = self._loop is asyncio.get_running_loop()
        if runner is None or delay or not home or not runner.reserve():
            await self.write(Add(job))
            if runner is not None and home:
                runner.added_pending(job.run_at)
            elif runner is not None and self._loop is not None:
                # Called on another event loop (an in-process test client's): the runner's
                # loop is told safely.
                self._loop.call_soon_threadsafe(runner.added_pending, job.run_at)
            return job
        taken = replace(job, status="processing", started_at=now, attempts=1)
        try:
            await self.write(Add(taken))
        except BaseException:
            runner.hand_over(None)
            raise
        runner.hand_over(taken)
        return job

    async def get(self, kind: JobKind, job_id: str) -> Job | None:
        """The job, unless unknown, of another kind, or finished more than 7 days ago."""
        job = await anyio.to_thread.run_sync(self.store.get, job_id)
        if job is None or job.kind != kind:
            return None
        if job.completed_at is not None and job.completed_at < self.backend.clock.now() - RETENTION:
            return None
        return job

    async def list_jobs(
        self, kind: JobKind, name: str, status: JobStatus | None, limit: int
    ) -> list[Job]:
        now = self.backend.clock.now()
        jobs = await anyio.to_thread.run_sync(self.store.list_jobs, kind, name, status, limit)
        return [j for j in jobs if j.completed_at is None or j.completed_at >= now - RETENTION]

    def wait_for(self, due: float) -> float:
        """How long to sleep (real seconds) for a time `due` on the backend's clock."""
        remaining = max(due - self.backend.clock.now(), 0.0)
        if isinstance(self.backend.clock, SystemClock):
            return min(remaining, SYSTEM_POLL)
        return min(remaining, POLL)

    # ------------------------------------------------------------------ running
    def request(self, job: Job) -> QueueRequest | TaskRequest:
        """The `req` of `job`'s handler."""
        info = app_info(self.backend, self.base_url())
        params = dict(self.backend.config.app_params)
        if job.kind == "queue":
            return QueueRequest(job.payload, info, params, job.id, job.name)
        return TaskRequest(info, params, job.id, job.name)

    def errors_of(self, job: Job, run: Callable[[], object]) -> dict[str, Any] | None:
        """Run `run` (a sync handler's call), and answer the job's `errors` (None: completed);
        the handler's failure is logged."""
        try:
            run()
        except Exception as exc:
            return self._failed(job, exc)
        return None

    def _failed(self, job: Job, exc: Exception) -> dict[str, Any]:
        if isinstance(exc, FunctionError):  # the app's own error: no traceback
            logger.info("the %s handler %r answered %s: %s", job.kind, job.name, exc.code, exc)
        else:
            logger.error("the %s handler %r failed", job.kind, job.name, exc_info=exc)
        return job_errors(exc)

    async def execute(self, job: Job, handler: Callable[..., Any]) -> None:
        """Run `job`'s async handler and record how it ended."""
        errors = None
        try:
            await self._call(handler, self.request(job), self.base_url())
        except Exception as exc:
            errors = self._failed(job, exc)
        completed = self.backend.clock.now()
        await self.write(Finish(job.id, completed, errors))

    async def _call(self, handler: Callable[..., Any], req: Any, base_url: str) -> None:
        result = handler(req, await self.contexts.async_client(base_url))
        if inspect.isasyncgen(result):
            async for _ in result:
                pass
        elif inspect.isawaitable(result):
            await result

    def base_url(self) -> str:
        config = self.backend.config
        return (config.public_url or self.backend.bound_url or "http://localhost").rstrip("/")

    # ------------------------------------------------------------------ scheduling
    async def _schedule(self) -> None:
        clock = self.backend.clock
        taken = getattr(clock, "taken_over", None)
        self._plan_from(clock.now())
        last_purge = -PURGE_EVERY
        loop = asyncio.get_running_loop()
        while True:
            now_taken = getattr(clock, "taken_over", None)
            if now_taken is not taken:  # a test took the clock over, or gave it back
                taken = now_taken
                self._plan_from(getattr(taken, "start", None) or clock.now())
            now = clock.now()
            for task in self.functions.tasks:
                due = self._plan.get(task.name)
                if due is not None and due <= now:
                    assert task.timing is not None
                    self._plan[task.name] = task.timing.next_after(now)
                    await self.trigger(task)
            if loop.time() - last_purge >= PURGE_EVERY:
                last_purge = loop.time()
                await anyio.to_thread.run_sync(self.store.purge, now - RETENTION)
            upcoming = min(self._plan.values(), default=None)
            # With no task, only the next purge (the clock taken over or not).
            await anyio.sleep(PURGE_EVERY if upcoming is None else self.wait_for(upcoming))

    def _plan_from(self, moment: float) -> None:
        self._plan = {
            task.name: task.timing.next_after(moment)
            for task in self.functions.tasks
            if task.timing is not None
        }

    def next_runs(self) -> dict[str, float]:
        """Each task's next scheduled run (seconds since the epoch)."""
        return dict(self._plan)

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Put back the jobs a stop interrupted, and start the workers and the scheduler."""
        self._loop = asyncio.get_running_loop()
        recovered = await anyio.to_thread.run_sync(self.store.recover)
        if recovered:
            logger.warning("%d job(s) interrupted by the last stop will run again", recovered)
        self._runners = {}
        for queue in self.functions.queues:
            runner = _Runner(self, "queue", queue.name, queue.handler, queue.concurrency)
            self._runners[("queue", queue.name)] = runner
            self._spawn([runner.work()])
        for task in self.functions.tasks:
            runner = _Runner(self, "task", task.name, task.handler, 1)
            self._runners[("task", task.name)] = runner
            self._spawn([runner.work()])
        if self.functions.queues or self.functions.tasks:
            self._spawn([self._schedule()])

    def _spawn(self, coroutines: Iterable[Awaitable[None]]) -> None:
        for coroutine in coroutines:
            self._tasks.append(asyncio.ensure_future(coroutine))

    # The workers' lifecycle runs on their event loop, wherever it is asked for from (a reset
    # may come from an in-process test client's loop).
    async def _at_home(self, work: Callable[[], Awaitable[None]]) -> None:
        home = self._loop
        if home is None or home is asyncio.get_running_loop() or home.is_closed():
            await work()
            return

        async def run() -> None:
            await work()

        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(run(), home))

    async def stop(self) -> None:
        """Stop the workers and the scheduler. Running handlers get `STOP_GRACE` seconds to end
        (and are recorded), so that none writes into the state after a reset; one still running
        then is cancelled (a sync one finishes in its thread, unrecorded): its job runs again
        at the next start."""
        await self._at_home(self._stop)

    async def reset(self) -> None:
        """Forget every job, and plan the schedules afresh."""
        await self._at_home(self._reset)

    async def replace(self, functions: Functions) -> None:
        """Run the queues and tasks of `functions` from now on (a reload)."""
        await self._at_home(lambda: self._replace(functions))

    async def _stop(self) -> None:
        runners = list(self._runners.values())
        for runner in runners:
            runner.stopping = True
        with anyio.move_on_after(STOP_GRACE):
            while any(runner.running for runner in runners):
                await anyio.sleep(0.005)
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _reset(self) -> None:
        await self._stop()
        await anyio.to_thread.run_sync(self.store.clear)
        await self.start()

    async def _replace(self, functions: Functions) -> None:
        await self._stop()
        self.functions = functions
        await self.start()

    # ------------------------------------------------------------------ export / import
    async def export_records(self) -> list[dict[str, Any]]:
        jobs = await anyio.to_thread.run_sync(self.store.all)
        return [job.to_record() for job in jobs]

    async def import_records(self, records: list[Any]) -> None:
        """Replace every job with those of an export (raises KeyError, TypeError or ValueError
        for a malformed one, before anything changes)."""
        jobs = [Job.from_record(record) for record in records]
        await self._at_home(lambda: self._import(jobs))

    async def _import(self, jobs: list[Job]) -> None:
        await self._stop()
        await anyio.to_thread.run_sync(self.store.clear)
        adds: list[Write] = [
            Add(replace(job, status="pending") if job.status == "processing" else job)
            for job in jobs
        ]
        await anyio.to_thread.run_sync(self.store.apply, adds)
        await self.start()


def _is_async(handler: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(handler) or inspect.isasyncgenfunction(handler)


def _run_sync(handler: Callable[..., Any], req: Any, ctx: Any) -> None:
    result = handler(req, ctx)
    if inspect.isgenerator(result):
        for _ in result:
            pass


def _iso(moment: float | None) -> str | None:
    return None if moment is None else iso(moment)
