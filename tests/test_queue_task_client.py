"""`client.queue` and `client.task` (issue 12): submit messages and run tasks, read their status,
and wait for them to finish, through both clients.

The first part runs against mocked transports (httpx's), the sync and the async client: request
planning, arguments the spec refuses (nothing is sent), network failures and unreadable answers,
and how `wait_for_*` polls and ends. The second part runs against the local backend through the
`api` fixture (four ways: {sync, async} x {in-process, socket}) with a handler file declaring
queues and tasks: the status lifecycle, delays on the backend's manual clock, handler errors,
unknown names, and handlers' writes seen through the client.
"""

from __future__ import annotations

import inspect
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, assert_type

import altogic.queue
import altogic.task
import anyio
import httpx
import pytest
from altogic import (
    AltogicClient,
    APIError,
    AsyncAltogicClient,
    MessageResult,
    Result,
    TaskResult,
    create_async_client,
    create_client,
)
from altogic._jobs import FIRST_POLL, LAST_POLL
from altogic._rules import BODIES
from altogic.types import MessageInfo, TaskInfo
from altogic_local.config import AppConfig
from altogic_local.testing import TestBackend

from .test_client_deadline import GIVE_UP, FakeServer

pytestmark = pytest.mark.anyio

MESSAGE_ID = "65a1f0c2e4b0a1b2c3d4e5f6"
QUEUE_ID = "65a1f0c2e4b0a1b2c3d4e5f7"
TASK_ID = "65a1f0c2e4b0a1b2c3d4e5f8"
NOW = "2025-06-15T15:06:40.000Z"


def message_info(status: str = "pending", **extra: Any) -> dict[str, Any]:
    return {
        "messageId": MESSAGE_ID,
        "queueId": QUEUE_ID,
        "queueName": "emails",
        "submittedAt": NOW,
        "status": status,
        **extra,
    }


def task_info(status: str = "pending", **extra: Any) -> dict[str, Any]:
    return {
        "taskId": TASK_ID,
        "scheduledTaskId": QUEUE_ID,
        "scheduledTaskName": "nightly",
        "triggeredAt": NOW,
        "status": status,
        **extra,
    }


# ------------------------------------------------------------------ static types (make typecheck)
def typed_results(client: AltogicClient) -> None:
    """Never run: `make typecheck` checks these assertions."""
    submitted = client.queue.submit_message("emails", {"to": "ada@example.com"})
    assert_type(submitted, MessageResult)
    assert_type(submitted.info, MessageInfo | None)
    info, errors = client.queue.get_message_status(MESSAGE_ID)
    assert_type(info, MessageInfo | None)
    assert_type(errors, APIError | None)
    assert_type(client.queue.wait_for_message(MESSAGE_ID).info, MessageInfo | None)
    run = client.task.run_once("nightly")
    assert_type(run.info, TaskInfo | None)
    assert_type(client.task.get_task_status(TASK_ID).unwrap(), TaskInfo | None)
    assert_type(client.task.wait_for_task(TASK_ID, timeout=5).info, TaskInfo | None)


async def typed_results_async(client: AsyncAltogicClient) -> None:
    """Never run: `make typecheck` checks these assertions."""
    submitted = await client.queue.submit_message("emails", {}, delay=5)
    assert_type(submitted.info, MessageInfo | None)
    run, _ = await client.task.wait_for_task(TASK_ID)
    assert_type(run, TaskInfo | None)


# ------------------------------------------------------------------ results
def test_results_carry_info_and_unpack_as_data_and_errors() -> None:
    submitted = MessageResult(message_info())  # type: ignore[arg-type]
    data, errors = submitted
    assert data is submitted.info and errors is None
    assert submitted.to_dict() == {"info": message_info(), "errors": None}
    failure = APIError.client("timeout", "late")
    assert TaskResult.from_errors(failure).to_dict() == {"info": None, "errors": failure.to_dict()}
    assert repr(TaskResult(None)) == "TaskResult(data=None, errors=None)"
    assert MessageResult(None) != TaskResult(None)


