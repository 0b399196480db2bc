# Generated from wrapper/altogic/_async/storage.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The storage manager, its bucket and file managers, the iterator over every page of a listing,
and the stream of a download."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Literal, overload

import httpx

from .._streams import Body, ProgressCallback, sendable_sync
from ..expressions import ExpressionValue
from ..result import APIError, Result, VoidResult
from ..storage import (
    DEFAULT_PAGE_SIZE,
    ROOT,
    Destination,
    Item,
    Pager,
    Sort,
    Tags,
    bucket_listing,
    bucket_pager,
    file_listing,
    file_pager,
    is_root,
    plan_bucket_add_tags,
    plan_bucket_delete,
    plan_bucket_delete_files,
    plan_bucket_empty,
    plan_bucket_exists,
    plan_bucket_get_info,
    plan_bucket_make_private,
    plan_bucket_make_public,
    plan_bucket_remove_tags,
    plan_bucket_rename,
    plan_bucket_update_info,
    plan_create_bucket,
    plan_delete_file,
    plan_download,
    plan_download_to,
    plan_file_add_tags,
    plan_file_copy_to,
    plan_file_delete,
    plan_file_duplicate,
    plan_file_exists,
    plan_file_get_info,
    plan_file_make_private,
    plan_file_make_public,
    plan_file_move_to,
    plan_file_remove_tags,
    plan_file_rename,
    plan_file_update_info,
    plan_get_stats,
    plan_list_buckets,
    plan_list_files,
    plan_replace,
    plan_search_files,
    plan_stream,
    plan_upload,
)
from ..types import Bucket, BucketPage, FileInfo, FilePage, StorageStats
from .answer import AnswerStream
from .sender import Sender


# ---------------------------------------------------------------- walking every page
class PageIterator(Generic[Item]):
    """Iterates over every bucket or file a listing matches, one page (one request) at a time
    (`iter_buckets`, `iter_files`).

    Iteration cannot return a `Result`, so an error ends it quietly; `errors` then holds it
    (None when every page was read). Pages are read by number, so items added or removed during
    the walk may be seen twice or missed.
    """

    def __init__(self, sender: Sender, pager: Pager[Item]) -> None:
        self._sender = sender
        self._pager: Pager[Item] = pager

    @property
    def errors(self) -> APIError | None:
        """The error that ended the walk, or None."""
        return self._pager.errors

    def __iter__(self) -> PageIterator[Item]:
        return self

    def __next__(self) -> Item:
        pager = self._pager
        while not pager.buffer:
            if pager.done:
                raise StopIteration
            pager.take(self._sender.send(pager.next_call()))
        return pager.buffer.popleft()


# ---------------------------------------------------------------- streamed downloads
class FileStream(AnswerStream):
    """`file.stream()`: the file's contents as they arrive, in a `with` block.

        with file.stream() as chunks:
            for chunk in chunks:
                ...
        if chunks.errors: ...

    Entering sends the request (retried and bounded by the client's timeout as any call); once
    the answer has begun, each read is bounded by the read timeout, not the total one, so the
    caller may take its time between chunks. Errors are not raised: a failed request yields no
    chunk, a connection lost midway ends the iteration early, and `errors` then holds the
    error (None when the whole file was read). Leaving the block closes the connection.
    """

    def __init__(self, sender: Sender, bucket: str, file: str) -> None:
        super().__init__(sender, plan_stream(bucket, file))
        self.size: int | None = None
        """The file's size in bytes (the answer's `Content-Length`), when known."""

    def _opened(self, response: httpx.Response) -> None:
        length = response.headers.get("content-length", "")
        self.size = int(length) if length.isdigit() else None


