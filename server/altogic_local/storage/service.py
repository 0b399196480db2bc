"""Storage semantics on the SQL engine (metadata) and the blob store (contents).

Every change of metadata is one write transaction, so the engine's serialised writers make name
checks and the unique-name scheme safe under concurrency. Contents are blobs that never change:
an upload or a replacement commits a new blob before its row points at it, and a blob no row
points at any more is deleted after the transaction; one left behind by a crash is swept at the
next start. Reads hold the blob open, so they see one version whole.
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Connection, Select, delete, func, insert, literal, or_, select, update

from ..clock import Clock, iso
from ..database import jsonsql
from ..database.expression.compiler import Compiler, Env, Scope, compile_condition
from ..database.expression.errors import ExpressionError
from ..database.expression.syntax import Path as FieldPath
from ..database.expression.values import SQL, Kind
from ..database.models import FieldProblem
from ..engines.blobs import BlobNotFound, BlobReader, BlobStore
from ..engines.sql import SqlEngine
from ..errors import ApiError, ErrorCode
from ..jsonutil import dumps
from ..snapshots import SnapshotError, dump_rows, load_rows, read_json, write_json
from .settings import BucketDeclaration
from .tables import StorageTables, define_tables

ROOT = "root"
ENCODING = "7bit"
DEFAULT_LIMIT = 100
PUBLIC_PREFIX = "/_storage"
EXPORT_FILE = "storage.json"
EXPORT_BLOBS = "storage-files"

BUCKET_FIELDS: dict[str, Kind] = {
    "_id": Kind.TEXT,
    "name": Kind.TEXT,
    "isPublic": Kind.BOOL,
    "userId": Kind.TEXT,
    "tags": Kind.LIST,
    "createdAt": Kind.DATE,
    "updatedAt": Kind.DATE,
}
FILE_FIELDS: dict[str, Kind] = {
    "_id": Kind.TEXT,
    "bucketId": Kind.TEXT,
    "fileName": Kind.TEXT,
    "size": Kind.NUMBER,
    "encoding": Kind.TEXT,
    "mimeType": Kind.TEXT,
    "isPublic": Kind.BOOL,
    "publicPath": Kind.TEXT,
    "userId": Kind.TEXT,
    "tags": Kind.LIST,
    "uploadedAt": Kind.DATE,
    "updatedAt": Kind.DATE,
}

Doc = dict[str, Any]


def new_id(now: float) -> str:
    """A 24-hex id: seconds since the epoch, then 8 random bytes (like a MongoDB ObjectId)."""
    return f"{int(now) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def new_blob_id() -> str:
    return secrets.token_hex(16)


# ---------------------------------------------------------------------------- errors
def bucket_not_found(ref: str) -> ApiError:
    return ApiError(
        404, ErrorCode.bucket_not_found, f"No bucket has the name or id `{ref}`.", {"bucket": ref}
    )


def file_not_found(ref: str, bucket: str | None = None) -> ApiError:
    where = f" in bucket `{bucket}`" if bucket is not None else ""
    details = {"file": ref} if bucket is None else {"file": ref, "bucket": bucket}
    return ApiError(
        404, ErrorCode.file_not_found, f"No file has the name or id `{ref}`{where}.", details
    )


def root_refused(action: str) -> ApiError:
    return ApiError(
        403,
        ErrorCode.invalid_operation,
        f"The root bucket cannot be {action}; it can be emptied, made public or private, and "
        "tagged.",
        {"bucket": ROOT},
    )


def bucket_name_taken(name: str) -> ApiError:
    return ApiError(
        409,
        ErrorCode.bucket_name_not_unique,
        f"A bucket named `{name}` already exists.",
        {"field": "name", "value": name},
    )


def file_name_taken(name: str) -> ApiError:
    return ApiError(
        409,
        ErrorCode.file_name_not_unique,
        f"The bucket already holds a file named `{name}`.",
        {"field": "newName", "value": name},
    )


# ---------------------------------------------------------------------------- names
def split_name(name: str) -> tuple[str, str]:
    """The stem and the extension (the last dot-suffix; none for `.env` or `README`)."""
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def unique_tags(tags: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(tags))


@dataclass(frozen=True)
class ListOptions:
    page: int = 1
    limit: int = DEFAULT_LIMIT
    sort: tuple[str, str] | None = None
    count_info: bool = False


@dataclass(frozen=True)
class StoredFile:
    """What reading a file's contents needs: its metadata and its open blob."""

    doc: Doc
    reader: BlobReader
    blob_id: str
    """The contents' version (a replacement is a new blob)."""


