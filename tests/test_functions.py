"""The app's endpoints (`functions:` in app.yaml): served at BASE/<path> by the handlers of a
Python file, called through both clients (`client.endpoint`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from altogic_local.config import AppConfig, AuthSettings, load_config
from altogic_local.functions.loader import HandlerFileError, load_functions
from altogic_local.testing import TestBackend

from .auth_helpers import FAST_HASHING
from .processes import server_process

pytestmark = pytest.mark.anyio

HANDLERS = '''
import asyncio
from altogic_local.functions import endpoint, queue, task, Response, FunctionError


@endpoint("GET", "/echo/{a}/items/{b}")
async def echo(req, ctx):
    """Echo what the handler got."""
    return {
        "ids": req.ids, "query": req.query, "method": req.method, "path": req.path,
        "header": req.headers.get("x-custom"), "app_params": req.app_params,
        "app_info": sorted(req.app_info), "client": sorted(req.client),
        "session": req.session is not None,
    }


@endpoint("POST", "/body")
def body(req, ctx):
    kind = type(req.body).__name__
    value = req.body.decode() if isinstance(req.body, bytes) else req.body
    files = [
        {"field_name": f.field_name, "file_name": f.file_name, "mime_type": f.mime_type,
         "size": f.size, "contents": f.contents.decode()}
        for f in req.files
    ]
    return {"kind": kind, "body": value, "files": files}


@endpoint("PUT", "/body")
async def put_body(req, ctx):
    return {"put": req.body}


@endpoint("DELETE", "/things/{id}")
def delete_thing(req, ctx):
    return None


@endpoint("GET", "/text")
def text(req, ctx):
    return "plain words"


@endpoint("GET", "/bytes")
async def raw(req, ctx):
    return bytes([0, 1, 2, 255])


@endpoint("GET", "/custom")
def custom(req, ctx):
    return Response({"made": True}, status=201, headers={"X-Made": "yes"})


@endpoint("GET", "/stream")
def stream(req, ctx):
    for i in range(3):
        yield f"part{i};"


@endpoint("GET", "/astream")
async def astream(req, ctx):
    for i in range(3):
        await asyncio.sleep(0)
        yield b"chunk%d;" % i


@endpoint("POST", "/cache/sync")
def cache_sync(req, ctx):
    ctx.cache.set("from-sync", req.body)
    return ctx.cache.get("from-sync").data


@endpoint("POST", "/cache/async")
async def cache_async(req, ctx):
    await ctx.cache.set("from-async", req.body)
    return (await ctx.cache.get("from-async")).data


@endpoint("POST", "/session/set")
async def session_set(req, ctx):
    await ctx.auth.set_session({"token": req.body["token"]})
    return {"token": (await ctx.auth.get_session())["token"]}


@endpoint("GET", "/session/held")
async def session_held(req, ctx):
    held = await ctx.auth.get_session()
    return {"token": held["token"] if held else None}


@endpoint("GET", "/private", session=True)
def private(req, ctx):
    return {"userId": req.session["userId"], "groups": req.session["accessGroupKeys"]}


@endpoint("GET", "/admins", access_groups=["admin"])
def admins(req, ctx):
    return "admins only"


@endpoint("GET", "/reports/{id}", api_key=True)
def report(req, ctx):
    return {"report": req.ids["id"]}


@endpoint("GET", "/secret", api_key=True)
def secret(req, ctx):
    return "secret"


@endpoint("GET", "/off", enabled=False)
def off(req, ctx):
    return "never"


@endpoint("GET", "/fail")
def fail(req, ctx):
    raise RuntimeError("the database exploded")


@endpoint("GET", "/afail")
async def afail(req, ctx):
    raise FunctionError(409, "already_there", "It is already there.", {"id": 7})


@queue("emails", concurrency=2)
def send_email(req, ctx):
    pass


@task("nightly", every="5 minutes")
def nightly(req, ctx):
    pass


@task("weekly", weekly_on=["mon", "thu"], at="09:30")
def weekly(req, ctx):
    pass
'''


@pytest.fixture(scope="module")
def handlers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("app") / "handlers.py"
    path.write_text(HANDLERS)
    return path


@pytest.fixture
def altogic_config(handlers_file: Path) -> AppConfig:
    return AppConfig.model_validate(
        {
            "functions": str(handlers_file),
            "appParams": {"currency": "EUR"},
            "apiKeys": [
                {"key": "k-all", "name": "all"},
                {"key": "k-reports", "endpoints": ["GET /reports/{id}"]},
            ],
            "auth": AuthSettings(password_hashing=FAST_HASHING).model_dump(by_alias=True),
        }
    )


async def test_path_ids_typed_query_and_request(api: Any) -> None:
    query = {"n": 123, "f": 1.5, "yes": True, "no": False, "s": "abc", "none": None}
    answer = await api.endpoint.get("/echo/one/items/two", query, {"X-Custom": "hi"})
    assert answer.errors is None
    data = answer.data
    assert data["ids"] == {"a": "one", "b": "two"}
    assert data["query"] == {"n": 123, "f": 1.5, "yes": True, "no": False, "s": "abc", "none": ""}
    assert data["method"] == "GET" and data["path"] == "/echo/one/items/two"
    assert data["header"] == "hi"
    assert data["app_params"] == {"currency": "EUR"}
    assert data["app_info"] == [
        "api_base_url",
        "app_name",
        "environment_name",
        "environment_type",
        "execution_start",
    ]
    assert data["client"] == ["device_type", "ip"]
    assert data["session"] is False


async def test_body_kinds(api: Any) -> None:
    as_json = await api.endpoint.post("body", {"a": [1, 2]})
    assert as_json.data == {"kind": "dict", "body": {"a": [1, 2]}, "files": []}
    raw = await api.endpoint.post("body", b"\x00raw")
    assert raw.data == {"kind": "bytes", "body": "\x00raw", "files": []}
    text = await api.endpoint.post("body", b"words", headers={"Content-Type": "text/plain"})
    assert text.data == {"kind": "str", "body": "words", "files": []}
    empty = await api.endpoint.post("body")
    assert empty.data == {"kind": "NoneType", "body": None, "files": []}
    files = await api.endpoint.post(
        "body", {"pic": ("a.png", b"PNGDATA", "image/png"), "doc": ("b.txt", b"hello")}
    )
    assert files.errors is None
    assert files.data["kind"] == "dict" and files.data["body"] == {}
    assert files.data["files"] == [
        {
            "field_name": "pic",
            "file_name": "a.png",
            "mime_type": "image/png",
            "size": 7,
            "contents": "PNGDATA",
        },
        {
            "field_name": "doc",
            "file_name": "b.txt",
            "mime_type": "text/plain",
            "size": 5,
            "contents": "hello",
        },
    ]
    put = await api.endpoint.put("/body", [1, "two"])
    assert put.data == {"put": [1, "two"]}
    deleted = await api.endpoint.delete("/things/3")
    assert deleted.errors is None and deleted.data is None


async def test_return_values_and_resolve_types(api: Any) -> None:
    assert (await api.endpoint.get("/text", resolve_type="text")).data == "plain words"
    assert (await api.endpoint.get("/bytes", resolve_type="bytes")).data == bytes([0, 1, 2, 255])
    assert (await api.endpoint.get("/custom")).data == {"made": True}
    assert (await api.endpoint.get("/stream", resolve_type="text")).data == "part0;part1;part2;"
    assert (await api.endpoint.get("/astream", resolve_type="bytes")).data == (
        b"chunk0;chunk1;chunk2;"
    )
    not_json = await api.endpoint.get("/text")
    assert not_json.data is None and not_json.errors is not None


def test_stream_reads_the_answer_as_it_arrives(altogic_backend: TestBackend) -> None:
    with altogic_backend.client() as client:
        with client.endpoint.stream("GET", "/stream") as chunks:
            received = b"".join(chunks)
        assert received == b"part0;part1;part2;" and chunks.errors is None
        assert chunks.status == 200
        with client.endpoint.stream("GET", "/nowhere") as missing:
            assert list(missing) == []
        assert missing.errors is not None and missing.errors.codes == ["endpoint_not_found"]


async def test_async_stream(altogic_backend: TestBackend) -> None:
    async with altogic_backend.async_client() as client:
        async with client.endpoint.stream("GET", "/astream") as chunks:
            received = b"".join([chunk async for chunk in chunks])
        assert received == b"chunk0;chunk1;chunk2;" and chunks.errors is None


async def test_ctx_is_the_client_api_in_sync_and_async_handlers(api: Any) -> None:
    assert (await api.endpoint.post("/cache/sync", {"v": 1})).data == {"v": 1}
    assert (await api.endpoint.post("/cache/async", {"v": 2})).data == {"v": 2}

    assert (await api.cache.get("from-sync")).data == {"v": 1}
    assert (await api.cache.get("from-async")).data == {"v": 2}


async def test_a_session_a_handler_sets_stays_with_that_call(api: Any) -> None:
    assert (await api.endpoint.post("/session/set", {"token": "t1"})).data == {"token": "t1"}
    assert (await api.endpoint.get("/session/held")).data == {"token": None}


async def test_handler_errors(api: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("ERROR", logger="altogic_local.functions"):
        failed = await api.endpoint.get("/fail")
    assert failed.errors.status == 500
    [item] = failed.errors.items
    assert (item.origin, item.code) == ("server_error", "function_error")
    assert "the database exploded" in item.message and "Traceback" not in item.message
    assert any("Traceback" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    chosen = await api.endpoint.get("/afail")
    assert chosen.errors.status == 409
    [item] = chosen.errors.items
    assert (item.code, item.message, item.details) == (
        "already_there",
        "It is already there.",
        {"id": 7},
    )


async def test_unknown_and_disabled_endpoints(api: Any) -> None:
    assert (await api.endpoint.get("/nowhere")).errors.codes == ["endpoint_not_found"]
    assert (await api.endpoint.post("/text")).errors.codes == ["endpoint_not_found"]
    disabled = await api.endpoint.get("/off")
    assert disabled.errors.status == 404 and disabled.errors.codes == ["endpoint_disabled"]
    # The backend's own prefixes are not the app's.
    builtin = await api.endpoint.get("/_api/rest/v1/nothing")
    assert builtin.errors.codes == ["resource_not_found"]


async def test_api_keys(api: Any) -> None:
    missing = await api.endpoint.get("/secret")
    assert missing.errors.status == 401 and missing.errors.codes == ["missing_api_key"]
    wrong = await api.endpoint.get("/secret", headers={"Authorization": "nope"})
    assert wrong.errors.status == 401 and wrong.errors.codes == ["invalid_api_key"]
    assert (await api.endpoint.get("/secret", {"apikey": "k-all"}, resolve_type="text")).data == (
        "secret"
    )
    headers = {"Authorization": "k-reports"}
    assert (await api.endpoint.get("/reports/9", headers=headers)).data == {"report": "9"}
    refused = await api.endpoint.get("/secret", headers=headers)
    assert refused.errors.status == 403 and refused.errors.codes == ["endpoint_not_allowed"]


async def test_sessions_and_access_groups(api: Any) -> None:
    missing = await api.endpoint.get("/private")
    assert missing.errors.status == 401 and missing.errors.codes == ["missing_session_token"]
    signed_up = await api.auth.sign_up_with_email(
        "ada@example.com", "correct horse", {"emailVerified": True}
    )
    assert signed_up.errors is None and signed_up.session is not None
    mine = await api.endpoint.get("/private")
    assert mine.data == {"userId": signed_up.user["_id"], "groups": []}
    denied = await api.endpoint.get("/admins")
    assert denied.errors.status == 403 and denied.errors.codes == ["access_denied"]
    # A session error clears the held session, as for built-in calls.
    invalid = await api.endpoint.get("/echo/a/items/b", headers={"Session": "bogus"})
    assert invalid.errors.codes == ["invalid_session_token"]
    assert (await api.auth.get_session()) is None


def test_client_key_gate(altogic_backend: TestBackend) -> None:
    with altogic_backend.http() as http:
        missing = http.get("/text")
        assert missing.status_code == 401
        assert missing.json()["errors"][0]["code"] == "missing_client_key"
        answered = http.get("/text", headers={"X-Client-Key": "any"})
        assert answered.text == "plain words"
        assert answered.headers["content-type"].startswith("text/plain")
        made = http.get("/custom", headers={"X-Client-Key": "any"})
        assert made.status_code == 201 and made.headers["x-made"] == "yes"
        gone = http.delete("/things/1", headers={"X-Client-Key": "any"})
        assert gone.status_code == 204 and gone.content == b""
        bad = http.post(
            "/body",
            content=b"{not json",
            headers={"X-Client-Key": "any", "Content-Type": "application/json"},
        )
        assert bad.status_code == 400
        assert bad.json()["errors"][0]["code"] == "invalid_request_body_syntax"


# ---------------------------------------------------------------------- loading, start-up errors
def _load(tmp_path: Path, source: str) -> Any:
    path = tmp_path / "bad_handlers.py"
    path.write_text(textwrap.dedent(source))
    return load_functions(str(path))


PRELUDE = "from altogic_local.functions import endpoint, queue, task\n"


@pytest.mark.parametrize(
    ("source", "line", "problem"),
    [
        ("def broken(:\n    pass\n", 1, "syntax error"),
        (
            PRELUDE + "\n@endpoint('GET', '/a', sessions=True)\ndef a(req, ctx): ...\n",
            3,
            "unknown option sessions",
        ),
        (
            PRELUDE + "@endpoint('GET', '/a/{x}')\ndef a(req, ctx): ...\n"
            "@endpoint('GET', '/a/{y}')\ndef b(req, ctx): ...\n",
            4,
            "duplicate route GET /a/{y}",
        ),
        (PRELUDE + "@endpoint('GET', '/_api/mine')\ndef a(req, ctx): ...\n", 2, "/_api"),
        (PRELUDE + "@endpoint('GET', '/docs')\ndef a(req, ctx): ...\n", 2, "/docs"),
        (PRELUDE + "@endpoint('GET', '/socket.io/x')\ndef a(req, ctx): ...\n", 2, "/socket.io"),
        (PRELUDE + "@endpoint('PATCH', '/a')\ndef a(req, ctx): ...\n", 2, "method"),
        (PRELUDE + "@queue('q', workers=2)\ndef a(req, ctx): ...\n", 2, "unknown option workers"),
        (PRELUDE + "@task('t', every='5 days')\ndef a(req, ctx): ...\n", 2, "every is"),
        (
            PRELUDE + "@task('t', cron='* * *', every='5 minutes')\ndef a(req, ctx): ...\n",
            2,
            "exactly one schedule",
        ),
        (PRELUDE + "x = 1 / 0\n", 2, "ZeroDivisionError"),
    ],
)
def test_bad_handler_files_name_the_file_line_and_problem(
    tmp_path: Path, source: str, line: int, problem: str
) -> None:
    with pytest.raises(HandlerFileError) as raised:
        _load(tmp_path, source)
    message = str(raised.value)
    assert f"{tmp_path / 'bad_handlers.py'}:{line}:" in message
    assert problem in message


def test_handlers_by_module_name_and_relative_to_app_yaml(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text("functions: sub/handlers.py\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "handlers.py").write_text(
        PRELUDE + "@task('t', cron='0 3 * * *')\ndef t(req, ctx): ...\n"
    )
    config = load_config(tmp_path / "app.yaml")
    assert config.functions == str(tmp_path / "sub" / "handlers.py")
    assert [t.name for t in load_functions(config.functions).tasks] == ["t"]
    with pytest.raises(HandlerFileError, match="no_such_module_here: no such module"):
        load_functions("no_such_module_here")
    sys.path.insert(0, str(tmp_path / "sub"))
    try:
        loaded = load_functions("handlers")
    finally:
        sys.path.remove(str(tmp_path / "sub"))
        sys.modules.pop("handlers", None)
    assert [t.name for t in loaded.tasks] == ["t"]


def test_a_handler_file_imports_modules_beside_it(tmp_path: Path) -> None:
    (tmp_path / "sibling_helpers_for_a_test.py").write_text("GREETING = 'hi from beside'\n")
    (tmp_path / "handlers.py").write_text(
        PRELUDE
        + "from sibling_helpers_for_a_test import GREETING\n"
        + "@endpoint('GET', '/greet')\ndef greet(req, ctx):\n    return GREETING\n"
    )
    try:
        loaded = load_functions(str(tmp_path / "handlers.py"))
        assert loaded.endpoints[0].handler(None, None) == "hi from beside"
        assert sys.path[-1] == str(tmp_path.resolve())  # after everything else
    finally:
        sys.modules.pop("sibling_helpers_for_a_test", None)
        sys.path.remove(str(tmp_path.resolve()))


def test_serve_stops_with_exit_code_1_on_a_bad_handler_file(tmp_path: Path) -> None:
    (tmp_path / "app.yaml").write_text("functions: handlers.py\n")
    (tmp_path / "handlers.py").write_text(
        PRELUDE + "@endpoint('GET', '/_storage/x')\ndef a(req, ctx): ...\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "altogic_local.cli",
            "serve",
            "--memory",
            "--port",
            "0",
            "--app",
            str(tmp_path / "app.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"{tmp_path / 'handlers.py'}:2:" in done.stderr and "/_storage" in done.stderr


def test_the_example_app_runs_under_serve() -> None:
    import httpx

    app_file = Path(__file__).parent.parent / "examples" / "functions_app" / "app.yaml"
    with server_process(app_file=app_file) as url, httpx.Client(base_url=url) as http:
        headers = {"X-Client-Key": "any"}
        created = http.post("/todos", json={"title": "write tests"}, headers=headers)
        assert created.status_code == 201, created.text
        todo = created.json()
        assert http.get(f"/todos/{todo['_id']}", headers=headers).json()["title"] == "write tests"
        assert http.get("/hello?name=Ada", headers=headers).text == "Hello, Ada!"
        stats = http.get("/stats", headers={**headers, "Authorization": "k-live-123"})
        assert stats.json() == {"created": 1}
        assert http.get("/stats", headers=headers).status_code == 401
        assert http.get("/me", headers=headers).json()["errors"][0]["code"] == (
            "missing_session_token"
        )
