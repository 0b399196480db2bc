"""The storage manager: buckets, and the files in them, with the JavaScript client's semantics.

    photos = client.storage.bucket("photos")
    info, errors = photos.upload("cat.png", Path("cat.png"), on_progress=print)
    data, errors = photos.file("cat.png").download()
    for info in client.storage.iter_files("size > :min", min=1_000_000):
        ...

`client.storage` (sync) and `async_client.storage` (async) have the same methods. Buckets and
files are addressed by name or id; `bucket(...)` and `file(...)` make no request.

Uploads stream their body (`altogic._streams`): bytes, text, a path, a binary file object or an
iterator of bytes (an async iterator too on the async client), never read whole; they are sent as
the raw body (`bucketUploadObject`, `fileReplaceObject`) with the file's content type, taken from
`content_type`, else guessed from the file name, else `application/octet-stream`. A JSON file is
sent as `application/octet-stream` with its real type in the `options` parameter, since the
server decodes a raw `application/json` body as the JavaScript client's encoding of one.
Downloads come whole (`download`), written to a file as they arrive (`download_to`), or streamed
(`stream`).

Listings (`list_buckets`, `list_files`, `search_files`) take an expression whose named
placeholders (`:name`) are filled from keyword arguments, as `db`'s `filter` does
(`altogic.expressions`), with `page`, `limit`, `sort=(field, "asc" | "desc")` and
`return_count_info`; `iter_buckets` and `iter_files` walk every page, one request per page.

This module holds what the two clients share: the `plan_*` functions that build each request from
the generated client's request builders and models (`altogic_api`, imported as `wire`), and the
state of a walk over all pages. The async managers are `altogic._async.storage`; the sync ones,
`altogic._sync.storage`, are generated from them.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar, cast

from altogic_api import models as wire
from altogic_api.api.storage import (
    bucket_add_tags,
    bucket_delete,
    bucket_delete_files,
    bucket_empty,
    bucket_exists,
    bucket_get_info,
    bucket_list_files,
    bucket_make_private,
    bucket_make_public,
    bucket_remove_tags,
    bucket_rename,
    bucket_update_info,
    bucket_upload_object,
    create_bucket,
    delete_file,
    file_add_tags,
    file_copy_to,
    file_delete,
    file_download,
    file_duplicate,
    file_exists,
    file_get_info,
    file_make_private,
    file_make_public,
    file_move_to,
    file_remove_tags,
    file_rename,
    file_replace_object,
    file_update_info,
    list_buckets,
    search_files,
    storage_get_stats,
)
from altogic_api.models.bucket_sort_entry_field import BUCKET_SORT_ENTRY_FIELD_VALUES
from altogic_api.models.file_sort_entry_field import FILE_SORT_ENTRY_FIELD_VALUES
from altogic_api.types import UNSET, File, Unset

from ._call import Call, call, refused
from ._lazy import lazy_attributes
from ._streams import (
    FileSink,
    LocalIOError,
    ProgressCallback,
    UploadSource,
    guess_content_type,
    wire_content_type,
)
from .expressions import ExpressionValue, bind
from .result import APIError, Result, VoidResult
from .types import Bucket, BucketPage, FileInfo, FilePage, SortDirection, StorageStats

if TYPE_CHECKING:
    from ._async.storage import (
        AsyncBucketManager,
        AsyncFileManager,
        AsyncFileStream,
        AsyncPageIterator,
        AsyncStorageManager,
    )
    from ._sync.storage import (
        BucketManager,
        FileManager,
        FileStream,
        PageIterator,
        StorageManager,
    )
else:
    __getattr__ = lazy_attributes(
        __name__,
        **dict.fromkeys(
            (
                "AsyncBucketManager",
                "AsyncFileManager",
                "AsyncFileStream",
                "AsyncPageIterator",
                "AsyncStorageManager",
            ),
            "altogic._async.storage",
        ),
        **dict.fromkeys(
            ("BucketManager", "FileManager", "FileStream", "PageIterator", "StorageManager"),
            "altogic._sync.storage",
        ),
    )

ROOT = "root"
"""The name of the bucket every environment has."""
DEFAULT_PAGE_SIZE = 100

Sort = tuple[str, SortDirection]
"""A sort entry: `(field, "asc" | "desc")`, e.g. `("size", "desc")`."""
Tags = str | Sequence[str]
Destination = str | os.PathLike[str] | IO[bytes]
"""Where `download_to` writes: a path, or a binary file object."""

Item = TypeVar("Item", Bucket, FileInfo)

# The answers whose type depends on the request (the spec's `anyOf`s), as checked.
_BUCKETS: type[Result[Any]] = Result[list[Bucket]]
_BUCKET_PAGE: type[Result[Any]] = Result[BucketPage]
_FILES: type[Result[Any]] = Result[list[FileInfo]]
_FILE_PAGE: type[Result[Any]] = Result[FilePage]


# ---------------------------------------------------------------- request values
def _tags(tags: Tags) -> list[str] | str:
    """One tag, or a list of them (as given when of another type: the server says what is
    wrong)."""
    if isinstance(tags, str) or not isinstance(tags, Sequence):
        return tags
    return list(tags)


def _optional_tags(tags: Tags | None) -> list[str] | str | Unset:
    return UNSET if tags is None else _tags(tags)


def _given(value: Any) -> Any:
    """`value`, or UNSET (not sent) when None."""
    return UNSET if value is None else value


@dataclass(frozen=True)
class Listing:
    """The expression and options of a listing, as given; `problem` says why it cannot be sent
    (the call is then answered `invalid_request` without being sent)."""

    expression: str | None
    page: int | None
    limit: int | None
    sort: dict[str, str] | None
    count_info: bool
    problem: str | None = None


def listing(
    where: str,
    expression: str | None,
    params: Mapping[str, ExpressionValue],
    *,
    page: int | None,
    limit: int | None,
    sort: Sort | None,
    return_count_info: bool,
    sort_fields: frozenset[str] | set[Any],
) -> Listing:
    """The listing `where` asks for, its expression's placeholders filled from `params`."""
    problem = None
    if expression is None:
        if params:
            names = ", ".join(f"{name}=" for name in params)
            problem = f"{where} was given {names}, but no expression to put them in."
    elif not isinstance(expression, str) or not expression.strip():
        problem = (
            f"{where} needs an expression, got {expression!r}; to list everything, leave the "
            "expression out (None)."
        )
    else:
        try:
            expression = bind(expression, params, where=where)
        except (TypeError, ValueError) as error:
            problem = str(error)
    entry = None
    if sort is not None:
        entry, sort_problem = _sort_entry(where, sort, sort_fields)
        problem = problem or sort_problem
    return Listing(expression, page, limit, entry, bool(return_count_info), problem)


