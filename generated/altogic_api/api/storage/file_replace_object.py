from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_info import FileInfo
from ...models.json_buffer import JsonBuffer
from ...models.json_byte_index import JsonByteIndex
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bucket"] = bucket

    params["file"] = file

    params["options"] = options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/file/replace-object",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, JsonBuffer | JsonByteIndex | str):
        if isinstance(body, JsonBuffer) or isinstance(body, JsonByteIndex):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

        headers["Content-Type"] = "application/json"

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
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Replace a file's contents (raw body)

     Replaces the contents of an existing file with the request body and answers the updated
    `FileInfo`. The body is read exactly as in `bucketUploadObject` (raw bytes, or the
    JavaScript client's JSON encodings of a string, a Node.js Buffer or a typed array; an
    empty body makes an empty file; `multipart/form-data` answers 415), the mime type is
    chosen the same way, and `options` (`FileReplaceOptions`) works as in
    `fileReplaceFormData`: the file keeps its `_id`, name, bucket, `publicPath`, and, unless
    `options` says otherwise, its privacy and tags.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (File): The new contents.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file=file,
        options=options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Replace a file's contents (raw body)

     Replaces the contents of an existing file with the request body and answers the updated
    `FileInfo`. The body is read exactly as in `bucketUploadObject` (raw bytes, or the
    JavaScript client's JSON encodings of a string, a Node.js Buffer or a typed array; an
    empty body makes an empty file; `multipart/form-data` answers 415), the mime type is
    chosen the same way, and `options` (`FileReplaceOptions`) works as in
    `fileReplaceFormData`: the file keeps its `_id`, name, bucket, `publicPath`, and, unless
    `options` says otherwise, its privacy and tags.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (File): The new contents.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

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
        file=file,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Replace a file's contents (raw body)

     Replaces the contents of an existing file with the request body and answers the updated
    `FileInfo`. The body is read exactly as in `bucketUploadObject` (raw bytes, or the
    JavaScript client's JSON encodings of a string, a Node.js Buffer or a typed array; an
    empty body makes an empty file; `multipart/form-data` answers 415), the mime type is
    chosen the same way, and `options` (`FileReplaceOptions`) works as in
    `fileReplaceFormData`: the file keeps its `_id`, name, bucket, `publicPath`, and, unless
    `options` says otherwise, its privacy and tags.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (File): The new contents.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file=file,
        options=options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Replace a file's contents (raw body)

     Replaces the contents of an existing file with the request body and answers the updated
    `FileInfo`. The body is read exactly as in `bucketUploadObject` (raw bytes, or the
    JavaScript client's JSON encodings of a string, a Node.js Buffer or a typed array; an
    empty body makes an empty file; `multipart/form-data` answers 415), the mime type is
    chosen the same way, and `options` (`FileReplaceOptions`) works as in
    `fileReplaceFormData`: the file keeps its `_id`, name, bucket, `publicPath`, and, unless
    `options` says otherwise, its privacy and tags.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (File): The new contents.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

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
            file=file,
            options=options,
        )
    ).parsed
