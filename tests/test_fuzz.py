"""Schemathesis fuzzes every implemented operation of the spec against the backend, in-process.

The coverage and fuzzing phases run per operation (positive and negative cases); the stateful
phase chains operations through the spec's links. Every default check is on: no 5xx, responses
match their schemas, documented statuses only, bad input rejected, valid input accepted, auth
enforced, 405s with correct `Allow` headers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from altogic_local.app import create_app
from altogic_local.config import AppConfig, ClientKey
from altogic_local.spec import spec_operations
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = schemathesis.Config.from_path(str(ROOT / "schemathesis.toml"))

# Declared keys, so that an unknown client key is refused (the fuzzer checks auth is enforced).
app = create_app(AppConfig(client_keys=(ClientKey(key="fuzz-client-key"),)))
ALL_OPERATIONS = {operation["operationId"] for _, _, operation in spec_operations()}
NOT_IMPLEMENTED = sorted(ALL_OPERATIONS - app.state.implemented_operations)

# (`exclude`, not `include`: an `include` after the config's [[operations]] entries selects all.)
schema: schemathesis.BaseSchema = schemathesis.openapi.from_asgi(
    "/openapi.json", app, config=CONFIG
)
if NOT_IMPLEMENTED:
    schema = schema.exclude(operation_id=NOT_IMPLEMENTED)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_operations(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


Workflow = schema.as_state_machine()
Workflow.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
TestWorkflow = Workflow.TestCase
