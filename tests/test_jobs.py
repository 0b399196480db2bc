"""Message queues and scheduled tasks on the local backend (`@queue`, `@task`), over its HTTP API:
the status lifecycle, delays and schedules under a manual clock, the emulator's listings,
retention, restart recovery, reset and export/import. The clients' managers are tested in
`test_queue_task_client.py`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from altogic import AltogicClient
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig
from altogic_local.functions.schedule import schedule_of
from altogic_local.testing import TestBackend

from .processes import server_process

HANDLERS = """
import asyncio, threading, time
from altogic_local.functions import queue, task, FunctionError

@queue("emails", concurrency=2)
def send_email(req, ctx):
    if req.body.get("fail"):
        raise RuntimeError("no such mailbox")
    if req.body.get("refuse"):
        raise FunctionError(422, "bad_address", "The address is refused.", {"to": req.body["to"]})
    if req.body.get("slow"):
        time.sleep(req.body["slow"])
    if req.body.get("wait"):
        for _ in range(500):
            if ctx.cache.get("release").data:
                break
            time.sleep(0.02)
    ctx.cache.increment("sent")
    ctx.cache.set("last", {"to": req.body.get("to"), "queue": req.queue_name,
                           "params": req.app_params, "info": sorted(req.app_info)})


@queue("audit")
async def audit(req, ctx):
    await ctx.db.model("audit").create({"what": req.body["what"]})


@task("tick", every="5 minutes")
def tick(req, ctx):
    ctx.cache.increment("ticks")


@task("report", daily_at="03:00")
async def report(req, ctx):
    await ctx.cache.increment("reports")
    if (await ctx.cache.get("fail-report")).data:
        raise RuntimeError("report failed")