# ------------------------------------------------------------------ request planning
def test_submit_message_is_planned_from_the_generated_request() -> None:
    planned = altogic.queue.plan_submit_message("emails", {"to": "ada@example.com"}, None)
    assert planned.error is None and not planned.idempotent
    assert (planned.method, planned.path) == ("POST", "/_api/rest/v1/queue")
    # As in the JavaScript client, `delay` is left out unless given; 0 is sent.
    assert planned.request["json"] == {
        "queueNameOrId": "emails",
        "message": {"to": "ada@example.com"},
    }
    delayed = altogic.queue.plan_submit_message("emails", {}, 0)
    assert delayed.request["json"] == {"queueNameOrId": "emails", "message": {}, "delay": 0}


def test_status_and_run_once_are_planned_from_the_generated_requests() -> None:
    status = altogic.queue.plan_get_message_status(MESSAGE_ID)
    assert (status.method, status.path, status.idempotent) == (
        "GET",
        f"/_api/rest/v1/queue/{MESSAGE_ID}",
        True,
    )
    run = altogic.task.plan_run_once("nightly")
    assert (run.method, run.path, run.request["json"]) == (
        "POST",
        "/_api/rest/v1/task",
        {"taskNameOrId": "nightly"},
    )
    assert not run.idempotent
    task = altogic.task.plan_get_task_status(TASK_ID)
    assert (task.method, task.path) == ("GET", f"/_api/rest/v1/task/{TASK_ID}")


def test_the_bounds_come_from_the_spec() -> None:
    delay = BODIES["SubmitMessageRequest"]["properties"]["delay"]
    assert (delay["minimum"], delay["maximum"]) == (0, 604800)
    assert altogic.queue.plan_submit_message("q", {}, 604800).error is None
    assert altogic.queue.plan_submit_message("q", {}, 604801).error is not None


# ------------------------------------------------------------------ mocked transports
Handler = Callable[[httpx.Request], httpx.Response]


