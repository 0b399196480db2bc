"""Sessions beyond the auth operations: persistence across client instances, client keys that
enforce sessions, and the `outbox` CLI command."""

from __future__ import annotations

import importlib.util
import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from altogic import FileStorage, create_client
from altogic_local.app import create_app
from altogic_local.cli import cli
from altogic_local.config import AppConfig, ClientKey
from altogic_local.runner import LocalServer
from altogic_local.testing import TestBackend
from typer.testing import CliRunner

from .auth_helpers import auth_config

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

pytestmark = pytest.mark.anyio

EMAIL = "ada@example.com"
PASSWORD = "correct horse"
VERIFIED = {"name": "Ada", "emailVerified": True}
CLIENT_KEY = "test-client-key"


@pytest.fixture
def altogic_config() -> AppConfig:
    return auth_config()


async def test_sync_session_persists_across_clients(
    altogic_backend: TestBackend, tmp_path: Path
) -> None:
    path = tmp_path / "state" / "session.json"
    with altogic_backend.client(session_storage=FileStorage(path)) as first:
        signed_up = first.auth.sign_up_with_email(EMAIL, PASSWORD, VERIFIED)
        assert signed_up.errors is None
    stored = json.loads(path.read_text())
    assert json.loads(stored["session"]) == signed_up.session
    assert json.loads(stored["user"]) == signed_up.user

    with altogic_backend.client(session_storage=FileStorage(path)) as second:
        assert second.auth.get_session() == signed_up.session
        assert second.auth.get_user() == signed_up.user
        assert second.auth.get_user_from_db().user == signed_up.user
        assert second.auth.sign_out().errors is None
    assert json.loads(path.read_text()) == {}

    with altogic_backend.client(session_storage=FileStorage(path)) as third:
        refused = third.auth.get_user_from_db().errors
        assert refused is not None and refused.codes == ["missing_session_token"]


async def test_async_session_persists_across_clients(
    altogic_backend: TestBackend, tmp_path: Path
) -> None:
    path = tmp_path / "session.json"
    async with altogic_backend.async_client(session_storage=FileStorage(path)) as first:
        signed_up = await first.auth.sign_up_with_email(EMAIL, PASSWORD, VERIFIED)
        assert signed_up.errors is None
    async with altogic_backend.async_client(session_storage=FileStorage(path)) as second:
        assert await second.auth.get_session() == signed_up.session
        assert (await second.auth.get_user_from_db()).user == signed_up.user
        # The server ended the session elsewhere: the stored copy is dropped on first use.
        async with altogic_backend.async_client(session_storage=FileStorage(path)) as third:
            assert (await third.auth.sign_out_all()).errors is None
        path.write_text(json.dumps({"session": json.dumps(signed_up.session)}))
    async with altogic_backend.async_client(session_storage=FileStorage(path)) as fourth:
        refused = await fourth.auth.get_user_from_db()
        assert refused.errors is not None
        assert refused.errors.codes == ["invalid_session_token"]
        assert await fourth.auth.get_session() is None
    assert "session" not in json.loads(path.read_text())


class TestEnforcedSessions:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return AppConfig(
            client_keys=(ClientKey(key=CLIENT_KEY, enforce_session=True),),
            auth=auth_config().auth,
        )

    async def test_every_call_needs_a_session_but_those_that_start_one(self, api: Any) -> None:
        missing = await api.cache.get("greeting")
        assert missing.errors.status == 401 and missing.errors.codes == ["missing_session_token"]
        assert (await api.auth.get_user_from_db()).errors.codes == ["missing_session_token"]
        # Starting a session, and the calls a signed-out user needs, need none.
        signed_up = await api.auth.sign_up_with_email(EMAIL, PASSWORD)
        assert signed_up.errors is None and signed_up.session is None
        assert (await api.auth.resend_verification_email(EMAIL)).errors is None
        no_user = await api.auth.send_magic_link_email("nobody@example.com")
        assert no_user.errors.codes == ["user_not_found"]
        signed_in = await api.auth.sign_up_with_email("grace@example.com", PASSWORD, VERIFIED)
        assert signed_in.errors is None
        assert (await api.cache.set("greeting", "hello")).errors is None
        assert (await api.cache.get("greeting")).data == {"value": "hello"}
        assert (await api.auth.sign_out()).errors is None
        assert (await api.cache.get("greeting")).errors.codes == ["missing_session_token"]
        await api.auth.set_session({"token": "not-a-session"})
        bogus = await api.cache.get("greeting")
        assert bogus.errors.status == 401 and bogus.errors.codes == ["invalid_session_token"]
        assert await api.auth.get_session() is None


