"""The official JavaScript client's auth manager works unchanged against the local backend,
quirks included (addresses and codes put unencoded into query strings)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from altogic_local.app import create_app
from altogic_local.runner import LocalServer

from .auth_helpers import auth_config
from .js_client import run_js


@pytest.fixture
def env_url() -> Iterator[str]:
    with LocalServer(create_app(auth_config())) as server:
        yield server.url


def test_sign_up_sign_in_and_sessions(env_url: str) -> None:
    out = run_js(
        """
        const email = 'ada+js@example.com';
        out.signUp = await client.auth.signUpWithEmail(email, 'correct horse', 'Ada');
        out.resend = await client.auth.resendVerificationEmail(email);
        out.unverified = await client.auth.signInWithEmail(email, 'correct horse');
        out.verified = await client.auth.signUpWithEmail(
            'grace@example.com', 'correct horse', {name: 'Grace', emailVerified: true});
        out.user = await client.auth.getUserFromDB();
        out.sessions = await client.auth.getAllSessions();
        out.changePwd = await client.auth.changePassword('new password!', 'correct horse');
        out.signOut = await client.auth.signOut();
        out.afterSignOut = await client.auth.getUserFromDB();
        out.signIn = await client.auth.signInWithEmail('GRACE@example.com', 'new password!');
        out.magic = await client.auth.sendMagicLinkEmail('grace@example.com');
        out.grant = await client.auth.getAuthGrant('no-such-token');
        out.signOutAll = await client.auth.signOutAll();
        out.last = await client.auth.getUserFromDB();
        """,
        env_url,
    )
    user = out["signUp"]["user"]
    assert out["signUp"]["session"] is None and out["signUp"]["errors"] is None
    assert user["email"] == "ada+js@example.com" and "password" not in user
    assert out["resend"] == {"errors": None}
    assert out["unverified"]["errors"]["items"][0]["code"] == "email_not_verified"
    assert out["unverified"]["errors"]["status"] == 401

    grace = out["verified"]["user"]
    assert out["verified"]["session"]["userId"] == grace["_id"]
    assert out["user"] == {"user": grace, "errors": None}
    assert [s["token"] for s in out["sessions"]["sessions"]] == [
        out["verified"]["session"]["token"]
    ]
    assert out["changePwd"] == {"errors": None} and out["signOut"] == {"errors": None}
    assert out["afterSignOut"]["errors"]["items"][0]["code"] == "missing_session_token"
    assert out["signIn"]["errors"] is None and out["signIn"]["user"]["_id"] == grace["_id"]
    assert out["magic"] == {"errors": None}
    assert out["grant"]["errors"]["status"] == 403
    assert out["grant"]["errors"]["items"][0]["code"] == "invalid_access_token"
    assert out["signOutAll"] == {"errors": None}
    assert out["last"]["errors"]["items"][0]["code"] == "missing_session_token"

    outbox = httpx.get(f"{env_url}/_emulator/outbox").json()
    assert [(m["to"], m["action"]) for m in outbox] == [
        ("ada+js@example.com", "email-confirm"),
        ("ada+js@example.com", "email-confirm"),
        ("grace@example.com", "magic-link"),
    ]


def test_phone_codes_and_grants(env_url: str) -> None:
    phone = "+15555550100"
    first = run_js(
        f"""
        out.signUp = await client.auth.signUpWithPhone('{phone}', 'correct horse');
        out.notVerified = await client.auth.signInWithPhone('{phone}', 'correct horse');
        """,
        env_url,
    )
    assert first["signUp"]["session"] is None
    assert first["notVerified"]["errors"]["items"][0]["code"] == "phone_not_verified"
    code = httpx.get(f"{env_url}/_emulator/outbox", params={"to": phone}).json()[-1]["code"]
    second = run_js(
        f"""
        out.verify = await client.auth.verifyPhone('{phone}', '{code}');
        out.sendCode = await client.auth.sendSignInCode('{phone}');
        """,
        env_url,
    )
    assert second["verify"]["errors"] is None
    assert second["verify"]["user"]["phoneVerified"] is True
    assert second["sendCode"] == {"errors": None}
    code = httpx.get(f"{env_url}/_emulator/outbox", params={"to": phone}).json()[-1]["code"]
    third = run_js(
        f"""
        out.signIn = await client.auth.signInWithCode('{phone}', '{code}');
        out.user = await client.auth.getUserFromDB();
        """,
        env_url,
    )
    assert third["signIn"]["errors"] is None
    assert third["user"]["user"]["phone"] == phone
