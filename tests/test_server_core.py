"""The backend core over raw HTTP: the spec it serves, errors for unknown routes and verbs,
client keys, validation errors and CORS."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import altogic_models
import httpx
import pytest
import yaml
from altogic_local.app import create_app, implemented_operations, started
from altogic_local.config import AppConfig, ClientKey, ConfigError, load_config
from altogic_local.testing import TestBackend
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.types import Message

pytestmark = [pytest.mark.anyio, pytest.mark.altogic_socket(False)]  # raw ASGI calls
ROOT = Path(__file__).resolve().parent.parent
KEY = {"X-Client-Key": "any-key"}
APP_ORIGIN = "https://app.example.com"


async def http_for(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    with started(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://local") as client:
            yield client


@pytest.fixture
async def http(altogic_backend: TestBackend) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=altogic_backend.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://local") as client:
        yield client


def error_codes(response: httpx.Response) -> list[str]:
    body = response.json()
    assert set(body) == {"errors"}, "every error uses the shared body"
    return [item["code"] for item in body["errors"]]


async def test_serves_the_spec_as_written(http: httpx.AsyncClient) -> None:
    response = await http.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.text == (ROOT / "spec" / "altogic.yaml").read_text()
    as_json = (await http.get("/openapi.json")).json()
    assert as_json == yaml.safe_load(response.text)
    docs = await http.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


async def test_unknown_route_is_a_404_in_the_error_body(http: httpx.AsyncClient) -> None:
    response = await http.get("/_api/rest/v1/nothing", headers=KEY)
    assert response.status_code == 404 and error_codes(response) == ["resource_not_found"]
    assert (await http.get("/nothing")).status_code == 404


async def test_wrong_verb_is_a_405_listing_every_allowed_verb(http: httpx.AsyncClient) -> None:
    response = await http.put("/_api/rest/v1/cache", headers=KEY)
    assert response.status_code == 405 and error_codes(response) == ["method_not_allowed"]
    assert response.headers["allow"] == "DELETE, GET, HEAD, POST"
    response = await http.get("/_api/rest/v1/cache/increment", headers=KEY)
    assert response.status_code == 405 and response.headers["allow"] == "POST"


async def test_operations_not_implemented_yet_answer_a_clear_404(
    http: httpx.AsyncClient, altogic_backend: TestBackend
) -> None:
    from altogic_local.spec import spec_operations

    missing = [
        (verb, path, op["operationId"])
        for verb, path, op in spec_operations()
        if op["operationId"] not in implemented_operations(altogic_backend.app)
        and path.startswith("/_api/")
        and "{" not in path
    ]
    if not missing:
        pytest.skip("every operation is implemented")
    verb, path, operation_id = missing[0]
    response = await http.request(verb.upper(), path, headers=KEY)
    assert response.status_code == 404 and error_codes(response) == ["not_implemented"]
    assert operation_id in response.json()["errors"][0]["message"]


async def test_missing_client_key_is_refused(http: httpx.AsyncClient) -> None:
    for headers in ({}, {"X-Client-Key": "  "}):
        response = await http.get("/_api/rest/v1/cache", params={"key": "k"}, headers=headers)
        assert response.status_code == 401 and error_codes(response) == ["missing_client_key"]


async def test_declared_client_keys_are_enforced() -> None:
    app = create_app(AppConfig(client_keys=(ClientKey(key="right"),)))
    async for http in http_for(app):
        wrong = await http.get(
            "/_api/rest/v1/cache", params={"key": "k"}, headers={"X-Client-Key": "wrong"}
        )
        assert wrong.status_code == 401 and error_codes(wrong) == ["invalid_client_key"]
        right = await http.get(
            "/_api/rest/v1/cache", params={"key": "k"}, headers={"X-Client-Key": "right"}
        )
        assert right.status_code == 200 and right.json() is None
        # Routes outside the client API need no key.
        assert (await http.get("/openapi.yaml")).status_code == 200


async def test_validation_gives_one_item_per_bad_field(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/_api/rest/v1/cache",
        json={"key": "", "value": 1, "ttl": "soon", "extra": True},
        headers=KEY,
    )
    assert response.status_code == 400
    items = response.json()["errors"]
    assert [(item["code"], item["details"]) for item in items] == [
        ("validation_error", {"field": "key", "location": "body"}),
        ("validation_error", {"field": "ttl", "location": "body"}),
        ("validation_error", {"field": "extra", "location": "body"}),
    ]
    assert all(item["origin"] == "client_error" and item["message"] for item in items)


async def test_bodies_must_be_json(http: httpx.AsyncClient) -> None:
    syntax = await http.post(
        "/_api/rest/v1/cache",
        content=b'{"key": ',
        headers={**KEY, "Content-Type": "application/json"},
    )
    assert syntax.status_code == 400 and error_codes(syntax) == ["invalid_request_body_syntax"]
    text = await http.post(
        "/_api/rest/v1/cache",
        content=b'{"key":"k","value":1}',
        headers={**KEY, "Content-Type": "text/plain"},
    )
    assert text.status_code == 400 and error_codes(text) == ["validation_error"]
    empty = await http.post("/_api/rest/v1/cache", headers=KEY)
    assert empty.status_code == 400 and error_codes(empty) == ["validation_error"]
    assert (await http.get("/_api/rest/v1/cache", params={"key": "k"}, headers=KEY)).json() is None


async def test_json_without_content_type_is_accepted_as_the_js_client_sends_it(
    http: httpx.AsyncClient,
) -> None:
    response = await http.post("/_api/rest/v1/cache", content=b'{"key":"k","value":1}', headers=KEY)
    assert response.status_code == 200


async def test_cors_gives_credentials_only_to_the_listed_origins() -> None:
    app = create_app(AppConfig.model_validate({"cors": {"allowedOrigins": [APP_ORIGIN]}}))
    async for http in http_for(app):
        for origin, trusted in ((APP_ORIGIN, True), ("https://evil.example", False)):
            preflight = await http.options(
                "/_api/rest/v1/cache",
                headers={
                    "Origin": origin,
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "x-client-key, content-type, session",
                },
            )
            assert preflight.status_code == 204
            assert preflight.headers["access-control-allow-headers"] == (
                "x-client-key, content-type, session"
            )
            actual = await http.get(
                "/_api/rest/v1/cache", params={"key": "k"}, headers={**KEY, "Origin": origin}
            )
            refused = await http.get(
                "/_api/rest/v1/cache", params={"key": "k"}, headers={"Origin": origin}
            )
            assert refused.status_code == 401
            for answer in (preflight, actual, refused):
                if trusted:
                    assert answer.headers["access-control-allow-origin"] == origin
                    assert answer.headers["access-control-allow-credentials"] == "true"
                else:
                    assert answer.headers["access-control-allow-origin"] == "*"
                    assert "access-control-allow-credentials" not in answer.headers
        plain = await http.get("/_api/rest/v1/cache", params={"key": "k"}, headers=KEY)
        assert "access-control-allow-origin" not in plain.headers


async def test_by_default_any_origin_may_call_but_without_credentials(
    http: httpx.AsyncClient,
) -> None:
    outbox = await http.get("/_emulator/outbox", headers={"Origin": "https://evil.example"})
    assert outbox.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in outbox.headers


def test_app_file_is_read_and_checked(tmp_path: Path) -> None:
    good = tmp_path / "app.yaml"
    good.write_text(
        "clientKeys:\n  - key: abc\n    enforceSession: true\ncache:\n  maxValueSize: 10\n"
    )
    config = load_config(good)
    assert config.client_keys[0].key == "abc" and config.client_keys[0].enforce_session
    assert config.cache.max_value_size == 10
    bad = tmp_path / "bad.yaml"
    bad.write_text("cache:\n  maxValueSiz: 10\n")
    with pytest.raises(ConfigError, match="maxValueSiz"):
        load_config(bad)


async def test_emulator_routes_need_a_declared_key_when_keys_are_declared() -> None:
    app = create_app(AppConfig(client_keys=(ClientKey(key="right"),)))
    async for http in http_for(app):
        missing = await http.get("/_emulator/outbox")
        assert missing.status_code == 401 and error_codes(missing) == ["missing_client_key"]
        wrong = await http.get("/_emulator/outbox", headers={"X-Client-Key": "wrong"})
        assert wrong.status_code == 401 and error_codes(wrong) == ["invalid_client_key"]
        right = await http.get("/_emulator/outbox", headers={"X-Client-Key": "right"})
        assert right.status_code == 200 and right.json() == []
        token = app.state.backend.emulator_token
        opened = await http.get("/_emulator/outbox", headers={"X-Emulator-Token": token})
        assert opened.status_code == 200
        forged = await http.get("/_emulator/outbox", headers={"X-Emulator-Token": "x" * 32})
        assert forged.status_code == 401 and error_codes(forged) == ["missing_client_key"]
        # The token opens the emulator routes only, not the client API.
        api = await http.get("/_api/rest/v1/cache/stats", headers={"X-Emulator-Token": token})
        assert api.status_code == 401
        # Browser routes and the spec stay open.
        assert (await http.get("/_auth/google")).status_code == 200
    async for http in http_for(create_app()):  # no declared keys: the emulator is open
        assert (await http.get("/_emulator/outbox")).status_code == 200


def test_websockets_into_the_client_api_need_a_client_key() -> None:
    import warnings

    from starlette.websockets import WebSocketDisconnect

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    app = create_app(AppConfig(client_keys=(ClientKey(key="right"),)))
    with TestClient(app) as http:
        for headers in ({}, {"X-Client-Key": "wrong"}):
            with (
                pytest.raises(WebSocketDisconnect) as refused,
                http.websocket_connect("/_api/rest/v1/cache", headers=headers),
            ):
                pass
            assert refused.value.code == 1008
            assert refused.value.reason in ("missing_client_key", "invalid_client_key")
        # A socket.io connection carries its key in the handshake; one sent as a header is
        # checked here too.
        with (
            pytest.raises(WebSocketDisconnect) as refused,
            http.websocket_connect("/socket.io/?EIO=4", headers={"X-Client-Key": "wrong"}),
        ):
            pass
        assert refused.value.reason == "invalid_client_key"


async def test_a_body_over_the_limit_is_refused_while_it_is_read() -> None:
    app = create_app(AppConfig(max_request_size=2048))
    value = "x" * 4096
    async for http in http_for(app):
        declared = await http.post(
            "/_api/rest/v1/cache", json={"key": "big", "value": value}, headers=KEY
        )
        assert declared.status_code == 413
        assert error_codes(declared) == ["request_body_size_too_large"]

        async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
            yield b'{"key": "big", "value": "'
            for _ in range(64):
                yield b"x" * 1024
            yield b'"}'

        streamed = await http.post("/_api/rest/v1/cache", content=chunks(), headers=KEY)
        assert streamed.status_code == 413
        assert error_codes(streamed) == ["request_body_size_too_large"]
        stored = await http.get("/_api/rest/v1/cache", params={"key": "big"}, headers=KEY)
        assert stored.json() is None
        small = await http.post("/_api/rest/v1/cache", json={"key": "k", "value": 1}, headers=KEY)
        assert small.status_code == 200


def test_a_body_that_stops_arriving_is_given_up_with_408() -> None:
    import socket

    from altogic_local.runner import LocalServer

    with LocalServer(create_app(AppConfig(request_body_timeout=0.5))) as server:
        request = (
            b"POST /_api/rest/v1/cache HTTP/1.1\r\nHost: x\r\nX-Client-Key: k\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"key": "k", '
        )
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            sock.sendall(request)  # ... and never the rest
            answer = b""
            while b"\r\n\r\n" not in answer or not answer.endswith(b"}]}"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408")
    assert b'"code":"request_body_timeout"' in body


async def test_a_client_leaving_mid_body_is_one_log_line(
    altogic_backend: TestBackend, caplog: pytest.LogCaptureFixture
) -> None:
    messages: Iterator[Message] = iter(
        [
            {"type": "http.request", "body": b'{"key": ', "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> Message:
        return next(messages)

    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/_api/rest/v1/cache",
        "raw_path": b"/_api/rest/v1/cache",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"x-client-key", b"k"), (b"content-length", b"100")],
    }
    with caplog.at_level("INFO", logger="altogic_local"):
        await altogic_backend.app(scope, receive, send)  # nothing escapes
    assert [record.getMessage() for record in caplog.records] == [
        "POST /_api/rest/v1/cache: the client disconnected before sending its whole body"
    ]
    assert not any(record.exc_info for record in caplog.records)


async def test_validation_messages_say_in_words_what_a_field_takes(http: httpx.AsyncClient) -> None:
    cases = [
        (
            "auth/signup-email",
            {"email": "not-an-email", "password": "a password"},
            "email",
            "`email` must be an email address, such as `ada@example.com`.",
        ),
        (
            "auth/signup-phone",
            {"phone": "555-0100", "password": "a password"},
            "phone",
            "`phone` must be a phone number in international format",
        ),
        ("db/object/get", {"model": "notes", "id": "z" * 24}, "id", "`id` must be an object id"),
        (
            "db/get-list",
            {"model": "notes", "query": {"expression": ""}},
            "query.expression",
            "`query.expression` must not be empty.",
        ),
    ]
    for path, body, field, message in cases:
        response = await http.post(f"/_api/rest/v1/{path}", json=body, headers=KEY)
        assert response.status_code == 400, path
        item = next(i for i in response.json()["errors"] if i["details"]["field"] == field)
        assert item["message"].startswith(message), item["message"]
        assert "pattern" not in item["message"] and "^" not in item["message"]


SCHEMA_NAMES = re.compile(
    "|".join(
        rf"\b{name}\b"
        for name, value in vars(altogic_models).items()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and sum(map(str.isupper, name)) > 1
    )
)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("db/create", {"model": "notes", "values": 5}),
        ("db/create", {"model": "notes", "values": [1, {}]}),
        ("db/update", {"model": "notes", "values": "x", "query": {"expression": "true"}}),
        ("db/get-list", {"model": "notes", "query": {"lookups": [1, {"field": 1}, {"name": "a"}]}}),
        ("db/compute", {"model": "notes", "query": {"group": [1]}, "computations": [1]}),
        ("db/update-fields", {"model": "notes", "updates": [{"field": "a", "updateType": "?"}]}),
        ("auth/signup-email", {"email": "a@b.co", "password": "a password", "name": {"x": 1}}),
    ],
)
async def test_validation_messages_name_no_internal_schema(
    http: httpx.AsyncClient, path: str, body: dict[str, object]
) -> None:
    response = await http.post(f"/_api/rest/v1/{path}", json=body, headers=KEY)
    assert response.status_code == 400
    for item in response.json()["errors"]:
        assert SCHEMA_NAMES.search(item["message"]) is None, item
        assert SCHEMA_NAMES.search(item["details"].get("field", "")) is None, item


async def test_a_call_without_a_session_says_how_to_send_one(http: httpx.AsyncClient) -> None:
    response = await http.get("/_api/rest/v1/auth/user", headers=KEY)
    assert response.status_code == 401 and error_codes(response) == ["missing_session_token"]
    message = response.json()["errors"][0]["message"]
    assert "Sign in first" in message and "`session_storage`" in message
    assert "`Session` header" in message