def _field_check(fields: dict[str, Kind], what: str) -> Callable[[tuple[str, ...]], Any]:
    def check(names: tuple[str, ...]) -> FieldProblem | None:
        if names[0] in fields:
            return None
        return FieldProblem(
            f"`{names[0]}` is not a {what} field; use one of {', '.join(fields)}.",
            "unknown_field",
            ".".join(names),
            tuple(fields),
        )

    return check


def _kinds(fields: dict[str, Kind]) -> Callable[[tuple[str, ...]], Kind | None]:
    def kind(names: tuple[str, ...]) -> Kind | None:
        return fields.get(names[0]) if len(names) == 1 else None

    return kind


class StorageService:
    def __init__(
        self,
        sql: SqlEngine,
        blobs: BlobStore,
        clock: Clock,
        env_id: str,
        declared: Sequence[BucketDeclaration] = (),
    ) -> None:
        self.sql = sql
        self.blobs = blobs
        self.clock = clock
        self.env_id = env_id
        self.declared = tuple(declared)
        """Buckets `app.yaml` declares: created when missing, at start and after a reset."""
        self.tables: StorageTables = define_tables(sql.metadata)

    # ------------------------------------------------------------ lifecycle
    def open(self) -> None:
        """Create the tables and the root bucket; delete blobs no file refers to (left by a
        crash between committing a blob and its row, or a row's deletion and its blob's)."""
        self.sql.create_tables(self.tables.all())
        self._ensure_buckets()
        self.sweep()

    def sweep(self) -> int:
        with self.sql.read() as conn:
            used = set(conn.execute(select(self.tables.files.c.blob)).scalars())
        orphans = [blob_id for blob_id in self.blobs.ids() if blob_id not in used]
        for blob_id in orphans:
            self.blobs.delete(blob_id)
        return len(orphans)

    def _ensure_buckets(self) -> None:
        """Create the root bucket, then the buckets `app.yaml` declares, that do not exist."""
        buckets = self.tables.buckets
        with self.sql.transaction() as conn:
            found = conn.execute(select(buckets.c._id).where(buckets.c.name == ROOT)).first()
            if found is None:
                now = iso(self.clock.now())
                doc: Doc = {
                    "_id": self.env_id,
                    "name": ROOT,
                    "isPublic": True,
                    "tags": [],
                    "createdAt": now,
                    "updatedAt": now,
                }
                values = {"_id": self.env_id, "name": ROOT, "doc": dumps(doc).decode()}
                conn.execute(insert(buckets).values(**values))
            for declared in self.declared:
                if self._bucket_row(conn, declared.name) is None:
                    self._insert_bucket(
                        conn, declared.name, declared.is_public, list(declared.tags), None
                    )

    def reset(self) -> None:
        with self.sql.transaction() as conn:
            conn.execute(delete(self.tables.files))
            conn.execute(delete(self.tables.buckets))
        self.blobs.clear()
        self._ensure_buckets()

    def export_to(self, folder: Path) -> None:
        """Write the buckets and files to `storage.json` and the contents to `storage-files/`."""
        with self.sql.read() as conn:
            buckets = dump_rows(conn, self.tables.buckets)
            files = dump_rows(conn, self.tables.files)
            blobs = folder / EXPORT_BLOBS
            if files:
                blobs.mkdir(parents=True, exist_ok=True)
            for row in files:
                reader = self.blobs.reader(row["blob"])
                try:
                    partial = blobs / f".{row['blob']}.partial"
                    with open(partial, "wb") as out:
                        for chunk in reader.chunks():
                            out.write(chunk)
                    partial.replace(blobs / row["blob"])
                finally:
                    reader.close()
        write_json(folder / EXPORT_FILE, {"buckets": buckets, "files": files})

    def import_from(self, folder: Path) -> None:
        path = folder / EXPORT_FILE
        exported = read_json(path)
        if not isinstance(exported, dict) or not all(
            isinstance(exported.get(key), list) for key in ("buckets", "files")
        ):
            raise SnapshotError(f"{path}: expected an object with `buckets` and `files`")
        committed: list[str] = []
        try:
            for row in exported["files"]:
                blob_id = row.get("blob") if isinstance(row, dict) else None
                if not isinstance(blob_id, str):
                    raise SnapshotError(f"{path}: a file row without its blob: {row!r:.200}")
                writer = self.blobs.writer()
                try:
                    with open(folder / EXPORT_BLOBS / Path(blob_id).name, "rb") as source:
                        while data := source.read(1024 * 1024):
                            writer.write(data)
                    writer.commit(blob_id)
                    committed.append(blob_id)
                finally:
                    writer.abort()
            with self.sql.transaction() as conn:
                conn.execute(delete(self.tables.files))
                conn.execute(delete(self.tables.buckets))
                load_rows(conn, self.tables.buckets, exported["buckets"])
                load_rows(conn, self.tables.files, exported["files"])
        except (OSError, ValueError) as exc:
            for blob_id in committed:
                self.blobs.delete(blob_id)
            if isinstance(exc, SnapshotError):
                raise
            raise SnapshotError(f"{path}: {exc.__class__.__name__}: {exc}") from exc
        except Exception as exc:
            for blob_id in committed:
                self.blobs.delete(blob_id)
            raise SnapshotError(f"{path}: {exc.__class__.__name__}: {exc}") from exc
        self._ensure_buckets()

    # ------------------------------------------------------------ finding
    def _bucket_row(self, conn: Connection, ref: str) -> Any:
        buckets = self.tables.buckets
        return conn.execute(
            select(buckets)
            .where(or_(buckets.c._id == ref, buckets.c.name == ref))
            .order_by((buckets.c._id == ref).desc())
            .limit(1)
        ).first()

    def _bucket(self, conn: Connection, ref: str) -> Any:
        row = self._bucket_row(conn, ref)
        if row is None:
            raise bucket_not_found(ref)
        return row

    def _file_row(self, conn: Connection, bucket_id: str, ref: str) -> Any:
        files = self.tables.files
        return conn.execute(
            select(files)
            .where(files.c.bucket_id == bucket_id)
            .where(or_(files.c._id == ref, files.c.file_name == ref))
            .order_by((files.c._id == ref).desc())
            .limit(1)
        ).first()

    def _file(self, conn: Connection, bucket_ref: str, ref: str) -> tuple[Any, Any]:
        bucket = self._bucket(conn, bucket_ref)
        row = self._file_row(conn, bucket._id, ref)
        if row is None:
            raise file_not_found(ref, bucket_ref)
        return bucket, row

    @staticmethod
    def _doc(row: Any) -> Doc:
        doc: Doc = json.loads(row.doc)
        return doc

    def _now(self) -> str:
        return iso(self.clock.now())

    def public_path(self, bucket_id: str, file_id: str) -> str:
        return f"{PUBLIC_PREFIX}/{self.env_id}/{bucket_id}/{file_id}"

    # ------------------------------------------------------------ writing rows
    def _save_bucket(self, conn: Connection, doc: Doc) -> None:
        buckets = self.tables.buckets
        conn.execute(
            update(buckets)
            .where(buckets.c._id == doc["_id"])
            .values(name=doc["name"], doc=dumps(doc).decode())
        )

    def _save_file(self, conn: Connection, doc: Doc, **columns: Any) -> None:
        files = self.tables.files
        conn.execute(
            update(files)
            .where(files.c._id == doc["_id"])
            .values(
                bucket_id=doc["bucketId"],
                file_name=doc["fileName"],
                size=doc["size"],
                doc=dumps(doc).decode(),
                **columns,
            )
        )

    def _name_free(self, conn: Connection, bucket_id: str, name: str) -> bool:
        files = self.tables.files
        found = conn.execute(
            select(files.c._id).where(files.c.bucket_id == bucket_id, files.c.file_name == name)
        ).first()
        return found is None

    def free_name(self, conn: Connection, bucket_id: str, name: str) -> str:
        """`name`, or the first of `<stem>-1<ext>`, `<stem>-2<ext>`, ... that no file of the
        bucket has."""
        files = self.tables.files
        stem, ext = split_name(name)
        pattern = _like_escape(stem) + "-%" + _like_escape(ext)
        taken = set(
            conn.execute(
                select(files.c.file_name).where(
                    files.c.bucket_id == bucket_id,
                    or_(files.c.file_name == name, files.c.file_name.like(pattern, escape="\\")),
                )
            ).scalars()
        )
        if name not in taken:
            return name
        n = 1
        while f"{stem}-{n}{ext}" in taken:
            n += 1
        return f"{stem}-{n}{ext}"

    def _insert_bucket(
        self, conn: Connection, name: str, is_public: bool, tags: list[str], user_id: str | None
    ) -> Doc:
        now = self._now()
        doc: Doc = {"_id": new_id(self.clock.now()), "name": name, "isPublic": is_public}
        if user_id is not None:
            doc["userId"] = user_id
        doc.update({"tags": unique_tags(tags), "createdAt": now, "updatedAt": now})
        buckets = self.tables.buckets
        if conn.execute(select(buckets.c._id).where(buckets.c.name == name)).first() is not None:
            raise bucket_name_taken(name)
        conn.execute(insert(buckets).values(_id=doc["_id"], name=name, doc=dumps(doc).decode()))
        return doc

    def _insert_file(
        self,
        conn: Connection,
        bucket_id: str,
        name: str,
        blob_id: str,
        size: int,
        mime_type: str,
        is_public: bool,
        tags: list[str],
        user_id: str | None,
    ) -> Doc:
        now = self._now()
        file_id = new_id(self.clock.now())
        doc: Doc = {
            "_id": file_id,
            "bucketId": bucket_id,
            "fileName": self.free_name(conn, bucket_id, name),
            "size": size,
            "encoding": ENCODING,
            "mimeType": mime_type,
            "publicPath": self.public_path(bucket_id, file_id),
            "isPublic": is_public,
        }
        if user_id is not None:
            doc["userId"] = user_id
        doc.update({"tags": unique_tags(tags), "uploadedAt": now, "updatedAt": now})
        conn.execute(
            insert(self.tables.files).values(
                _id=file_id,
                bucket_id=bucket_id,
                file_name=doc["fileName"],
                size=size,
                blob=blob_id,
                doc=dumps(doc).decode(),
            )
        )
        return doc

    def _delete_blobs(self, blob_ids: Iterable[str]) -> None:
        for blob_id in blob_ids:
            self.blobs.delete(blob_id)

    # ------------------------------------------------------------ buckets
    def create_bucket(
        self, name: str, is_public: bool, tags: list[str], user_id: str | None
    ) -> Doc:
        with self.sql.transaction() as conn:
            return self._insert_bucket(conn, name, is_public, tags, user_id)

    def bucket_exists(self, ref: str) -> bool:
        with self.sql.read() as conn:
            return self._bucket_row(conn, ref) is not None

    def get_bucket(self, ref: str, detailed: bool) -> Doc:
        with self.sql.read() as conn:
            row = self._bucket(conn, ref)
            doc = self._doc(row)
            if detailed:
                doc["stats"] = self._stats(conn, row._id)
        return doc

    def _stats(self, conn: Connection, bucket_id: str | None) -> Doc:
        files = self.tables.files
        statement = select(
            func.count(),
            func.coalesce(func.sum(files.c.size), 0),
            func.min(files.c.size),
            func.max(files.c.size),
        )
        if bucket_id is not None:
            statement = statement.where(files.c.bucket_id == bucket_id)
        count, total, smallest, largest = conn.execute(statement).one()
        return {
            "objectsCount": count,
            "totalStorageSize": total,
            "averageObjectSize": total / count if count else 0,
            "minObjectSize": smallest or 0,
            "maxObjectSize": largest or 0,
        }

    def stats(self) -> Doc:
        with self.sql.read() as conn:
            stats = self._stats(conn, None)
            stats["bucketsCount"] = conn.execute(
                select(func.count()).select_from(self.tables.buckets)
            ).scalar_one()
        return stats

    def _blobs_of(self, conn: Connection, bucket_id: str) -> list[str]:
        files = self.tables.files
        return list(
            conn.execute(select(files.c.blob).where(files.c.bucket_id == bucket_id)).scalars()
        )

    def empty_bucket(self, ref: str) -> None:
        files = self.tables.files
        with self.sql.transaction() as conn:
            bucket = self._bucket(conn, ref)
            blobs = self._blobs_of(conn, bucket._id)
            conn.execute(delete(files).where(files.c.bucket_id == bucket._id))
        self._delete_blobs(blobs)

    def delete_bucket(self, ref: str) -> None:
        files = self.tables.files
        with self.sql.transaction() as conn:
            bucket = self._bucket(conn, ref)
            if bucket.name == ROOT:
                raise root_refused("deleted")
            blobs = self._blobs_of(conn, bucket._id)
            conn.execute(delete(files).where(files.c.bucket_id == bucket._id))
            conn.execute(delete(self.tables.buckets).where(self.tables.buckets.c._id == bucket._id))
        self._delete_blobs(blobs)

    def update_bucket(
        self,
        ref: str,
        *,
        new_name: str | None = None,
        is_public: bool | None = None,
        tags: list[str] | None = None,
        add_tags: list[str] | None = None,
        remove_tags: list[str] | None = None,
        include_files: bool = False,
    ) -> Doc:
        """Change a bucket's name, privacy or tags (all or nothing)."""
        with self.sql.transaction() as conn:
            row = self._bucket(conn, ref)
            doc = self._doc(row)
            if new_name is not None and new_name != doc["name"]:
                if row.name == ROOT:
                    raise root_refused("renamed")
                taken = conn.execute(
                    select(self.tables.buckets.c._id).where(self.tables.buckets.c.name == new_name)
                ).first()
                if taken is not None:
                    raise bucket_name_taken(new_name)
                doc["name"] = new_name
            if is_public is not None:
                doc["isPublic"] = is_public
            if tags is not None:
                doc["tags"] = unique_tags(tags)
            if add_tags is not None:
                doc["tags"] = unique_tags([*doc["tags"], *add_tags])
            if remove_tags is not None:
                doc["tags"] = [tag for tag in doc["tags"] if tag not in set(remove_tags)]
            now = self._now()
            doc["updatedAt"] = now
            self._save_bucket(conn, doc)
            if include_files:
                files = self.tables.files
                conn.execute(
                    update(files)
                    .where(files.c.bucket_id == row._id)
                    .values(
                        doc=func.json_set(
                            files.c.doc,
                            "$.isPublic",
                            func.json("true" if doc["isPublic"] else "false"),
                            "$.updatedAt",
                            now,
                        )
                    )
                )
        return doc

    def delete_files(self, ref: str, names_or_ids: Sequence[str]) -> None:
        files = self.tables.files
        with self.sql.transaction() as conn:
            bucket = self._bucket(conn, ref)
            condition = files.c.bucket_id == bucket._id
            wanted = list(dict.fromkeys(names_or_ids))
            rows = conn.execute(
                select(files.c._id, files.c.blob).where(
                    condition, or_(files.c._id.in_(wanted), files.c.file_name.in_(wanted))
                )
            ).all()
            conn.execute(delete(files).where(files.c._id.in_([row._id for row in rows])))
        self._delete_blobs(row.blob for row in rows)

    # ------------------------------------------------------------ listing
    def _page(
        self,
        table: Any,
        fields: dict[str, Kind],
        what: str,
        doc: SQL,
        conditions: list[SQL],
        expression: str | None,
        options: ListOptions,
    ) -> bytes:
        scope = Scope(
            doc=doc,
            id_column=table.c._id,
            field_kinds=_kinds(fields),
            check=_field_check(fields, what),
        )
        if expression is not None and expression.strip():
            try:
                conditions = [
                    *conditions,
                    compile_condition(expression, Env(scope, now=self._now())),
                ]
            except ExpressionError as error:
                raise error.api_error("expression") from None
        order: list[Any] = []
        if options.sort is not None:
            field, direction = options.sort
            value = Compiler(Env(scope)).path(FieldPath(0, (field,))).sql
            order = [value.desc() if direction == "desc" else value.asc(), table.c._id]
        order.append(table.c.seq)
        statement: Select[Any] = (
            select(doc)
            .select_from(table)
            .where(*conditions)
            .order_by(*order)
            .limit(options.limit)
            .offset((options.page - 1) * options.limit)
        )
        with self.sql.read() as conn:
            rows = list(conn.execute(statement).scalars())
            count = (
                conn.execute(
                    select(func.count()).select_from(table).where(*conditions)
                ).scalar_one()
                if options.count_info
                else 0
            )
        data = ("[" + ",".join(rows) + "]").encode()
        if not options.count_info:
            return data
        info = {
            "count": count,
            "totalPages": math.ceil(count / options.limit),
            "currentPage": options.page,
            "pageSize": options.limit,
        }
        return b'{"info":' + dumps(info) + b',"data":' + data + b"}"

    def list_buckets(self, expression: str | None, options: ListOptions) -> bytes:
        buckets = self.tables.buckets
        return self._page(buckets, BUCKET_FIELDS, "bucket", buckets.c.doc, [], expression, options)

    def _file_doc_sql(self, base: str) -> SQL:
        """A file row's JSON as answered: `publicPath` with the backend's address."""
        files = self.tables.files
        path = jsonsql.extract(files.c.doc, literal("$.publicPath"))
        result: SQL = func.json_set(files.c.doc, "$.publicPath", literal(base) + path)
        return result

    def list_files(
        self, bucket_ref: str | None, expression: str | None, options: ListOptions, base: str
    ) -> bytes:
        files = self.tables.files
        conditions: list[SQL] = []
        if bucket_ref is not None:
            with self.sql.read() as conn:
                bucket = self._bucket(conn, bucket_ref)
            conditions.append(files.c.bucket_id == bucket._id)
        doc = self._file_doc_sql(base)
        return self._page(files, FILE_FIELDS, "file", doc, conditions, expression, options)

    # ------------------------------------------------------------ files
    def file_exists(self, bucket_ref: str, ref: str) -> bool:
        with self.sql.read() as conn:
            bucket = self._bucket_row(conn, bucket_ref)
            return bucket is not None and self._file_row(conn, bucket._id, ref) is not None

    def get_file(self, bucket_ref: str, ref: str) -> Doc:
        with self.sql.read() as conn:
            _, row = self._file(conn, bucket_ref, ref)
        return self._doc(row)

    def open_stored(self, bucket_ref: str, ref: str) -> StoredFile:
        """The file's metadata and its open contents (one version, whatever happens next); the
        caller closes `reader`."""
        return self._open(lambda conn: self._file(conn, bucket_ref, ref)[1])

    def open_public(self, env_id: str, bucket_id: str, file_id: str) -> StoredFile:
        """A file by its public URL's ids (404 `file_not_found`; 403 `not_public`). The caller
        closes `reader`."""
        files = self.tables.files

        def find(conn: Connection) -> Any:
            row = None
            if env_id == self.env_id:
                row = conn.execute(
                    select(files).where(files.c._id == file_id, files.c.bucket_id == bucket_id)
                ).first()
            if row is None:
                raise ApiError(
                    404,
                    ErrorCode.file_not_found,
                    "No file is served at this address.",
                    {"file": file_id},
                )
            return row

        stored = self._open(find)
        if not stored.doc.get("isPublic"):
            stored.reader.close()
            raise ApiError(
                403,
                ErrorCode.not_public,
                "This file is private: its public URL does not serve it (read it with the "
                "client's download instead, or make it public).",
                {"file": file_id},
            )
        return stored

    def _open(self, find: Callable[[Connection], Any]) -> StoredFile:
        # A replacement or deletion may remove the blob between reading the row and opening
        # it: read the row again (the new version, or the file's absence).
        for _attempt in range(5):
            with self.sql.read() as conn:
                row = find(conn)
            try:
                return StoredFile(self._doc(row), self.blobs.reader(row.blob), row.blob)
            except BlobNotFound:
                continue
        raise file_not_found(str(row._id))

    def update_file(
        self,
        bucket_ref: str,
        ref: str,
        *,
        new_name: str | None = None,
        is_public: bool | None = None,
        tags: list[str] | None = None,
        add_tags: list[str] | None = None,
        remove_tags: list[str] | None = None,
    ) -> Doc:
        with self.sql.transaction() as conn:
            _, row = self._file(conn, bucket_ref, ref)
            doc = self._doc(row)
            if new_name is not None and new_name != doc["fileName"]:
                if not self._name_free(conn, row.bucket_id, new_name):
                    raise file_name_taken(new_name)
                doc["fileName"] = new_name
            if is_public is not None:
                doc["isPublic"] = is_public
            if tags is not None:
                doc["tags"] = unique_tags(tags)
            if add_tags is not None:
                doc["tags"] = unique_tags([*doc["tags"], *add_tags])
            if remove_tags is not None:
                doc["tags"] = [tag for tag in doc["tags"] if tag not in set(remove_tags)]
            doc["updatedAt"] = self._now()
            self._save_file(conn, doc)
        return doc

    def delete_file(self, bucket_ref: str, ref: str) -> None:
        with self.sql.transaction() as conn:
            _, row = self._file(conn, bucket_ref, ref)
            conn.execute(delete(self.tables.files).where(self.tables.files.c._id == row._id))
        self.blobs.delete(row.blob)

    def delete_by_url(self, url: str) -> None:
        path = unquote(urlsplit(url).path)
        parts = path.rstrip("/").split("/")
        files = self.tables.files
        row = None
        if len(parts) >= 4 and parts[-4] == PUBLIC_PREFIX.strip("/") and parts[-3] == self.env_id:
            bucket_id, file_id = parts[-2], parts[-1]
            with self.sql.transaction() as conn:
                row = conn.execute(
                    select(files).where(files.c._id == file_id, files.c.bucket_id == bucket_id)
                ).first()
                if row is not None:
                    conn.execute(delete(files).where(files.c._id == row._id))
        if row is None:
            raise ApiError(
                404,
                ErrorCode.file_not_found,
                "No file has this URL: it must end in /_storage/<envId>/<bucketId>/<fileId>.",
                {"fileUrl": url},
            )
        self.blobs.delete(row.blob)

    def duplicate(
        self,
        bucket_ref: str,
        ref: str,
        target_ref: str | None,
        name: str | None,
        user_id: str | None,
    ) -> Doc:
        """A copy of the file (into `target_ref`, else its own bucket), named `name` (409 when
        taken) or after the original (made unique)."""
        with self.sql.read() as conn:
            _, row = self._file(conn, bucket_ref, ref)
            if target_ref is not None:
                self._bucket(conn, target_ref)
        blob_id = new_blob_id()
        try:
            self.blobs.copy(row.blob, blob_id)
        except BlobNotFound:
            raise file_not_found(ref, bucket_ref) from None
        try:
            with self.sql.transaction() as conn:
                _, row = self._file(conn, bucket_ref, ref)
                target = self._bucket(conn, target_ref) if target_ref is not None else None
                target_id = target._id if target is not None else row.bucket_id
                original = self._doc(row)
                if name is not None and not self._name_free(conn, target_id, name):
                    raise file_name_taken(name)
                return self._insert_file(
                    conn,
                    target_id,
                    name if name is not None else original["fileName"],
                    blob_id,
                    original["size"],
                    original["mimeType"],
                    original["isPublic"],
                    original["tags"],
                    user_id,
                )
        except BaseException:
            self.blobs.delete(blob_id)
            raise

    def move(self, bucket_ref: str, ref: str, target_ref: str) -> Doc:
        with self.sql.transaction() as conn:
            bucket, row = self._file(conn, bucket_ref, ref)
            target = self._bucket(conn, target_ref)
            doc = self._doc(row)
            if target._id == bucket._id:
                return doc
            doc["bucketId"] = target._id
            doc["fileName"] = self.free_name(conn, target._id, doc["fileName"])
            doc["publicPath"] = self.public_path(target._id, doc["_id"])
            doc["updatedAt"] = self._now()
            self._save_file(conn, doc)
        return doc

    # ------------------------------------------------------------ contents
    def add_file(
        self,
        bucket_ref: str,
        create_bucket: bool,
        name: str,
        blob_id: str,
        size: int,
        mime_type: str,
        is_public: bool | None,
        tags: list[str],
        user_id: str | None,
    ) -> Doc:
        """Record a committed blob as a new file (deleting the blob if that fails)."""
        try:
            with self.sql.transaction() as conn:
                bucket = self._bucket_row(conn, bucket_ref)
                if bucket is None:
                    if not create_bucket:
                        raise bucket_not_found(bucket_ref)
                    bucket_doc = self._insert_bucket(conn, bucket_ref, True, [], user_id)
                else:
                    bucket_doc = self._doc(bucket)
                public = bucket_doc["isPublic"] if is_public is None else is_public
                return self._insert_file(
                    conn, bucket_doc["_id"], name, blob_id, size, mime_type, public, tags, user_id
                )
        except BaseException:
            self.blobs.delete(blob_id)
            raise

    def check_bucket(self, bucket_ref: str, create_bucket: bool) -> None:
        """404 for an unknown bucket unless it is to be created (before reading an upload)."""
        if not create_bucket and not self.bucket_exists(bucket_ref):
            raise bucket_not_found(bucket_ref)

    def check_file(self, bucket_ref: str, ref: str) -> None:
        self.get_file(bucket_ref, ref)

    def replace_contents(
        self,
        bucket_ref: str,
        ref: str,
        blob_id: str,
        size: int,
        mime_type: str,
        is_public: bool | None,
        tags: list[str] | None,
    ) -> Doc:
        """Point the file at a committed blob (deleting the old one; the new one if this
        fails)."""
        try:
            with self.sql.transaction() as conn:
                _, row = self._file(conn, bucket_ref, ref)
                doc = self._doc(row)
                now = self._now()
                doc.update({"size": size, "encoding": ENCODING, "mimeType": mime_type})
                if is_public is not None:
                    doc["isPublic"] = is_public
                if tags is not None:
                    doc["tags"] = unique_tags(tags)
                doc["uploadedAt"] = now
                doc["updatedAt"] = now
                self._save_file(conn, doc, blob=blob_id)
        except BaseException:
            self.blobs.delete(blob_id)
            raise
        self.blobs.delete(row.blob)
        return doc
