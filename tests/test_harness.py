"""The test harness apps use: `POST /_emulator/reset` (and `LocalServer.reset()`, `altogic-local
reset`), the outbox helpers, and the pytest plugin's fixtures (run in a pytester sandbox)."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import time
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
from altogic_local.app import MODULES
from altogic_local.runner import LocalServer
from altogic_local.spec import spec
from altogic_local.testing import Emulator, EmulatorError, TestBackend

pytest_plugins = ["pytester"]


def _plugin() -> list[str]:
    """The options that load the plugin in a pytester run: none once its `pytest11` entry point
    is installed (`pip install -e .` has run since it was added)."""
    installed = {point.value for point in entry_points(group="pytest11")}
    return (
        [] if "altogic_local.pytest_plugin" in installed else ["-p", "altogic_local.pytest_plugin"]
    )


ADA = "ada@example.com"


async def _go(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _fill(api: Any) -> None:
    """One cache key, one object, one user with an email in the outbox."""
    assert (await api.cache.set("k", 1)).errors is None
    assert (await _go(api._target.db.model("todos").create({"title": "a"}))).errors is None
    assert (await api.auth.sign_up_with_email(ADA, "secret-123")).errors is None


async def _contents(api: Any) -> dict[str, bool]:
    cached = await api.cache.get("k")
    todos = await _go(api._target.db.model("todos").get())
    signed_in = await api.auth.sign_in_with_email(ADA, "secret-123")
    return {
        "cache": cached.data is not None and cached.data.get("value") == 1,
        "database": bool(todos.data),
        "auth": signed_in.errors is None
        or signed_in.errors.codes != ["invalid_sign_in_credentials"],
    }


@pytest.mark.anyio
async def test_reset_forgets_what_the_named_modules_hold(
    api: Any, altogic_backend: TestBackend
) -> None:
    await _fill(api)
    assert await _contents(api) == {"cache": True, "database": True, "auth": True}
    with altogic_backend.http() as http:
        emulator = Emulator(http=http)
        assert emulator.reset("cache") == ["cache"]
        assert await _contents(api) == {"cache": False, "database": True, "auth": True}
        assert emulator.reset() == ["cache", "auth", "database", "storage", "functions"]
        assert await _contents(api) == {"cache": False, "database": False, "auth": False}
        assert emulator.outbox.messages() == []


def test_reset_refuses_a_module_that_holds_nothing() -> None:
    with TestBackend() as backend:
        answer = backend.http().post("/_emulator/reset", json={"modules": ["emulator"]})
        assert answer.status_code == 400
        assert answer.json()["errors"][0]["code"] == "validation_error"


def test_the_spec_names_every_module_that_holds_state() -> None:
    enum = spec()["components"]["schemas"]["StatefulModule"]["enum"]
    assert sorted(enum) == sorted(module.name for module in MODULES if module.stateful)


def test_local_server_and_the_cli_reset_a_running_backend() -> None:
    config = {"clientKeys": [{"key": "the-key"}]}
    with TestBackend(config, socket=True) as backend, backend.client() as client:
        assert client.cache.set("k", 1).errors is None
        with pytest.raises(EmulatorError, match="401"):
            Emulator(backend.url).reset()
        command = [sys.executable, "-m", "altogic_local.cli", "reset", "--url", backend.url]
        done = subprocess.run(
            [*command, "--client-key", "the-key", "--module", "cache"],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "Reset: cache"
        assert client.cache.get("k").data is None
        refused = subprocess.run(command, capture_output=True, text=True)
        assert refused.returncode == 1 and "401" in refused.stderr


def test_local_server_reset() -> None:
    with LocalServer() as server:
        assert server.reset("database", "cache") == ["cache", "database"]


@pytest.mark.parametrize("socket", [False, True])
def test_the_outbox_gives_the_latest_message_with_its_link_and_access_token(socket: bool) -> None:
    with TestBackend({"auth": {"emailConfirmation": True}}, socket=socket) as backend:
        client = backend.client()
        assert client.auth.sign_up_with_email(ADA, "secret-123").errors is None
        confirm = backend.outbox.latest(to=ADA.upper())
        assert confirm.action == "email-confirm" and confirm.link and confirm.code is None
        token = confirm.access_token
        assert token is not None and token == confirm.access_token  # the link is followed once
        granted = client.auth.get_auth_grant(token)
        assert granted.errors is None and granted.data is not None
        assert granted.data["user"]["email"] == ADA
        assert client.auth.send_magic_link_email(ADA).errors is None
        first, latest = backend.outbox.messages(to=ADA)
        assert (first.id, latest.action) == (confirm.id, "magic-link")
        assert backend.outbox.latest(to=ADA, action="email-confirm").id == confirm.id
        magic = backend.outbox.latest(to=ADA)
        assert magic.id == latest.id and magic.access_token
        assert client.auth.get_auth_grant(magic.access_token).errors is None
        with pytest.raises(LookupError, match=re.escape(f"no sms to {ADA} in the outbox")):
            backend.outbox.latest(to=ADA, kind="sms")
        backend.outbox.clear(to=ADA)
        with pytest.raises(LookupError, match="holds nothing"):
            backend.outbox.latest()


def test_an_sms_message_gives_its_code() -> None:
    with TestBackend() as backend:
        client = backend.client()
        phone = "+15551234567"
        assert client.auth.sign_up_with_phone(phone, "secret-123").errors is None
        message = backend.outbox.latest(to=phone)
        assert message.kind == "sms" and message.code and message.access_token is None
        assert client.auth.verify_phone(phone, message.code).errors is None


def test_a_used_link_is_refused_with_the_reason() -> None:
    with TestBackend() as backend:
        client = backend.client()
        client.auth.sign_up_with_email(ADA, "secret-123")
        link = backend.outbox.latest(to=ADA).link
        assert link is not None
        backend.outbox.follow(link)
        with pytest.raises(EmulatorError, match="refused the link"):
            backend.outbox.follow(link)


def test_the_test_clock_follows_the_system_time_until_taken_over() -> None:
    with TestBackend() as backend:
        assert abs(backend.clock.now() - time.time()) < 5
        manual = backend.clock.manual(start=1_000.0)
        assert backend.clock.now() == 1_000.0
        manual.advance(60)
        assert backend.clock.now() == 1_060.0
        backend.reset()
        assert abs(backend.clock.now() - time.time()) < 5


PLUGIN_TESTS = """
import pytest

