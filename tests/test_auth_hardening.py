"""Issue 9, auth items: the failed-attempt limit holds under parallel attempts (3), emailed links
never take their host from the request (5), password hashing is bounded (8), and session hygiene
(10): a password change ends the other sessions, sessions expire, tokens are not stored.

The parallel tests run the attack for real: threads sending requests at once to the backend
served on a socket, each test asserting the limit it promises."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import pytest
import uvicorn
from altogic_local import cli as cli_module
from altogic_local.app import create_app
from altogic_local.auth import passwords as passwords_module
from altogic_local.auth.passwords import hashing_slots
from altogic_local.auth.service import AuthService
from altogic_local.auth.sessions import (
    CachedSessions,
    LiveSession,
    SessionCache,
    SessionLifetime,
    digest,
)
from altogic_local.auth.throttle import Attempt
from altogic_local.auth.tokens import KEY_FILE
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig, AuthSettings, PasswordHashing
from altogic_local.engines.sql import DATABASE_FILE, SqliteEngine
from altogic_local.runner import LocalServer
from altogic_local.sessions import SignedIn
from altogic_local.testing import TestBackend
from argon2 import PasswordHasher
from starlette.applications import Starlette
from typer.testing import CliRunner

from .auth_helpers import FAST_HASHING, auth_config

pytestmark = pytest.mark.anyio

API = "/_api/rest/v1/auth"
KEY = {"X-Client-Key": "k"}
EMAIL = "ada@example.com"
PHONE = "+15555550100"
PASSWORD = "correct horse"
LIMIT = 5  # the default maxFailedAttempts
# Slow enough (about 20 ms a hash) that the requests of a burst are all in flight together.
SLOW_HASHING = PasswordHashing(time_cost=3, memory_cost=8192, parallelism=1)


def status_codes(responses: list[httpx.Response]) -> Counter[tuple[int, str]]:
    """How many responses had each (status, first error code)."""
    return Counter(
        (r.status_code, r.json()["errors"][0]["code"] if r.status_code >= 400 else "")
        for r in responses
    )


def burst(
    url: str, requests: list[Callable[[httpx.Client], httpx.Response]]
) -> list[httpx.Response]:
    """Send the requests at once, each from its own thread and connection."""
    clients = [httpx.Client(base_url=url, headers=KEY, timeout=60) for _ in requests]
    start = threading.Barrier(len(requests))

    def send(index: int) -> httpx.Response:
        start.wait()
        return requests[index](clients[index])

    try:
        with ThreadPoolExecutor(len(requests)) as pool:
            return list(pool.map(send, range(len(requests))))
    finally:
        for client in clients:
            client.close()


def service_of(app: Starlette) -> AuthService:
    service: AuthService = app.state.modules["auth"].service
    return service


class CountingHasher(PasswordHasher):
    """argon2-cffi's hasher, counting the hashes it computes and how many run at once. Each
    takes at least `hold` seconds, so that hashes that may overlap do."""

    def __init__(self, hasher: PasswordHasher, hold: float = 0.0) -> None:
        super().__init__(
            time_cost=hasher.time_cost,
            memory_cost=hasher.memory_cost,
            parallelism=hasher.parallelism,
        )
        self.hold = hold
        self.calls = 0
        self.in_flight = 0
        self.peak = 0
        self._lock = threading.Lock()

    @contextmanager
    def _counted(self) -> Iterator[None]:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        try:
            time.sleep(self.hold)
            yield
        finally:
            with self._lock:
                self.in_flight -= 1

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        with self._counted():
            return super().hash(password, salt=salt)

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        with self._counted():
            return super().verify(hash, password)


def count_hashes(app: Starlette, hold: float = 0.0) -> CountingHasher:
    """Count the hashes the app's password hashing computes (through its real code path)."""
    passwords = service_of(app).passwords
    counting = CountingHasher(passwords._hasher, hold)
    passwords._hasher = counting
    return counting


