"""What the in-process fuzz test and `make fuzz` share: the fuzzed app and its settings."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from altogic_local.app import create_app
from altogic_local.config import AppConfig, AuthSettings, ClientKey, PasswordHashing
from altogic_local.spec import spec_operations
from fastapi import FastAPI
from sqlalchemy import delete

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
SCHEMATHESIS_CONFIG = ROOT / "schemathesis.toml"
FUZZ_CLIENT_KEY = "fuzz-client-key"  # also in schemathesis.toml
# A verified user whose sessions the session-only operations are fuzzed with.
FUZZ_USER = {"email": "fuzz-user@example.com", "password": "fuzz-password-1"}
# schemathesis.toml reads the session token for `make fuzz` from this variable; the in-process
# test sets a fresh session on each case itself.
SESSION_TOKEN_ENV = "FUZZ_SESSION_TOKEN"
os.environ.setdefault(SESSION_TOKEN_ENV, "")


def fuzz_app() -> FastAPI:
    """The backend as fuzzed: client keys are declared, so an unknown key is refused (the fuzzer
    checks that auth is enforced); cheap password hashing keeps the many sign-ups fast."""
    hashing = PasswordHashing(time_cost=1, memory_cost=1024, parallelism=1)
    return create_app(
        AppConfig(
            client_keys=(ClientKey(key=FUZZ_CLIENT_KEY),),
            auth=AuthSettings(password_hashing=hashing),
        )
    )


def reset_state(app: FastAPI) -> None:
    """Empty every table, then sign the verified fuzz user up again."""
    sql = app.state.backend.sql
    with sql.transaction() as connection:
        for table in reversed(sql.metadata.sorted_tables):
            connection.execute(delete(table))
    body = {**FUZZ_USER, "nameOrUserData": {"name": "Fuzz", "emailVerified": True}}
    response = api_client(app).post("/_api/rest/v1/auth/signup-email", json=body)
    assert response.status_code == 200, response.text


def sign_in(app: FastAPI) -> str:
    """A new session token of the fuzz user."""
    response = api_client(app).post("/_api/rest/v1/auth/signin-email", json=FUZZ_USER)
    assert response.status_code == 200, response.text
    token: str = response.json()["session"]["token"]
    return token


def api_client(app: FastAPI) -> TestClient:
    return TestClient(app, headers={"X-Client-Key": FUZZ_CLIENT_KEY})


def not_implemented(app: FastAPI) -> list[str]:
    """The spec's operations that the backend does not implement yet (left out of fuzzing)."""
    every = {operation["operationId"] for _, _, operation in spec_operations()}
    return sorted(every - app.state.implemented_operations)