def test_writes(altogic_client):
    assert altogic_client.cache.set("k", 1).errors is None
    assert altogic_client.db.model("todos").create({"title": "a"}).errors is None

def test_starts_empty(altogic_client):
    assert altogic_client.cache.get("k").data is None
    assert altogic_client.db.model("todos").get().data == []

@pytest.mark.altogic_config({"clientKeys": [{"key": "k-1"}], "cache": {"maxValueSize": 1024}})
def test_marker_config(altogic_backend, altogic_client):
    assert altogic_backend.client_key == "k-1"
    assert altogic_backend.config.cache.max_value_size == 1024
    answer = altogic_backend.http().get("/_api/rest/v1/cache/stats", headers={"X-Client-Key": "x"})
    assert answer.status_code == 401
    assert altogic_client.cache.set("k", "v" * 2000).errors is not None

def test_clock(altogic_client, altogic_clock):
    assert altogic_client.cache.set("k", 1, ttl=60).errors is None
    altogic_clock.advance(61)
    assert altogic_client.cache.get("k").data is None

def test_outbox(altogic_client, altogic_outbox):
    altogic_client.auth.sign_up_with_email("ada@example.com", "secret-123")
    token = altogic_outbox.latest(to="ada@example.com").access_token
    assert altogic_client.auth.get_auth_grant(token).errors is None

@pytest.mark.altogic_socket
def test_socket(altogic_backend, altogic_client):
    assert altogic_backend.transport == "socket" and altogic_backend.url.startswith("http://127.")
    assert altogic_client.cache.set("k", 1).errors is None

def test_async(altogic_async_client):
    import asyncio

    async def main():
        assert (await altogic_async_client.cache.set("k", 2)).errors is None
        return (await altogic_async_client.cache.get("k")).data

    assert asyncio.run(main()) == {"value": 2}
"""


def test_the_pytest_plugin_gives_each_test_an_empty_backend(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=PLUGIN_TESTS)
    result = pytester.runpytest_subprocess(*_plugin(), "-q")
    result.assert_outcomes(passed=7)


def test_a_conftest_sets_the_config_for_its_folder(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
import pytest

@pytest.fixture
def altogic_config():
    return {"database": {"defaultPageSize": 2}}
"""
    )
    pytester.makepyfile(
        test_page="""
import pytest

@pytest.mark.altogic_config({"cache": {"maxValueSize": 1024}})
def test_merged(altogic_backend):
    assert altogic_backend.config.database.default_page_size == 2
    assert altogic_backend.config.cache.max_value_size == 1024
"""
    )
    result = pytester.runpytest_subprocess(*_plugin(), "-q")
    result.assert_outcomes(passed=1)
    assert not re.search(r"warning", result.stdout.str(), re.I)


