"""The cache module's section of `app.yaml`."""

from __future__ import annotations

from pydantic import Field

from ..settings import Section


class CacheSettings(Section):
    max_value_size: int = Field(5 * 1024, alias="maxValueSize", ge=1)
    """Largest serialised value, in bytes (Altogic's free plan allows 5 kB)."""
    snapshot_interval: float = Field(30.0, alias="snapshotInterval", ge=0.05, le=86_400)
    """Seconds between saves of a changed cache to the data folder (with `--data`); it is also
    saved on a clean stop. A process killed outright loses at most this much."""
    list_keys_page_size: int = Field(100, alias="listKeysPageSize", ge=1, le=10_000)