# ---------------------------------------------------------------- item 3: parallel attempts
def test_parallel_wrong_passwords_get_at_most_the_limit_checked() -> None:
    app = create_app(AppConfig(auth=AuthSettings(password_hashing=SLOW_HASHING)))
    with LocalServer(app) as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        signed_up = http.post(
            f"{API}/signup-email",
            json={"email": EMAIL, "password": PASSWORD, "nameOrUserData": {"emailVerified": True}},
        )
        assert signed_up.status_code == 200
        hashes = count_hashes(app)

        def guess(client: httpx.Client) -> httpx.Response:
            return client.post(
                f"{API}/signin-email", json={"email": EMAIL, "password": "wrong password"}
            )

        answers = burst(server.url, [guess] * 30)
        assert status_codes(answers) == {
            (401, "invalid_sign_in_credentials"): LIMIT,
            (429, "rate_limit_exceeded"): 30 - LIMIT,
        }
        assert hashes.calls == LIMIT  # the refused attempts computed no hash
        # The account stays blocked, even for the right password.
        refused = http.post(f"{API}/signin-email", json={"email": EMAIL, "password": PASSWORD})
        assert refused.status_code == 429


def test_parallel_guesses_at_an_unknown_address_get_at_most_the_limit_checked() -> None:
    app = create_app(AppConfig(auth=AuthSettings(password_hashing=SLOW_HASHING)))
    with LocalServer(app) as server:

        def guess(client: httpx.Client) -> httpx.Response:
            body = {"email": "nobody@example.com", "password": "a guess"}
            return client.post(f"{API}/signin-email", json=body)

        answers = burst(server.url, [guess] * 40)
    assert status_codes(answers) == {
        (401, "invalid_sign_in_credentials"): LIMIT,
        (429, "rate_limit_exceeded"): 40 - LIMIT,
    }