def test_markers_pin_the_transport_and_start_the_clock(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\naltogic_socket = true\n")
    pytester.makepyfile(
        test_markers="""
import pytest

def test_the_ini_option_serves_on_a_socket(altogic_backend):
    assert altogic_backend.transport == "socket"

@pytest.mark.altogic_socket(False)
def test_a_marker_keeps_it_in_process(altogic_backend):
    assert altogic_backend.transport == "asgi"

@pytest.mark.altogic_clock(start=1_000.0)
def test_a_marked_clock_starts_where_told(altogic_backend, altogic_client):
    assert altogic_backend.clock.now() == 1_000.0
    assert altogic_client.cache.set("k", 1, ttl=60).errors is None

@pytest.mark.altogic_clock(start=1_000.0)
def test_altogic_clock_is_the_marked_clock(altogic_backend, altogic_clock):
    assert altogic_clock.now() == 1_000.0
    altogic_clock.advance(5)
    assert altogic_backend.clock.now() == 1_005.0

def test_the_clock_follows_the_system_time_again(altogic_backend):
    import time

    assert abs(altogic_backend.clock.now() - time.time()) < 5

@pytest.mark.altogic_socket(1)
def test_a_bad_marker_is_a_usage_error(altogic_backend):
    pass
"""
    )
    result = pytester.runpytest_subprocess(*_plugin(), "-q", "-p", "no:randomly")
    result.assert_outcomes(passed=5, errors=1)
    result.stdout.fnmatch_lines(["*altogic_socket takes nothing, True or False*"])


def test_the_async_client_leaves_no_connection_open_after_an_anyio_test(
    pytester: pytest.Pytester,
) -> None:
    """anyio closes a test's event loop when the test ends, before the fixture's teardown: a
    connection still open then is leaked (an unraisable ResourceWarning, here an error)."""
    pytester.makepyfile(
        test_async="""
import gc
import pytest

pytestmark = pytest.mark.anyio

@pytest.fixture
def anyio_backend():
    return "asyncio"

@pytest.mark.altogic_socket
async def test_over_a_socket(altogic_async_client):
    for value in range(3):
        assert (await altogic_async_client.cache.set("k", value)).errors is None
    assert (await altogic_async_client.cache.get("k")).data == {"value": 2}

async def test_in_process(altogic_async_client):
    assert (await altogic_async_client.cache.get("k")).data is None

def test_nothing_was_left_open():
    gc.collect()
"""
    )
    result = pytester.runpytest_subprocess(*_plugin(), "-q", "-W", "error", "-p", "no:randomly")
    result.assert_outcomes(passed=3)


@pytest.mark.parametrize("socket", [False, True])
def test_http_can_be_used_in_a_with_block_and_the_backend_runs_on(socket: bool) -> None:
    with TestBackend(socket=socket) as backend:
        for _ in range(2):
            with backend.http(headers={"X-Client-Key": "k"}) as http:
                answer = http.post("/_api/rest/v1/cache", json={"key": "k", "value": 1})
                assert answer.status_code == 200, answer.text
        assert backend.client().cache.get("k").data == {"value": 1}
        assert backend.reset() == ["cache", "auth", "database", "storage", "functions"]


def test_the_example_app_tests_pass(pytester: pytest.Pytester) -> None:
    examples = Path(__file__).parent.parent / "examples" / "testing"
    for source in examples.glob("*.py"):
        pytester.makepyfile(**{source.stem: source.read_text()})
    result = pytester.runpytest_subprocess(*_plugin(), "-q")
    result.assert_outcomes(passed=5)


def test_a_backend_with_indexed_fields_resets_again_and_again() -> None:
    config = {
        "database": {
            "models": {"people": {"fields": {"age": {"type": "integer", "indexed": True}}}}
        }
    }
    with TestBackend(config) as backend:
        for round in range(3):
            client = backend.client()
            client.db.model("people").create({"age": round}).unwrap()
            assert [
                p["age"] for p in client.db.model("people").filter("age >= 0").get().unwrap()
            ] == [round]
            assert backend.reset() == ["cache", "auth", "database", "storage", "functions"]