def _sort_entry(
    where: str, sort: Any, fields: frozenset[str] | set[Any]
) -> tuple[dict[str, str] | None, str | None]:
    if not (isinstance(sort, tuple | list) and len(sort) == 2):
        return None, f"{where} takes sort=(field, 'asc' or 'desc'), not {sort!r}."
    name, direction = sort
    if name not in fields:
        known = ", ".join(sorted(fields))
        return None, f"{where} cannot sort by {name!r}; the fields are {known}."
    if not (isinstance(direction, str) and direction.lower() in ("asc", "desc")):
        return None, f"{where} takes the sort direction 'asc' or 'desc', not {direction!r}."
    return {"field": name, "direction": direction.lower()}, None


def _listed(planned: Call[Result[Any]], chosen: Listing) -> Call[Result[Any]]:
    return refused(planned, chosen.problem) if chosen.problem else planned


def _bucket_options(chosen: Listing) -> wire.BucketListOptions:
    return wire.BucketListOptions(
        page=_given(chosen.page),
        limit=_given(chosen.limit),
        sort=UNSET if chosen.sort is None else wire.BucketSortEntry.from_dict(chosen.sort),
        return_count_info=chosen.count_info,
    )


def _file_options(chosen: Listing) -> wire.FileListOptions:
    return wire.FileListOptions(
        page=_given(chosen.page),
        limit=_given(chosen.limit),
        sort=UNSET if chosen.sort is None else wire.FileSortEntry.from_dict(chosen.sort),
        return_count_info=chosen.count_info,
    )


