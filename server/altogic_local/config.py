"""The app's settings, read from an optional `app.yaml`.

With no file every default applies: any non-empty client key is accepted, and each module runs
with its defaults. The top level holds the backend's own settings (`envId`, `clientKeys`); each
module owns a section, named after it, whose model lives in the module's package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from .auth.settings import AuthSettings, PasswordHashing
from .cache.settings import CacheSettings
from .database.settings import DatabaseSettings
from .functions.loader import is_file_reference
from .realtime.settings import RealtimeSettings
from .settings import Section
from .storage.settings import StorageSettings

__all__ = [
    "ApiKey",
    "AppConfig",
    "AuthSettings",
    "CacheSettings",
    "ClientKey",
    "ConfigError",
    "CorsSettings",
    "DatabaseSettings",
    "PasswordHashing",
    "RealtimeSettings",
    "StorageSettings",
    "load_config",
]


class ClientKey(Section):
    key: str = Field(min_length=1)
    name: str | None = None
    enforce_session: bool = Field(False, alias="enforceSession")


@lru_cache(maxsize=1024)
def _any_key(key: str) -> ClientKey:
    """The `ClientKey` standing for `key` when no keys are declared (made once per key)."""
    return ClientKey(key=key)


class ApiKey(Section):
    """An API key the app's endpoints accept (`Authorization` header or `?apikey=`)."""

    key: str = Field(min_length=1)
    name: str | None = None
    endpoints: tuple[str, ...] | None = None
    """The endpoints (`"GET /reports/{id}"`) the key may call; None: all of them."""


class CorsSettings(Section):
    allowed_origins: tuple[str, ...] = Field((), alias="allowedOrigins")
    """Origins (`scheme://host[:port]`) whose pages may call with credentials (cookies); any
    other origin may call without them."""


class AppConfig(Section):
    env_id: str = Field("6a1c0ca1000000000000e000", alias="envId", pattern="^[0-9a-f]{24}$")
    client_keys: tuple[ClientKey, ...] = Field((), alias="clientKeys")
    max_request_size: int = Field(10 * 1024 * 1024, alias="maxRequestSize", ge=1024)
    """The largest request body accepted, in bytes (413 beyond, as soon as it is passed)."""
    request_body_timeout: float = Field(5.0, alias="requestBodyTimeout", gt=0, le=600)
    """Seconds a request body may go without a byte before it is given up (408)."""
    cors: CorsSettings = CorsSettings()
    emulator_token: str | None = Field(None, alias="emulatorToken", min_length=16)
    """The token that opens the emulator routes (`X-Emulator-Token`) when client keys are
    declared; None: a random one per run, which `altogic-local serve` prints."""
    public_url: str | None = Field(
        None, alias="publicUrl", pattern=r"^https?://[^/?#\s]+(/[^?#\s]*)?$"
    )
    """The backend's URL as users reach it, which emailed links point at (default: the address
    `serve` bound); never taken from a request's `Host` header."""
    functions: str | None = Field(None, min_length=1)
    """The app's handler file (a path, relative to `app.yaml`) or importable module
    (`altogic_local.functions`)."""
    app_params: dict[str, Any] = Field(default_factory=dict, alias="appParams")
    """Handed to every handler as `req.app_params`."""
    api_keys: tuple[ApiKey, ...] = Field((), alias="apiKeys")
    # One section per module of `altogic_local.app.MODULES` that has settings.
    cache: CacheSettings = CacheSettings()
    auth: AuthSettings = AuthSettings()
    database: DatabaseSettings = DatabaseSettings()
    storage: StorageSettings = StorageSettings()
    realtime: RealtimeSettings = RealtimeSettings()

    def client_key(self, key: str) -> ClientKey | None:
        """The declared key `key`; with no declared keys, any non-empty key is accepted."""
        if not self.client_keys:
            return _any_key(key)
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
    reference = raw.get("functions") if isinstance(raw, dict) else None
    if isinstance(reference, str) and is_file_reference(reference):
        raw["functions"] = str(path.parent / reference)  # relative to app.yaml
    try:
        return AppConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(top)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise ConfigError(f"{path} is not a valid app file: {problems}") from exc