# ---------------------------------------------------------------- files
class FileManager:
    """`client.storage.bucket(name_or_id).file(name_or_id)`: one file of a bucket."""

    def __init__(self, sender: Sender, bucket: str, name_or_id: str) -> None:
        self._sender = sender
        self.bucket = bucket
        """The name or id of the file's bucket."""
        self.name_or_id = name_or_id

    def exists(self) -> Result[bool]:
        """Whether the file exists."""
        return self._sender.send(plan_file_exists(self.bucket, self.name_or_id))

    def get_info(self) -> Result[FileInfo]:
        """The file's metadata (`publicPath` is its public URL)."""
        return self._sender.send(plan_file_get_info(self.bucket, self.name_or_id))

    def make_public(self) -> Result[FileInfo]:
        """Let the public URL serve the file."""
        return self._sender.send(plan_file_make_public(self.bucket, self.name_or_id))

    def make_private(self) -> Result[FileInfo]:
        """Stop the public URL from serving the file (it can still be downloaded)."""
        return self._sender.send(plan_file_make_private(self.bucket, self.name_or_id))

    def download(self) -> Result[bytes]:
        """The file's contents, whole (for large files, see `download_to` and `stream`)."""
        return self._sender.send(plan_download(self.bucket, self.name_or_id))

    def download_to(self, path_or_file: Destination) -> Result[int]:
        """Write the file's contents to a path or a binary file object as they arrive; data is
        the number of bytes written. A path is written through a temporary file renamed into
        place at the end, so a failed download leaves it as it was."""
        planned = plan_download_to(self.bucket, self.name_or_id, path_or_file)
        try:
            return self._sender.send(planned)
        finally:
            if planned.sink is not None:
                planned.sink.close()

    def stream(self) -> FileStream:
        """The file's contents in chunks as they arrive, in a `with` block:

            with file.stream() as chunks:
                for chunk in chunks:
                    ...
            if chunks.errors: ...

        Errors are not raised: a failed request yields no chunk, a connection lost midway ends
        the iteration early; `errors` then holds the error."""
        return FileStream(self._sender, self.bucket, self.name_or_id)

    def rename(self, new_name: str) -> Result[FileInfo]:
        """Give the file the name `new_name`."""
        return self._sender.send(plan_file_rename(self.bucket, self.name_or_id, new_name))

    def duplicate(self, duplicate_name: str | None = None) -> Result[FileInfo]:
        """Copy the file in its bucket, as `duplicate_name` or under a free name derived from
        its own (`photo-1.png`)."""
        plan = plan_file_duplicate(self.bucket, self.name_or_id, duplicate_name)
        return self._sender.send(plan)

    def delete(self) -> VoidResult:
        """Delete the file."""
        return self._sender.send(plan_file_delete(self.bucket, self.name_or_id))

    def replace(
        self,
        body: Body,
        *,
        content_type: str | None = None,
        is_public: bool | None = None,
        tags: Tags | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Result[FileInfo]:
        """Replace the file's contents, keeping its name and id; `body` is streamed as `upload`
        streams it. The content type is `content_type`, else guessed from the name of a path
        `body`, else from the file's name. `is_public` and `tags` change the file's settings."""
        plan = plan_replace(
            self.bucket,
            self.name_or_id,
            sendable_sync(body),
            content_type=content_type,
            is_public=is_public,
            tags=tags,
            on_progress=on_progress,
        )
        return self._sender.send(plan)

    def move_to(self, bucket_name_or_id: str) -> Result[FileInfo]:
        """Move the file to another bucket (renamed `name-1.ext` ... if the name is taken
        there); this manager still addresses the old bucket."""
        plan = plan_file_move_to(self.bucket, self.name_or_id, bucket_name_or_id)
        return self._sender.send(plan)

    def copy_to(self, bucket_name_or_id: str) -> Result[FileInfo]:
        """Copy the file to another bucket (renamed `name-1.ext` ... if the name is taken
        there)."""
        plan = plan_file_copy_to(self.bucket, self.name_or_id, bucket_name_or_id)
        return self._sender.send(plan)

    def add_tags(self, tags: Tags) -> Result[FileInfo]:
        """Add one tag or several to the file."""
        return self._sender.send(plan_file_add_tags(self.bucket, self.name_or_id, tags))

    def remove_tags(self, tags: Tags) -> Result[FileInfo]:
        """Remove one tag or several from the file."""
        return self._sender.send(plan_file_remove_tags(self.bucket, self.name_or_id, tags))

    def update_info(
        self, new_name: str | None = None, is_public: bool | None = None, tags: Tags | None = None
    ) -> Result[FileInfo]:
        """Change the file's name, privacy and tags at once (None keeps a setting)."""
        plan = plan_file_update_info(self.bucket, self.name_or_id, new_name, is_public, tags)
        return self._sender.send(plan)


# ---------------------------------------------------------------- buckets
class BucketManager:
    """`client.storage.bucket(name_or_id)`: one bucket and its files."""

    def __init__(self, sender: Sender, name_or_id: str) -> None:
        self._sender = sender
        self.name_or_id = name_or_id

    def exists(self) -> Result[bool]:
        """Whether the bucket exists (true for `root` without a request, as the JavaScript
        client answers)."""
        if is_root(self.name_or_id):
            return Result(True)
        return self._sender.send(plan_bucket_exists(self.name_or_id))

    def get_info(self, detailed: bool = False) -> Result[Bucket]:
        """The bucket's metadata; with `detailed`, its file statistics too (`stats`)."""
        return self._sender.send(plan_bucket_get_info(self.name_or_id, detailed))

    def empty(self) -> VoidResult:
        """Delete every file of the bucket, keeping the bucket."""
        return self._sender.send(plan_bucket_empty(self.name_or_id))

    def rename(self, new_name: str) -> Result[Bucket]:
        """Give the bucket the name `new_name` (not `root`)."""
        return self._sender.send(plan_bucket_rename(self.name_or_id, new_name))

    def delete(self) -> VoidResult:
        """Delete the bucket and its files (not `root`)."""
        return self._sender.send(plan_bucket_delete(self.name_or_id))

    def make_public(self, include_files: bool = False) -> Result[Bucket]:
        """Make files added from now on public by default; with `include_files`, make the
        bucket's files public too."""
        plan = plan_bucket_make_public(self.name_or_id, include_files)
        return self._sender.send(plan)

    def make_private(self, include_files: bool = False) -> Result[Bucket]:
        """Make files added from now on private by default; with `include_files`, make the
        bucket's files private too."""
        plan = plan_bucket_make_private(self.name_or_id, include_files)
        return self._sender.send(plan)

    @overload
    def list_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[False] = False,
        **params: ExpressionValue,
    ) -> Result[list[FileInfo]]: ...
    @overload
    def list_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[True],
        **params: ExpressionValue,
    ) -> Result[FilePage]: ...
    def list_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: bool = False,
        **params: ExpressionValue,
    ) -> Result[Any]:
        """The bucket's files that match `expression` (all when None), one page of them:
        `page` (from 1) of `limit` files, sorted by `sort=(field, "asc" | "desc")`; with
        `return_count_info`, `{info, data}`. The expression's placeholders (`:name`) are filled
        from the other keyword arguments, as `db`'s `filter` fills them."""
        chosen = file_listing(
            "list_files()",
            expression,
            params,
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=return_count_info,
        )
        return self._sender.send(plan_list_files(self.name_or_id, chosen))

    def iter_files(
        self,
        expression: str | None = None,
        *,
        sort: Sort | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **params: ExpressionValue,
    ) -> PageIterator[FileInfo]:
        """Every file of the bucket that matches `expression`, fetching `page_size` files per
        request as iteration goes."""
        pager = file_pager(self.name_or_id, expression, params, sort, page_size)
        return PageIterator(self._sender, pager)

    def upload(
        self,
        file_name: str,
        body: Body,
        *,
        content_type: str | None = None,
        is_public: bool | None = None,
        create_bucket: bool = False,
        tags: Tags | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Result[FileInfo]:
        """Store a new file named `file_name` (made unique in the bucket: `photo-1.png` when
        `photo.png` is taken). `body` is bytes, text (UTF-8), a path, a binary file object or
        an iterator of bytes (sync or async), streamed, never read whole. The content type is
        `content_type`, else guessed from `file_name`, else `application/octet-stream`.
        `is_public` defaults to the bucket's setting; `create_bucket` creates a missing bucket.
        `on_progress(loaded, total, percent)` is called as the bytes are sent (`total` and
        `percent` None when the size is unknown). An iterator body is sent once: the call is
        not retried."""
        plan = plan_upload(
            self.name_or_id,
            file_name,
            sendable_sync(body),
            content_type=content_type,
            is_public=is_public,
            create_bucket=create_bucket,
            tags=tags,
            on_progress=on_progress,
        )
        return self._sender.send(plan)

    def file(self, name_or_id: str) -> FileManager:
        """The file `name_or_id` of this bucket (no request is made)."""
        return FileManager(self._sender, self.name_or_id, name_or_id)

    def delete_files(self, file_names_or_ids: Sequence[str]) -> VoidResult:
        """Delete the bucket's files with these names or ids; those that do not exist are
        skipped."""
        plan = plan_bucket_delete_files(self.name_or_id, file_names_or_ids)
        return self._sender.send(plan)

    def add_tags(self, tags: Tags) -> Result[Bucket]:
        """Add one tag or several to the bucket."""
        return self._sender.send(plan_bucket_add_tags(self.name_or_id, tags))

    def remove_tags(self, tags: Tags) -> Result[Bucket]:
        """Remove one tag or several from the bucket."""
        return self._sender.send(plan_bucket_remove_tags(self.name_or_id, tags))

    def update_info(
        self,
        new_name: str | None = None,
        is_public: bool | None = None,
        tags: Tags | None = None,
        include_files: bool = False,
    ) -> Result[Bucket]:
        """Change the bucket's name, privacy and tags at once (None keeps a setting); with
        `include_files`, its files take the bucket's resulting privacy."""
        plan = plan_bucket_update_info(self.name_or_id, new_name, is_public, tags, include_files)
        return self._sender.send(plan)


# ---------------------------------------------------------------- the manager
class StorageManager:
    """`client.storage`: buckets, files across buckets, and storage statistics."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def bucket(self, name_or_id: str) -> BucketManager:
        """The bucket `name_or_id` (no request is made)."""
        return BucketManager(self._sender, name_or_id)

    @property
    def root(self) -> BucketManager:
        """The `root` bucket, which every environment has."""
        return BucketManager(self._sender, ROOT)

    def create_bucket(
        self, name: str, is_public: bool = True, tags: Sequence[str] | None = None
    ) -> Result[Bucket]:
        """Create a bucket; `is_public` is the default privacy of the files added to it."""
        return self._sender.send(plan_create_bucket(name, is_public, tags))

    @overload
    def list_buckets(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[False] = False,
        **params: ExpressionValue,
    ) -> Result[list[Bucket]]: ...
    @overload
    def list_buckets(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[True],
        **params: ExpressionValue,
    ) -> Result[BucketPage]: ...
    def list_buckets(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: bool = False,
        **params: ExpressionValue,
    ) -> Result[Any]:
        """The buckets that match `expression` (all when None), one page of them: `page` (from
        1) of `limit` buckets, sorted by `sort=(field, "asc" | "desc")`; with
        `return_count_info`, `{info, data}`. The expression's placeholders (`:name`) are filled
        from the other keyword arguments, as `db`'s `filter` fills them."""
        chosen = bucket_listing(
            "list_buckets()",
            expression,
            params,
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=return_count_info,
        )
        return self._sender.send(plan_list_buckets(chosen))

    def iter_buckets(
        self,
        expression: str | None = None,
        *,
        sort: Sort | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **params: ExpressionValue,
    ) -> PageIterator[Bucket]:
        """Every bucket that matches `expression`, fetching `page_size` buckets per request as
        iteration goes."""
        return PageIterator(self._sender, bucket_pager(expression, params, sort, page_size))

    def get_stats(self) -> Result[StorageStats]:
        """File and bucket counts and sizes over the whole environment."""
        return self._sender.send(plan_get_stats())

    @overload
    def search_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[False] = False,
        **params: ExpressionValue,
    ) -> Result[list[FileInfo]]: ...
    @overload
    def search_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: Literal[True],
        **params: ExpressionValue,
    ) -> Result[FilePage]: ...
    def search_files(
        self,
        expression: str | None = None,
        *,
        page: int | None = None,
        limit: int | None = None,
        sort: Sort | None = None,
        return_count_info: bool = False,
        **params: ExpressionValue,
    ) -> Result[Any]:
        """The files of every bucket that match `expression`, one page of them, with the
        options and placeholders of `list_buckets`."""
        chosen = file_listing(
            "search_files()",
            expression,
            params,
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=return_count_info,
        )
        return self._sender.send(plan_search_files(chosen))

    def iter_files(
        self,
        expression: str | None = None,
        *,
        sort: Sort | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **params: ExpressionValue,
    ) -> PageIterator[FileInfo]:
        """Every file of every bucket that matches `expression` (as `search_files` finds
        them), fetching `page_size` files per request as iteration goes."""
        pager = file_pager(None, expression, params, sort, page_size)
        return PageIterator(self._sender, pager)

    def delete_file(self, file_url: str) -> VoidResult:
        """Delete the file whose public URL (`publicPath`) is `file_url`."""
        return self._sender.send(plan_delete_file(file_url))