def test_outbox_command_prints_links_and_codes(tmp_path: Path) -> None:
    app = create_app(auth_config(), data_dir=tmp_path)
    with TestClient(app, headers={"X-Client-Key": "k"}) as http:
        http.post("/_api/rest/v1/auth/signup-email", json={"email": EMAIL, "password": PASSWORD})
        http.post(
            "/_api/rest/v1/auth/signup-phone", json={"phone": "+15555550100", "password": "x" * 8}
        )
        messages = http.get("/_emulator/outbox").json()

    runner = CliRunner()
    printed = runner.invoke(cli, ["outbox", "--data", str(tmp_path)])
    assert printed.exit_code == 0, printed.output
    assert f"email to {EMAIL}  [email-confirm]" in printed.output
    assert f"link:    {messages[0]['link']}" in printed.output
    assert f"code:    {messages[1]['code']}" in printed.output

    as_json = runner.invoke(cli, ["outbox", "--data", str(tmp_path), "--json", "--kind", "sms"])
    assert json.loads(as_json.output) == messages[1:]
    missing = runner.invoke(cli, ["outbox", "--data", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and "no backend data" in missing.output


def test_outbox_command_reads_a_running_backend() -> None:
    app = create_app(auth_config())
    with LocalServer(app) as server:
        runner = CliRunner()
        empty = runner.invoke(cli, ["outbox", "--url", server.url])
        assert empty.exit_code == 0 and "The outbox is empty." in empty.output
        http = TestClient(app, headers={"X-Client-Key": "k"})
        http.post("/_api/rest/v1/auth/signup-email", json={"email": EMAIL, "password": PASSWORD})
        printed = runner.invoke(cli, ["outbox", "--url", server.url, "--to", EMAIL.upper()])
        assert printed.exit_code == 0 and "[email-confirm]" in printed.output


def test_quickstart_auth_section_runs(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).resolve().parent.parent / "examples" / "quickstart_auth.py"
    spec = importlib.util.spec_from_file_location("quickstart_auth", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with (
        LocalServer(create_app(auth_config())) as server,
        create_client(server.url, "quickstart") as client,
    ):
        module.run(client)
    printed = capsys.readouterr().out
    assert "redirected to the app with status=200 action=email-confirm" in printed
    assert "verified=True" in printed
    assert "get_user_from_db now fails with ['missing_session_token']" in printed


def test_outbox_command_with_declared_keys_needs_a_key_or_the_token() -> None:
    config = AppConfig(client_keys=(ClientKey(key="declared"),), auth=auth_config().auth)
    with LocalServer(create_app(config)) as server:
        runner = CliRunner()
        refused = runner.invoke(cli, ["outbox", "--url", server.url])
        assert refused.exit_code == 1 and "401" in refused.output
        with_key = runner.invoke(cli, ["outbox", "--url", server.url, "--client-key", "declared"])
        assert with_key.exit_code == 0 and "The outbox is empty." in with_key.output
        token = server.emulator_token
        with_token = runner.invoke(cli, ["outbox", "--url", server.url, "--token", token])
        assert with_token.exit_code == 0 and "The outbox is empty." in with_token.output
