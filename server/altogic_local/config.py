"""The app's settings, read from an optional `app.yaml`.

With no file every default applies: any non-empty client key is accepted, the cache allows
Altogic's free-plan value size, and later modules add their own sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class ClientKey(_Section):
    key: str = Field(min_length=1)
    name: str | None = None
    enforce_session: bool = Field(False, alias="enforceSession")


class CacheSettings(_Section):
    max_value_size: int = Field(5 * 1024, alias="maxValueSize", ge=1)
    """Largest serialised value, in bytes (Altogic's free plan allows 5 kB)."""
    list_keys_page_size: int = Field(100, alias="listKeysPageSize", ge=1, le=10_000)


OAuthProviderName = Literal["google", "facebook", "twitter", "apple", "discord", "github"]
OAUTH_PROVIDERS: tuple[OAuthProviderName, ...] = (
    "google",
    "facebook",
    "twitter",
    "apple",
    "discord",
    "github",
)


class PasswordHashing(_Section):
    """argon2id cost parameters (argon2-cffi's defaults, RFC 9106's low-memory profile)."""

    time_cost: int = Field(3, alias="timeCost", ge=1, le=20)
    memory_cost: int = Field(65536, alias="memoryCost", ge=64, le=4 * 1024 * 1024)
    """KiB of memory per hash."""
    parallelism: int = Field(4, ge=1, le=64)


class AuthSettings(_Section):
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
    providers: tuple[OAuthProviderName, ...] = OAUTH_PROVIDERS
    """The OAuth providers users may sign in with."""
    password_min_length: int = Field(6, alias="passwordMinLength", ge=6, le=128)
    token_lifetime: int = Field(3600, alias="tokenLifetime", ge=1)
    """Seconds that emailed links, SMS codes and access tokens stay valid."""
    max_failed_attempts: int = Field(5, alias="maxFailedAttempts", ge=1)
    """Failed sign-in attempts (per address, number or account) before 429s start."""
    failed_attempts_window: int = Field(900, alias="failedAttemptsWindow", ge=1)
    """Seconds over which failed attempts count, and that a blocked account waits."""
    password_hashing: PasswordHashing = Field(PasswordHashing(), alias="passwordHashing")


class AppConfig(_Section):
    env_id: str = Field("6a1c0ca1000000000000e000", alias="envId", pattern="^[0-9a-f]{24}$")
    client_keys: tuple[ClientKey, ...] = Field((), alias="clientKeys")
    cache: CacheSettings = CacheSettings()
    auth: AuthSettings = AuthSettings()

    def client_key(self, key: str) -> ClientKey | None:
        """The declared key `key`; with no declared keys, any non-empty key is accepted."""
        if not self.client_keys:
            return ClientKey(key=key)
        return next((declared for declared in self.client_keys if declared.key == key), None)


class ConfigError(ValueError):
    """The app file cannot be read or does not describe a valid app."""


def load_config(path: Path | None) -> AppConfig:
    if path is None:
        return AppConfig()
    try:
        raw: Any = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    try:
        return AppConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(top)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise ConfigError(f"{path} is not a valid app file: {problems}") from exc
