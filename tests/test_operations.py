"""The module contract: operations served from the spec (and only those), handlers checked
against the spec when the app is built, sessions as each operation's security says, the lifespan
and `reset()` of every module."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from altogic_local import app as app_module
from altogic_local.app import MODULES, create_app, implemented_operations, started
from altogic_local.auth.module import AuthModule
from altogic_local.auth.sessions import CachedSessions
from altogic_local.backend import Backend
from altogic_local.config import AppConfig, ClientKey
from altogic_local.errors import exception_handlers
from altogic_local.module import Module
from altogic_local.operations import OperationRoute, Operations, SpecMismatch, bind
from altogic_local.sessions import SignedIn
from altogic_local.settings import Section
from altogic_local.spec import operation_specs
from altogic_models import CacheGetParametersQuery, OAuthProvider
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount

from .auth_helpers import auth_config

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

EMAIL = "ada@example.com"
PASSWORD = "correct horse"
KEY = {"X-Client-Key": "k"}


@pytest.fixture
def http() -> Iterator[TestClient]:
    with TestClient(create_app(auth_config()), headers=KEY) as client:
        yield client


def backend_of(http: TestClient) -> Backend:
    backend: Backend = http.app.state.backend  # type: ignore[attr-defined]
    return backend


def signed_up(http: TestClient) -> dict[str, Any]:
    body = {"email": EMAIL, "password": PASSWORD, "nameOrUserData": {"emailVerified": True}}
    answer: dict[str, Any] = http.post("/_api/rest/v1/auth/signup-email", json=body).json()
    return answer


# ---------------------------------------------------------------- the spec, and only the spec
def test_the_app_serves_exactly_the_operations_of_the_spec() -> None:
    app = create_app()
    specs = operation_specs()
    served: dict[tuple[str, str], str] = {}
    mounts = {m.path for module in app.state.modules.values() for m in module.mounts()}
    # the docs page's files and the realtime socket server, beside the operations
    assert mounts == {"/docs/assets", "/socket.io"}
    for route in app.router.routes:
        if isinstance(route, Mount) and route.path in mounts:
            continue
        assert isinstance(route, OperationRoute), f"{route!r} is not an operation of the spec"
        for verb, operation_id in route.operation_ids.items():
            served[(verb, route.path)] = operation_id
    assert served == {(spec.verb, spec.path): op for op, spec in specs.items()}
    implemented = implemented_operations(app)
    assert implemented <= set(specs)
    assert {"cacheGet", "modelGet", "signInWithEmail", "emulatorListOutbox"} <= implemented


def test_an_operation_the_spec_lacks_cannot_be_served(monkeypatch: pytest.MonkeyPatch) -> None:
    operations: Operations[Any] = Operations()

    @operations("cacheGetEverything")
    async def everything(module: Any) -> Response:
        return Response()

    class Stray(Module):
        name = "stray"

        async def reset(self) -> None:
            pass

    Stray.operations = operations
    monkeypatch.setattr(app_module, "MODULES", (*MODULES, Stray))
    with pytest.raises(SpecMismatch, match="no operation `cacheGetEverything`"):
        create_app()


def test_an_operation_cannot_have_two_handlers() -> None:
    operations: Operations[Any] = Operations()

    @operations("cacheGet")
    async def first(module: Any, query: CacheGetParametersQuery) -> Response:
        return Response()

    with pytest.raises(SpecMismatch, match="two handlers"):
        operations("cacheGet")(first)


@pytest.mark.parametrize(
    ("operation_id", "handler", "problem"),
    [
        ("cacheSet", lambda module: None, "must take .* its `body`"),
        ("cacheGet", lambda module: None, "must take .* its `query`"),
        ("oauthStart", lambda module: None, "must take path parameter `provider`"),
        ("cacheGetStats", lambda module, body: None, "no JSON or form body"),
        ("cacheGetStats", lambda module, query: None, "no query parameters"),
        ("cacheGetStats", lambda module, user: None, r"asks for \['user'\]"),
        ("signUpWithEmail", lambda module, body, session: None, "takes no session"),
    ],
)
def test_handlers_must_take_the_inputs_the_spec_gives(
    operation_id: str, handler: Any, problem: str
) -> None:
    backend = create_app().state.backend
    with pytest.raises(SpecMismatch, match=problem):
        bind(operation_specs()[operation_id], handler, None, backend)


def test_handler_annotations_must_be_the_spec_models() -> None:
    backend = create_app().state.backend

    async def wrong_body(module: Any, body: CacheGetParametersQuery) -> Response:
        return Response()

    async def wrong_session(module: Any, session: SignedIn) -> Response:
        return Response()

    async def wrong_path(module: Any, provider: str) -> Response:
        return Response()

    async def right(module: Any, provider: OAuthProvider) -> Response:
        return Response()

    with pytest.raises(SpecMismatch, match="`body` is annotated"):
        bind(operation_specs()["cacheSet"], wrong_body, None, backend)
    with pytest.raises(SpecMismatch, match="`session` is annotated"):  # optional: SignedIn | None
        bind(operation_specs()["cacheGetStats"], wrong_session, None, backend)
    with pytest.raises(SpecMismatch, match="`provider` is annotated"):
        bind(operation_specs()["oauthStart"], wrong_path, None, backend)
    bind(operation_specs()["oauthStart"], right, None, backend)


def test_a_concrete_path_wins_over_a_templated_one(http: TestClient) -> None:
    # `/_auth/email-link` (GET only) shadows `/_auth/{provider}` (GET, POST), whatever the verb.
    wrong_verb = http.post("/_auth/email-link")
    assert wrong_verb.status_code == 405 and wrong_verb.headers["allow"] == "GET, HEAD"
    assert http.get("/_auth/github").status_code == 200


# ---------------------------------------------------------------- sessions from the spec
def _served(backend: Backend, operation_id: str, handler: Any) -> TestClient:
    """`handler` serving `operation_id` alone, on `backend`, behind the app's gate."""
    spec = operation_specs()[operation_id]
    endpoint = bind(spec, handler, None, backend)
    route = OperationRoute(spec.path, {spec.verb: endpoint}, {spec.verb: operation_id})
    from altogic_local.security import Gate
    from starlette.middleware import Middleware

    app = Starlette(
        routes=[route],
        middleware=[Middleware(Gate, backend=backend)],
        exception_handlers=exception_handlers(),
    )
    return TestClient(app, headers=KEY)


