"""The app's settings, read from an optional `app.yaml`.

With no file every default applies: any non-empty client key is accepted, the cache allows
Altogic's free-plan value size, and later modules add their own sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


class AppConfig(_Section):
    env_id: str = Field("6a1c0ca1000000000000e000", alias="envId", pattern="^[0-9a-f]{24}$")
    client_keys: tuple[ClientKey, ...] = Field((), alias="clientKeys")
    cache: CacheSettings = CacheSettings()

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
