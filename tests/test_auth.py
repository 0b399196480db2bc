"""The auth module end to end: both clients, in-process and over a socket, against the real local
backend, finishing every emailed or SMS flow through the outbox and the redirect URLs."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from altogic import APIError, AuthResult, SessionsResult, UserResult, VoidResult
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig
from altogic_local.testing import TestBackend

from .auth_helpers import REDIRECT_URL, Browser, auth_config, browser_for

pytestmark = pytest.mark.anyio

EMAIL = "ada@example.com"
PASSWORD = "correct horse"
PHONE = "+15555550100"


def codes(errors: APIError | None) -> list[str]:
    assert errors is not None
    return errors.codes


@pytest.fixture
def altogic_config() -> AppConfig:
    return auth_config()


@pytest.fixture
def browser(altogic_backend: TestBackend) -> Iterator[Browser]:
    with browser_for(altogic_backend) as browser:
        yield browser


async def confirmed_user(api: Any, browser: Browser, email: str = EMAIL) -> dict[str, Any]:
    """Sign up `email` and confirm it through the emailed link; the client then holds a session."""
    await api.auth.sign_up_with_email(email, PASSWORD, "Ada")
    redirect = browser.visit(browser.link(email, "email-confirm"))
    result = await api.auth.get_auth_grant(redirect.params["access_token"])
    assert result.errors is None
    user: dict[str, Any] = result.user
    return user


# ------------------------------------------------------------------ email sign-up and confirmation
async def test_email_sign_up_is_confirmed_through_the_emailed_link(
    api: Any, browser: Browser
) -> None:
    result = await api.auth.sign_up_with_email(EMAIL, PASSWORD, "Ada Lovelace")
    assert isinstance(result, AuthResult)
    assert result.errors is None and result.session is None
    user: Any = result.user
    assert set(user) == {
        "_id", "provider", "providerUserId", "email", "name", "emailVerified",
        "signUpAt", "lastLoginAt",
    }  # fmt: skip
    assert user["provider"] == "altogic" and user["providerUserId"] == user["_id"]
    assert user["email"] == EMAIL and user["name"] == "Ada Lovelace"
    assert user["emailVerified"] is False
    assert user["lastLoginAt"] == user["signUpAt"]
    assert result.to_dict() == {"user": user, "session": None, "errors": None}
    assert await api.auth.get_session() is None  # nothing to keep yet

    refused = await api.auth.sign_in_with_email(EMAIL, PASSWORD)
    assert refused.errors.status == 401 and codes(refused.errors) == ["email_not_verified"]

    message = browser.last(EMAIL, "email-confirm")
    assert message["kind"] == "email" and message["to"] == EMAIL
    assert message["link"] in message["text"]
    redirect = browser.visit(message["link"])
    assert redirect.target == REDIRECT_URL
    assert list(redirect.params) == ["status", "access_token", "action"]
    assert redirect.params["status"] == "200" and redirect.params["action"] == "email-confirm"

    granted = await api.auth.get_auth_grant(redirect.params["access_token"])
    assert granted.errors is None
    assert granted.user["_id"] == user["_id"] and granted.user["emailVerified"] is True
    session = granted.session
    assert session["userId"] == user["_id"] and session["accessGroupKeys"] == []
    assert len(session["token"]) >= 32 and session["creationDtm"].endswith("Z")
    assert await api.auth.get_session() == session
    assert await api.auth.get_user() == granted.user
    assert (await api.auth.get_user_from_db()).user == granted.user

    again = await api.auth.get_auth_grant(redirect.params["access_token"])
    assert again.errors.status == 403 and codes(again.errors) == ["invalid_access_token"]
    assert await api.auth.get_session() == session  # a failed grant keeps the held session
    assert browser.visit(message["link"]).params == {
        "status": "400",
        "action": "email-confirm",
        "error": "Invalid or expired access token",
    }
    signed_in = await api.auth.sign_in_with_email(EMAIL.upper(), PASSWORD)
    assert signed_in.errors is None and signed_in.user["_id"] == user["_id"]


async def test_user_data_sets_fields_and_can_skip_confirmation(api: Any, browser: Browser) -> None:
    data = {
        "name": "Grace",
        "profilePicture": "https://example.com/grace.png",
        "emailVerified": True,
        "phoneVerified": True,  # ignored for an email sign-up
        "team": {"name": "navy", "rank": 3},
        "tags": ["cobol", None],
        "password": "not stored",
        "_id": "000000000000000000000000",
        "provider": "google",
        "signUpAt": "1999-01-01T00:00:00.000Z",
    }
    result = await api.auth.sign_up_with_email("Grace@Example.COM", PASSWORD, data)
    assert result.errors is None and result.session is not None
    user = result.user
    assert user["email"] == "Grace@example.com"  # the domain is lower-cased
    assert user["emailVerified"] is True and "phoneVerified" not in user
    assert user["name"] == "Grace" and user["profilePicture"] == data["profilePicture"]
    assert user["team"] == {"name": "navy", "rank": 3} and user["tags"] == ["cobol", None]
    assert user["provider"] == "altogic" and user["_id"] != data["_id"]
    assert user["signUpAt"] != data["signUpAt"] and "password" not in user
    assert browser.outbox() == []  # no confirmation needed, none sent
    assert (await api.auth.get_user_from_db()).user == user
    assert (await api.auth.get_session())["token"] == result.session["token"]


async def test_bad_sign_up_inputs_get_one_error_per_field(api: Any) -> None:
    result = await api.auth.sign_up_with_email("not-an-email", "short")
    assert result.errors.status == 400
    assert sorted((i.code, i.details["field"]) for i in result.errors.items) == [
        ("validation_error", "email"),
        ("validation_error", "password"),
    ]
    assert result.to_dict()["user"] is None and result.to_dict()["session"] is None
    bad_phone = await api.auth.sign_up_with_phone("555-0100", PASSWORD)
    assert [(i.code, i.details["field"]) for i in bad_phone.errors.items] == [
        ("validation_error", "phone")
    ]
    too_long = await api.auth.sign_up_with_email(EMAIL, PASSWORD, "x" * 257)
    assert codes(too_long.errors) == ["validation_error"]


async def test_duplicate_accounts_are_refused(api: Any) -> None:
    assert (await api.auth.sign_up_with_email(EMAIL, PASSWORD)).errors is None
    duplicate = await api.auth.sign_up_with_email("ADA@example.com", "another password")
    assert duplicate.errors.status == 409 and codes(duplicate.errors) == ["email_not_unique"]
    assert duplicate.errors.items[0].message == "A user with the provided email already exists."
    assert (await api.auth.sign_up_with_phone(PHONE, PASSWORD)).errors is None
    again = await api.auth.sign_up_with_phone(PHONE, PASSWORD)
    assert again.errors.status == 409 and codes(again.errors) == ["phone_not_unique"]


class TestWithoutConfirmation:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return auth_config(email_confirmation=False, phone_confirmation=False)

    async def test_sign_up_signs_in_at_once(self, api: Any, browser: Browser) -> None:
        result = await api.auth.sign_up_with_email(EMAIL, PASSWORD, {"name": "Ada"})
        assert result.errors is None and result.session is not None
        assert result.user["emailVerified"] is False
        phone = await api.auth.sign_up_with_phone(PHONE, PASSWORD)
        assert phone.errors is None and phone.session is not None
        assert phone.user["phoneVerified"] is False
        assert (await api.auth.get_session())["token"] == phone.session["token"]
        assert browser.outbox() == []
        assert (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).errors is None
        assert (await api.auth.sign_in_with_phone(PHONE, PASSWORD)).errors is None

    async def test_links_need_confirmation_on(self, api: Any) -> None:
        await api.auth.sign_up_with_email(EMAIL, PASSWORD)
        for send in (
            api.auth.resend_verification_email,
            api.auth.send_magic_link_email,
            api.auth.send_reset_pwd_email,
        ):
            result = await send(EMAIL)
            assert result.errors.status == 401
            assert codes(result.errors) == ["email_verification_disabled"]
        await api.auth.sign_up_with_phone(PHONE, PASSWORD)
        for send in (api.auth.resend_verification_code, api.auth.send_reset_pwd_code):
            result = await send(PHONE)
            assert codes(result.errors) == ["phone_verification_disabled"]

    async def test_email_and_phone_change_at_once(self, api: Any, browser: Browser) -> None:
        await api.auth.sign_up_with_email(EMAIL, PASSWORD)
        changed = await api.auth.change_email(PASSWORD, "new@example.com")
        assert isinstance(changed, UserResult)
        assert changed.user is not None and changed.user["email"] == "new@example.com"
        assert changed.to_dict() == {"user": changed.user, "errors": None}
        with_phone = await api.auth.change_phone(PASSWORD, PHONE)
        assert with_phone.user["phone"] == PHONE and with_phone.user["phoneVerified"] is False
        assert browser.outbox() == []
        assert (await api.auth.sign_in_with_email("new@example.com", PASSWORD)).errors is None
        old = await api.auth.sign_in_with_email(EMAIL, PASSWORD)
        assert codes(old.errors) == ["invalid_sign_in_credentials"]


# ------------------------------------------------------------------ sign-in
async def test_sign_in_never_tells_unknown_accounts_from_wrong_passwords(
    api: Any, browser: Browser
) -> None:
    await confirmed_user(api, browser)
    wrong = await api.auth.sign_in_with_email(EMAIL, "wrong password")
    unknown = await api.auth.sign_in_with_email("nobody@example.com", PASSWORD)
    assert wrong.errors == unknown.errors
    assert wrong.errors.status == 401 and codes(wrong.errors) == ["invalid_sign_in_credentials"]
    await api.auth.sign_up_with_phone(PHONE, PASSWORD)
    wrong_phone = await api.auth.sign_in_with_phone(PHONE, "wrong password")
    unknown_phone = await api.auth.sign_in_with_phone("+15555550199", PASSWORD)
    assert wrong_phone.errors == unknown_phone.errors == wrong.errors


async def test_sign_in_creates_a_session_recording_the_user_agent(
    api: Any, browser: Browser, altogic_backend: TestBackend
) -> None:
    user = await confirmed_user(api, browser)
    result = await api.auth.sign_in_with_email(EMAIL, PASSWORD)
    assert result.errors is None
    assert result.user["lastLoginAt"] >= user["lastLoginAt"]
    # The Python client sends `altogic-python/<version>`, which no browser family matches.
    assert result.session["userAgent"] == {
        "family": "Other", "major": "0", "minor": "0", "patch": "0",
        "device": {"family": "Other", "major": "0", "minor": "0", "patch": "0"},
        "os": {"family": "Other", "major": "0", "minor": "0", "patch": "0"},
    }  # fmt: skip
    chrome = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/99.0.4844.51 Safari/537.36"
    )
    answer = browser.http.post(
        "/_api/rest/v1/auth/signin-email",
        json={"email": EMAIL, "password": PASSWORD},
        headers={"X-Client-Key": "k", "User-Agent": chrome},
    )
    agent = answer.json()["session"]["userAgent"]
    assert (agent["family"], agent["major"], agent["minor"], agent["patch"]) == (
        "Chrome", "99", "0", "4844",
    )  # fmt: skip
    assert agent["os"] == {"family": "Windows", "major": "10", "minor": "0", "patch": "0"}
    assert agent["device"]["family"] == "Other"


async def test_failed_sign_ins_are_rate_limited_per_account(
    api: Any, browser: Browser, altogic_clock: ManualClock
) -> None:
    await confirmed_user(api, browser)
    for _ in range(5):
        failed = await api.auth.sign_in_with_email(EMAIL, "wrong password")
        assert codes(failed.errors) == ["invalid_sign_in_credentials"]
    limited = await api.auth.sign_in_with_email(EMAIL, PASSWORD)  # even the right password
    assert limited.errors.status == 429 and codes(limited.errors) == ["rate_limit_exceeded"]
    assert limited.errors.items[0].details == {"retryAfter": 900}
    raw = browser.http.post(
        "/_api/rest/v1/auth/signin-email",
        json={"email": EMAIL, "password": PASSWORD},
        headers={"X-Client-Key": "k"},
    )
    assert raw.status_code == 429 and raw.headers["retry-after"] == "900"
    # Unknown accounts are limited alike, so the limit reveals nothing either.
    for _ in range(5):
        await api.auth.sign_in_with_email("nobody@example.com", PASSWORD)
    nobody = await api.auth.sign_in_with_email("nobody@example.com", PASSWORD)
    assert codes(nobody.errors) == ["rate_limit_exceeded"]
    # Another account is not affected.
    await api.auth.sign_up_with_email("other@example.com", PASSWORD, {"emailVerified": True})
    assert (await api.auth.sign_in_with_email("other@example.com", PASSWORD)).errors is None

    altogic_clock.advance(900)
    assert (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).errors is None
    # A success clears the count: four more failures do not block.
    for _ in range(4):
        await api.auth.sign_in_with_email(EMAIL, "wrong password")
    assert (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).errors is None


# ------------------------------------------------------------------ sessions
async def test_sessions_are_listed_and_signed_out(api: Any, browser: Browser) -> None:
    await confirmed_user(api, browser)
    second = (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).session
    third = (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).session
    listed = await api.auth.get_all_sessions()
    assert isinstance(listed, SessionsResult) and listed.errors is None
    tokens = [session["token"] for session in listed.sessions or ()]
    assert len(tokens) == 3 and tokens[1:] == [second["token"], third["token"]]
    assert listed.to_dict() == {"sessions": listed.sessions, "errors": None}

    # Signing out another session of the user keeps the held one.
    assert (await api.auth.sign_out(second["token"])).errors is None
    assert (await api.auth.get_session())["token"] == third["token"]
    tokens = [s["token"] for s in (await api.auth.get_all_sessions()).sessions]
    assert second["token"] not in tokens and len(tokens) == 2
    # A token that is not an active session: nothing happens.
    assert (await api.auth.sign_out("no-such-session-token")).errors is None

    assert (await api.auth.sign_out_all_except_current()).to_dict() == {"errors": None}
    assert [s["token"] for s in (await api.auth.get_all_sessions()).sessions] == [third["token"]]

    signed_out = await api.auth.sign_out()
    assert isinstance(signed_out, VoidResult) and signed_out.errors is None
    assert await api.auth.get_session() is None and await api.auth.get_user() is None
    missing = await api.auth.get_user_from_db()
    assert missing.errors.status == 401 and codes(missing.errors) == ["missing_session_token"]

    # The ended token is refused, and the refusal makes the client drop it.
    await api.auth.set_session(third)
    refused = await api.auth.get_all_sessions()
    assert refused.errors.status == 401 and codes(refused.errors) == ["invalid_session_token"]
    assert await api.auth.get_session() is None


async def test_sign_out_all_ends_every_session(api: Any, browser: Browser) -> None:
    await confirmed_user(api, browser)
    other = (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).session
    assert (await api.auth.sign_out_all()).errors is None
    assert await api.auth.get_session() is None
    await api.auth.set_session(other)
    assert codes((await api.auth.get_user_from_db()).errors) == ["invalid_session_token"]


async def test_a_session_of_another_user_cannot_be_signed_out(api: Any, browser: Browser) -> None:
    await confirmed_user(api, browser, "grace@example.com")
    grace = await api.auth.get_session()
    await confirmed_user(api, browser)
    refused = await api.auth.sign_out(grace["token"])
    assert refused.errors.status == 403 and codes(refused.errors) == ["permission_denied"]
    assert (await api.auth.get_user_from_db()).user["email"] == EMAIL  # still signed in


async def test_local_session_state(api: Any, browser: Browser) -> None:
    user = await confirmed_user(api, browser)
    session = await api.auth.get_session()
    await api.auth.clear_local_data()
    assert await api.auth.get_session() is None and await api.auth.get_user() is None
    # The session is still sent, as in the JavaScript client.
    assert (await api.auth.get_user_from_db()).user["_id"] == user["_id"]
    await api.auth.set_user({**user, "name": "Local"})
    assert (await api.auth.get_user())["name"] == "Local"
    await api.auth.invalidate_session()
    assert codes((await api.auth.get_user_from_db()).errors) == ["missing_session_token"]
    await api.auth.set_session(session)
    assert (await api.auth.get_user_from_db()).errors is None


async def test_get_auth_grant_without_token_is_refused(api: Any) -> None:
    result = await api.auth.get_auth_grant()
    assert result.errors.status == 400 and codes(result.errors) == ["validation_error"]
    unknown = await api.auth.get_auth_grant("made-up-token")
    assert unknown.errors.status == 403 and codes(unknown.errors) == ["invalid_access_token"]


# ------------------------------------------------------------------ emailed links
async def test_resending_the_confirmation_replaces_the_link(api: Any, browser: Browser) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    first = browser.link(EMAIL, "email-confirm")
    assert (await api.auth.resend_verification_email(EMAIL)).errors is None
    second = browser.link(EMAIL, "email-confirm")
    assert first != second
    assert browser.visit(first).params["status"] == "400"
    assert browser.visit(second).params["status"] == "200"
    verified = await api.auth.resend_verification_email(EMAIL)
    assert verified.errors.status == 401 and codes(verified.errors) == ["email_already_verified"]
    unknown = await api.auth.resend_verification_email("nobody@example.com")
    assert unknown.errors.status == 404 and codes(unknown.errors) == ["user_not_found"]


async def test_magic_link_signs_in(api: Any, browser: Browser) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    unverified = await api.auth.send_magic_link_email(EMAIL)
    assert codes(unverified.errors) == ["email_not_verified"]
    user = await confirmed_user_without_signing_up(api, browser)
    await api.auth.sign_out()
    assert (await api.auth.send_magic_link_email(EMAIL)).errors is None
    message = browser.last(EMAIL, "magic-link")
    assert message["subject"] == "Your sign-in link"
    redirect = browser.visit(message["link"])
    assert redirect.params["action"] == "magic-link" and redirect.params["status"] == "200"
    granted = await api.auth.get_auth_grant(redirect.params["access_token"])
    assert granted.errors is None and granted.user["_id"] == user["_id"]
    assert (await api.auth.get_user_from_db()).user["_id"] == user["_id"]
    unknown = await api.auth.send_magic_link_email("nobody@example.com")
    assert codes(unknown.errors) == ["user_not_found"]


async def confirmed_user_without_signing_up(api: Any, browser: Browser) -> dict[str, Any]:
    redirect = browser.visit(browser.link(EMAIL, "email-confirm"))
    user: dict[str, Any] = (await api.auth.get_auth_grant(redirect.params["access_token"])).user
    return user


async def test_password_reset_by_email(api: Any, browser: Browser) -> None:
    await confirmed_user(api, browser)
    assert (await api.auth.send_reset_pwd_email(EMAIL)).errors is None
    redirect = browser.visit(browser.link(EMAIL, "reset-pwd"))
    assert redirect.params["action"] == "reset-pwd" and redirect.params["status"] == "200"
    token = redirect.params["access_token"]

    wrong_use = await api.auth.get_auth_grant(token)
    assert wrong_use.errors.status == 401 and codes(wrong_use.errors) == ["invalid_token_type"]
    short = await api.auth.reset_pwd_with_token(token, "short")
    assert codes(short.errors) == ["validation_error"]
    assert short.errors.items[0].details == {"field": "newPassword", "location": "body"}

    assert (await api.auth.reset_pwd_with_token(token, "a brand new password")).errors is None
    # A reset ends every session, the held one included.
    assert codes((await api.auth.get_user_from_db()).errors) == ["invalid_session_token"]
    old = await api.auth.sign_in_with_email(EMAIL, PASSWORD)
    assert codes(old.errors) == ["invalid_sign_in_credentials"]
    assert (await api.auth.sign_in_with_email(EMAIL, "a brand new password")).errors is None
    reused = await api.auth.reset_pwd_with_token(token, "yet another password")
    assert reused.errors.status == 403 and codes(reused.errors) == ["invalid_access_token"]

    # A grant token is not a reset token, and is not used up by trying.
    await api.auth.send_magic_link_email(EMAIL)
    magic = browser.visit(browser.link(EMAIL, "magic-link")).params["access_token"]
    mismatch = await api.auth.reset_pwd_with_token(magic, "yet another password")
    assert codes(mismatch.errors) == ["invalid_token_type"]
    assert (await api.auth.get_auth_grant(magic)).errors is None


async def test_links_and_tokens_expire_after_an_hour(
    api: Any, browser: Browser, altogic_clock: ManualClock
) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    stale_link = browser.link(EMAIL, "email-confirm")
    altogic_clock.advance(3601)
    assert browser.visit(stale_link).params == {
        "status": "400",
        "action": "email-confirm",
        "error": "Invalid or expired access token",
    }
    await api.auth.resend_verification_email(EMAIL)
    token = browser.visit(browser.link(EMAIL, "email-confirm")).params["access_token"]
    altogic_clock.advance(3601)
    expired = await api.auth.get_auth_grant(token)
    assert expired.errors.status == 403 and codes(expired.errors) == ["invalid_access_token"]
    # The address was confirmed by the link even though the token went unused.
    assert (await api.auth.sign_in_with_email(EMAIL, PASSWORD)).errors is None


async def test_a_link_for_another_action_is_refused(api: Any, browser: Browser) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    link = browser.link(EMAIL, "email-confirm")
    forged = link.replace("action=email-confirm", "action=magic-link")
    assert browser.visit(forged).params["status"] == "400"
    assert browser.visit(link).params["status"] == "200"  # not used up by the forgery


async def test_change_email_is_confirmed_through_a_link(api: Any, browser: Browser) -> None:
    user = await confirmed_user(api, browser)
    wrong = await api.auth.change_email("wrong password", "new@example.com")
    assert wrong.errors.status == 401 and codes(wrong.errors) == ["invalid_credentials"]
    taken = await api.auth.change_email(PASSWORD, "ADA@example.com")
    assert taken.errors.status == 409 and codes(taken.errors) == ["email_not_unique"]

    pending = await api.auth.change_email(PASSWORD, "new@example.com")
    assert pending.errors is None and pending.user["email"] == EMAIL  # unchanged until confirmed
    message = browser.last("new@example.com", "change-email")
    redirect = browser.visit(message["link"])
    assert redirect.params == {"status": "200", "action": "change-email"}
    now = (await api.auth.get_user_from_db()).user
    assert now["_id"] == user["_id"] and now["email"] == "new@example.com"
    assert now["emailVerified"] is True
    assert (await api.auth.sign_in_with_email("new@example.com", PASSWORD)).errors is None


async def test_change_email_link_when_the_address_was_taken_meanwhile(
    api: Any, browser: Browser
) -> None:
    await confirmed_user(api, browser)
    await api.auth.change_email(PASSWORD, "new@example.com")
    link = browser.link("new@example.com", "change-email")
    await api.auth.sign_up_with_email("New@example.com", PASSWORD)
    redirect = browser.visit(link)
    assert redirect.params["status"] == "409" and "already used" in redirect.params["error"]
    assert (await api.auth.get_user_from_db()).user["email"] == EMAIL


async def test_addresses_from_the_js_client_arrive_unencoded(api: Any, browser: Browser) -> None:
    # The JS client puts the address in the query string as is, so `+` arrives as a space.
    await api.auth.sign_up_with_email("ada+test@example.com", PASSWORD)
    answer = browser.http.post(
        "/_api/rest/v1/auth/resend?email=ada+test@example.com", headers={"X-Client-Key": "k"}
    )
    assert answer.status_code == 200, answer.text
    assert len(browser.outbox(to="ada+test@example.com")) == 2
    bad = browser.http.post("/_api/rest/v1/auth/resend?email=nope", headers={"X-Client-Key": "k"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["details"] == {"field": "email", "location": "query"}


# ------------------------------------------------------------------ phone flows
async def test_phone_sign_up_is_confirmed_with_an_sms_code(api: Any, browser: Browser) -> None:
    result = await api.auth.sign_up_with_phone(PHONE, PASSWORD, "Ada")
    assert result.errors is None and result.session is None
    user = result.user
    assert user["phone"] == PHONE and user["phoneVerified"] is False and "email" not in user
    refused = await api.auth.sign_in_with_phone(PHONE, PASSWORD)
    assert refused.errors.status == 401 and codes(refused.errors) == ["phone_not_verified"]
    not_yet = await api.auth.send_sign_in_code(PHONE)
    assert codes(not_yet.errors) == ["phone_not_verified"]

    message = browser.last(PHONE, "phone-confirm")
    assert message["kind"] == "sms" and message["code"] in message["text"]
    assert len(message["code"]) == 6 and message["code"].isdigit()
    wrong_code = "000000" if message["code"] != "000000" else "111111"
    wrong = await api.auth.verify_phone(PHONE, wrong_code)
    assert wrong.errors.status == 403 and codes(wrong.errors) == ["invalid_access_token"]
    # A new code replaces the old one.
    assert (await api.auth.resend_verification_code(PHONE)).errors is None
    stale = await api.auth.verify_phone(PHONE, message["code"])
    code = browser.code(PHONE, "phone-confirm")
    if code != message["code"]:
        assert codes(stale.errors) == ["invalid_access_token"]
    verified = await api.auth.verify_phone(PHONE, code)
    assert verified.errors is None and verified.session is not None
    assert verified.user["phoneVerified"] is True
    assert (await api.auth.get_session())["token"] == verified.session["token"]
    again = await api.auth.resend_verification_code(PHONE)
    assert codes(again.errors) == ["phone_already_verified"]
    assert (await api.auth.sign_in_with_phone(PHONE, PASSWORD)).errors is None


async def verified_phone_user(api: Any, browser: Browser) -> dict[str, Any]:
    await api.auth.sign_up_with_phone(PHONE, PASSWORD)
    result = await api.auth.verify_phone(PHONE, browser.code(PHONE, "phone-confirm"))
    user: dict[str, Any] = result.user
    return user


async def test_sign_in_with_an_sms_code(api: Any, browser: Browser) -> None:
    user = await verified_phone_user(api, browser)
    await api.auth.sign_out()
    assert (await api.auth.send_sign_in_code(PHONE)).errors is None
    code = browser.code(PHONE, "signin-code")
    result = await api.auth.sign_in_with_code(PHONE, code)
    assert result.errors is None and result.user["_id"] == user["_id"]
    assert (await api.auth.get_session())["token"] == result.session["token"]
    reused = await api.auth.sign_in_with_code(PHONE, code)
    assert reused.errors.status == 403 and codes(reused.errors) == ["invalid_access_token"]
    unknown = await api.auth.send_sign_in_code("+15555550199")
    assert unknown.errors.status == 404 and codes(unknown.errors) == ["user_not_found"]
    bad = await api.auth.sign_in_with_code(PHONE, "12ab56")
    assert bad.errors.status == 400 and codes(bad.errors) == ["validation_error"]


async def test_codes_work_only_for_their_purpose(api: Any, browser: Browser) -> None:
    await verified_phone_user(api, browser)
    await api.auth.send_sign_in_code(PHONE)
    code = browser.code(PHONE, "signin-code")
    assert codes((await api.auth.verify_phone(PHONE, code)).errors) == ["invalid_access_token"]
    reset = await api.auth.reset_pwd_with_code(PHONE, code, "a brand new password")
    assert codes(reset.errors) == ["invalid_access_token"]
    assert (await api.auth.sign_in_with_code(PHONE, code)).errors is None  # still valid


async def test_wrong_codes_are_rate_limited(
    api: Any, browser: Browser, altogic_clock: ManualClock
) -> None:
    await verified_phone_user(api, browser)
    await api.auth.send_sign_in_code(PHONE)
    code = browser.code(PHONE, "signin-code")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        assert codes((await api.auth.sign_in_with_code(PHONE, wrong)).errors) == [
            "invalid_access_token"
        ]
    limited = await api.auth.sign_in_with_code(PHONE, code)
    assert limited.errors.status == 429 and codes(limited.errors) == ["rate_limit_exceeded"]
    altogic_clock.advance(900)
    assert (await api.auth.sign_in_with_code(PHONE, code)).errors is None


async def test_password_reset_by_sms_code(api: Any, browser: Browser) -> None:
    await verified_phone_user(api, browser)
    assert (await api.auth.send_reset_pwd_code(PHONE)).errors is None
    code = browser.code(PHONE, "reset-pwd-code")
    short = await api.auth.reset_pwd_with_code(PHONE, code, "short")
    assert codes(short.errors) == ["validation_error"]
    assert (await api.auth.reset_pwd_with_code(PHONE, code, "a brand new password")).errors is None
    assert codes((await api.auth.get_user_from_db()).errors) == ["invalid_session_token"]
    assert (await api.auth.sign_in_with_phone(PHONE, "a brand new password")).errors is None
    reused = await api.auth.reset_pwd_with_code(PHONE, code, "another new password")
    assert codes(reused.errors) == ["invalid_access_token"]


async def test_change_phone_is_confirmed_with_a_code(api: Any, browser: Browser) -> None:
    user = await verified_phone_user(api, browser)
    session = await api.auth.get_session()
    new_phone = "+15555550111"
    pending = await api.auth.change_phone(PASSWORD, new_phone)
    assert pending.errors is None and pending.user["phone"] == PHONE
    code = browser.code(new_phone, "change-phone")
    changed = await api.auth.verify_phone(new_phone, code)
    assert changed.errors is None and changed.session is None
    assert changed.user["_id"] == user["_id"] and changed.user["phone"] == new_phone
    assert changed.to_dict() == {"user": changed.user, "session": None, "errors": None}
    assert await api.auth.get_session() == session  # no new session, the held one stays
    assert (await api.auth.get_user_from_db()).user["phone"] == new_phone
    taken = await api.auth.change_phone(PASSWORD, new_phone)
    assert taken.errors.status == 409 and codes(taken.errors) == ["phone_not_unique"]


async def test_change_password(api: Any, browser: Browser) -> None:
    await confirmed_user(api, browser)
    wrong = await api.auth.change_password("a brand new password", "wrong password")
    assert wrong.errors.status == 401 and codes(wrong.errors) == ["invalid_credentials"]
    short = await api.auth.change_password("short", PASSWORD)
    assert short.errors.status == 400 and codes(short.errors) == ["validation_error"]
    assert (await api.auth.change_password("a brand new password", PASSWORD)).errors is None
    assert (await api.auth.get_user_from_db()).errors is None  # sessions stay valid
    assert (await api.auth.sign_in_with_email(EMAIL, "a brand new password")).errors is None
    old = await api.auth.sign_in_with_email(EMAIL, PASSWORD)
    assert codes(old.errors) == ["invalid_sign_in_credentials"]


class TestSettings:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return auth_config(sms_code_sign_in=False, password_min_length=10, providers=("github",))

    async def test_switched_off_features_are_refused(self, api: Any, browser: Browser) -> None:
        short = await api.auth.sign_up_with_email(EMAIL, "nine char")
        assert short.errors.status == 400 and codes(short.errors) == ["validation_error"]
        assert short.errors.items[0].details == {"field": "password", "location": "body"}
        await api.auth.sign_up_with_phone(PHONE, "ten chars!")
        for result in (
            await api.auth.send_sign_in_code(PHONE),
            await api.auth.sign_in_with_code(PHONE, "123456"),
        ):
            assert result.errors.status == 401
            assert codes(result.errors) == ["sms_auth_codes_disabled"]
        page = browser.http.get("/_auth/google")
        assert page.status_code == 403 and page.json()["errors"][0]["code"] == "not_allowed"
        assert browser.http.get("/_auth/github").status_code == 200


# ------------------------------------------------------------------ OAuth
async def test_oauth_sign_up_then_sign_in(
    api: Any, browser: Browser, altogic_backend: TestBackend
) -> None:
    url = await api.auth.sign_in_with_provider("github")
    assert url == f"{altogic_backend.url}/_auth/github"
    page = browser.http.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<form method="post" action="github">' in page.text
    assert 'name="email"' in page.text and 'name="name"' in page.text

    first = browser.submit(url, {"email": "Octo@Example.com", "name": "Octo Cat"})
    assert first.target == REDIRECT_URL
    assert list(first.params) == ["status", "access_token", "action"]
    assert first.params["status"] == "200" and first.params["action"] == "oauth-signup"
    granted = await api.auth.get_auth_grant(first.params["access_token"])
    assert granted.errors is None
    user = granted.user
    assert user["provider"] == "github" and user["providerUserId"] != user["_id"]
    assert user["providerUserId"].isdigit()
    assert user["email"] == "Octo@example.com" and user["name"] == "Octo Cat"
    assert user["emailVerified"] is True
    assert (await api.auth.get_user_from_db()).user == user

    second = browser.submit(url, {"email": "octo@example.com"})
    assert second.params["action"] == "oauth-signin"
    again = await api.auth.get_auth_grant(second.params["access_token"])
    assert again.user["_id"] == user["_id"]
    assert again.user["providerUserId"] == user["providerUserId"]

    # OAuth users have no password.
    no_password = await api.auth.sign_in_with_email("octo@example.com", "anything")
    assert codes(no_password.errors) == ["invalid_sign_in_credentials"]
    assert codes((await api.auth.change_password("new password", "x")).errors) == [
        "invalid_provider"
    ]
    assert codes((await api.auth.send_magic_link_email("octo@example.com")).errors) == [
        "invalid_provider"
    ]


async def test_oauth_with_an_address_of_another_account(api: Any, browser: Browser) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    url = await api.auth.sign_in_with_provider("google")
    redirect = browser.submit(url, {"email": EMAIL, "name": "Ada"})
    assert redirect.params["status"] == "409" and "access_token" not in redirect.params
    assert "already exists" in redirect.params["error"]
    github = browser.submit(await api.auth.sign_in_with_provider("github"), {"email": "o@x.io"})
    taken = browser.submit(url, {"email": "O@x.io"})  # the github user's address
    assert github.params["status"] == "200" and taken.params["status"] == "409"


async def test_oauth_bad_requests(api: Any, browser: Browser) -> None:
    unknown = browser.http.get("/_auth/myspace")
    assert unknown.status_code == 400 and unknown.json()["errors"][0]["code"] == "validation_error"
    bad_form = browser.http.post("/_auth/google", data={"email": "not an email"})
    assert bad_form.status_code == 400
    assert bad_form.json()["errors"][0]["details"] == {"field": "email", "location": "body"}
    extra = browser.http.post("/_auth/google", data={"email": "a@b.co", "admin": "1"})
    assert extra.status_code == 400
    wrong_verb = browser.http.post("/_auth/email-link", data={"email": "a@b.co"})
    assert wrong_verb.status_code == 405 and wrong_verb.headers["allow"] == "GET, HEAD"
    options = browser.http.request("OPTIONS", "/_auth/email-link")
    assert options.status_code == 405 and options.headers["allow"] == "GET, HEAD"


# ------------------------------------------------------------------ outbox
async def test_outbox_filters_and_clearing(api: Any, browser: Browser) -> None:
    await api.auth.sign_up_with_email(EMAIL, PASSWORD)
    await api.auth.sign_up_with_phone(PHONE, PASSWORD)
    everything = browser.outbox()
    assert [m["kind"] for m in everything] == ["email", "sms"]
    assert set(everything[0]) == {
        "_id", "kind", "to", "subject", "text", "action", "link", "createdAt",
    }  # fmt: skip
    assert set(everything[1]) == {"_id", "kind", "to", "text", "action", "code", "createdAt"}
    assert browser.outbox(to="ADA@EXAMPLE.COM") == everything[:1]
    assert browser.outbox(kind="sms") == everything[1:]
    assert browser.http.delete("/_emulator/outbox", params={"kind": "email"}).status_code == 200
    assert browser.outbox() == everything[1:]
    browser.http.delete("/_emulator/outbox")
    assert browser.outbox() == []
    bad = browser.http.get("/_emulator/outbox", params={"kind": "fax"})
    assert bad.status_code == 400


# ------------------------------------------------------------------ secrets stay secret
async def test_no_response_or_log_contains_a_password_or_hash(
    api: Any, browser: Browser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "Sup3r-Secret-Passw0rd"
    results: list[Any] = [
        await api.auth.sign_up_with_email(EMAIL, secret, {"name": "Ada", "emailVerified": True}),
        await api.auth.sign_in_with_email(EMAIL, secret),
        await api.auth.get_user_from_db(),
        await api.auth.get_all_sessions(),
        await api.auth.change_password(secret + "2", secret),
        await api.auth.change_email(secret + "2", "new@example.com"),
        await api.auth.sign_up_with_phone(PHONE, secret, {"phoneVerified": True}),
        await api.auth.change_phone(secret, "+15555550111"),
        await api.auth.sign_in_with_email(EMAIL, secret + "-wrong"),
    ]
    raw = browser.http.post(
        "/_api/rest/v1/auth/signin-phone",
        json={"phone": PHONE, "password": secret},
        headers={"X-Client-Key": "k"},
    )
    texts = [json.dumps(result.to_dict()) for result in results]
    texts += [raw.text, json.dumps(browser.outbox()), caplog.text]
    for text in texts:
        assert secret not in text and "argon2" not in text and '"password"' not in text


# ------------------------------------------------------------------ cookies (server-side apps)
async def test_session_cookie_helpers(api: Any, browser: Browser) -> None:
    user = await confirmed_user(api, browser)
    token = (await api.auth.get_session())["token"]
    assert api.auth._target.session_cookie(token) == (
        f"session_token={token}; Max-Age=31536000; Path=/; HttpOnly; Secure; SameSite=None"
    )
    assert api.auth._target.removed_session_cookie() == (
        "session_token=; Max-Age=-1; Path=/; HttpOnly; Secure; SameSite=None"
    )
    header = f"theme=dark; session_token={token}; lang=en"
    assert api.auth._target.session_token_from_cookies(header) == token
    assert api.auth._target.session_token_from_cookies("theme=dark") is None
    assert api.auth._target.session_token_from_cookies(None) is None

    await api.auth.invalidate_session()
    result = await api.auth.get_user_from_db_by_cookie(header)
    assert result.errors is None and result.user["_id"] == user["_id"]
    assert await api.auth.get_session() == {"token": token}

    missing = await api.auth.get_user_from_db_by_cookie("theme=dark")
    assert missing.to_dict() == {
        "user": None,
        "errors": {
            "status": 400,
            "statusText": "Bad Request",
            "items": [
                {
                    "origin": "session_token_error",
                    "code": "session_token_not_found",
                    "message": "Cannot identify the session token 'session_token' from the "
                    "request headers",
                }
            ],
        },
    }