def bucket_listing(where: str, expression: str | None, params: Any, **options: Any) -> Listing:
    return listing(where, expression, params, sort_fields=BUCKET_SORT_ENTRY_FIELD_VALUES, **options)


def file_listing(where: str, expression: str | None, params: Any, **options: Any) -> Listing:
    return listing(where, expression, params, sort_fields=FILE_SORT_ENTRY_FIELD_VALUES, **options)


# ---------------------------------------------------------------- plans: storage
def plan_create_bucket(
    name: str, is_public: bool, tags: Sequence[str] | None
) -> Call[Result[Bucket]]:
    body = wire.CreateBucketRequest(
        name=name, is_public=is_public, tags=UNSET if tags is None else list(tags)
    )
    return call(create_bucket._get_kwargs(body=body), Result[Bucket], idempotent=False)


def plan_list_buckets(chosen: Listing) -> Call[Result[Any]]:
    body = wire.ListBucketsRequest(expression=chosen.expression, options=_bucket_options(chosen))
    answer = _BUCKET_PAGE if chosen.count_info else _BUCKETS
    return _listed(call(list_buckets._get_kwargs(body=body), answer, idempotent=True), chosen)


def plan_get_stats() -> Call[Result[StorageStats]]:
    return call(storage_get_stats._get_kwargs(), Result[StorageStats], idempotent=True)


def plan_search_files(chosen: Listing) -> Call[Result[Any]]:
    body = wire.SearchFilesRequest(expression=chosen.expression, options=_file_options(chosen))
    answer = _FILE_PAGE if chosen.count_info else _FILES
    return _listed(call(search_files._get_kwargs(body=body), answer, idempotent=True), chosen)


def plan_delete_file(file_url: str) -> Call[VoidResult]:
    body = wire.DeleteFileRequest(file_url=file_url)
    return call(delete_file._get_kwargs(body=body), VoidResult, idempotent=False)


# ---------------------------------------------------------------- plans: buckets
def is_root(bucket: str) -> bool:
    """Whether `bucket` names the root bucket, which `exists` answers without a request (as the
    JavaScript client does)."""
    return bucket == ROOT


def plan_bucket_exists(bucket: str) -> Call[Result[bool]]:
    body = wire.BucketExistsRequest(bucket=bucket)
    return call(bucket_exists._get_kwargs(body=body), Result[bool], idempotent=True)


def plan_bucket_get_info(bucket: str, detailed: bool) -> Call[Result[Bucket]]:
    body = wire.BucketGetInfoRequest(bucket=bucket, detailed=detailed)
    return call(bucket_get_info._get_kwargs(body=body), Result[Bucket], idempotent=True)


