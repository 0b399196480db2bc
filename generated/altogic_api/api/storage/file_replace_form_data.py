from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_info import FileInfo
from ...models.file_replace_form_data_request import FileReplaceFormDataRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileReplaceFormDataRequest,
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
        "url": "/_api/rest/v1/storage/bucket/file/replace-formdata",
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
    body: FileReplaceFormDataRequest,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Replace a file's contents (multipart form)

     Replaces the contents of an existing file with the `file` part of a `multipart/form-data`
    body and answers the updated `FileInfo`. The file keeps its `_id`, name, bucket and
    `publicPath`; its size, mime type and encoding come from the new contents (read as in
    `bucketUploadFormData`), and `uploadedAt` and `updatedAt` become now.

    `options` is the JSON text of a `FileReplaceOptions` object, checked by the server as in
    `bucketUploadFormData`. `options.tags`, when given, replaces the file's tags; otherwise
    they are kept. `options.isPublic`, when given, sets the file's privacy; without it the
    local backend keeps the file's current setting, so that replacing a private file's
    contents never publishes it (the JavaScript client's documentation says the bucket's
    setting applies; we chose the safer reading). The size limit is the upload limit.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (FileReplaceFormDataRequest): The multipart form of a replacement.

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
    body: FileReplaceFormDataRequest,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Replace a file's contents (multipart form)

     Replaces the contents of an existing file with the `file` part of a `multipart/form-data`
    body and answers the updated `FileInfo`. The file keeps its `_id`, name, bucket and
    `publicPath`; its size, mime type and encoding come from the new contents (read as in
    `bucketUploadFormData`), and `uploadedAt` and `updatedAt` become now.

    `options` is the JSON text of a `FileReplaceOptions` object, checked by the server as in
    `bucketUploadFormData`. `options.tags`, when given, replaces the file's tags; otherwise
    they are kept. `options.isPublic`, when given, sets the file's privacy; without it the
    local backend keeps the file's current setting, so that replacing a private file's
    contents never publishes it (the JavaScript client's documentation says the bucket's
    setting applies; we chose the safer reading). The size limit is the upload limit.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (FileReplaceFormDataRequest): The multipart form of a replacement.

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
    body: FileReplaceFormDataRequest,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Replace a file's contents (multipart form)

     Replaces the contents of an existing file with the `file` part of a `multipart/form-data`
    body and answers the updated `FileInfo`. The file keeps its `_id`, name, bucket and
    `publicPath`; its size, mime type and encoding come from the new contents (read as in
    `bucketUploadFormData`), and `uploadedAt` and `updatedAt` become now.

    `options` is the JSON text of a `FileReplaceOptions` object, checked by the server as in
    `bucketUploadFormData`. `options.tags`, when given, replaces the file's tags; otherwise
    they are kept. `options.isPublic`, when given, sets the file's privacy; without it the
    local backend keeps the file's current setting, so that replacing a private file's
    contents never publishes it (the JavaScript client's documentation says the bucket's
    setting applies; we chose the safer reading). The size limit is the upload limit.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (FileReplaceFormDataRequest): The multipart form of a replacement.

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
    body: FileReplaceFormDataRequest,
    bucket: str,
    file: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Replace a file's contents (multipart form)

     Replaces the contents of an existing file with the `file` part of a `multipart/form-data`
    body and answers the updated `FileInfo`. The file keeps its `_id`, name, bucket and
    `publicPath`; its size, mime type and encoding come from the new contents (read as in
    `bucketUploadFormData`), and `uploadedAt` and `updatedAt` become now.

    `options` is the JSON text of a `FileReplaceOptions` object, checked by the server as in
    `bucketUploadFormData`. `options.tags`, when given, replaces the file's tags; otherwise
    they are kept. `options.isPublic`, when given, sets the file's privacy; without it the
    local backend keeps the file's current setting, so that replacing a private file's
    contents never publishes it (the JavaScript client's documentation says the bucket's
    setting applies; we chose the safer reading). The size limit is the upload limit.

    Error codes: `validation_error` (400: no `file` part, another part, or bad `options`),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found`, `file_not_found`
    (404), `request_body_size_too_large` (413), `unsupported_media_type` (415, the body is not
    `multipart/form-data`).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id`
            of a file
            of the bucket addresses that file; otherwise the file with that name.
        options (str | Unset):
        body (FileReplaceFormDataRequest): The multipart form of a replacement.

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
