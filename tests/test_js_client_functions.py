"""The official JavaScript client's cloud-function managers against the local backend (issue 12):
the `EndpointManager` on the app's own endpoints (verbs, path ids, query, headers, JSON, text and
arraybuffer answers, multipart bodies, handler errors), and the `QueueManager` and `TaskManager`
(`submitMessage`, `getMessageStatus`, `runOnce`, `getTaskStatus`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from altogic import create_client
from altogic_local.config import AppConfig, AuthSettings
from altogic_local.runner import LocalServer

from .auth_helpers import FAST_HASHING
from .js_client import run_js

HANDLERS = """
from altogic_local.functions import endpoint, queue, task, FunctionError


@endpoint("GET", "/items/{id}")
def get_item(req, ctx):
    return {"id": req.ids["id"], "query": req.query, "header": req.headers.get("x-custom")}


@endpoint("POST", "/items/{id}")
async def post_item(req, ctx):
    await ctx.cache.set("item:" + req.ids["id"], req.body)
    return {"id": req.ids["id"], "body": req.body, "type": req.headers.get("content-type")}


@endpoint("PUT", "/items/{id}")
def put_item(req, ctx):
    return {"put": req.body}


@endpoint("DELETE", "/items/{id}")
def delete_item(req, ctx):
    return {"deleted": req.ids["id"], "body": req.body}


@endpoint("DELETE", "/gone")
def gone(req, ctx):
    return None


@endpoint("GET", "/text")
def text(req, ctx):
    return "plain words"


@endpoint("GET", "/bytes")
def raw(req, ctx):
    return bytes([0, 1, 2, 255])


@endpoint("POST", "/upload")
def upload(req, ctx):
    return {
        "body": req.body if isinstance(req.body, dict) else None,
        "files": [
            {"field": f.field_name, "name": f.file_name, "type": f.mime_type,
             "contents": f.contents.decode()}
            for f in req.files
        ],
    }


@endpoint("GET", "/private", session=True)
def private(req, ctx):
    return {"userId": req.session["userId"]}


@endpoint("GET", "/conflict")
def conflict(req, ctx):
    raise FunctionError(409, "already_there", "It is already there.", {"id": 7})


@endpoint("GET", "/crash")
def crash(req, ctx):
    raise RuntimeError("the database exploded")


@queue("emails")
def send_email(req, ctx):
    ctx.cache.set("emailed", req.body)


@queue("failing")
def failing(req, ctx):
    raise RuntimeError("mailbox full")


@task("nightly", cron="0 3 * * *")
def nightly(req, ctx):
    ctx.cache.increment("nightly-runs")