def plan_bucket_empty(bucket: str) -> Call[VoidResult]:
    body = wire.BucketEmptyRequest(bucket=bucket)
    return call(bucket_empty._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_bucket_rename(bucket: str, new_name: str) -> Call[Result[Bucket]]:
    body = wire.BucketRenameRequest(bucket=bucket, new_name=new_name)
    return call(bucket_rename._get_kwargs(body=body), Result[Bucket], idempotent=False)


def plan_bucket_delete(bucket: str) -> Call[VoidResult]:
    body = wire.BucketDeleteRequest(bucket=bucket)
    return call(bucket_delete._get_kwargs(body=body), VoidResult, idempotent=False)


def plan_bucket_make_public(bucket: str, include_files: bool) -> Call[Result[Bucket]]:
    body = wire.BucketMakePublicRequest(bucket=bucket, include_files=include_files)
    return call(bucket_make_public._get_kwargs(body=body), Result[Bucket], idempotent=True)


def plan_bucket_make_private(bucket: str, include_files: bool) -> Call[Result[Bucket]]:
    body = wire.BucketMakePrivateRequest(bucket=bucket, include_files=include_files)
    return call(bucket_make_private._get_kwargs(body=body), Result[Bucket], idempotent=True)


def plan_list_files(bucket: str, chosen: Listing) -> Call[Result[Any]]:
    body = wire.BucketListFilesRequest(
        bucket=bucket, expression=chosen.expression, options=_file_options(chosen)
    )
    answer = _FILE_PAGE if chosen.count_info else _FILES
    return _listed(call(bucket_list_files._get_kwargs(body=body), answer, idempotent=True), chosen)


def _options_text(options: Any) -> str:
    return json.dumps(options.to_dict(), separators=(",", ":"), ensure_ascii=False)


def _header_problem(content_type: object) -> str | None:
    """Why `content_type` cannot be sent as a header value, if it cannot."""
    if not isinstance(content_type, str):
        return f"content_type is a string such as 'image/png', not {type(content_type).__name__}."
    if not content_type.isascii() or not content_type.isprintable() or not content_type.strip():
        return f"content_type {content_type!r} is not a media type such as 'image/png'."
    return None


def _streamed(
    request: dict[str, Any],
    answer: type[Any],
    *,
    idempotent: bool,
    body: Any,
    content_type: str,
    on_progress: ProgressCallback | None,
) -> Call[Any]:
    """The raw-body upload `request` (built by the generated client for an empty body), sending
    `body` streamed with `content_type`."""
    request.pop("content", None)
    planned: Call[Any] = call(request, answer, idempotent=idempotent)
    problem = _header_problem(content_type)
    if problem is not None:
        return refused(planned, problem)
    try:
        source = UploadSource(body, on_progress)
    except LocalIOError as error:
        return refused(planned, str(error))
    request["headers"] = {"Content-Type": wire_content_type(content_type), **source.content_length}
    # An upload creates a file: it is repeated only when the server cannot have received it.
    return dataclasses.replace(planned, upload=source, idempotent=idempotent and source.replayable)


def _empty_file() -> File:
    return File(payload=io.BytesIO())


def plan_upload(
    bucket: str,
    file_name: str,
    body: Any,
    *,
    content_type: str | None,
    is_public: bool | None,
    create_bucket: bool,
    tags: Tags | None,
    on_progress: ProgressCallback | None,
) -> Call[Result[FileInfo]]:
    kind = content_type if content_type is not None else guess_content_type(str(file_name))
    options = wire.FileUploadOptions(
        content_type=kind if isinstance(kind, str) else UNSET,
        is_public=_given(is_public),
        create_bucket=create_bucket,
        tags=_optional_tags(tags),
    )
    request = bucket_upload_object._get_kwargs(
        body=_empty_file(), bucket=bucket, file_name=file_name, options=_options_text(options)
    )
    return _streamed(
        request,
        Result[FileInfo],
        idempotent=False,
        body=body,
        content_type=kind,
        on_progress=on_progress,
    )


def plan_bucket_delete_files(bucket: str, names_or_ids: Sequence[str]) -> Call[VoidResult]:
    refs = [names_or_ids] if isinstance(names_or_ids, str) else list(names_or_ids)
    body = wire.BucketDeleteFilesRequest(bucket=bucket, file_names_or_ids=refs)
    return call(bucket_delete_files._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_bucket_add_tags(bucket: str, tags: Tags) -> Call[Result[Bucket]]:
    body = wire.BucketAddTagsRequest(bucket=bucket, tags=_tags(tags))
    return call(bucket_add_tags._get_kwargs(body=body), Result[Bucket], idempotent=True)


def plan_bucket_remove_tags(bucket: str, tags: Tags) -> Call[Result[Bucket]]:
    body = wire.BucketRemoveTagsRequest(bucket=bucket, tags=_tags(tags))
    return call(bucket_remove_tags._get_kwargs(body=body), Result[Bucket], idempotent=True)


def plan_bucket_update_info(
    bucket: str,
    new_name: str | None,
    is_public: bool | None,
    tags: Tags | None,
    include_files: bool,
) -> Call[Result[Bucket]]:
    body = wire.BucketUpdateInfoRequest(
        bucket=bucket,
        new_name=_given(new_name),
        is_public=_given(is_public),
        tags=_optional_tags(tags),
        include_files=include_files,
    )
    # A new name makes a repeat address a bucket that is no longer there.
    idempotent = new_name is None
    return call(bucket_update_info._get_kwargs(body=body), Result[Bucket], idempotent=idempotent)


# ---------------------------------------------------------------- plans: files
def plan_file_exists(bucket: str, file: str) -> Call[Result[bool]]:
    body = wire.FileExistsRequest(bucket=bucket, file=file)
    return call(file_exists._get_kwargs(body=body), Result[bool], idempotent=True)


def plan_file_get_info(bucket: str, file: str) -> Call[Result[FileInfo]]:
    body = wire.FileGetInfoRequest(bucket=bucket, file=file)
    return call(file_get_info._get_kwargs(body=body), Result[FileInfo], idempotent=True)


def plan_file_make_public(bucket: str, file: str) -> Call[Result[FileInfo]]:
    body = wire.FileMakePublicRequest(bucket=bucket, file=file)
    return call(file_make_public._get_kwargs(body=body), Result[FileInfo], idempotent=True)


def plan_file_make_private(bucket: str, file: str) -> Call[Result[FileInfo]]:
    body = wire.FileMakePrivateRequest(bucket=bucket, file=file)
    return call(file_make_private._get_kwargs(body=body), Result[FileInfo], idempotent=True)


def _download_request(bucket: str, file: str) -> dict[str, Any]:
    return file_download._get_kwargs(body=wire.FileDownloadRequest(bucket=bucket, file=file))


def plan_download(bucket: str, file: str) -> Call[Result[bytes]]:
    request = _download_request(bucket, file)
    return call(request, Result[bytes], idempotent=True, body="bytes")


def plan_download_to(bucket: str, file: str, destination: Destination) -> Call[Result[int]]:
    """The download of the file into `destination`, written as it arrives (the result is the
    number of bytes). The caller closes the plan's `sink` once the call is over."""
    planned = call(_download_request(bucket, file), Result[int], idempotent=True)
    try:
        sink = FileSink(destination)
    except LocalIOError as error:
        return refused(planned, str(error))
    return dataclasses.replace(planned, sink=sink)


def plan_stream(bucket: str, file: str) -> Call[Result[bytes]]:
    """The download of the file, its success answer kept open for its body to be streamed."""
    planned = call(_download_request(bucket, file), Result[bytes], idempotent=True, body="bytes")
    return dataclasses.replace(planned, keep_open=True)


def plan_file_rename(bucket: str, file: str, new_name: str) -> Call[Result[FileInfo]]:
    body = wire.FileRenameRequest(bucket=bucket, file=file, new_name=new_name)
    return call(file_rename._get_kwargs(body=body), Result[FileInfo], idempotent=False)


def plan_file_duplicate(
    bucket: str, file: str, duplicate_name: str | None
) -> Call[Result[FileInfo]]:
    # As in the JavaScript client, the key is left out when no name is given.
    body = wire.FileDuplicateRequest(
        bucket=bucket, file=file, duplicate_name=_given(duplicate_name)
    )
    return call(file_duplicate._get_kwargs(body=body), Result[FileInfo], idempotent=False)


def plan_file_delete(bucket: str, file: str) -> Call[VoidResult]:
    body = wire.FileDeleteRequest(bucket=bucket, file=file)
    return call(file_delete._get_kwargs(body=body), VoidResult, idempotent=False)


def plan_replace(
    bucket: str,
    file: str,
    body: Any,
    *,
    content_type: str | None,
    is_public: bool | None,
    tags: Tags | None,
    on_progress: ProgressCallback | None,
) -> Call[Result[FileInfo]]:
    if content_type is None:
        # The new contents' own name when they come from a path, else the file's name.
        named = body if isinstance(body, os.PathLike) else file
        content_type = guess_content_type(os.fspath(named))
    options = wire.FileReplaceOptions(
        content_type=content_type if isinstance(content_type, str) else UNSET,
        is_public=_given(is_public),
        tags=_optional_tags(tags),
    )
    request = file_replace_object._get_kwargs(
        body=_empty_file(), bucket=bucket, file=file, options=_options_text(options)
    )
    return _streamed(
        request,
        Result[FileInfo],
        idempotent=True,
        body=body,
        content_type=content_type,
        on_progress=on_progress,
    )


def plan_file_move_to(bucket: str, file: str, target: str) -> Call[Result[FileInfo]]:
    body = wire.FileMoveToRequest(bucket=bucket, file=file, bucket_name_or_id=target)
    return call(file_move_to._get_kwargs(body=body), Result[FileInfo], idempotent=False)


def plan_file_copy_to(bucket: str, file: str, target: str) -> Call[Result[FileInfo]]:
    body = wire.FileCopyToRequest(bucket=bucket, file=file, bucket_name_or_id=target)
    return call(file_copy_to._get_kwargs(body=body), Result[FileInfo], idempotent=False)


def plan_file_add_tags(bucket: str, file: str, tags: Tags) -> Call[Result[FileInfo]]:
    body = wire.FileAddTagsRequest(bucket=bucket, file=file, tags=_tags(tags))
    return call(file_add_tags._get_kwargs(body=body), Result[FileInfo], idempotent=True)


def plan_file_remove_tags(bucket: str, file: str, tags: Tags) -> Call[Result[FileInfo]]:
    body = wire.FileRemoveTagsRequest(bucket=bucket, file=file, tags=_tags(tags))
    return call(file_remove_tags._get_kwargs(body=body), Result[FileInfo], idempotent=True)


def plan_file_update_info(
    bucket: str, file: str, new_name: str | None, is_public: bool | None, tags: Tags | None
) -> Call[Result[FileInfo]]:
    body = wire.FileUpdateInfoRequest(
        bucket=bucket,
        file=file,
        new_name=_given(new_name),
        is_public=_given(is_public),
        tags=_optional_tags(tags),
    )
    idempotent = new_name is None
    return call(file_update_info._get_kwargs(body=body), Result[FileInfo], idempotent=idempotent)


# ---------------------------------------------------------------- walking every page
@dataclass
class Pager(Generic[Item]):
    """The state of a walk over every page of a listing (shared by both iterators). `plan`
    builds the request of a page: `plan(page, limit, with_count_info)`."""

    plan: Callable[[int, int, bool], Call[Result[Any]]]
    page_size: int
    page: int = 1
    used_size: int | None = None
    """The page size the server used (it may cap the one asked for)."""
    done: bool = False
    buffer: deque[Item] = field(default_factory=deque)
    errors: APIError | None = None

    def next_call(self) -> Call[Result[Any]]:
        # The first page brings the count information, which tells the page size in force.
        return self.plan(self.page, self.page_size, self.used_size is None)

    def take(self, result: Result[Any]) -> None:
        if result.errors is not None:
            self.errors, self.done = result.errors, True
            return
        items: list[Item]
        if self.used_size is None:
            page = cast(BucketPage | FilePage, result.data)
            self.used_size = page["info"]["pageSize"]
            items = cast(list[Item], page["data"])
        else:
            items = cast(list[Item], result.data)
        self.buffer.extend(items)
        self.page += 1
        # A short page is the last; so is an empty one, whatever page size a server claims.
        if not items or len(items) < self.used_size:
            self.done = True


def bucket_pager(
    expression: str | None,
    params: Mapping[str, ExpressionValue],
    sort: Sort | None,
    page_size: int,
) -> Pager[Bucket]:
    def plan(page: int, limit: int, count_info: bool) -> Call[Result[Any]]:
        chosen = bucket_listing(
            "iter_buckets()",
            expression,
            params,
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=count_info,
        )
        return plan_list_buckets(chosen)

    return Pager(plan, page_size)


def file_pager(
    bucket: str | None,
    expression: str | None,
    params: Mapping[str, ExpressionValue],
    sort: Sort | None,
    page_size: int,
) -> Pager[FileInfo]:
    """The walk over the files of `bucket`, or of every bucket (None)."""

    def plan(page: int, limit: int, count_info: bool) -> Call[Result[Any]]:
        chosen = file_listing(
            "iter_files()",
            expression,
            params,
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=count_info,
        )
        return plan_search_files(chosen) if bucket is None else plan_list_files(bucket, chosen)

    return Pager(plan, page_size)


__all__ = [
    "AsyncBucketManager",
    "AsyncFileManager",
    "AsyncFileStream",
    "AsyncPageIterator",
    "AsyncStorageManager",
    "BucketManager",
    "Destination",
    "FileManager",
    "FileStream",
    "PageIterator",
    "Sort",
    "StorageManager",
    "Tags",
]