"""

START = 1_767_225_600.0  # 2026-01-01T00:00:00Z, a Thursday


@pytest.fixture(scope="module")
def handlers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jobs") / "handlers.py"
    path.write_text(HANDLERS)
    return path


@pytest.fixture
def altogic_config(handlers_file: Path) -> AppConfig:
    return AppConfig.model_validate(
        {
            "functions": str(handlers_file),
            "appParams": {"currency": "EUR"},
        }
    )


@pytest.fixture
def http(altogic_backend: TestBackend) -> Iterator[httpx.Client]:
    with altogic_backend.http(headers={"X-Client-Key": "any"}) as client:
        yield client


def wait_until(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached in {timeout} s (last: {value!r})")
        time.sleep(0.02)


def submit(http: httpx.Client, queue: str, message: dict[str, Any], **extra: Any) -> Any:
    answer = http.post(
        "/_api/rest/v1/queue", json={"queueNameOrId": queue, "message": message, **extra}
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def status(http: httpx.Client, message_id: str) -> Any:
    answer = http.get(f"/_api/rest/v1/queue/{message_id}")
    assert answer.status_code == 200, answer.text
    return answer.json()


def finished(http: httpx.Client, message_id: str, timeout: float = 10.0) -> Any:
    return wait_until(
        lambda: (
            (info := status(http, message_id))
            and info["status"] in ("completed", "errors")
            and info
        ),
        timeout,
    )


def task_runs(http: httpx.Client, task: str, **query: Any) -> list[Any]:
    answer = http.get(f"/_emulator/tasks/{task}/runs", params=query)
    assert answer.status_code == 200, answer.text
    runs: list[Any] = answer.json()
    return runs


@pytest.fixture
def client(altogic_backend: TestBackend) -> Iterator[AltogicClient]:
    with altogic_backend.client() as client:
        yield client


# ---------------------------------------------------------------------------- queues
def test_message_lifecycle_and_handler_writes(http: httpx.Client, client: AltogicClient) -> None:
    info = submit(http, "emails", {"to": "ada@example.com"})
    assert info["status"] == "pending" and info["queueName"] == "emails"
    assert info["startedAt"] is None and info["completedAt"] is None and info["errors"] is None
    assert len(info["messageId"]) == 24 and len(info["queueId"]) == 24
    done = finished(http, info["messageId"])
    assert done["status"] == "completed" and done["errors"] is None
    assert done["submittedAt"] <= done["startedAt"] <= done["completedAt"]
    assert client.cache.get("sent").data == {"value": 1}
    assert client.cache.get("last").data == {
        "to": "ada@example.com",
        "queue": "emails",
        "params": {"currency": "EUR"},
        "info": [
            "api_base_url",
            "app_name",
            "environment_name",
            "environment_type",
            "execution_start",
        ],
    }
    by_id = submit(http, info["queueId"], {"to": "bob@example.com"})
    assert by_id["queueName"] == "emails"
    finished(http, by_id["messageId"])
    assert client.cache.get("sent").data == {"value": 2}


def test_async_handler_writes_to_the_database(http: httpx.Client, client: AltogicClient) -> None:
    info = submit(http, "audit", {"what": "signed up"})
    assert finished(http, info["messageId"])["status"] == "completed"
    found = client.db.model("audit").get()
    assert found.errors is None and found.data is not None
    assert [row["what"] for row in found.data] == ["signed up"]


def test_failing_handlers_record_their_errors(http: httpx.Client) -> None:
    failed = finished(http, submit(http, "emails", {"fail": True})["messageId"])
    assert failed["status"] == "errors"
    assert failed["errors"] == {
        "code": "function_error",
        "message": "RuntimeError: no such mailbox",
    }
    refused = finished(http, submit(http, "emails", {"refuse": True, "to": "x"})["messageId"])
    assert refused["errors"] == {
        "code": "bad_address",
        "message": "The address is refused.",
        "details": {"to": "x"},
    }
    # The queue keeps working after a failure.
    ok = finished(http, submit(http, "emails", {"to": "c@example.com"})["messageId"])
    assert ok["status"] == "completed"


def test_processing_while_the_handler_runs(http: httpx.Client, client: AltogicClient) -> None:
    info = submit(http, "emails", {"wait": True})
    try:
        running = wait_until(
            lambda: (s := status(http, info["messageId"]))["status"] == "processing" and s
        )
        assert running["startedAt"] is not None and running["completedAt"] is None
        listed = http.get("/_emulator/queues/emails/messages", params={"status": "processing"})
        assert [m["messageId"] for m in listed.json()] == [info["messageId"]]
    finally:
        client.cache.set("release", True)
    assert finished(http, info["messageId"])["status"] == "completed"


@pytest.mark.altogic_clock(start=START)
def test_delay_counts_on_the_backend_clock(http: httpx.Client, altogic_clock: ManualClock) -> None:
    info = submit(http, "emails", {"to": "later@example.com"}, delay=60)
    assert info["delay"] == 60
    time.sleep(0.3)  # workers would have run it by now, were it due
    assert status(http, info["messageId"])["status"] == "pending"
    altogic_clock.advance(59)
    time.sleep(0.3)
    assert status(http, info["messageId"])["status"] == "pending"
    altogic_clock.advance(1)
    done = finished(http, info["messageId"])
    assert done["status"] == "completed"
    assert done["startedAt"] == "2026-01-01T00:01:00.000Z"


def test_unknown_queue_message_and_bad_input(http: httpx.Client) -> None:
    missing = http.post("/_api/rest/v1/queue", json={"queueNameOrId": "nope", "message": {}})
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["code"] == "queue_not_found"
    assert "nope" in missing.json()["errors"][0]["message"]
    unknown = http.get("/_api/rest/v1/queue/" + "a" * 24)
    assert unknown.status_code == 200 and unknown.json() is None
    not_an_id = http.get("/_api/rest/v1/queue/xyz")
    assert not_an_id.status_code == 400
    for body in (
        {"queueNameOrId": "emails", "message": "text"},
        {"queueNameOrId": "emails", "message": {}, "delay": -1},
        {"queueNameOrId": "emails", "message": {}, "delay": 604801},
        {"queueNameOrId": "emails"},
    ):
        bad = http.post("/_api/rest/v1/queue", json=body)
        assert bad.status_code == 400, body
        assert bad.json()["errors"][0]["code"] == "validation_error"
    # A task run's id is not a message id.
    run = http.post("/_api/rest/v1/task", json={"taskNameOrId": "tick"}).json()
    assert status(http, run["taskId"]) is None


def test_emulator_lists_messages_without_consuming_them(http: httpx.Client) -> None:
    first = submit(http, "emails", {"to": "one"})
    second = submit(http, "emails", {"fail": True})
    finished(http, first["messageId"])
    finished(http, second["messageId"])
    listed = http.get("/_emulator/queues/emails/messages").json()
    assert [m["messageId"] for m in listed] == [first["messageId"], second["messageId"]]
    assert listed[0]["message"] == {"to": "one"} and listed[0]["attempts"] == 1
    assert [m["status"] for m in listed] == ["completed", "errors"]
    only_errors = http.get("/_emulator/queues/emails/messages", params={"status": "errors"})
    assert [m["messageId"] for m in only_errors.json()] == [second["messageId"]]
    latest = http.get("/_emulator/queues/emails/messages", params={"limit": 1}).json()
    assert [m["messageId"] for m in latest] == [second["messageId"]]
    assert http.get("/_emulator/queues/emails/messages").json() == listed  # nothing consumed
    missing = http.get("/_emulator/queues/nope/messages")
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "queue_not_found"


@pytest.mark.altogic_clock(start=START)
def test_retention_is_seven_days(http: httpx.Client, altogic_clock: ManualClock) -> None:
    info = finished(http, submit(http, "emails", {"to": "old"})["messageId"])
    run = http.post("/_api/rest/v1/task", json={"taskNameOrId": "report"}).json()
    wait_until(
        lambda: http.get(f"/_api/rest/v1/task/{run['taskId']}").json()["status"] == "completed"
    )
    altogic_clock.advance(7 * 24 * 3600 - 1)
    assert status(http, info["messageId"]) is not None
    altogic_clock.advance(2)
    assert status(http, info["messageId"]) is None
    assert http.get(f"/_api/rest/v1/task/{run['taskId']}").json() is None
    assert http.get("/_emulator/queues/emails/messages").json() == []


def test_reset_forgets_messages(http: httpx.Client, altogic_backend: TestBackend) -> None:
    info = finished(http, submit(http, "emails", {"to": "x"})["messageId"])
    assert "functions" in altogic_backend.reset("functions")
    assert status(http, info["messageId"]) is None
    # The workers run again after the reset.
    assert finished(http, submit(http, "emails", {"to": "y"})["messageId"])["status"] == "completed"


@pytest.mark.altogic_clock(start=START)
def test_a_handler_running_at_reset_ends_before_the_modules_are_reset(
    http: httpx.Client, client: AltogicClient, altogic_backend: TestBackend
) -> None:
    info = submit(http, "emails", {"slow": 0.5, "to": "late@example.com"})
    wait_until(lambda: status(http, info["messageId"])["status"] == "processing")
    altogic_backend.reset()
    # Its cache write landed before the cache was reset, not after.
    time.sleep(0.7)
    assert client.cache.get("last").data is None
    assert client.cache.get("sent").data is None


@pytest.mark.altogic_clock(start=START)
def test_export_and_import_keep_messages(
    http: httpx.Client, altogic_backend: TestBackend, tmp_path: Path
) -> None:
    info = finished(http, submit(http, "emails", {"to": "kept"})["messageId"])
    altogic_backend.export(tmp_path / "export")
    altogic_backend.reset()  # which gives the clock back to the system
    altogic_backend.clock.manual(start=START + 60)
    assert status(http, info["messageId"]) is None
    assert "functions" in altogic_backend.import_(tmp_path / "export")
    kept = status(http, info["messageId"])
    assert kept["status"] == "completed" and kept["queueName"] == "emails"


# ---------------------------------------------------------------------------- tasks
def test_run_once_lifecycle(http: httpx.Client, client: AltogicClient) -> None:
    answer = http.post("/_api/rest/v1/task", json={"taskNameOrId": "report"})
    assert answer.status_code == 200, answer.text
    run = answer.json()
    assert run["status"] == "pending" and run["scheduledTaskName"] == "report"
    assert run["startedAt"] is None and len(run["scheduledTaskId"]) == 24
    done = wait_until(
        lambda: (
            (s := http.get(f"/_api/rest/v1/task/{run['taskId']}").json())["status"] == "completed"
            and s
        )
    )
    assert done["triggeredAt"] <= done["startedAt"] <= done["completedAt"]
    assert client.cache.get("reports").data == {"value": 1}
    by_id = http.post("/_api/rest/v1/task", json={"taskNameOrId": run["scheduledTaskId"]})
    assert by_id.json()["scheduledTaskName"] == "report"
    client.cache.set("fail-report", True)
    failing = http.post("/_api/rest/v1/task", json={"taskNameOrId": "report"}).json()
    failed = wait_until(
        lambda: (
            (s := http.get(f"/_api/rest/v1/task/{failing['taskId']}").json())["status"] == "errors"
            and s
        )
    )
    assert failed["errors"] == {"code": "function_error", "message": "RuntimeError: report failed"}


def test_unknown_task(http: httpx.Client) -> None:
    missing = http.post("/_api/rest/v1/task", json={"taskNameOrId": "nope"})
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "task_not_found"
    assert http.get("/_api/rest/v1/task/" + "b" * 24).json() is None
    runs = http.get("/_emulator/tasks/nope/runs")
    assert runs.status_code == 404 and runs.json()["errors"][0]["code"] == "task_not_found"


@pytest.mark.altogic_clock(start=START)
def test_schedules_run_on_the_manual_clock(
    http: httpx.Client, client: AltogicClient, altogic_clock: ManualClock
) -> None:
    time.sleep(0.2)
    assert task_runs(http, "tick") == []  # not due at the start
    altogic_clock.advance(299)
    time.sleep(0.3)
    assert task_runs(http, "tick") == []
    altogic_clock.advance(1)  # 00:05
    runs = wait_until(lambda: task_runs(http, "tick", status="completed"))
    assert [r["triggeredAt"] for r in runs] == ["2026-01-01T00:05:00.000Z"]
    altogic_clock.advance(300)  # 00:10
    wait_until(lambda: len(task_runs(http, "tick", status="completed")) == 2)
    # A jump over many due times runs the task once.
    altogic_clock.advance(3600)
    wait_until(lambda: len(task_runs(http, "tick", status="completed")) == 3)
    time.sleep(0.3)
    assert len(task_runs(http, "tick")) == 3
    assert client.cache.get("ticks").data == {"value": 3}
    # The daily report at 03:00.
    assert task_runs(http, "report") == []
    altogic_clock.advance(3 * 3600)  # 04:10
    reports = wait_until(lambda: task_runs(http, "report", status="completed"))
    assert len(reports) == 1


def test_schedule_kinds_as_cron() -> None:
    thursday = START
    cases: dict[str, tuple[dict[str, Any], str]] = {
        "every 5 minutes": ({"every": "5 minutes"}, "2026-01-01T00:05:00"),
        "every 45 minutes": ({"every": "45 minutes"}, "2026-01-01T00:45:00"),
        "every 6 hours": ({"every": "6 hours"}, "2026-01-01T06:00:00"),
        "daily": ({"daily_at": "03:00"}, "2026-01-01T03:00:00"),
        "weekly": ({"weekly_on": ["mon"], "at": "09:30"}, "2026-01-05T09:30:00"),
        "monthly": ({"monthly_on": 15, "at": "12:00"}, "2026-01-15T12:00:00"),
        "cron": ({"cron": "0 3 * * *"}, "2026-01-01T03:00:00"),
    }
    from altogic_local.clock import iso

    for name, (options, expected) in cases.items():
        assert iso(schedule_of(options).next_after(thursday)).startswith(expected), name
    runs = schedule_of({"every": "5 minutes"}).runs_between(thursday, thursday + 3600)
    assert len(runs) == 12


# ---------------------------------------------------------------------------- restarts
RESTART_HANDLERS = """
import os, time
from pathlib import Path
from altogic_local.functions import queue

