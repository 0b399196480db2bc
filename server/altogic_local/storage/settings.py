"""The storage module's section of `app.yaml`."""

from __future__ import annotations

from pydantic import Field, field_validator

from ..settings import Section

MIB = 1024 * 1024


class BucketDeclaration(Section):
    """A bucket the app needs: created at start (and after a reset) when it does not exist; an
    existing one is left as it is."""

    name: str = Field(min_length=1, max_length=128, pattern=r"^[^\x00-\x1f\x7f]+$")
    is_public: bool = Field(True, alias="isPublic")
    tags: tuple[str, ...] = ()

    @field_validator("name")
    @classmethod
    def _not_root(cls, name: str) -> str:
        if name == "root":
            raise ValueError("`root` always exists; declare other buckets")
        return name


class StorageSettings(Section):
    max_file_size: int = Field(100 * MIB, alias="maxFileSize", ge=1, le=64 * 1024 * MIB)
    """The largest file an upload or a replacement may store, in bytes (413 beyond, answered as
    soon as the bytes received pass it; nothing is kept)."""
    buckets: tuple[BucketDeclaration, ...] = ()
