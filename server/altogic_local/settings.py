"""The base of every section of `app.yaml`: each module owns one, `AppConfig` composes them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """Settings as written in `app.yaml` (camelCase keys), or built in Python by field name;
    unknown keys are refused and settings never change once read."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
