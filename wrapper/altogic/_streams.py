"""File contents in motion: the bodies of uploads, read piece by piece as they are sent, and the
destinations of downloads, written piece by piece as they arrive. Neither holds a whole file in
memory.

An upload body (`UploadSource`) is taken from what the caller passes: `bytes` (or a bytearray or
memoryview), `str` (sent in UTF-8), a path (`pathlib.Path`, any `os.PathLike`), a binary file
object, or an iterator of `bytes` (on the async client also an async iterator). Its size is known
for all but iterators (and unseekable file objects); it is sent with `Content-Length` when known,
chunked otherwise. Each attempt of a call reads it afresh (`body_sync` / `body_async`): from the
start for bytes, paths and seekable file objects, which may therefore be sent again when the
transport retries; an iterator or an unseekable file object can be read only once, so a call
sending one is never retried (`replayable`). `on_progress(loaded, total, percent)` is called
each time a piece has been handed to the connection (`total` and `percent` None when the size is
unknown; a retry counts from 0 again).

A download destination (`FileSink`) is a path, written through a temporary file in the same
folder and renamed into place once the whole body has arrived (a failed download leaves the
path as it was), or a binary file object, written where it stands.

Problems with the caller's files (a missing path, a failed read or write) are not raised: the
call answers a client-side error (`invalid_request` when found while planning, `io_error` during
the transfer; `progress_error` when `on_progress` raised, which ends the upload).
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeAlias

import httpx

CHUNK_SIZE = 256 * 1024
"""Bytes read from an upload body at a time."""

ProgressCallback: TypeAlias = Callable[[int, int | None, int | None], object]
"""`on_progress(loaded, total, percent)`: bytes sent so far, the body's size (None when
unknown) and the whole percentage sent (None when the size is unknown)."""

BytesLike: TypeAlias = bytes | bytearray | memoryview
Body: TypeAlias = BytesLike | str | os.PathLike[str] | IO[bytes] | Iterable[bytes]
"""What the sync client uploads: bytes, text (UTF-8), a path, a binary file object, or an
iterator of bytes."""
AsyncBody: TypeAlias = Body | AsyncIterable[bytes]
"""What the async client uploads: as `Body`, or an async iterator of bytes."""

DEFAULT_CONTENT_TYPE = "application/octet-stream"
COMPRESSED_TYPES = {
    "gzip": "application/gzip",
    "bzip2": "application/x-bzip2",
    "xz": "application/x-xz",
    "compress": "application/x-compress",
    "br": "application/x-brotli",
}
"""The type of a compressed file (`mimetypes` names `a.tar.gz` a tar with gzip encoding)."""


class LocalIOError(Exception):
    """Reading an upload body or writing a download failed on this side: the call answers an
    `io_error` (or `invalid_request` for a body of the wrong kind)."""

    def __init__(self, message: str, code: str = "io_error") -> None:
        super().__init__(message)
        self.code = code


def guess_content_type(file_name: str) -> str:
    """The media type `mimetypes` guesses from the file name, else `application/octet-stream`."""
    kind, encoding = mimetypes.guess_type(file_name, strict=False)
    if encoding is not None:
        return COMPRESSED_TYPES.get(encoding, DEFAULT_CONTENT_TYPE)
    return kind or DEFAULT_CONTENT_TYPE


def wire_content_type(content_type: str) -> str:
    """The `Content-Type` a raw upload is sent with: the file's own, except for the two types the
    server reads as something else than the file's bytes (JSON, which it decodes as the
    JavaScript client's encoding of a body, and multipart forms): those files go as
    `application/octet-stream`, their real type travelling in the `options` parameter."""
    essence = content_type.split(";", 1)[0].strip().lower()
    if essence == "application/json" or essence.startswith("multipart/"):
        return DEFAULT_CONTENT_TYPE
    return content_type


def _percent(loaded: int, total: int | None) -> int | None:
    if total is None:
        return None
    return 100 if total == 0 else loaded * 100 // total


class WrongClient:
    """A body the client it was given to cannot send (an async iterator given to the sync
    client): `UploadSource` refuses it while planning, so nothing is sent."""

    def __init__(self, message: str) -> None:
        self.message = message


def sendable_sync(body: Any) -> Any:
    """`body` as the sync client takes it: an async iterator is refused while planning."""
    if isinstance(body, AsyncIterable) and not isinstance(body, Iterable):
        return WrongClient(
            "The sync client cannot upload an async iterator: pass an iterator of bytes, or use "
            "the async client."
        )
    return body


def sendable_async(body: Any) -> Any:
    """`body` as the async client takes it: any body."""
    return body


class UploadSource:
    """The body of one upload: its size when known, whether it can be read again, and a fresh
    iterator of its pieces for each attempt (`body_sync`, `body_async`)."""

    def __init__(self, body: Any, on_progress: ProgressCallback | None = None) -> None:
        """Raises `LocalIOError` (code `invalid_request`) for a body that cannot be uploaded: a
        path that cannot be read, a text file object, a value of another type."""
        self.on_progress = on_progress
        self.total: int | None = None
        self.replayable = True
        self.failure: LocalIOError | None = None
        """What went wrong reading the body during the last attempt, if anything."""
        self._bytes: memoryview | None = None
        self._path: Path | None = None
        self._file: IO[bytes] | None = None
        self._start = 0
        self._iterable: Iterable[bytes] | AsyncIterable[bytes] | None = None
        self._used = False
        if isinstance(body, WrongClient):
            raise LocalIOError(body.message, "invalid_request")
        if isinstance(body, str):
            self._bytes = memoryview(body.encode("utf-8"))
        elif isinstance(body, bytes | bytearray | memoryview):
            self._bytes = memoryview(body).cast("B")
        elif isinstance(body, os.PathLike):
            self._path = Path(body)
            try:
                self.total = self._path.stat().st_size
            except OSError as error:
                raise LocalIOError(
                    f"The file {body} cannot be read: {error}", "invalid_request"
                ) from error
            if not self._path.is_file():
                raise LocalIOError(f"{body} is not a file.", "invalid_request")
        elif hasattr(body, "read"):
            self._take_file(body)
        elif isinstance(body, Iterable | AsyncIterable):
            self._iterable = body
            self.replayable = False
        else:
            raise LocalIOError(
                f"An upload body is bytes, str, a path, a binary file or an iterator of bytes, "
                f"not {type(body).__name__}.",
                "invalid_request",
            )
        if self._bytes is not None:
            self.total = len(self._bytes)

    def _take_file(self, file: Any) -> None:
        if isinstance(file, io.TextIOBase):
            raise LocalIOError(
                "The file is open in text mode: open it in binary mode ('rb').", "invalid_request"
            )
        self._file = file
        try:
            seekable = bool(file.seekable())
        except (AttributeError, OSError, ValueError):
            seekable = False
        if seekable:
            try:
                self._start = file.tell()
                end = file.seek(0, os.SEEK_END)
                file.seek(self._start)
                self.total = max(0, end - self._start)
                return
            except (OSError, ValueError) as error:
                raise LocalIOError(
                    f"The file cannot be read: {error}", "invalid_request"
                ) from error
        self.replayable = False

    @property
    def content_length(self) -> dict[str, str]:
        """The `Content-Length` header, when the size is known."""
        return {} if self.total is None else {"Content-Length": str(self.total)}

    def _begin(self) -> None:
        """Start an attempt (a second one only for a replayable body)."""
        if self._used and not self.replayable:
            raise LocalIOError("The upload body was an iterator, which can be read only once.")
        self._used = True
        self.failure = None
        self._report(0)

    def _report(self, loaded: int) -> None:
        if self.on_progress is not None:
            try:
                self.on_progress(loaded, self.total, _percent(loaded, self.total))
            except Exception as error:  # the caller's bug: it ends the upload, as a result
                raise LocalIOError(
                    f"on_progress raised {type(error).__name__}: {error}", "progress_error"
                ) from error

    def _failed(self, error: BaseException) -> LocalIOError:
        if isinstance(error, LocalIOError):
            self.failure = error
        else:
            self.failure = LocalIOError(f"Reading the upload body failed: {error}")
        return self.failure

    def _pieces(self) -> Iterator[bytes]:
        """The body's pieces, for bodies other than iterators."""
        if self._bytes is not None:
            data = self._bytes
            for start in range(0, len(data), CHUNK_SIZE):
                yield bytes(data[start : start + CHUNK_SIZE])
        elif self._path is not None:
            with self._path.open("rb") as file:
                yield from _read_file(file, self.total)
        elif self._file is not None:
            if self.replayable:
                self._file.seek(self._start)
            yield from _read_file(self._file, self.total)

    def body_sync(self) -> Iterator[bytes]:
        """A fresh iterator of the body's pieces for one attempt, reporting progress."""
        self._begin()
        return self._sync_pieces()

    def _sync_pieces(self) -> Iterator[bytes]:
        loaded = 0
        try:
            if isinstance(self._iterable, AsyncIterable) and not isinstance(
                self._iterable, Iterable
            ):
                raise LocalIOError(
                    "The sync client cannot upload an async iterator: pass an iterator of bytes.",
                    "invalid_request",
                )
            pieces = self._pieces() if self._iterable is None else iter(self._iterable)
            for piece in pieces:
                chunk = _checked(piece)
                if chunk:
                    yield chunk
                    loaded += len(chunk)
                    self._report(loaded)
        except GeneratorExit:
            raise
        except Exception as error:
            failure = self._failed(error)
            if failure is error:
                raise
            raise failure from error

    def body_async(self) -> AsyncIterator[bytes]:
        """A fresh async iterator of the body's pieces for one attempt, reporting progress."""
        self._begin()
        return self._async_pieces()

    async def _async_pieces(self) -> AsyncIterator[bytes]:
        loaded = 0
        try:
            if isinstance(self._iterable, AsyncIterable):
                async for piece in self._iterable:
                    chunk = _checked(piece)
                    if chunk:
                        yield chunk
                        loaded += len(chunk)
                        self._report(loaded)
                return
            pieces = self._pieces() if self._iterable is None else iter(self._iterable)
            for piece in pieces:
                chunk = _checked(piece)
                if chunk:
                    yield chunk
                    loaded += len(chunk)
                    self._report(loaded)
        except GeneratorExit:
            raise
        except Exception as error:
            failure = self._failed(error)
            if failure is error:
                raise
            raise failure from error