"""


@pytest.fixture(scope="module")
def handlers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("js_functions") / "handlers.py"
    path.write_text(HANDLERS)
    return path


@pytest.fixture
def env_url(handlers_file: Path) -> Iterator[str]:
    auth = AuthSettings(password_hashing=FAST_HASHING, email_confirmation=False)
    config = AppConfig.model_validate(
        {"functions": str(handlers_file), "auth": auth.model_dump(by_alias=True)}
    )
    with LocalServer(config=config) as server:
        yield server.url


def data(result: dict[str, Any]) -> Any:
    assert result["errors"] is None, result["errors"]
    return result["data"]


def error_codes(result: dict[str, Any]) -> tuple[int, list[str]]:
    assert result["data"] is None
    errors = result["errors"]
    return errors["status"], [item["code"] for item in errors["items"]]


def test_endpoints_through_the_js_client(env_url: str) -> None:
    out = run_js(
        """
        const e = client.endpoint;
        out.get = await e.get('/items/42', {n: 5, yes: true, obj: {a: 1}, none: null},
                              {'X-Custom': 'hi'});
        out.noSlash = await e.get('items/7');
        out.post = await e.post('/items/9', {name: 'nine', tags: ['a']});
        out.put = await e.put('/items/9', [1, 'two']);
        out.delete = await e.delete('/items/9', {why: 'old'});
        out.gone = await e.delete('/gone');
        out.text = await e.get('/text', null, null, 'text');
        const buffer = await e.get('/bytes', null, null, 'arraybuffer');
        out.bytes = Array.from(new Uint8Array(buffer.data));
        out.jsonOfText = await e.get('/text');
        out.missing = await e.get('/nowhere');
        out.wrongVerb = await e.put('/text', {});
        """,
        env_url,
    )
    assert data(out["get"]) == {
        "id": "42",
        "query": {"n": 5, "yes": True, "obj": '{"a":1}', "none": ""},
        "header": "hi",
    }
    assert data(out["noSlash"])["id"] == "7"
    assert data(out["post"]) == {
        "id": "9",
        "body": {"name": "nine", "tags": ["a"]},
        "type": "application/json",
    }
    assert data(out["put"]) == {"put": [1, "two"]}
    assert data(out["delete"]) == {"deleted": "9", "body": {"why": "old"}}
    # A 204 read as JSON: the client answers null data and no error.
    assert out["gone"] == {"data": None, "errors": None}
    assert data(out["text"]) == "plain words"
    assert out["bytes"] == [0, 1, 2, 255]
    # Text read as JSON fails to parse: the client answers null data and no error.
    assert out["jsonOfText"] == {"data": None, "errors": None}
    assert error_codes(out["missing"]) == (404, ["endpoint_not_found"])
    assert error_codes(out["wrongVerb"]) == (404, ["endpoint_not_found"])
    # The handler's ctx.cache write is seen by the Python client.
    with create_client(env_url, "any-key") as python:
        assert python.cache.get("item:9").data == {"name": "nine", "tags": ["a"]}


def test_multipart_bodies_through_the_js_client(env_url: str) -> None:
    out = run_js(
        """
        const e = client.endpoint;
        const form = new FormData();
        form.append('note', new Blob(['hello'], {type: 'text/plain'}), 'note.txt');
        form.append('pic', new Blob([new Uint8Array([80, 78, 71])], {type: 'image/png'}), 'a.png');
        out.form = await e.post('/upload', form, null, {'Content-Type': 'application/json'});
        // A Blob alone goes under the field `file`.
        out.blob = await e.post('/upload', new Blob(['raw'], {type: 'text/csv'}));
        """,
        env_url,
        native_fetch=True,
    )
    assert data(out["form"])["files"] == [
        {"field": "note", "name": "note.txt", "type": "text/plain", "contents": "hello"},
        {"field": "pic", "name": "a.png", "type": "image/png", "contents": "PNG"},
    ]
    [file] = data(out["blob"])["files"]
    assert (file["field"], file["type"], file["contents"]) == ("file", "text/csv", "raw")


def test_endpoint_errors_and_sessions_through_the_js_client(env_url: str) -> None:
    out = run_js(
        """
        const e = client.endpoint;
        out.conflict = await e.get('/conflict');
        out.crash = await e.get('/crash');
        out.noSession = await e.get('/private');
        const signedUp = await client.auth.signUpWithEmail('ada@example.com', 'a-long-password');
        out.signedUp = signedUp.errors;
        out.private = await e.get('/private');
        out.userId = signedUp.user ? signedUp.user._id : null;
        out.badSession = await e.get('/private', null, {Session: 'bogus'});
        out.sessionAfter = client.auth.getSession();
        """,
        env_url,
    )
    assert error_codes(out["conflict"]) == (409, ["already_there"])
    [item] = out["conflict"]["errors"]["items"]
    assert (item["message"], item["details"]) == ("It is already there.", {"id": 7})
    assert error_codes(out["crash"]) == (500, ["function_error"])
    [crash] = out["crash"]["errors"]["items"]
    assert crash["origin"] == "server_error" and "the database exploded" in crash["message"]
    assert "Traceback" not in crash["message"]
    assert error_codes(out["noSession"]) == (401, ["missing_session_token"])
    assert out["signedUp"] is None
    assert data(out["private"]) == {"userId": out["userId"]}
    # A session error from an app endpoint clears the held session, as for built-in calls.
    assert error_codes(out["badSession"]) == (401, ["invalid_session_token"])
    assert out["sessionAfter"] is None


WAIT = """
// Poll a status call until the job is done (or gone), as `wait_for_*` does in Python.
const wait = async (status, id) => {
  for (let i = 0; i < 400; i++) {
    const answer = await status(id);
    if (answer.errors || !answer.info || ['completed', 'errors'].includes(answer.info.status)) {
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {timedOut: true};
};
"""


def test_queues_and_tasks_through_the_js_client(env_url: str) -> None:
    out = run_js(
        WAIT
        + """
        const q = client.queue, t = client.task;
        out.submit = await q.submitMessage('emails', {to: 'ada@example.com'});
        const id = out.submit.info.messageId;
        out.done = await wait((m) => q.getMessageStatus(m), id);
        out.delayed = await q.submitMessage(out.submit.info.queueId, {to: 'ada@example.com'}, 0);
        const failed = await q.submitMessage('failing', {});
        out.failed = await wait((m) => q.getMessageStatus(m), failed.info.messageId);
        out.noQueue = await q.submitMessage('no-such-queue', {});
        out.unknownMessage = await q.getMessageStatus('65a1f0c2e4b0a1b2c3d4e5f6');
        out.badMessageId = await q.getMessageStatus('not-an-id');
        out.run = await t.runOnce('nightly');
        out.ran = await wait((r) => t.getTaskStatus(r), out.run.info.taskId);
        out.runById = await t.runOnce(out.run.info.scheduledTaskId);
        out.noTask = await t.runOnce('no-such-task');
        out.unknownRun = await t.getTaskStatus('65a1f0c2e4b0a1b2c3d4e5f6');
        """,
        env_url,
    )
    submitted = out["submit"]["info"]
    assert out["submit"]["errors"] is None
    assert (submitted["status"], submitted["queueName"]) == ("pending", "emails")
    done = out["done"]["info"]
    assert out["done"]["errors"] is None and done["status"] == "completed"
    assert done["messageId"] == submitted["messageId"] and done["completedAt"] is not None
    delayed = out["delayed"]
    assert delayed["errors"] is None and delayed["info"]["queueName"] == "emails"
    failed = out["failed"]["info"]
    assert failed["status"] == "errors" and "mailbox full" in failed["errors"]["message"]
    assert out["noQueue"]["info"] is None
    assert out["noQueue"]["errors"]["status"] == 404
    assert out["noQueue"]["errors"]["items"][0]["code"] == "queue_not_found"
    assert out["unknownMessage"] == {"info": None, "errors": None}
    assert out["badMessageId"]["errors"]["status"] == 400
    assert out["badMessageId"]["errors"]["items"][0]["code"] == "validation_error"
    run = out["run"]["info"]
    assert out["run"]["errors"] is None
    assert (run["status"], run["scheduledTaskName"]) == ("pending", "nightly")
    ran = out["ran"]["info"]
    assert ran["status"] == "completed" and ran["taskId"] == run["taskId"]
    assert out["runById"]["errors"] is None
    assert out["runById"]["info"]["scheduledTaskName"] == "nightly"
    assert out["noTask"]["errors"]["status"] == 404
    assert out["noTask"]["errors"]["items"][0]["code"] == "task_not_found"
    assert out["unknownRun"] == {"info": None, "errors": None}
    # The handlers' writes are seen by the Python client.
    with create_client(env_url, "any-key") as python:
        assert python.cache.get("emailed").data == {"to": "ada@example.com"}
        assert python.task.wait_for_task(out["runById"]["info"]["taskId"]).errors is None
        assert python.cache.get("nightly-runs").data == {"value": 2}
