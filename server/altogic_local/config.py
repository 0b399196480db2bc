"""The app's settings, read from an optional `app.yaml`.

With no file every default applies: any non-empty client key is accepted, the cache allows
Altogic's free-plan value size, and later modules add their own sections.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


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


FieldType = Literal[
    "text",
    "rich-text",
    "email",
    "link",
    "phone",
    "integer",
    "decimal",
    "boolean",
    "date-time",
    "option-list",
    "multi-option-list",
    "basic-values-list",
    "geo-point",
    "json",
    "object",
    "object-list",
    "reference",
]
ListItemType = Literal["text", "integer", "decimal", "boolean", "date-time"]
MODEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
FIELD_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]{0,63}")
SYSTEM_FIELDS = frozenset({"_id", "_parent", "createdAt", "updatedAt"})


class FieldDeclaration(_Section):
    """One field of a declared model (`database.models.<model>.fields.<field>` in app.yaml)."""

    type: FieldType
    required: bool = False
    default: Any = None
    """Stored when a created object leaves the field out (a value, not an expression)."""
    indexed: bool = False
    """Top-level fields only: an SQL index speeds up filters and sorts on the field."""
    searchable: bool = False
    """Text and rich-text fields: searched by `search-text` and `fuzzy-search`."""
    model: str | None = None
    """For `reference`: the top-level model the id refers to (used by simple lookups)."""
    options: tuple[str, ...] | None = None
    """For `option-list` and `multi-option-list`: the allowed values."""
    item_type: ListItemType | None = Field(None, alias="itemType")
    """For `basic-values-list`: the type every element is checked and converted to."""
    fields: dict[str, FieldDeclaration] | None = None
    """For `object` and `object-list`: the sub-model's fields."""

    @model_validator(mode="after")
    def _consistent(self) -> FieldDeclaration:
        if self.type == "reference" and not self.model:
            raise ValueError("a reference field names its `model`")
        if self.model is not None and not MODEL_NAME.fullmatch(self.model):
            raise ValueError(f"`{self.model}` is not a model name")
        if self.type in ("option-list", "multi-option-list") and not self.options:
            raise ValueError(f"an {self.type} field lists its `options`")
        if self.searchable and self.type not in ("text", "rich-text"):
            raise ValueError("only text and rich-text fields can be searchable")
        if self.indexed and self.type in ("object", "object-list"):
            raise ValueError("sub-model fields cannot be indexed")
        if self.fields is not None and self.type not in ("object", "object-list"):
            raise ValueError("only object and object-list fields have `fields`")
        return self

    @field_validator("fields")
    @classmethod
    def _field_names(
        cls, fields: dict[str, FieldDeclaration] | None
    ) -> dict[str, FieldDeclaration] | None:
        for name in fields or {}:
            _check_field_name(name)
        return fields


class ModelDeclaration(_Section):
    fields: dict[str, FieldDeclaration] = {}

    @field_validator("fields")
    @classmethod
    def _field_names(cls, fields: dict[str, FieldDeclaration]) -> dict[str, FieldDeclaration]:
        for name in fields:
            _check_field_name(name)
        return fields


def _check_field_name(name: str) -> None:
    if name in SYSTEM_FIELDS:
        raise ValueError(f"`{name}` is a system field")
    if not FIELD_NAME.fullmatch(name):
        raise ValueError(f"`{name}` is not a field name (letters, digits, `_` and `$`)")


class DatabaseSettings(_Section):
    strict: bool = False
    """Only declared models exist: writes to (and queries of) other models are refused."""
    default_page_size: int = Field(100, alias="defaultPageSize", ge=1, le=1000)
    max_page_size: int = Field(1000, alias="maxPageSize", ge=1, le=1000)
    """Larger `limit`s (and `get-random` counts) are reduced to this."""
    models: dict[str, ModelDeclaration] = {}

    @field_validator("models")
    @classmethod
    def _model_names(cls, models: dict[str, ModelDeclaration]) -> dict[str, ModelDeclaration]:
        from .database.fields import check_values  # the checks a write makes

        for name, model in models.items():
            if not MODEL_NAME.fullmatch(name):
                raise ValueError(f"`{name}` is not a model name")
            problems: list[dict[str, Any]] = []
            check_values(model.fields, {}, name, problems, defaults_only=True)
            if problems:
                raise ValueError("; ".join(problem["message"] for problem in problems))
        return models


class AppConfig(_Section):
    env_id: str = Field("6a1c0ca1000000000000e000", alias="envId", pattern="^[0-9a-f]{24}$")
    client_keys: tuple[ClientKey, ...] = Field((), alias="clientKeys")
    cache: CacheSettings = CacheSettings()
    auth: AuthSettings = AuthSettings()
    database: DatabaseSettings = DatabaseSettings()

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
