"""The auth module's section of `app.yaml`, with Altogic's defaults."""

from __future__ import annotations

from altogic_models import OAuthProvider
from pydantic import Field

from ..settings import Section


class PasswordHashing(Section):
    """argon2id cost parameters (argon2-cffi's defaults, RFC 9106's low-memory profile)."""

    time_cost: int = Field(3, alias="timeCost", ge=1, le=20)
    memory_cost: int = Field(65536, alias="memoryCost", ge=64, le=4 * 1024 * 1024)
    """KiB of memory per hash."""
    parallelism: int = Field(4, ge=1, le=64)


class AuthSettings(Section):
    """Authentication settings, with Altogic's defaults."""

    email_confirmation: bool = Field(True, alias="emailConfirmation")
    """Email sign-ups must confirm their address before signing in."""
    phone_confirmation: bool = Field(True, alias="phoneConfirmation")
    """Phone sign-ups must confirm their number (SMS code) before signing in."""
    sms_code_sign_in: bool = Field(True, alias="smsCodeSignIn")
    """Users may sign in with a code sent by SMS."""
    redirect_url: str = Field(
        "http://localhost:3000/auth-redirect", alias="redirectUrl", pattern="^https?://"
    )
    """Where email links and OAuth sign-ins send the browser, with the outcome in the query."""
    providers: tuple[OAuthProvider, ...] = tuple(OAuthProvider)
    """The OAuth providers users may sign in with (the spec's `OAuthProvider`: all of them)."""
    password_min_length: int = Field(6, alias="passwordMinLength", ge=6, le=128)
    token_lifetime: int = Field(3600, alias="tokenLifetime", ge=1)
    """Seconds that emailed links, SMS codes and access tokens stay valid."""
    session_lifetime: int = Field(30 * 24 * 3600, alias="sessionLifetime", ge=60)
    """Seconds a session lasts without being used (a sliding expiry: see `sessions.py`)."""
    max_failed_attempts: int = Field(5, alias="maxFailedAttempts", ge=1)
    """Failed sign-in attempts (per address, number or account) before 429s start."""
    failed_attempts_window: int = Field(900, alias="failedAttemptsWindow", ge=1)
    """Seconds over which failed attempts count, and that a blocked account waits."""
    password_hashing: PasswordHashing = Field(PasswordHashing(), alias="passwordHashing")