def _read_file(file: IO[bytes], total: int | None) -> Iterator[bytes]:
    """The pieces of `file` from where it stands: `total` bytes when the size is known (a file
    that grows meanwhile is cut there), else up to its end."""
    left = total
    while left is None or left > 0:
        piece = file.read(CHUNK_SIZE if left is None else min(CHUNK_SIZE, left))
        if not piece:
            return
        if left is not None:
            left -= len(piece)
        yield piece


def _checked(piece: object) -> bytes:
    if isinstance(piece, bytes):
        return piece
    if isinstance(piece, bytearray | memoryview):
        return bytes(piece)
    raise LocalIOError(
        f"An upload iterator must yield bytes, not {type(piece).__name__}.", "invalid_request"
    )


# ---------------------------------------------------------------- download destinations
class FileSink:
    """Where a download is written: a path (through a temporary file renamed into place when the
    body is complete) or a binary file object (from where it stands). `start` begins an attempt;
    `count` is the number of bytes written by the last one."""

    def __init__(self, destination: str | os.PathLike[str] | IO[bytes]) -> None:
        """Raises `LocalIOError` (code `invalid_request`) for a destination that is neither a
        path nor a binary file object."""
        self.count = 0
        self._path: Path | None = None
        self._temporary: IO[bytes] | None = None
        self._file: IO[bytes] | None = None
        self._start = 0
        self._seekable = False
        self._done = False
        if isinstance(destination, str | os.PathLike):
            self._path = Path(destination)
        elif hasattr(destination, "write") and not isinstance(destination, io.TextIOBase):
            self._file = destination
            with contextlib.suppress(AttributeError, OSError, ValueError):
                self._seekable = bool(destination.seekable())
                self._start = destination.tell() if self._seekable else 0
        else:
            kind = "a text file" if isinstance(destination, io.TextIOBase) else None
            raise LocalIOError(
                f"download_to() writes to a path or a binary file object, not "
                f"{kind or type(destination).__name__}.",
                "invalid_request",
            )

    @property
    def replayable(self) -> bool:
        """Whether an attempt can start again after a failed one (a file object that cannot seek
        back can not, once written to)."""
        return self._path is not None or self._seekable or self.count == 0

    def start(self) -> None:
        """Begin writing the body of an attempt (over what a failed one wrote)."""
        self.count = 0
        try:
            if self._path is not None:
                self._discard()
                self._temporary = tempfile.NamedTemporaryFile(  # noqa: SIM115 (kept open)
                    prefix=f".{self._path.name[:64]}.",
                    suffix=".part",
                    dir=self._path.parent,
                    delete=False,
                )
            elif self._file is not None and self._seekable:
                self._file.seek(self._start)
                self._file.truncate()
        except (OSError, ValueError) as error:
            raise LocalIOError(f"The download cannot be written: {error}") from error

    def write(self, chunk: bytes) -> None:
        target = self._temporary if self._path is not None else self._file
        assert target is not None
        try:
            target.write(chunk)
        except (OSError, ValueError) as error:
            raise LocalIOError(f"Writing the download failed: {error}") from error
        self.count += len(chunk)

    def finish(self) -> int:
        """The body is complete: put it in place; answer its size."""
        try:
            if self._path is not None and self._temporary is not None:
                self._temporary.close()
                os.replace(self._temporary.name, self._path)
                self._temporary = None
            elif self._file is not None:
                self._file.flush()
        except (OSError, ValueError) as error:
            raise LocalIOError(f"Writing the download failed: {error}") from error
        self._done = True
        return self.count

    def _discard(self) -> None:
        if self._temporary is not None:
            temporary, self._temporary = self._temporary, None
            with contextlib.suppress(OSError):
                temporary.close()
            with contextlib.suppress(OSError):
                os.unlink(temporary.name)

    def close(self) -> None:
        """End the download: a path not completed is left as it was."""
        self._discard()


def chunks_sync(response: httpx.Response) -> Iterator[bytes]:
    """The pieces of a streamed answer's body, as they arrive."""
    return response.iter_bytes()


def chunks_async(response: httpx.Response) -> AsyncIterator[bytes]:
    """The pieces of a streamed answer's body, as they arrive."""
    return response.aiter_bytes()
