from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket_upload_form_data_request import BucketUploadFormDataRequest
from ...models.error_body import ErrorBody
from ...models.file_info import FileInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BucketUploadFormDataRequest,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bucket"] = bucket

    params["fileName"] = file_name

    params["options"] = options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/upload-formdata",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FileInfo | None:
    if response.status_code == 200:
        response_200 = FileInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | FileInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketUploadFormDataRequest,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Upload a file (multipart form)

     Stores a new file in `bucket` and answers its `FileInfo`. The body is
    `multipart/form-data` with one part, named `file`, holding the bytes; the stored name is
    the `fileName` query parameter (the part's own file name is ignored).

    * **Options.** `options` is the JSON text of a `FileUploadOptions` object; the JavaScript
      client always sends it. A query string cannot carry a JSON schema, so the server checks
      it: text that is not JSON, or not a valid `FileUploadOptions`, answers 400
      `validation_error` with `details.field` `options` (or `options.<key>`) and
      `details.location` `query`.
    * **Bucket.** An unknown bucket answers 404 `bucket_not_found`, unless
      `options.createBucket` is true: then a bucket with that name is created first (public,
      no tags, as `createBucket` would make it).
    * **Privacy and tags.** `options.isPublic` sets the file's privacy; without it the file
      takes the bucket's `isPublic`. `options.tags` become the file's tags.
    * **Mime type.** The part's `Content-Type`, without parameters and in lower case
      (`text/html;charset=UTF-8` is stored as `text/html`); a part without one is stored as
      `application/octet-stream`. `options.contentType` is ignored for form uploads, as the
      JavaScript client documents. `encoding` is always `7bit`, as in every Altogic example.
    * **Name collisions.** When the bucket already holds a file named `fileName`, the new file
      gets the first free name `<stem>-<n><ext>` for n = 1, 2, ..., where `<ext>` is the last
      dot-suffix of the name (none when the name has no dot, or only a leading one):
      `photo.png` becomes `photo-1.png`, `archive.tar.gz` becomes `archive.tar-1.gz`, `README`
      becomes `README-1`, `.env` becomes `.env-1`. `bucketUploadObject`, `fileDuplicate`
      without a name, `fileCopyTo` and `fileMoveTo` use the same scheme.
    * **Size.** A file larger than the local backend's upload limit (`storage.maxFileSize` in
      `app.yaml`; 100 MiB, 104,857,600 bytes, by default) is refused with 413 as soon as the
      bytes received pass it, and nothing is kept. The binary part has no `maxLength` in the
      schema for that reason. The body is read as it arrives, never whole.
    * **Owner.** With a valid `Session` header the file's `userId` is that user's id;
      otherwise the file has no `userId`.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (BucketUploadFormDataRequest): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BucketUploadFormDataRequest,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Upload a file (multipart form)

     Stores a new file in `bucket` and answers its `FileInfo`. The body is
    `multipart/form-data` with one part, named `file`, holding the bytes; the stored name is
    the `fileName` query parameter (the part's own file name is ignored).

    * **Options.** `options` is the JSON text of a `FileUploadOptions` object; the JavaScript
      client always sends it. A query string cannot carry a JSON schema, so the server checks
      it: text that is not JSON, or not a valid `FileUploadOptions`, answers 400
      `validation_error` with `details.field` `options` (or `options.<key>`) and
      `details.location` `query`.
    * **Bucket.** An unknown bucket answers 404 `bucket_not_found`, unless
      `options.createBucket` is true: then a bucket with that name is created first (public,
      no tags, as `createBucket` would make it).
    * **Privacy and tags.** `options.isPublic` sets the file's privacy; without it the file
      takes the bucket's `isPublic`. `options.tags` become the file's tags.
    * **Mime type.** The part's `Content-Type`, without parameters and in lower case
      (`text/html;charset=UTF-8` is stored as `text/html`); a part without one is stored as
      `application/octet-stream`. `options.contentType` is ignored for form uploads, as the
      JavaScript client documents. `encoding` is always `7bit`, as in every Altogic example.
    * **Name collisions.** When the bucket already holds a file named `fileName`, the new file
      gets the first free name `<stem>-<n><ext>` for n = 1, 2, ..., where `<ext>` is the last
      dot-suffix of the name (none when the name has no dot, or only a leading one):
      `photo.png` becomes `photo-1.png`, `archive.tar.gz` becomes `archive.tar-1.gz`, `README`
      becomes `README-1`, `.env` becomes `.env-1`. `bucketUploadObject`, `fileDuplicate`
      without a name, `fileCopyTo` and `fileMoveTo` use the same scheme.
    * **Size.** A file larger than the local backend's upload limit (`storage.maxFileSize` in
      `app.yaml`; 100 MiB, 104,857,600 bytes, by default) is refused with 413 as soon as the
      bytes received pass it, and nothing is kept. The binary part has no `maxLength` in the
      schema for that reason. The body is read as it arrives, never whole.
    * **Owner.** With a valid `Session` header the file's `userId` is that user's id;
      otherwise the file has no `userId`.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (BucketUploadFormDataRequest): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileInfo
    """

    return sync_detailed(
        client=client,
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketUploadFormDataRequest,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Upload a file (multipart form)

     Stores a new file in `bucket` and answers its `FileInfo`. The body is
    `multipart/form-data` with one part, named `file`, holding the bytes; the stored name is
    the `fileName` query parameter (the part's own file name is ignored).

    * **Options.** `options` is the JSON text of a `FileUploadOptions` object; the JavaScript
      client always sends it. A query string cannot carry a JSON schema, so the server checks
      it: text that is not JSON, or not a valid `FileUploadOptions`, answers 400
      `validation_error` with `details.field` `options` (or `options.<key>`) and
      `details.location` `query`.
    * **Bucket.** An unknown bucket answers 404 `bucket_not_found`, unless
      `options.createBucket` is true: then a bucket with that name is created first (public,
      no tags, as `createBucket` would make it).
    * **Privacy and tags.** `options.isPublic` sets the file's privacy; without it the file
      takes the bucket's `isPublic`. `options.tags` become the file's tags.
    * **Mime type.** The part's `Content-Type`, without parameters and in lower case
      (`text/html;charset=UTF-8` is stored as `text/html`); a part without one is stored as
      `application/octet-stream`. `options.contentType` is ignored for form uploads, as the
      JavaScript client documents. `encoding` is always `7bit`, as in every Altogic example.
    * **Name collisions.** When the bucket already holds a file named `fileName`, the new file
      gets the first free name `<stem>-<n><ext>` for n = 1, 2, ..., where `<ext>` is the last
      dot-suffix of the name (none when the name has no dot, or only a leading one):
      `photo.png` becomes `photo-1.png`, `archive.tar.gz` becomes `archive.tar-1.gz`, `README`
      becomes `README-1`, `.env` becomes `.env-1`. `bucketUploadObject`, `fileDuplicate`
      without a name, `fileCopyTo` and `fileMoveTo` use the same scheme.
    * **Size.** A file larger than the local backend's upload limit (`storage.maxFileSize` in
      `app.yaml`; 100 MiB, 104,857,600 bytes, by default) is refused with 413 as soon as the
      bytes received pass it, and nothing is kept. The binary part has no `maxLength` in the
      schema for that reason. The body is read as it arrives, never whole.
    * **Owner.** With a valid `Session` header the file's `userId` is that user's id;
      otherwise the file has no `userId`.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (BucketUploadFormDataRequest): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BucketUploadFormDataRequest,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Upload a file (multipart form)

     Stores a new file in `bucket` and answers its `FileInfo`. The body is
    `multipart/form-data` with one part, named `file`, holding the bytes; the stored name is
    the `fileName` query parameter (the part's own file name is ignored).

    * **Options.** `options` is the JSON text of a `FileUploadOptions` object; the JavaScript
      client always sends it. A query string cannot carry a JSON schema, so the server checks
      it: text that is not JSON, or not a valid `FileUploadOptions`, answers 400
      `validation_error` with `details.field` `options` (or `options.<key>`) and
      `details.location` `query`.
    * **Bucket.** An unknown bucket answers 404 `bucket_not_found`, unless
      `options.createBucket` is true: then a bucket with that name is created first (public,
      no tags, as `createBucket` would make it).
    * **Privacy and tags.** `options.isPublic` sets the file's privacy; without it the file
      takes the bucket's `isPublic`. `options.tags` become the file's tags.
    * **Mime type.** The part's `Content-Type`, without parameters and in lower case
      (`text/html;charset=UTF-8` is stored as `text/html`); a part without one is stored as
      `application/octet-stream`. `options.contentType` is ignored for form uploads, as the
      JavaScript client documents. `encoding` is always `7bit`, as in every Altogic example.
    * **Name collisions.** When the bucket already holds a file named `fileName`, the new file
      gets the first free name `<stem>-<n><ext>` for n = 1, 2, ..., where `<ext>` is the last
      dot-suffix of the name (none when the name has no dot, or only a leading one):
      `photo.png` becomes `photo-1.png`, `archive.tar.gz` becomes `archive.tar-1.gz`, `README`
      becomes `README-1`, `.env` becomes `.env-1`. `bucketUploadObject`, `fileDuplicate`
      without a name, `fileCopyTo` and `fileMoveTo` use the same scheme.
    * **Size.** A file larger than the local backend's upload limit (`storage.maxFileSize` in
      `app.yaml`; 100 MiB, 104,857,600 bytes, by default) is refused with 413 as soon as the
      bytes received pass it, and nothing is kept. The binary part has no `maxLength` in the
      schema for that reason. The body is read as it arrives, never whole.
    * **Owner.** With a valid `Session` header the file's `userId` is that user's id;
      otherwise the file has no `userId`.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (BucketUploadFormDataRequest): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            bucket=bucket,
            file_name=file_name,
            options=options,
        )
    ).parsed
