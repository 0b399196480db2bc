"""Schemathesis fuzzes every implemented operation of the spec against the backend, in-process.

The coverage and fuzzing phases run per operation (positive and negative cases); the stateful
phase chains operations through the spec's links. Every default check is on: no 5xx, responses
match their schemas, documented statuses only, bad input rejected, valid input accepted, auth
enforced, 405s with correct `Allow` headers. Per-operation exceptions, each with its reason, are
in schemathesis.toml. `make fuzz` runs a longer pass over a real socket.

Operations that need a session get one: a verified user is seeded, and every case of such an
operation is sent with a fresh session of that user (`SessionAuth`), besides the client key.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from altogic_local.spec import spec_operations
from hypothesis import HealthCheck, settings

from .fuzzing import (
    FUZZ_CLIENT_KEY,
    SCHEMATHESIS_CONFIG,
    fuzz_app,
    not_implemented,
    reset_state,
    sign_in,
)

app = fuzz_app()
reset_state(app)
SESSION_OPERATIONS = {
    operation["operationId"]
    for _, _, operation in spec_operations()
    if any("session" in requirement for requirement in operation.get("security", []))
}
schema: schemathesis.BaseSchema = schemathesis.openapi.from_asgi(
    "/openapi.json", app, config=schemathesis.Config.from_path(str(SCHEMATHESIS_CONFIG))
)
if skipped := not_implemented(app):
    # (`exclude`, not `include`: an `include` after the config's [[operations]] selects all.)
    schema = schema.exclude(operation_id=skipped)


@schema.auth(refresh_interval=None)
class SessionAuth:
    """The client key on every case, and a new session of the seeded user on the cases of
    operations that need one (some cases sign sessions out)."""

    def get(self, case: schemathesis.Case[Any], context: Any) -> str:
        """A session token, or "" for operations that need none (None would skip `set`)."""
        if case.operation.definition.raw.get("operationId") not in SESSION_OPERATIONS:
            return ""
        return sign_in(app)

    def set(self, case: schemathesis.Case[Any], data: str, context: Any) -> None:
        if case.headers is None:
            case.headers = {}
        case.headers["X-Client-Key"] = FUZZ_CLIENT_KEY
        if data:
            case.headers["Session"] = data


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_operations(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each scenario starts from the same state, so that replaying one behaves the same.
        reset_state(app)


Workflow.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
TestWorkflow = Workflow.TestCase