def test_an_optional_session_is_resolved_when_the_handler_takes_it(http: TestClient) -> None:
    token = signed_up(http)["session"]["token"]
    backend = backend_of(http)

    async def who(
        module: Any, query: CacheGetParametersQuery, session: SignedIn | None
    ) -> Response:
        return JSONResponse(None if session is None else session.user_id)

    served = _served(backend, "cacheGet", who)
    user_id = http.get("/_api/rest/v1/auth/user", headers={"Session": token}).json()["_id"]
    assert served.get("/_api/rest/v1/cache?key=k").json() is None
    assert served.get("/_api/rest/v1/cache?key=k", headers={"Session": token}).json() == user_id
    bogus = served.get("/_api/rest/v1/cache?key=k", headers={"Session": "bogus"})
    assert bogus.status_code == 401
    assert bogus.json()["errors"][0]["code"] == "invalid_session_token"


def test_an_optional_session_is_not_looked_at_unless_taken_or_enforced(http: TestClient) -> None:
    # cacheGet does not take the session: a bogus token is not even looked up ...
    ignored = http.get("/_api/rest/v1/cache?key=k", headers={"Session": "bogus"})
    assert ignored.status_code == 200
    # ... unless the client key enforces sessions.
    config = AppConfig(client_keys=(ClientKey(key="k", enforce_session=True),))
    with TestClient(create_app(config), headers=KEY) as enforced:
        refused = enforced.get("/_api/rest/v1/cache?key=k", headers={"Session": "bogus"})
        assert refused.json()["errors"][0]["code"] == "invalid_session_token"
        missing = enforced.get("/_api/rest/v1/cache?key=k")
        assert missing.json()["errors"][0]["code"] == "missing_session_token"
        # Operations that never take a session ignore it, even then.
        signed_in = enforced.post(
            "/_api/rest/v1/auth/signin-email",
            json={"email": EMAIL, "password": PASSWORD},
            headers={"Session": "bogus"},
        )
        assert signed_in.json()["errors"][0]["code"] == "invalid_sign_in_credentials"


