"""Schemathesis fuzzes every implemented operation of the spec against the backend, in-process.

The coverage and fuzzing phases run per operation (positive and negative cases); the stateful
phase chains operations through the spec's links. Every default check is on: no 5xx, responses
match their schemas, documented statuses only, bad input rejected, valid input accepted, auth
enforced, 405s with correct `Allow` headers. Per-operation exceptions, each with its reason, are
in schemathesis.toml. `make fuzz` runs a longer pass over a real socket.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from .fuzzing import SCHEMATHESIS_CONFIG, fuzz_app, not_implemented

app = fuzz_app()
schema: schemathesis.BaseSchema = schemathesis.openapi.from_asgi(
    "/openapi.json", app, config=schemathesis.Config.from_path(str(SCHEMATHESIS_CONFIG))
)
if skipped := not_implemented(app):
    # (`exclude`, not `include`: an `include` after the config's [[operations]] selects all.)
    schema = schema.exclude(operation_id=skipped)


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
