"""The storage module's section of `app.yaml`."""

from __future__ import annotations

from pydantic import Field

from ..settings import Section

MIB = 1024 * 1024


class StorageSettings(Section):
    max_file_size: int = Field(100 * MIB, alias="maxFileSize", ge=1, le=64 * 1024 * MIB)
    """The largest file an upload or a replacement may store, in bytes (413 beyond, answered as
    soon as the bytes received pass it; nothing is kept)."""
