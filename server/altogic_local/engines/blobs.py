"""The blob store interface (file contents by id), and the embedded implementation: a folder.

A blob is written through a `BlobWriter` (bytes as they arrive) and becomes visible only when the
writer commits it under an id; until then it is a temporary file that a failed, oversized or
cancelled upload throws away. Blobs never change once committed: a new version of a file's
contents is a new blob, so a reader that has opened one keeps reading the same bytes whatever
happens meanwhile. Modules know blobs only by id; nothing about folders leaves this file (an
S3-compatible store implements the same protocol).

The folder store writes each blob to `<folder>/.partial/<random>`, flushes it (and, when the data
is kept, syncs it to disk) and renames it to `<folder>/<id>`: a crash leaves at most a partial
file, which `open()` removes at the next start.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

PARTIAL = ".partial"
READ_CHUNK = 256 * 1024


class BlobNotFound(LookupError):
    """No blob has this id (it was never committed, or has been deleted)."""


class BlobWriter(Protocol):
    size: int
    """The bytes written so far."""

    def write(self, data: bytes) -> None: ...

    def commit(self, blob_id: str) -> None:
        """Make the bytes written the blob `blob_id` (atomically: all of them or none)."""
        ...

    def abort(self) -> None:
        """Throw the bytes away (also after a failed commit; a no-op after a commit)."""
        ...


class BlobReader(Protocol):
    size: int

    def chunks(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The bytes from `start` up to (not including) `end` (None: the end), in chunks."""
        ...

    def close(self) -> None: ...


class BlobStore(Protocol):
    def open(self) -> None:
        """Run when the backend starts: throw away what interrupted writes left."""
        ...

    def writer(self) -> BlobWriter: ...

    def reader(self, blob_id: str) -> BlobReader:
        """An open blob (raises `BlobNotFound`); it keeps its bytes even if deleted meanwhile."""
        ...

    def delete(self, blob_id: str) -> None:
        """Remove a blob; a missing one is not an error."""
        ...

    def copy(self, source_id: str, target_id: str) -> None:
        """Store the bytes of `source_id` as `target_id` too (raises `BlobNotFound`)."""
        ...

    def ids(self) -> Iterator[str]:
        """The ids of every committed blob (to sweep those no file refers to)."""
        ...

    def clear(self) -> None:
        """Remove every blob."""
        ...

    def close(self) -> None: ...


def _check_id(blob_id: str) -> str:
    if not blob_id or not all(c.isalnum() or c in "-_" for c in blob_id):
        raise ValueError(f"not a blob id: {blob_id!r}")
    return blob_id


class _FolderWriter:
    def __init__(self, store: FolderBlobStore) -> None:
        self._store = store
        self._path = store.partial / secrets.token_hex(16)
        self._file: BinaryIO | None = open(self._path, "xb")  # noqa: SIM115 (closed in commit/abort)
        self.size = 0

    def write(self, data: bytes) -> None:
        assert self._file is not None, "the blob is already committed or aborted"
        self._file.write(data)
        self.size += len(data)

    def commit(self, blob_id: str) -> None:
        assert self._file is not None, "the blob is already committed or aborted"
        target = self._store.folder / _check_id(blob_id)
        self._file.flush()
        if self._store.durable:
            os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        os.replace(self._path, target)

    def abort(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._path.unlink(missing_ok=True)


class _FolderReader:
    def __init__(self, path: Path) -> None:
        try:
            self._file: BinaryIO = open(path, "rb")  # noqa: SIM115 (closed by close())
        except FileNotFoundError:
            raise BlobNotFound(path.name) from None
        self.size = os.fstat(self._file.fileno()).st_size

    def chunks(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        end = self.size if end is None else min(end, self.size)
        position = start
        while position < end:
            data = os.pread(self._file.fileno(), min(READ_CHUNK, end - position), position)
            if not data:
                return
            position += len(data)
            yield data

    def close(self) -> None:
        self._file.close()


class FolderBlobStore:
    """Blobs as files of one folder, named by id. `folder=None`: a temporary folder, removed
    when the store is garbage-collected, or at exit."""

    def __init__(self, folder: Path | None) -> None:
        if folder is None:
            temporary = tempfile.mkdtemp(prefix="altogic-local-files-")
            weakref.finalize(self, shutil.rmtree, temporary, True)
            self.folder = Path(temporary)
            self.durable = False
        else:
            self.folder = folder
            self.durable = True
        self.partial = self.folder / PARTIAL

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.partial, ignore_errors=True)
        self.partial.mkdir(exist_ok=True)

    def writer(self) -> BlobWriter:
        return _FolderWriter(self)

    def reader(self, blob_id: str) -> BlobReader:
        return _FolderReader(self.folder / _check_id(blob_id))

    def delete(self, blob_id: str) -> None:
        (self.folder / _check_id(blob_id)).unlink(missing_ok=True)

    def copy(self, source_id: str, target_id: str) -> None:
        source = self.folder / _check_id(source_id)
        target = self.folder / _check_id(target_id)
        if not source.exists():
            raise BlobNotFound(source_id)
        try:  # blobs never change, so the copy can share the bytes
            os.link(source, target)
        except FileNotFoundError:
            raise BlobNotFound(source_id) from None
        except OSError:
            writer = self.writer()
            try:
                with open(source, "rb") as stream:
                    while data := stream.read(READ_CHUNK):
                        writer.write(data)
                writer.commit(target_id)
            finally:
                writer.abort()

    def ids(self) -> Iterator[str]:
        for entry in os.scandir(self.folder):
            if entry.is_file() and not entry.name.startswith("."):
                yield entry.name

    def clear(self) -> None:
        for blob_id in list(self.ids()):
            self.delete(blob_id)

    def close(self) -> None:
        """Throw away partial files (a temporary folder goes when the store is collected, with
        the memory-only SQL database)."""
        shutil.rmtree(self.partial, ignore_errors=True)
