"""The auth service's collaborators, below the HTTP layer: the failed-attempt throttle, the email
and phone channels, the race a sign-up can lose, and the properties other parts rely on
(passwords are hashed outside write transactions; ended sessions leave the session cache only
once their transaction has committed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from altogic_local.auth.channels import Channel, EmailChannel, PhoneChannel
from altogic_local.auth.passwords import Passwords
from altogic_local.auth.service import AuthService
from altogic_local.auth.sessions import SessionCache, digest
from altogic_local.auth.settings import AuthSettings
from altogic_local.clock import ManualClock
from altogic_local.engines.sql import SqliteEngine
from altogic_local.errors import ApiError, ErrorCode
from altogic_local.sessions import SignedIn

from .auth_helpers import FAST_HASHING

EMAIL = "Ada@Example.COM"
PHONE = "+15550100"
PASSWORD = "correct horse"


class Fixture:
    def __init__(self, **settings: Any) -> None:
        self.clock = ManualClock(1_700_000_000.0)
        self.sql = SqliteEngine(None)
        self.cache = CheckedCache(self.sql)
        auth = AuthSettings(
            password_hashing=FAST_HASHING,
            max_failed_attempts=3,
            failed_attempts_window=100,
            **settings,
        )
        self.service = AuthService(self.sql, auth, self.clock, self.cache)
        self.service.passwords = CheckedPasswords(self.sql, self.service.passwords)
        self.service.start()

    def signed_in(self, answer: dict[str, Any]) -> SignedIn:
        token = answer["session"]["token"]
        found = self.service.find_session(token, digest(token))
        assert found is not None
        return found.signed_in

    def last_code(self, to: str) -> str:
        code = self.service.outbox(to, "sms")[-1]["code"]
        assert isinstance(code, str)
        return code


def write_lock_held(sql: SqliteEngine) -> bool:
    return sql._write_lock.locked()


class CheckedPasswords(Passwords):
    """Fails the test when a password is hashed or checked inside a write transaction."""

    def __init__(self, sql: SqliteEngine, passwords: Passwords) -> None:
        self.__dict__.update(passwords.__dict__)
        self.sql = sql
        self.calls = 0

    def hash(self, password: str) -> str:
        assert not write_lock_held(self.sql), "a password was hashed inside a write transaction"
        self.calls += 1
        return super().hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        assert not write_lock_held(self.sql), "a password was checked inside a write transaction"
        self.calls += 1
        return super().verify(stored_hash, password)


class CheckedCache(SessionCache):
    """Fails the test when sessions are forgotten before their transaction has committed."""

    def __init__(self, sql: SqliteEngine) -> None:
        super().__init__()
        self.sql = sql
        self.forgets = 0

    def forget(self, keep: Any) -> None:
        assert not write_lock_held(self.sql), "sessions were forgotten inside a transaction"
        self.forgets += 1
        super().forget(keep)


@pytest.fixture
def auth() -> Iterator[Fixture]:
    fixture = Fixture(email_confirmation=False, phone_confirmation=True)
    yield fixture
    fixture.sql.close()


def refused(error: pytest.ExceptionInfo[ApiError]) -> tuple[int, list[str]]:
    return error.value.status, [item["code"] for item in error.value.items]


def test_passwords_are_hashed_outside_transactions_and_caches_forget_after_commit(
    auth: Fixture,
) -> None:
    service = auth.service
    by_email = auth.signed_in(service.sign_up_email(EMAIL, PASSWORD, "Ada", None, "http://x/"))
    service.sign_up_phone(PHONE, PASSWORD, None, None)
    by_phone = auth.signed_in(service.verify_phone(PHONE, auth.last_code(PHONE), None))
    with pytest.raises(ApiError):
        service.sign_in_email(EMAIL, "wrong password", None)
    service.sign_in_email(EMAIL, PASSWORD, None)
    service.sign_in_phone(PHONE, PASSWORD, None)
    with pytest.raises(ApiError):
        service.change_password(by_email, "new password", "wrong password")
    service.change_password(by_email, "new password", PASSWORD)
    service.change_email(by_email, "new password", "grace@example.com", "http://x/")
    service.change_phone(by_email, "new password", "+15550199")
    service.send_reset_code(PHONE)
    service.reset_password_with_code(PHONE, auth.last_code(PHONE), "another password")
    again = auth.signed_in(service.sign_in_phone(PHONE, "another password", None))
    service.sign_out_all(again, keep_current=True)
    service.sign_out(again, None)
    service.sign_out_all(by_email, keep_current=False)
    assert isinstance(service.passwords, CheckedPasswords) and service.passwords.calls >= 12
    assert auth.cache.forgets == 5  # change_password ends the other sessions too
    assert service.find_session(by_phone.token, digest(by_phone.token)) is None


@pytest.mark.parametrize(
    ("kind", "address", "code", "message"),
    [
        ("email", EMAIL, "email_not_unique", "A user with the provided email already exists."),
        (
            "phone",
            PHONE,
            "phone_not_unique",
            "A user with the provided phone number already exists.",
        ),
    ],
)
def test_a_sign_up_that_loses_a_race_answers_409_without_details(
    auth: Fixture, monkeypatch: pytest.MonkeyPatch, kind: str, address: str, code: str, message: str
) -> None:
    service = auth.service

    def sign_up() -> dict[str, Any]:
        if kind == "email":
            return service.sign_up_email(address, PASSWORD, None, None, "http://x/")
        return service.sign_up_phone(address, PASSWORD, None, None)

    sign_up()
    channel = service.email_channel if kind == "email" else service.phone_channel
    # The check before the insert misses the concurrent sign-up; the unique index does not.
    monkeypatch.setattr(channel, "find", lambda conn, address: None)
    with pytest.raises(ApiError) as error:
        sign_up()
    assert error.value.status == 409
    assert error.value.items == [{"origin": "client_error", "code": code, "message": message}]


def test_throttle_blocks_after_failures_until_the_window_has_passed(auth: Fixture) -> None:
    throttle = auth.service.throttle
    for _ in range(3):
        with throttle.attempt("email:ada@example.com") as attempt:
            attempt.failed()
        auth.clock.advance(10)
    ran = False
    with pytest.raises(ApiError) as error, throttle.attempt("email:ada@example.com"):
        ran = True
    assert not ran
    assert refused(error) == (429, ["rate_limit_exceeded"])
    assert error.value.items[0]["details"] == {"retryAfter": 70}
    assert error.value.headers == {"Retry-After": "70"}
    with throttle.attempt("email:bob@example.com"):  # other subjects are not blocked
        pass
    auth.clock.advance(71)  # the oldest failure has left the window
    with throttle.attempt("email:ada@example.com") as attempt:
        attempt.failed()


def test_throttle_success_forgets_failures_and_unsettled_attempts_count_nothing(
    auth: Fixture,
) -> None:
    throttle = auth.service.throttle
    for _ in range(2):
        with throttle.attempt("user:1") as attempt:
            attempt.failed()
    with throttle.attempt("user:1") as attempt, auth.sql.transaction() as conn:
        attempt.succeeded(conn)
    for _ in range(2):
        with throttle.attempt("user:1") as attempt:
            attempt.failed()
    for _ in range(5):
        with throttle.attempt("user:1"):
            pass  # neither failed nor succeeded (e.g. right password, unconfirmed address)
    with pytest.raises(ApiError), throttle.attempt("user:1"):
        raise ApiError(401, ErrorCode.invalid_credentials, "escaped")
    with throttle.attempt("user:1") as attempt:
        attempt.failed()
    with pytest.raises(ApiError) as error, throttle.attempt("user:1"):
        pass
    assert refused(error) == (429, ["rate_limit_exceeded"])


def test_the_channels_share_one_interface(auth: Fixture) -> None:
    email, phone = auth.service.email_channel, auth.service.phone_channel
    assert isinstance(email, EmailChannel) and isinstance(phone, PhoneChannel)
    declared = set(Channel.__annotations__)
    for channel in (email, phone):
        assert all(hasattr(channel, name) for name in declared)
        for name in declared:
            if name.endswith("_error"):
                code, message = getattr(channel, name)
                assert isinstance(code, ErrorCode) and message.endswith(".")
    assert email.normalize(EMAIL) == "Ada@example.com"
    assert email.subject(EMAIL) == "email:ada@example.com"
    assert email.columns("Ada@example.com", verified=True) == {
        "email": "Ada@example.com",
        "email_key": "ada@example.com",
        "email_verified": True,
    }
    assert phone.normalize(PHONE) == PHONE and phone.subject(PHONE) == f"phone:{PHONE}"
    assert phone.columns(PHONE, verified=False) == {"phone": PHONE, "phone_verified": False}
    assert email.taken("a@b.c").items[0]["details"] == {"value": "a@b.c", "param": "email"}
    assert phone.taken(PHONE).items[0]["details"] == {"value": PHONE, "param": "phone"}
    with pytest.raises(TypeError), auth.sql.transaction() as conn:  # links need the backend's URL
        email.send(conn, "nobody", EMAIL, "magic-link", None)
