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

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import schemathesis
from altogic_local.app import started
from hypothesis import HealthCheck, settings

from .fuzzing import (
    SCHEMATHESIS_CONFIG,
    SPEC_PATH,
    SessionAuth,
    fuzz_app,
    not_implemented,
    reset_state,
    sign_in,
    without_lifespan,
)

app = fuzz_app()
# The app runs from here (schemathesis signs in while collecting) to the end of this module's
# tests (`stop_app`); schemathesis, which would start and stop it around each test, calls it
# without its lifespan.
_running = ExitStack()
_running.enter_context(started(app))
reset_state(app)
schema: schemathesis.BaseSchema = schemathesis.openapi.from_path(
    SPEC_PATH, config=schemathesis.Config.from_path(str(SCHEMATHESIS_CONFIG))
)
schema.app = without_lifespan(app)


@pytest.fixture(scope="module", autouse=True)
def stop_app() -> Iterator[None]:
    yield
    _running.close()


if skipped := not_implemented(app):
    # (`exclude`, not `include`: an `include` after the config's [[operations]] selects all.)
    schema = schema.exclude(operation_id=skipped)


@schema.auth(refresh_interval=None)
class InProcessAuth(SessionAuth):
    def sign_in(self) -> str:
        return sign_in(app)


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