LOG = Path(os.environ["ALTOGIC_TEST_LOG"])


@queue("slow")
def slow(req, ctx):
    with LOG.open("a") as log:
        log.write(f"start {req.body['n']}\\n")
    if req.body.get("hang"):
        time.sleep(60)
    with LOG.open("a") as log:
        log.write(f"done {req.body['n']}\\n")
"""


def test_pending_and_interrupted_messages_run_after_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "handlers.py").write_text(RESTART_HANDLERS)
    app = tmp_path / "app.yaml"
    app.write_text("functions: handlers.py\n")
    log = tmp_path / "log.txt"
    log.touch()
    monkeypatch.setenv("ALTOGIC_TEST_LOG", str(log))
    data = tmp_path / "data"
    headers = {"X-Client-Key": "any"}
    with (
        server_process(app_file=app, data_dir=data, kill=True) as url,
        httpx.Client(base_url=url, headers=headers) as http,
    ):
        hung = submit(http, "slow", {"n": 1, "hang": True})
        wait_until(lambda: "start 1" in log.read_text())
        later = submit(http, "slow", {"n": 2}, delay=3600)
        assert status(http, hung["messageId"])["status"] == "processing"
    # SIGKILLed while message 1 ran; message 2 waits for its delay.
    log.write_text("")
    with (
        server_process(app_file=app, data_dir=data) as url,
        httpx.Client(base_url=url, headers=headers) as http,
    ):
        wait_until(lambda: "start 1" in log.read_text())
        assert status(http, later["messageId"])["status"] == "pending"
        listed = http.get("/_emulator/queues/slow/messages").json()
        assert {m["messageId"]: m["attempts"] for m in listed} == {
            hung["messageId"]: 2,
            later["messageId"]: 0,
        }
