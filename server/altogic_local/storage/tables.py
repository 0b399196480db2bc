"""The storage module's tables on the shared SQL database (named `storage_*`).

Each bucket and file row holds `doc`, its metadata as the JSON the API answers (a file's
`publicPath` without the backend's address, which is added when answering), beside the columns
that lookups, uniqueness and statistics need. Expressions of `list-buckets`, `list-files` and
`search-files` are compiled over `doc` by the database module's expression compiler. A file row
names its contents by `blob`, the id of an immutable blob in the blob store: a replacement is a
new blob.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text, UniqueConstraint


@dataclass(frozen=True)
class StorageTables:
    buckets: Table
    files: Table

    def all(self) -> list[Table]:
        return [self.buckets, self.files]


def define_tables(metadata: MetaData) -> StorageTables:
    buckets = Table(
        "storage_buckets",
        metadata,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("_id", String(24), nullable=False, unique=True),
        Column("name", Text, nullable=False, unique=True),
        Column("doc", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    files = Table(
        "storage_files",
        metadata,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("_id", String(24), nullable=False, unique=True),
        Column("bucket_id", String(24), nullable=False),
        Column("file_name", Text, nullable=False),
        Column("size", Integer, nullable=False),
        Column("blob", String(64), nullable=False),
        Column("doc", Text, nullable=False),
        UniqueConstraint("bucket_id", "file_name"),
        Index("storage_files_by_bucket", "bucket_id", "seq"),
        sqlite_autoincrement=True,
    )
    return StorageTables(buckets, files)