def slow_checks(app: Starlette, monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make every check of a password or code take `seconds` more (as on a loaded backend):
    the time between starting an attempt and settling it, which parallel attempts race in."""
    throttle = service_of(app).throttle
    attempt = throttle.attempt

    @contextmanager
    def slowed(subject: str) -> Iterator[Attempt]:
        with attempt(subject) as started:
            time.sleep(seconds)
            yield started

    monkeypatch.setattr(throttle, "attempt", slowed)


def test_parallel_wrong_sms_codes_get_at_most_the_limit_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = create_app(auth_config())
    slow_checks(app, monkeypatch, 0.02)  # checking a code costs no hash: give the race room
    with LocalServer(app) as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        signed_up = http.post(
            f"{API}/signup-phone",
            json={"phone": PHONE, "password": PASSWORD, "nameOrUserData": {"phoneVerified": True}},
        )
        assert signed_up.status_code == 200
        assert http.post(f"{API}/send-code", params={"phone": PHONE}).status_code == 200
        code = http.get("/_emulator/outbox", params={"to": PHONE}).json()[-1]["code"]
        wrong = [f"{(int(code) + n) % 900_000 + 100_000}" for n in range(1, 31)]

        def guesser(guess: str) -> Callable[[httpx.Client], httpx.Response]:
            return lambda client: client.post(
                f"{API}/signin-code", params={"phone": PHONE, "code": guess}
            )

        answers = burst(server.url, [guesser(guess) for guess in wrong])
        assert status_codes(answers) == {
            (403, "invalid_access_token"): LIMIT,
            (429, "rate_limit_exceeded"): 30 - LIMIT,
        }
        # The number is blocked: even the right code is refused now.
        right = http.post(f"{API}/signin-code", params={"phone": PHONE, "code": code})
        assert right.status_code == 429


# ---------------------------------------------------------------- item 5: links' host
def _mailed_links(http: httpx.Client, headers: dict[str, str]) -> list[str]:
    """Sign up (a confirmation link, then followed), ask for a password reset and for a magic
    link, each request with `headers`; answer the links the outbox holds."""
    signed_up = http.post(
        f"{API}/signup-email", json={"email": EMAIL, "password": PASSWORD}, headers=headers
    )
    assert signed_up.status_code == 200
    confirm = urlsplit(http.get("/_emulator/outbox").json()[-1]["link"])
    path = "/_auth/" + confirm.path.split("/_auth/", 1)[1]  # (publicUrl may add a prefix)
    followed = http.get(f"{path}?{confirm.query}", follow_redirects=False)
    assert followed.status_code == 303 and "status=200" in followed.headers["location"]
    for path in ("send-reset", "send-magic"):
        sent = http.post(f"{API}/{path}", params={"email": EMAIL}, headers=headers)
        assert sent.status_code == 200, sent.text
    links = [message["link"] for message in http.get("/_emulator/outbox").json()]
    assert len(links) == 3
    return links


def test_emailed_links_point_at_the_bound_address_not_the_host_header() -> None:
    with LocalServer(create_app(auth_config())) as server:
        with httpx.Client(base_url=server.url, headers=KEY) as http:
            links = _mailed_links(http, {"Host": "evil.example"})
        assert all(link.startswith(f"{server.url}/_auth/email-link?") for link in links), links


def test_emailed_links_point_at_the_public_url() -> None:
    config = AppConfig(public_url="https://auth.example.com/base/", auth=auth_config().auth)
    with (
        LocalServer(create_app(config)) as server,
        httpx.Client(base_url=server.url, headers=KEY) as http,
    ):
        links = _mailed_links(http, {"Host": "evil.example"})
    prefix = "https://auth.example.com/base/_auth/email-link?"
    assert all(link.startswith(prefix) for link in links), links


def test_in_process_links_use_the_transports_address_not_the_host_header() -> None:
    from starlette.testclient import TestClient

    with TestClient(create_app(auth_config()), headers=KEY) as http:
        answer = http.post(
            f"{API}/signup-email",
            json={"email": EMAIL, "password": PASSWORD},
            headers={"Host": "evil.example"},
        )
        assert answer.status_code == 200
        link = http.get("/_emulator/outbox").json()[-1]["link"]
    assert link.startswith("http://testserver/_auth/email-link?"), link


def test_serve_passes_the_bound_address(monkeypatch: pytest.MonkeyPatch) -> None:
    served: dict[str, Any] = {}

    def run(server: uvicorn.Server, sockets: list[Any] | None = None) -> None:
        served.update(app=server.config.app)
        for sock in sockets or ():
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    result = CliRunner().invoke(cli_module.cli, ["serve", "--memory", "--port", "0"])
    assert result.exit_code == 0, result.output
    backend = served["app"].state.backend
    scope = {"type": "http", "scheme": "http", "server": ("10.0.0.1", 9), "headers": []}
    port = int(result.output.split("listening on http://127.0.0.1:")[1].split()[0])
    assert port > 0 and backend.public_url(scope) == f"http://127.0.0.1:{port}"


# ---------------------------------------------------------------- item 8: bounded hashing
def test_hashing_slots_follow_cores_and_memory() -> None:
    mib = 1024 * 1024
    assert hashing_slots(cpus=2, available_memory=24 * 1024 * mib, memory_cost_kib=65536) == 2
    assert hashing_slots(cpus=8, available_memory=1024 * mib, memory_cost_kib=65536) == 4
    assert hashing_slots(cpus=16, available_memory=None, memory_cost_kib=65536) == 16
    assert hashing_slots(cpus=4, available_memory=10 * mib, memory_cost_kib=65536) == 1


def test_concurrent_hashes_are_bounded_and_the_rest_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords_module, "usable_cpus", lambda: 2, raising=False)
    app = create_app(auth_config())
    with LocalServer(app) as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        for n in range(10):
            body = {"email": f"user{n}@example.com", "password": PASSWORD}
            body["nameOrUserData"] = {"emailVerified": True}  # type: ignore[assignment]
            assert http.post(f"{API}/signup-email", json=body).status_code == 200
        hashes = count_hashes(app, hold=0.03)

        def guesser(email: str) -> Callable[[httpx.Client], httpx.Response]:
            body = {"email": email, "password": "wrong password"}
            return lambda client: client.post(f"{API}/signin-email", json=body)

        # 40 failed sign-ins to 40 addresses (20 accounts, 20 unknown): none is rate-limited,
        # so each computes a hash; they queue for the two slots instead of running together.
        emails = [f"user{n % 10}@example.com" for n in range(20)]
        emails += [f"nobody{n}@example.com" for n in range(20)]
        answers = burst(server.url, [guesser(email) for email in emails])
    assert status_codes(answers) == {(401, "invalid_sign_in_credentials"): 40}
    assert hashes.calls >= 40
    assert hashes.peak == 2, f"{hashes.peak} hashes ran at once"


# ---------------------------------------------------------------- item 10: sessions
@pytest.fixture
def altogic_config() -> AppConfig:
    return auth_config()


async def test_change_password_ends_the_other_sessions(api: Any) -> None:
    signed_up = await api.auth.sign_up_with_email(EMAIL, PASSWORD, {"emailVerified": True})
    other = signed_up.session
    current = (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).session
    assert (await api.auth.change_password("a brand new password", PASSWORD)).errors is None
    # The calling session stays, and is the only one left.
    assert (await api.auth.get_user_from_db()).errors is None
    listed = (await api.auth.get_all_sessions()).sessions
    assert [session["token"] for session in listed] == [current["token"]]
    await api.auth.set_session(other)
    ended = await api.auth.get_user_from_db()
    assert ended.errors.status == 401 and ended.errors.codes == ["invalid_session_token"]


class TestSessionLifetime:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return auth_config(session_lifetime=3600)

    async def test_sessions_expire_after_the_lifetime_without_use(
        self, api: Any, altogic_clock: ManualClock
    ) -> None:
        signed_up = await api.auth.sign_up_with_email(EMAIL, PASSWORD, {"emailVerified": True})
        idle = signed_up.session
        used = (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).session
        # Sliding: each use within the lifetime keeps the session alive past its first expiry.
        for _ in range(3):
            altogic_clock.advance(3000)
            assert (await api.auth.get_user_from_db()).errors is None
        listed = (await api.auth.get_all_sessions()).sessions
        assert [session["token"] for session in listed] == [used["token"]]  # idle: expired
        await api.auth.set_session(idle)
        expired = await api.auth.get_user_from_db()
        assert expired.errors.status == 401 and expired.errors.codes == ["invalid_session_token"]
        await api.auth.set_session(used)
        altogic_clock.advance(3601)  # a lifetime without use
        expired = await api.auth.get_user_from_db()
        assert expired.errors.status == 401 and expired.errors.codes == ["invalid_session_token"]

    @pytest.mark.altogic_socket(False)
    def test_using_a_session_writes_its_expiry_at_most_once_per_interval(
        self, altogic_backend: TestBackend, altogic_clock: ManualClock
    ) -> None:
        from sqlalchemy import event

        writes: list[str] = []

        def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.startswith("UPDATE auth_sessions"):
                writes.append(statement)

        engine = altogic_backend.app.state.backend.sql.engine
        with altogic_backend.http(headers=KEY) as http:
            body = {"email": EMAIL, "password": PASSWORD, "nameOrUserData": {"emailVerified": True}}
            token = http.post(f"{API}/signup-email", json=body).json()["session"]["token"]
            event.listen(engine, "before_cursor_execute", record)
            try:
                session = {"Session": token}
                renew_every = 360  # a tenth of the 1-hour lifetime
                for _ in range(10):
                    altogic_clock.advance(renew_every / 10 - 1)
                    assert http.get(f"{API}/user", headers=session).status_code == 200
                assert writes == []
                altogic_clock.advance(20)
                for _ in range(10):
                    assert http.get(f"{API}/user", headers=session).status_code == 200
                assert len(writes) == 1
            finally:  # the backend outlives the test
                event.remove(engine, "before_cursor_execute", record)


def test_the_cache_never_answers_an_expired_session() -> None:
    cache = SessionCache()
    live = LiveSession(SignedIn("s1", "u1", "token"), expires_at=100.0)
    cache.put("digest", live, cache.epoch)
    assert cache.get("digest", now=99.0) == live
    assert cache.get("digest", now=100.0) is None
    assert cache.get("digest", now=50.0) is None  # dropped, not kept for later


async def test_a_burst_of_requests_renews_a_session_once() -> None:
    clock = ManualClock(1_000.0)
    lifetime = SessionLifetime(3600)
    renewals: list[str] = []

    def renew(session_id: str) -> float:
        renewals.append(session_id)
        time.sleep(0.01)
        return lifetime.expiry(clock.now())

    live = LiveSession(SignedIn("s1", "u1", "token"), expires_at=lifetime.expiry(clock.now()))
    cache = SessionCache()
    cache.put(digest("token"), live, cache.epoch)
    sessions = CachedSessions(cache, lambda token, digest: None, renew, clock, lifetime)
    clock.advance(lifetime.renew_every)
    resolved = await asyncio.gather(*(sessions.resolve("token") for _ in range(20)))
    assert resolved == [live.signed_in] * 20
    assert renewals == ["s1"]
    assert cache.get(digest("token"), clock.now()) == LiveSession(
        live.signed_in, lifetime.expiry(clock.now())
    )


def _stored_sessions(data_dir: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(data_dir / DATABASE_FILE) as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("SELECT * FROM auth_sessions")]


def test_session_tokens_are_not_stored(tmp_path: Path) -> None:
    def served() -> LocalServer:
        return LocalServer(create_app(auth_config(), data_dir=tmp_path))

    with served() as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        body = {"email": EMAIL, "password": PASSWORD, "nameOrUserData": {"emailVerified": True}}
        token = http.post(f"{API}/signup-email", json=body).json()["session"]["token"]
        listed = http.get(f"{API}/sessions", headers={"Session": token}).json()
        assert [session["token"] for session in listed] == [token]
    (row,) = _stored_sessions(tmp_path)
    assert token not in {str(value) for value in row.values()}
    assert row["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    for stored in tmp_path.glob(f"{DATABASE_FILE}*"):  # the database, and its WAL if any
        assert token.encode() not in stored.read_bytes()
    key_file = tmp_path / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    # The key stays with the data: after a restart the token still works and is listed.
    with served() as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        listed = http.get(f"{API}/sessions", headers={"Session": token}).json()
        assert [session["token"] for session in listed] == [token]
    # A new key cannot list the old sessions: they end.
    key_file.unlink()
    with served() as server, httpx.Client(base_url=server.url, headers=KEY) as http:
        ended = http.get(f"{API}/sessions", headers={"Session": token})
        assert ended.status_code == 401
    assert _stored_sessions(tmp_path) == []


def test_a_sessions_table_of_an_earlier_layout_is_replaced(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DATABASE_FILE) as db:
        db.execute("CREATE TABLE auth_sessions (seq INTEGER PRIMARY KEY, id TEXT, token TEXT)")
        db.execute("INSERT INTO auth_sessions (id, token) VALUES ('s', 'raw token')")
    sql = SqliteEngine(tmp_path)
    try:
        service = AuthService(
            sql, AuthSettings(password_hashing=FAST_HASHING), ManualClock(1e9), data_dir=tmp_path
        )
        service.start()
        answer = service.sign_up_email(EMAIL, PASSWORD, {"emailVerified": True}, None, "http://x")
        assert answer["session"] is not None
    finally:
        sql.close()
    (row,) = _stored_sessions(tmp_path)
    assert "token" not in row and "raw token" not in row.values()
