"""Schemathesis fuzzes every implemented operation of the spec against the backend, in-process.

The coverage and fuzzing phases run per operation (positive and negative cases); the stateful
phase chains operations through the spec's links. Every default check is on: no 5xx, responses
match their schemas, documented statuses only, bad input rejected, valid input accepted, auth
enforced, 405s with correct `Allow` headers.

Operations that need a session get one: a verified user is seeded, and every case that needs a
session is sent with a fresh session of that user (`SessionAuth`), besides the client key.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import schemathesis
from altogic_local.app import create_app
from altogic_local.config import AppConfig, AuthSettings, ClientKey, PasswordHashing
from altogic_local.spec import spec_operations
from hypothesis import HealthCheck, settings
from sqlalchemy import delete

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
CONFIG = schemathesis.Config.from_path(str(ROOT / "schemathesis.toml"))
CLIENT_KEY = "fuzz-client-key"
USER = {"email": "fuzz-user@example.com", "password": "fuzz-password-1"}

# Declared keys, so that an unknown client key is refused (the fuzzer checks auth is enforced).
# Cheap password hashing keeps the many sign-ups fast.
app = create_app(
    AppConfig(
        client_keys=(ClientKey(key=CLIENT_KEY),),
        auth=AuthSettings(
            password_hashing=PasswordHashing(time_cost=1, memory_cost=1024, parallelism=1)
        ),
    )
)
ALL_OPERATIONS = {operation["operationId"] for _, _, operation in spec_operations()}
NOT_IMPLEMENTED = sorted(ALL_OPERATIONS - app.state.implemented_operations)
SESSION_OPERATIONS = {
    operation["operationId"]
    for _, _, operation in spec_operations()
    if any("session" in requirement for requirement in operation.get("security", []))
}
http = TestClient(app, headers={"X-Client-Key": CLIENT_KEY})


def reset_state() -> None:
    """Empty every table and seed the verified user again."""
    sql = backend_of_app().sql
    with sql.transaction() as connection:
        for table in reversed(sql.metadata.sorted_tables):
            connection.execute(delete(table))
    body = {**USER, "nameOrUserData": {"name": "Fuzz", "emailVerified": True}}
    response = http.post("/_api/rest/v1/auth/signup-email", json=body)
    assert response.status_code == 200, response.text


def backend_of_app() -> Any:
    return app.state.backend


reset_state()

# (`exclude`, not `include`: an `include` after the config's [[operations]] entries selects all.)
schema: schemathesis.BaseSchema = schemathesis.openapi.from_asgi(
    "/openapi.json", app, config=CONFIG
)
if NOT_IMPLEMENTED:
    schema = schema.exclude(operation_id=NOT_IMPLEMENTED)


@schema.auth(refresh_interval=None)
class SessionAuth:
    """The client key on every case, and a new session of the seeded user on the cases of
    operations that need one (some cases sign sessions out)."""

    def get(self, case: schemathesis.Case[Any], context: Any) -> str:
        """A session token, or "" for operations that need none (None would skip `set`)."""
        if case.operation.definition.raw.get("operationId") not in SESSION_OPERATIONS:
            return ""
        response = http.post("/_api/rest/v1/auth/signin-email", json=USER)
        assert response.status_code == 200, response.text
        token: str = response.json()["session"]["token"]
        return token

    def set(self, case: schemathesis.Case[Any], data: str, context: Any) -> None:
        if case.headers is None:
            case.headers = {}
        case.headers["X-Client-Key"] = CLIENT_KEY
        if data:
            case.headers["Session"] = data


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_operations(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each scenario starts from the same state, so that replaying one behaves the same.
        reset_state()


Workflow.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
TestWorkflow = Workflow.TestCase
