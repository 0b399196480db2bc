"""`make fuzz` reaches the session-only operations with a live session: every case of such an
operation signs in anew (`tests/fuzz_hooks.py`), so a case that signs sessions out cannot leave
the later ones with only 401s (issue 9, item 14)."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from altogic_local.runner import LocalServer
from schemathesis.core.result import Ok

from .fuzz_hooks import URL_ENV, LiveAuth
from .fuzzing import (
    FUZZ_CLIENT_KEY,
    SCHEMATHESIS_CONFIG,
    SPEC_PATH,
    fuzz_app,
    reset_state,
    session_operations,
)


def test_the_operations_fuzzed_with_a_session_include_those_that_end_sessions() -> None:
    assert {"signOut", "signOutAll", "getAllSessions", "changePassword"} <= session_operations()


def test_a_case_that_signs_every_session_out_leaves_the_next_case_a_live_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = fuzz_app()
    with LocalServer(app) as server:
        reset_state(app)
        monkeypatch.setenv(URL_ENV, server.url)
        auth = LiveAuth()
        earlier, later = auth.sign_in(), auth.sign_in()
        api = server.url + "/_api/rest/v1/auth"
        with httpx.Client(headers={"X-Client-Key": FUZZ_CLIENT_KEY}) as client:
            ended = client.post(api + "/signout-all", headers={"Session": earlier})
            assert ended.status_code == 200, ended.text
            assert client.get(api + "/user", headers={"Session": earlier}).status_code == 401
            # The sessions the fuzzer makes after a sign-out-all are live.
            fresh = auth.sign_in()
            answer = client.get(api + "/user", headers={"Session": fresh})
            assert answer.status_code == 200, answer.text
            assert client.get(api + "/user", headers={"Session": later}).status_code == 401


def test_export_and_import_are_not_fuzzed() -> None:
    """They write and read folders the fuzzer would name anywhere on the machine."""
    config = schemathesis.Config.from_path(str(SCHEMATHESIS_CONFIG))
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    fuzzed = set()
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        fuzzed.add(result.ok().definition.raw.get("operationId"))
    assert "emulatorReset" in fuzzed
    assert not fuzzed & {"emulatorExport", "emulatorImport"}