def test_resolved_sessions_are_cached_and_dropped_when_they_end(http: TestClient) -> None:
    from sqlalchemy import event

    token = signed_up(http)["session"]["token"]
    statements: list[str] = []
    engine = backend_of(http).sql.engine  # type: ignore[attr-defined]

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "auth_sessions" in statement:
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    session = {"Session": token}
    assert http.get("/_api/rest/v1/auth/sessions", headers=session).status_code == 200
    looked_up = len(statements)
    assert http.get("/_api/rest/v1/auth/sessions", headers=session).status_code == 200
    # The second check found the session in memory: only the listing itself read the table.
    assert len(statements) - looked_up == 1
    assert http.post("/_api/rest/v1/auth/signout", headers=session).status_code == 200
    after = http.get("/_api/rest/v1/auth/sessions", headers=session)
    assert after.json()["errors"][0]["code"] == "invalid_session_token"


# ---------------------------------------------------------------- lifecycle
def test_the_lifespan_starts_and_stops_the_modules() -> None:
    app = create_app()
    backend = app.state.backend
    refused = TestClient(app, headers=KEY).get("/_api/rest/v1/cache?key=k")
    assert refused.status_code == 503
    assert refused.json()["errors"][0]["code"] == "backend_not_started"
    with started(app):
        assert backend.started
        assert TestClient(app, headers=KEY).get("/_api/rest/v1/cache?key=k").status_code == 200
        with pytest.raises(RuntimeError, match="already running"), started(app):
            pass
    assert not backend.started
    with started(app):  # an app can be started again; nothing was lost
        assert TestClient(app, headers=KEY).get("/_api/rest/v1/db/stats").status_code == 200


def test_every_module_resets_to_a_fresh_start() -> None:
    config = AppConfig.model_validate(
        {"database": {"models": {"notes": {"fields": {"text": {"type": "text"}}}}}}
    )
    app = create_app(config)
    with TestClient(app, headers=KEY) as http:
        signed_up(http)
        http.post("/_api/rest/v1/cache", json={"key": "a", "value": 1})
        http.post("/_api/rest/v1/db/create", json={"model": "things", "values": {"x": 1}})
        http.post("/_api/rest/v1/db/create", json={"model": "notes", "values": {"text": "hi"}})
        assert http.get("/_emulator/outbox").json() == []  # confirmed already: no email
        http.post(
            "/_api/rest/v1/auth/signup-phone", json={"phone": "+15555550100", "password": "x" * 8}
        )
        assert len(http.get("/_emulator/outbox").json()) == 1

        modules: dict[str, Module] = app.state.modules
        assert set(modules) == {module.name for module in MODULES}
        for module in modules.values():
            http.portal.call(module.reset)  # type: ignore[union-attr]

        assert http.get("/_api/rest/v1/cache?key=a").json() is None
        assert http.get("/_api/rest/v1/cache/stats").json()["totalKeys"] == 0
        stats = http.get("/_api/rest/v1/db/stats").json()
        assert stats["models"] == [{"name": "notes", "objectsCount": 0, "size": 0}]
        assert http.get("/_emulator/outbox").json() == []
        sign_in = http.post(
            "/_api/rest/v1/auth/signin-email", json={"email": EMAIL, "password": PASSWORD}
        )
        assert sign_in.json()["errors"][0]["code"] == "invalid_sign_in_credentials"
        # The store works after a reset: a model is created again on first write.
        again = http.post("/_api/rest/v1/db/create", json={"model": "things", "values": {"x": 2}})
        assert again.status_code == 200
        assert len(http.post("/_api/rest/v1/db/get-list", json={"model": "things"}).json()) == 1


def test_the_auth_module_provides_the_session_resolver() -> None:
    app = create_app()
    assert isinstance(app.state.modules["auth"], AuthModule)
    assert isinstance(app.state.backend.sessions, CachedSessions)


def test_module_settings_are_sections_of_the_app_config() -> None:
    sections = {
        name
        for name, field in AppConfig.model_fields.items()
        if isinstance(field.annotation, type) and issubclass(field.annotation, Section)
    }
    core = {"cors"}  # the backend's own sections
    assert sections - core == {"cache", "auth", "database", "storage", "realtime"}
    assert sections - core <= {module.name for module in MODULES}


def test_a_bug_is_answered_with_the_error_body(http: TestClient) -> None:
    async def broken(module: Any) -> Response:
        raise RuntimeError("a bug")

    served = _served(backend_of(http), "cacheGetStats", broken)
    served = TestClient(served.app, headers=KEY, raise_server_exceptions=False)
    answer = served.get("/_api/rest/v1/cache/stats")
    assert answer.status_code == 500
    assert answer.headers["content-type"] == "application/json"
    [item] = answer.json()["errors"]
    assert item["origin"] == "server_error" and item["code"] == "internal_error"
    assert "RuntimeError" in item["message"]
