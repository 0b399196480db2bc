"""The storage module's operations (`/_api/rest/v1/storage/*` and the public file route); the
semantics live in `service.py`. Metadata handlers are plain functions, run in the thread pool;
uploads and downloads are coroutines that stream."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from altogic_models import (
    BucketAddTagsRequest,
    BucketDeleteFilesRequest,
    BucketDeleteRequest,
    BucketEmptyRequest,
    BucketExistsRequest,
    BucketGetInfoRequest,
    BucketListFilesRequest,
    BucketMakePrivateRequest,
    BucketMakePublicRequest,
    BucketRemoveTagsRequest,
    BucketRenameRequest,
    BucketUpdateInfoRequest,
    BucketUploadFormDataParametersQuery,
    BucketUploadObjectParametersQuery,
    CreateBucketRequest,
    DeleteFileRequest,
    FileAddTagsRequest,
    FileCopyToRequest,
    FileDeleteRequest,
    FileDownloadRequest,
    FileDuplicateRequest,
    FileExistsRequest,
    FileGetInfoRequest,
    FileMakePrivateRequest,
    FileMakePublicRequest,
    FileMoveToRequest,
    FileRemoveTagsRequest,
    FileRenameRequest,
    FileReplaceFormDataParametersQuery,
    FileReplaceObjectParametersQuery,
    FileReplaceOptions,
    FileUpdateInfoRequest,
    FileUploadOptions,
    ListBucketsRequest,
    SearchFilesRequest,
    Tag,
    TagList,
)
from pydantic import MISSING
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..jsonutil import dumps, empty_response, json_response
from ..operations import Operations
from ..sessions import SignedIn
from .responses import download_response, public_response
from .service import DEFAULT_LIMIT, Doc, ListOptions
from .uploads import Body, media_type, read_options

if TYPE_CHECKING:
    from .module import StorageModule

operations: Operations[StorageModule] = Operations()


# ---------------------------------------------------------------------------- helpers
def _given(value: Any) -> Any:
    return None if value is MISSING else value


def tags_of(value: Any) -> list[str] | None:
    """One tag or a list of them, as a list (None when absent)."""
    if value is MISSING or value is None:
        return None
    if isinstance(value, TagList):
        return [tag.root for tag in value.root]
    if isinstance(value, Tag):
        return [value.root]
    if isinstance(value, list):
        return [tag.root if isinstance(tag, Tag) else str(tag) for tag in value]
    return [str(value)]


def user_of(session: SignedIn | None) -> str | None:
    return session.user_id if session is not None else None


def list_options(options: Any) -> ListOptions:
    if options is MISSING or options is None:
        return ListOptions()
    sort = _given(options.sort)
    return ListOptions(
        page=_given(options.page) or 1,
        limit=_given(options.limit) or DEFAULT_LIMIT,
        sort=(str(sort.field.value), str(sort.direction.value)) if sort is not None else None,
        count_info=bool(options.return_count_info),
    )


def base_url(storage: StorageModule, request: Request) -> str:
    return storage.backend.public_url(request.scope)


def file_answer(doc: Doc, base: str) -> Response:
    return json_response(dumps({**doc, "publicPath": base + doc["publicPath"]}))


def bucket_answer(doc: Doc) -> Response:
    return json_response(dumps(doc))


# ---------------------------------------------------------------------------- storage
@operations("createBucket")
def create_bucket(
    storage: StorageModule, body: CreateBucketRequest, session: SignedIn | None
) -> Response:
    tags = [tag.root for tag in _given(body.tags) or ()]
    return bucket_answer(
        storage.service.create_bucket(body.name, body.is_public, tags, user_of(session))
    )


@operations("listBuckets")
def list_buckets(storage: StorageModule, body: ListBucketsRequest) -> Response:
    expression = _given(body.expression)
    return json_response(storage.service.list_buckets(expression, list_options(body.options)))


@operations("storageGetStats")
def storage_get_stats(storage: StorageModule) -> Response:
    return json_response(dumps(storage.service.stats()))


@operations("searchFiles")
def search_files(storage: StorageModule, body: SearchFilesRequest, request: Request) -> Response:
    answer = storage.service.list_files(
        None, _given(body.expression), list_options(body.options), base_url(storage, request)
    )
    return json_response(answer)


@operations("deleteFile")
def delete_file(storage: StorageModule, body: DeleteFileRequest) -> Response:
    storage.service.delete_by_url(body.file_url)
    return empty_response()


# ---------------------------------------------------------------------------- buckets
@operations("bucketExists")
def bucket_exists(storage: StorageModule, body: BucketExistsRequest) -> Response:
    return json_response(dumps(storage.service.bucket_exists(body.bucket)))


@operations("bucketGetInfo")
def bucket_get_info(storage: StorageModule, body: BucketGetInfoRequest) -> Response:
    return bucket_answer(storage.service.get_bucket(body.bucket, body.detailed))


@operations("bucketEmpty")
def bucket_empty(storage: StorageModule, body: BucketEmptyRequest) -> Response:
    storage.service.empty_bucket(body.bucket)
    return empty_response()


@operations("bucketRename")
def bucket_rename(storage: StorageModule, body: BucketRenameRequest) -> Response:
    return bucket_answer(storage.service.update_bucket(body.bucket, new_name=body.new_name))


@operations("bucketDelete")
def bucket_delete(storage: StorageModule, body: BucketDeleteRequest) -> Response:
    storage.service.delete_bucket(body.bucket)
    return empty_response()


@operations("bucketMakePublic")
def bucket_make_public(storage: StorageModule, body: BucketMakePublicRequest) -> Response:
    doc = storage.service.update_bucket(
        body.bucket, is_public=True, include_files=body.include_files
    )
    return bucket_answer(doc)


@operations("bucketMakePrivate")
def bucket_make_private(storage: StorageModule, body: BucketMakePrivateRequest) -> Response:
    doc = storage.service.update_bucket(
        body.bucket, is_public=False, include_files=body.include_files
    )
    return bucket_answer(doc)


@operations("bucketListFiles")
def bucket_list_files(
    storage: StorageModule, body: BucketListFilesRequest, request: Request
) -> Response:
    answer = storage.service.list_files(
        body.bucket,
        _given(body.expression),
        list_options(body.options),
        base_url(storage, request),
    )
    return json_response(answer)


@operations("bucketDeleteFiles")
def bucket_delete_files(storage: StorageModule, body: BucketDeleteFilesRequest) -> Response:
    storage.service.delete_files(body.bucket, [ref.root for ref in body.file_names_or_ids])
    return empty_response()


@operations("bucketAddTags")
def bucket_add_tags(storage: StorageModule, body: BucketAddTagsRequest) -> Response:
    return bucket_answer(storage.service.update_bucket(body.bucket, add_tags=tags_of(body.tags)))


@operations("bucketRemoveTags")
def bucket_remove_tags(storage: StorageModule, body: BucketRemoveTagsRequest) -> Response:
    doc = storage.service.update_bucket(body.bucket, remove_tags=tags_of(body.tags))
    return bucket_answer(doc)


@operations("bucketUpdateInfo")
def bucket_update_info(storage: StorageModule, body: BucketUpdateInfoRequest) -> Response:
    doc = storage.service.update_bucket(
        body.bucket,
        new_name=_given(body.new_name),
        is_public=_given(body.is_public),
        tags=tags_of(body.tags),
        include_files=body.include_files,
    )
    return bucket_answer(doc)


# ---------------------------------------------------------------------------- uploads
@operations("bucketUploadFormData")
async def bucket_upload_form_data(
    storage: StorageModule,
    query: BucketUploadFormDataParametersQuery,
    request: Request,
    session: SignedIn | None,
) -> Response:
    return await _upload(storage, query.bucket, query.file_name, query.options, request, session)


@operations("bucketUploadObject")
async def bucket_upload_object(
    storage: StorageModule,
    query: BucketUploadObjectParametersQuery,
    request: Request,
    session: SignedIn | None,
) -> Response:
    return await _upload(
        storage, query.bucket, query.file_name, query.options, request, session, raw=True
    )


async def _upload(
    storage: StorageModule,
    bucket: str,
    file_name: str,
    raw_options: Any,
    request: Request,
    session: SignedIn | None,
    *,
    raw: bool = False,
) -> Response:
    body = Body(request)
    try:
        options = read_options(raw_options, FileUploadOptions)
        await run_in_threadpool(storage.service.check_bucket, bucket, options.create_bucket)
        blob_id, size, received_type = await storage.receive(body, raw=raw)
    except Exception:
        await body.drain()
        raise
    mime_type = _mime_type(options.content_type, received_type, raw)
    doc = await run_in_threadpool(
        storage.service.add_file,
        bucket,
        options.create_bucket,
        file_name,
        blob_id,
        size,
        mime_type,
        _given(options.is_public),
        tags_of(options.tags) or [],
        user_of(session),
    )
    return file_answer(doc, base_url(storage, request))


def _mime_type(option: Any, received: str | None, raw: bool) -> str:
    """A raw body's type is `options.contentType`, else its own; a form part's is its own."""
    chosen = media_type(option) if raw and isinstance(option, str) else None
    return chosen or received or "application/octet-stream"


@operations("fileReplaceFormData")
async def file_replace_form_data(
    storage: StorageModule, query: FileReplaceFormDataParametersQuery, request: Request
) -> Response:
    return await _replace(storage, query.bucket, query.file, query.options, request)


@operations("fileReplaceObject")
async def file_replace_object(
    storage: StorageModule, query: FileReplaceObjectParametersQuery, request: Request
) -> Response:
    return await _replace(storage, query.bucket, query.file, query.options, request, raw=True)


async def _replace(
    storage: StorageModule,
    bucket: str,
    file: str,
    raw_options: Any,
    request: Request,
    *,
    raw: bool = False,
) -> Response:
    body = Body(request)
    try:
        options = read_options(raw_options, FileReplaceOptions)
        await run_in_threadpool(storage.service.check_file, bucket, file)
        blob_id, size, received_type = await storage.receive(body, raw=raw)
    except Exception:
        await body.drain()
        raise
    doc = await run_in_threadpool(
        storage.service.replace_contents,
        bucket,
        file,
        blob_id,
        size,
        _mime_type(options.content_type, received_type, raw),
        _given(options.is_public),
        tags_of(options.tags),
    )
    return file_answer(doc, base_url(storage, request))


# ---------------------------------------------------------------------------- files
@operations("fileExists")
def file_exists(storage: StorageModule, body: FileExistsRequest) -> Response:
    return json_response(dumps(storage.service.file_exists(body.bucket, body.file)))


@operations("fileGetInfo")
def file_get_info(storage: StorageModule, body: FileGetInfoRequest, request: Request) -> Response:
    doc = storage.service.get_file(body.bucket, body.file)
    return file_answer(doc, base_url(storage, request))


@operations("fileMakePublic")
def file_make_public(
    storage: StorageModule, body: FileMakePublicRequest, request: Request
) -> Response:
    doc = storage.service.update_file(body.bucket, body.file, is_public=True)
    return file_answer(doc, base_url(storage, request))


@operations("fileMakePrivate")
def file_make_private(
    storage: StorageModule, body: FileMakePrivateRequest, request: Request
) -> Response:
    doc = storage.service.update_file(body.bucket, body.file, is_public=False)
    return file_answer(doc, base_url(storage, request))


@operations("fileDownload")
async def file_download(storage: StorageModule, body: FileDownloadRequest) -> Response:
    stored = await run_in_threadpool(storage.service.open_stored, body.bucket, body.file)
    return download_response(stored)


@operations("fileRename")
def file_rename(storage: StorageModule, body: FileRenameRequest, request: Request) -> Response:
    doc = storage.service.update_file(body.bucket, body.file, new_name=body.new_name)
    return file_answer(doc, base_url(storage, request))


@operations("fileDuplicate")
def file_duplicate(
    storage: StorageModule,
    body: FileDuplicateRequest,
    request: Request,
    session: SignedIn | None,
) -> Response:
    doc = storage.service.duplicate(
        body.bucket, body.file, None, _given(body.duplicate_name), user_of(session)
    )
    return file_answer(doc, base_url(storage, request))


@operations("fileDelete")
def file_delete(storage: StorageModule, body: FileDeleteRequest) -> Response:
    storage.service.delete_file(body.bucket, body.file)
    return empty_response()


@operations("fileMoveTo")
def file_move_to(storage: StorageModule, body: FileMoveToRequest, request: Request) -> Response:
    doc = storage.service.move(body.bucket, body.file, body.bucket_name_or_id)
    return file_answer(doc, base_url(storage, request))


@operations("fileCopyTo")
def file_copy_to(
    storage: StorageModule, body: FileCopyToRequest, request: Request, session: SignedIn | None
) -> Response:
    doc = storage.service.duplicate(
        body.bucket, body.file, body.bucket_name_or_id, None, user_of(session)
    )
    return file_answer(doc, base_url(storage, request))


@operations("fileAddTags")
def file_add_tags(storage: StorageModule, body: FileAddTagsRequest, request: Request) -> Response:
    doc = storage.service.update_file(body.bucket, body.file, add_tags=tags_of(body.tags))
    return file_answer(doc, base_url(storage, request))


@operations("fileRemoveTags")
def file_remove_tags(
    storage: StorageModule, body: FileRemoveTagsRequest, request: Request
) -> Response:
    doc = storage.service.update_file(body.bucket, body.file, remove_tags=tags_of(body.tags))
    return file_answer(doc, base_url(storage, request))


@operations("fileUpdateInfo")
def file_update_info(
    storage: StorageModule, body: FileUpdateInfoRequest, request: Request
) -> Response:
    doc = storage.service.update_file(
        body.bucket,
        body.file,
        new_name=_given(body.new_name),
        is_public=_given(body.is_public),
        tags=tags_of(body.tags),
    )
    return file_answer(doc, base_url(storage, request))


# ---------------------------------------------------------------------------- public URL
@operations("publicFile")
async def public_file(
    storage: StorageModule,
    envId: str,  # (the spec's names)
    bucketId: str,
    fileId: str,
    request: Request,
) -> Response:
    stored = await run_in_threadpool(storage.service.open_public, envId, bucketId, fileId)
    return public_response(request, stored, storage.backend.clock.now())
