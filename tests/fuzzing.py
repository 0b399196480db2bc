"""What the in-process fuzz test and `make fuzz` share: the fuzzed app and its settings."""

from __future__ import annotations

import asyncio
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from altogic_local.app import create_app, implemented_operations
from altogic_local.config import AppConfig, AuthSettings, ClientKey, PasswordHashing
from altogic_local.module import Module
from altogic_local.spec import operation_specs
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
SCHEMATHESIS_CONFIG = ROOT / "schemathesis.toml"
SPEC_PATH = str(ROOT / "spec" / "altogic.yaml")
FUZZ_CLIENT_KEY = "fuzz-client-key"  # also in schemathesis.toml
# A verified user whose sessions the session-only operations are fuzzed with.
FUZZ_USER = {"email": "fuzz-user@example.com", "password": "fuzz-password-1"}


FUZZ_HANDLERS = Path(__file__).parent / "data" / "fuzz_handlers.py"


def fuzz_app() -> Starlette:
    """The backend as fuzzed: client keys are declared, so an unknown key is refused (the fuzzer
    checks that auth is enforced); cheap password hashing keeps the many sign-ups fast, and the
    failed-attempt limit is out of reach so that the flows behind it are fuzzed rather than
    answered 429 (tests/test_auth_hardening.py covers the limit)."""
    hashing = PasswordHashing(time_cost=1, memory_cost=1024, parallelism=1)
    return create_app(
        AppConfig(
            client_keys=(ClientKey(key=FUZZ_CLIENT_KEY),),
            auth=AuthSettings(password_hashing=hashing, max_failed_attempts=1_000_000),
            functions=str(FUZZ_HANDLERS),
        )
    )


def without_lifespan(app: ASGIApp) -> ASGIApp:
    """`app` for a caller that must not start or stop it: its lifespan messages are answered
    without reaching the app, whose lifespan its owner runs."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await app(scope, receive, send)
            return
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    return wrapped


def reset_state(app: Starlette) -> None:
    """Reset every module (the app must be running), then sign the verified fuzz user up again."""
    modules: dict[str, Module] = app.state.modules

    async def reset() -> None:
        for module in modules.values():
            await module.reset()

    asyncio.run(reset())
    _sign_up(api_client(app))


def _sign_up(http: httpx.Client) -> None:
    """Sign the verified fuzz user up (again)."""
    body = {**FUZZ_USER, "nameOrUserData": {"name": "Fuzz", "emailVerified": True}}
    response = http.post("/_api/rest/v1/auth/signup-email", json=body)
    assert response.status_code == 200, response.text


def fresh_session(http: httpx.Client) -> str:
    """A new session token of the fuzz user, signed up again first when a case has reset the
    backend (`emulatorReset`) or deleted the user. `http` sends the client key."""
    response = http.post("/_api/rest/v1/auth/signin-email", json=FUZZ_USER)
    if response.status_code == 401:
        _sign_up(http)
        response = http.post("/_api/rest/v1/auth/signin-email", json=FUZZ_USER)
    assert response.status_code == 200, response.text
    token: str = response.json()["session"]["token"]
    return token


def sign_in(app: Starlette) -> str:
    """A new session token of the fuzz user."""
    return fresh_session(api_client(app))


def api_client(app: Starlette) -> TestClient:
    return TestClient(app, headers={"X-Client-Key": FUZZ_CLIENT_KEY})


def not_implemented(app: Starlette) -> list[str]:
    """The spec's operations that the backend does not implement yet (left out of fuzzing)."""
    return sorted(set(operation_specs()) - implemented_operations(app))


@cache
def session_operations() -> frozenset[str]:
    """The operations that need a session (fuzzed with a fresh one of the fuzz user)."""
    return frozenset(op for op, spec in operation_specs().items() if spec.session == "required")


class SessionAuth:
    """Schemathesis auth: the client key on every case, and a fresh session of the fuzz user on
    the cases of operations that need one, so that a case that signs sessions out cannot leave
    the next ones without (subclasses say how to sign in)."""

    def sign_in(self) -> str:
        raise NotImplementedError

    def get(self, case: schemathesis.Case[Any], context: Any) -> str:
        """A session token, or "" for operations that need none (None would skip `set`)."""
        if case.operation.definition.raw.get("operationId") not in session_operations():
            return ""
        return self.sign_in()

    def set(self, case: schemathesis.Case[Any], data: str, context: Any) -> None:
        if case.headers is None:
            case.headers = {}
        case.headers["X-Client-Key"] = FUZZ_CLIENT_KEY
        if data:
            case.headers["Session"] = data