def answering(*bodies: Any, status: int = 200, seen: list[httpx.Request] | None = None) -> Handler:
    """A handler answering `bodies` in turn (the last one again once they run out)."""
    answers = list(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        body = answers.pop(0) if len(answers) > 1 else answers[0]
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx.Response(status, content=content, headers={"content-type": "application/json"})

    return handler


@asynccontextmanager
async def client_of(make: str, handler: Handler) -> AsyncIterator[Any]:
    """A client of kind `make` whose every request `handler` answers."""
    if make == "sync":
        http = httpx.Client(transport=httpx.MockTransport(handler))
        with create_client("https://env.example.com", "ck", http_client=http, max_retries=0) as c:
            yield c
    else:

        async def async_handler(request: httpx.Request) -> httpx.Response:
            return handler(request)

        http_async = httpx.AsyncClient(transport=httpx.MockTransport(async_handler))
        async with create_async_client(
            "https://env.example.com", "ck", http_client=http_async, max_retries=0
        ) as async_client:
            yield async_client


async def run(make: str, handler: Handler, method: Callable[[Any], Any]) -> Any:
    async with client_of(make, handler) as client:
        result = method(client)
        result = await result if inspect.isawaitable(result) else result
    assert isinstance(result, Result)
    return result


def refused(result: Result[Any], *words: str) -> bool:
    errors = result.errors
    return (
        result.data is None
        and errors is not None
        and errors.status == 0
        and errors.codes == ["invalid_request"]
        and all(word in errors.items[0].message for word in words)
    )


BAD_CALLS: dict[str, tuple[Callable[[Any], Any], tuple[str, ...]]] = {
    "negative delay": (
        lambda c: c.queue.submit_message("q", {}, delay=-1),
        ("delay", "0", "604800"),
    ),
    "delay too long": (lambda c: c.queue.submit_message("q", {}, delay=604801), ("delay",)),
    "delay not an int": (
        lambda c: c.queue.submit_message("q", {}, delay=1.5),
        ("delay", "integer"),
    ),
    "delay a bool": (lambda c: c.queue.submit_message("q", {}, delay=True), ("delay",)),
    "message a list": (lambda c: c.queue.submit_message("q", [1]), ("message", "dict")),
    "message a string": (lambda c: c.queue.submit_message("q", "hi"), ("message",)),
    "message missing": (lambda c: c.queue.submit_message("q", None), ("message", "required")),
    "message not JSON": (lambda c: c.queue.submit_message("q", {"n": float("nan")}), ("JSON",)),
    "empty queue name": (lambda c: c.queue.submit_message("", {}), ("queue_name_or_id", "empty")),
    "long queue name": (
        lambda c: c.queue.submit_message("q" * 201, {}),
        ("queue_name_or_id", "200"),
    ),
    "queue name not a str": (lambda c: c.queue.submit_message(7, {}), ("queue_name_or_id",)),
    "bad message id": (
        lambda c: c.queue.get_message_status("../cache"),
        ("message_id", "hexadecimal"),
    ),
    "message id upper case": (
        lambda c: c.queue.get_message_status(MESSAGE_ID.upper()),
        ("message_id",),
    ),
    "message id not a str": (lambda c: c.queue.get_message_status(None), ("message_id",)),
    "bad id to wait for": (lambda c: c.queue.wait_for_message("x"), ("message_id",)),
    "negative timeout": (lambda c: c.queue.wait_for_message(MESSAGE_ID, -1), ("timeout",)),
    "timeout not a number": (lambda c: c.queue.wait_for_message(MESSAGE_ID, "5"), ("timeout",)),
    "NaN timeout": (lambda c: c.task.wait_for_task(TASK_ID, float("nan")), ("timeout",)),
    "empty task name": (lambda c: c.task.run_once(""), ("task_name_or_id",)),
    "task name not a str": (lambda c: c.task.run_once(["nightly"]), ("task_name_or_id",)),
    "bad task id": (lambda c: c.task.get_task_status("nightly"), ("task_id", "hexadecimal")),
    "bad task id to wait for": (lambda c: c.task.wait_for_task("1234"), ("task_id",)),
}


@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize("bad", BAD_CALLS.values(), ids=BAD_CALLS.keys())
async def test_bad_arguments_are_refused_and_nothing_is_sent(
    make: str, bad: tuple[Callable[[Any], Any], tuple[str, ...]]
) -> None:
    method, words = bad
    seen: list[httpx.Request] = []
    result = await run(make, answering(message_info(), seen=seen), method)
    assert refused(result, *words), result
    assert seen == []


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_calls_send_what_the_spec_says_and_read_the_info(make: str) -> None:
    seen: list[httpx.Request] = []
    submitted = await run(
        make,
        answering(message_info(delay=30), seen=seen),
        lambda c: c.queue.submit_message("emails", {"to": "ada@example.com"}, delay=30),
    )
    assert isinstance(submitted, MessageResult) and submitted.errors is None
    assert submitted.info == message_info(delay=30) and submitted.data is submitted.info
    [request] = seen
    assert (request.method, request.url.path) == ("POST", "/_api/rest/v1/queue")
    assert request.headers["x-client-key"] == "ck"
    assert json.loads(request.content) == {
        "queueNameOrId": "emails",
        "message": {"to": "ada@example.com"},
        "delay": 30,
    }
    ran = await run(make, answering(task_info(), seen=seen), lambda c: c.task.run_once("nightly"))
    assert isinstance(ran, TaskResult) and ran.info == task_info()
    assert json.loads(seen[-1].content) == {"taskNameOrId": "nightly"}


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_an_unknown_job_reads_as_none_without_an_error(make: str) -> None:
    message = await run(make, answering(None), lambda c: c.queue.get_message_status(MESSAGE_ID))
    assert isinstance(message, MessageResult) and tuple(message) == (None, None)
    task = await run(make, answering(b""), lambda c: c.task.get_task_status(TASK_ID))
    assert isinstance(task, TaskResult) and tuple(task) == (None, None)


@pytest.mark.parametrize("make", ["sync", "async"])
@pytest.mark.parametrize(
    ("body", "method"),
    [
        (None, lambda c: c.queue.submit_message("emails", {})),  # a new message is never null
        (None, lambda c: c.task.run_once("nightly")),
        ({"messageId": MESSAGE_ID}, lambda c: c.queue.get_message_status(MESSAGE_ID)),
        ([message_info()], lambda c: c.queue.get_message_status(MESSAGE_ID)),
        ({**task_info(), "status": 3}, lambda c: c.task.get_task_status(TASK_ID)),
        (b"<html>", lambda c: c.task.run_once("nightly")),
    ],
    ids=["null submit", "null run", "missing keys", "a list", "status a number", "not JSON"],
)
async def test_answers_without_the_promised_shape_are_invalid_responses(
    make: str, body: Any, method: Callable[[Any], Any]
) -> None:
    result = await run(make, answering(body), method)
    assert result.data is None and result.errors is not None
    assert result.errors.codes == ["invalid_response"] and result.errors.status == 200


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_network_failures_and_server_errors_are_results(make: str) -> None:
    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    for method in (
        lambda c: c.queue.submit_message("emails", {}),
        lambda c: c.queue.wait_for_message(MESSAGE_ID, timeout=5),
        lambda c: c.task.run_once("nightly"),
        lambda c: c.task.wait_for_task(TASK_ID, timeout=5),
    ):
        result = await run(make, unreachable, method)
        assert result.data is None and result.errors is not None
        assert result.errors.codes == ["network_error"] and result.errors.status == 0

    not_found = {"errors": [{"origin": "client_error", "code": "queue_not_found", "message": "?"}]}
    missing = await run(
        make, answering(not_found, status=404), lambda c: c.queue.submit_message("nope", {})
    )
    assert missing.errors.status == 404 and missing.errors.codes == ["queue_not_found"]


# ------------------------------------------------------------------ waiting, mocked
@pytest.mark.parametrize("make", ["sync", "async"])
async def test_waiting_polls_until_the_job_is_done(make: str) -> None:
    seen: list[httpx.Request] = []
    statuses = [
        message_info("pending"),
        message_info("processing", startedAt=NOW),
        message_info("processing", startedAt=NOW),
        message_info("completed", startedAt=NOW, completedAt=NOW),
    ]
    started = time.monotonic()
    done = await run(
        make, answering(*statuses, seen=seen), lambda c: c.queue.wait_for_message(MESSAGE_ID)
    )
    elapsed = time.monotonic() - started
    assert isinstance(done, MessageResult) and done.errors is None
    assert done.info == statuses[-1]
    assert len(seen) == 4
    assert all(request.url.path == f"/_api/rest/v1/queue/{MESSAGE_ID}" for request in seen)
    # Three waits between four polls: 0.05 s, 0.1 s, 0.2 s.
    assert FIRST_POLL * 7 <= elapsed < 2


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_job_that_failed_ends_the_wait_with_its_info(make: str) -> None:
    failed = task_info("errors", startedAt=NOW, completedAt=NOW, errors={"message": "boom"})
    done = await run(
        make, answering(task_info(), failed), lambda c: c.task.wait_for_task(TASK_ID, timeout=5)
    )
    assert isinstance(done, TaskResult) and done.errors is None and done.info == failed


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_waiting_gives_up_with_a_timeout_error(make: str) -> None:
    seen: list[httpx.Request] = []
    started = time.monotonic()
    late = await run(
        make,
        answering(message_info("processing"), seen=seen),
        lambda c: c.queue.wait_for_message(MESSAGE_ID, timeout=0.5),
    )
    elapsed = time.monotonic() - started
    assert isinstance(late, MessageResult) and late.data is None and late.errors is not None
    [item] = late.errors.items
    assert (late.errors.status, item.code) == (0, "timeout")
    assert "processing" in item.message and MESSAGE_ID in item.message
    assert item.details == {"info": message_info("processing")}
    assert 0.5 <= elapsed < 0.5 + LAST_POLL
    assert 3 <= len(seen) <= 6  # at 0, 0.05, 0.15, 0.35 and 0.5 s
    # With no time at all, one poll.
    seen.clear()
    now = await run(
        make,
        answering(task_info("pending"), seen=seen),
        lambda c: c.task.wait_for_task(TASK_ID, timeout=0),
    )
    assert now.errors.codes == ["timeout"] and len(seen) == 1


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_waiting_for_an_unknown_job_is_an_error(make: str) -> None:
    seen: list[httpx.Request] = []
    unknown = await run(
        make, answering(None, seen=seen), lambda c: c.queue.wait_for_message(MESSAGE_ID)
    )
    assert isinstance(unknown, MessageResult) and unknown.data is None
    assert unknown.errors is not None
    assert unknown.errors.codes == ["message_not_found"] and len(seen) == 1
    gone = await run(make, answering(task_info(), None), lambda c: c.task.wait_for_task(TASK_ID))
    assert isinstance(gone, TaskResult) and gone.errors is not None
    assert gone.errors.codes == ["task_not_found"]


@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_failed_poll_ends_the_wait_with_its_error(make: str) -> None:
    answers = iter([message_info(), {"errors": [{"code": "boom", "message": "down"}]}])

    def handler(request: httpx.Request) -> httpx.Response:
        body = next(answers)
        return httpx.Response(500 if "errors" in body else 200, json=body)

    failed = await run(make, handler, lambda c: c.queue.wait_for_message(MESSAGE_ID))
    assert failed.errors.status == 500 and failed.errors.codes == ["boom"]


# ------------------------------------------------------------------ against the local backend
HANDLERS = """
import asyncio
from altogic_local.functions import endpoint, queue, task


@endpoint("POST", "/sign-up")
async def sign_up(req, ctx):
    \"\"\"Queue the welcome email: ctx.queue is the async client's in an async handler.\"\"\"
    sent = await ctx.queue.submit_message("emails", {"to": req.body["to"]})
    return {"info": sent.info, "errors": sent.errors and sent.errors.to_dict()}


@endpoint("POST", "/nightly-now")
def nightly_now(req, ctx):
    # Run the nightly task and wait for it: ctx.task is the sync client's here.
    run = ctx.task.run_once("nightly").info
    return ctx.task.wait_for_task(run["taskId"], timeout=10).info


@queue("chain")
def chain(req, ctx):
    ctx.queue.submit_message("emails", {"to": req.body["to"]})


@queue("emails")
def send_email(req, ctx):
    ctx.cache.increment("sent")
    ctx.db.model("outbox").create({"to": req.body["to"], "app": req.app_params["app"]})


@queue("async-emails")
async def send_email_async(req, ctx):
    await ctx.cache.set("last", req.body)


@queue("failing")
def failing(req, ctx):
    raise RuntimeError("mailbox full")


@queue("slow")
async def slow(req, ctx):
    await asyncio.sleep(1)


@task("nightly", cron="0 3 * * *")
def nightly(req, ctx):
    ctx.cache.increment("nightly-runs")


@task("broken", every="5 minutes")
async def broken(req, ctx):
    raise ValueError("no report today")


@task("sleepy", daily_at="04:00")
async def sleepy(req, ctx):
    await asyncio.sleep(1)
"""


@pytest.fixture(scope="module")
def handlers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jobs_app") / "handlers.py"
    path.write_text(HANDLERS)
    return path


@pytest.fixture
def altogic_config(handlers_file: Path) -> AppConfig:
    return AppConfig.model_validate({"functions": str(handlers_file), "appParams": {"app": "t"}})


async def test_a_message_goes_from_pending_to_completed(api: Any) -> None:
    submitted = await api.queue.submit_message("emails", {"to": "ada@example.com"})
    assert submitted.errors is None, submitted.errors
    info = submitted.info
    assert info["status"] == "pending" and info["queueName"] == "emails"
    assert info["submittedAt"].endswith("Z")
    done = await api.queue.wait_for_message(info["messageId"], timeout=10)
    assert done.errors is None, done.errors
    final = done.info
    assert final["status"] == "completed" and final["messageId"] == info["messageId"]
    assert final["startedAt"] is not None and final["completedAt"] is not None
    assert final["queueId"] == info["queueId"] and not final.get("errors")
    # The handler's writes are seen through the client.
    assert (await api.cache.get("sent")).data == {"value": 1}
    model = await api.db.model("outbox")  # the builder, of the sync or the async client
    found = model.get()
    [row] = (await found if inspect.isawaitable(found) else found).data
    assert (row["to"], row["app"]) == ("ada@example.com", "t")
    status = await api.queue.get_message_status(info["messageId"])
    assert status.errors is None and status.info == final


async def test_an_async_handler_and_a_queue_by_id(api: Any) -> None:
    first = (await api.queue.submit_message("async-emails", {"n": 1})).info
    again = await api.queue.submit_message(first["queueId"], {"n": 2})
    assert again.errors is None and again.info["queueName"] == "async-emails"
    for info in (first, again.info):
        assert (await api.queue.wait_for_message(info["messageId"], 10)).info["status"] == (
            "completed"
        )
    assert (await api.cache.get("last")).data in ({"n": 1}, {"n": 2})


async def test_a_handler_that_raises_leaves_the_message_in_errors(api: Any) -> None:
    info = (await api.queue.submit_message("failing", {})).info
    done = await api.queue.wait_for_message(info["messageId"], timeout=10)
    assert done.errors is None, done.errors
    assert done.info["status"] == "errors"
    assert "mailbox full" in done.info["errors"]["message"]
    assert done.info["completedAt"] is not None


async def test_waiting_for_a_slow_handler_times_out(api: Any) -> None:
    info = (await api.queue.submit_message("slow", {})).info
    late = await api.queue.wait_for_message(info["messageId"], timeout=0.2)
    assert late.data is None and late.errors.codes == ["timeout"]
    assert late.errors.items[0].details["info"]["status"] in ("pending", "processing")
    run = (await api.task.run_once("sleepy")).info
    late_run = await api.task.wait_for_task(run["taskId"], timeout=0.2)
    assert late_run.errors.codes == ["timeout"]


async def test_a_delayed_message_waits_for_the_backend_clock(api: Any, altogic_clock: Any) -> None:
    info = (await api.queue.submit_message("emails", {"to": "later@example.com"}, 60)).info
    assert info["status"] == "pending" and info.get("delay") == 60
    early = await api.queue.wait_for_message(info["messageId"], timeout=0.3)
    assert early.errors.codes == ["timeout"]
    assert early.errors.items[0].details["info"]["status"] == "pending"
    altogic_clock.advance(61)
    done = await api.queue.wait_for_message(info["messageId"], timeout=10)
    assert done.errors is None and done.info["status"] == "completed"
    assert (await api.cache.get("sent")).data == {"value": 1}


async def test_unknown_queues_tasks_and_ids(api: Any) -> None:
    queue = await api.queue.submit_message("no-such-queue", {})
    assert queue.errors.status == 404 and queue.errors.codes == ["queue_not_found"]
    task = await api.task.run_once("no-such-task")
    assert task.errors.status == 404 and task.errors.codes == ["task_not_found"]
    message = await api.queue.get_message_status(MESSAGE_ID)
    assert tuple(message) == (None, None)
    run = await api.task.get_task_status(TASK_ID)
    assert tuple(run) == (None, None)
    assert (await api.queue.wait_for_message(MESSAGE_ID)).errors.codes == ["message_not_found"]
    assert (await api.task.wait_for_task(TASK_ID)).errors.codes == ["task_not_found"]


async def test_a_task_run_once_goes_from_pending_to_completed(api: Any) -> None:
    ran = await api.task.run_once("nightly")
    assert ran.errors is None, ran.errors
    info = ran.info
    assert info["status"] == "pending" and info["scheduledTaskName"] == "nightly"
    done = await api.task.wait_for_task(info["taskId"], timeout=10)
    assert done.errors is None, done.errors
    assert done.info["status"] == "completed" and done.info["taskId"] == info["taskId"]
    assert done.info["startedAt"] is not None and done.info["completedAt"] is not None
    assert (await api.cache.get("nightly-runs")).data == {"value": 1}
    by_id = await api.task.run_once(info["scheduledTaskId"])
    assert by_id.errors is None and by_id.info["scheduledTaskName"] == "nightly"
    # Waited for, so that the run does not outlive the test (see the note on reset below).
    assert (await api.task.wait_for_task(by_id.info["taskId"], 10)).info["status"] == "completed"
    assert (await api.task.get_task_status(info["taskId"])).info == done.info


async def test_a_task_that_raises_ends_in_errors(api: Any) -> None:
    info = (await api.task.run_once("broken")).info
    done = await api.task.wait_for_task(info["taskId"], timeout=10)
    assert done.errors is None and done.info["status"] == "errors"
    assert "no report today" in done.info["errors"]["message"]


async def test_handlers_use_ctx_queue_and_ctx_task(api: Any) -> None:
    signed_up = await api.endpoint.post("/sign-up", {"to": "ada@example.com"})
    assert signed_up.errors is None and signed_up.data["errors"] is None
    info = signed_up.data["info"]
    assert info["queueName"] == "emails" and info["status"] == "pending"
    done = await api.queue.wait_for_message(info["messageId"], timeout=10)
    assert done.errors is None and done.info["status"] == "completed"
    assert (await api.cache.get("sent")).data == {"value": 1}

    ran = await api.endpoint.post("/nightly-now")
    assert ran.errors is None and ran.data["status"] == "completed"
    assert (await api.cache.get("nightly-runs")).data == {"value": 1}

    # A queue handler submits to another queue.
    chained = (await api.queue.submit_message("chain", {"to": "bob@example.com"})).info
    assert (await api.queue.wait_for_message(chained["messageId"], 10)).info["status"] == (
        "completed"
    )
    for _ in range(200):
        if (await api.cache.get("sent")).data == {"value": 2}:
            break
        await anyio.sleep(0.025)
    assert (await api.cache.get("sent")).data == {"value": 2}


async def test_the_backend_refuses_what_the_client_would_not_send(
    altogic_backend: TestBackend,
) -> None:
    """The spec's rules hold on both sides: what the client refuses, the backend refuses too."""
    with altogic_backend.http() as http:
        headers = {"X-Client-Key": "any"}
        negative = http.post(
            "/_api/rest/v1/queue",
            json={"queueNameOrId": "emails", "message": {}, "delay": -1},
            headers=headers,
        )
        assert negative.status_code == 400
        assert negative.json()["errors"][0]["code"] == "validation_error"
        bad_id = http.get("/_api/rest/v1/queue/not-an-id", headers=headers)
        assert bad_id.status_code == 400


# ------------------------------------------------------------------ waiting, a server that hangs
@pytest.mark.parametrize("make", ["sync", "async"])
async def test_a_wait_ends_on_time_when_the_server_stops_answering(make: str) -> None:
    """Each poll gets no more than the time the wait has left: a server that answers once, then
    never again, does not keep the wait for the client's own timeout (60 s)."""
    body = json.dumps(message_info("processing")).encode()
    answered = threading.Event()

    def handle(connection: socket.socket, stopped: threading.Event) -> None:
        if answered.is_set():
            stopped.wait(GIVE_UP)  # never answers
            return
        answered.set()
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
        connection.sendall(head + b"content-length: %d\r\n\r\n%s" % (len(body), body))

    server = FakeServer(handle)
    try:
        started = time.monotonic()
        if make == "sync":
            with create_client(server.url, "ck") as client:
                late: Result[Any] = client.queue.wait_for_message(MESSAGE_ID, timeout=1.5)
        else:
            async with create_async_client(server.url, "ck") as async_client:
                late = await async_client.queue.wait_for_message(MESSAGE_ID, timeout=1.5)
        elapsed = time.monotonic() - started
    finally:
        server.close()
    assert late.errors is not None and late.errors.codes == ["timeout"]
    assert late.errors.items[0].details == {"info": message_info("processing")}
    assert "still processing" in late.errors.items[0].message
    assert 1.5 <= elapsed < 3
