from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_duplicate_request import FileDuplicateRequest
from ...models.file_info import FileInfo
from ...types import Response


def _get_kwargs(
    *,
    body: FileDuplicateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/file/duplicate",
    }

    _kwargs["json"] = body.to_dict()

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

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
    body: FileDuplicateRequest,
) -> Response[ErrorBody | FileInfo]:
    """Duplicate a file within its bucket

     Copies the file, in the same bucket, to a new file and answers the new `FileInfo`: a new
    `_id` and `publicPath`, the same contents, size, mime type, encoding, privacy and tags,
    `uploadedAt` and `updatedAt` set to now, and `userId` the signed-in caller's (none without
    a session). `duplicateName` names the copy; a name another file of the bucket has answers
    409. Without it (absent or `null`; the JavaScript client leaves the key out), the copy
    takes the original's name made unique as `bucketUploadFormData` describes
    (`photo.png` gives `photo-1.png`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404), `file_name_not_unique` (409).

    Args:
        body (FileDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FileDuplicateRequest,
) -> ErrorBody | FileInfo | None:
    """Duplicate a file within its bucket

     Copies the file, in the same bucket, to a new file and answers the new `FileInfo`: a new
    `_id` and `publicPath`, the same contents, size, mime type, encoding, privacy and tags,
    `uploadedAt` and `updatedAt` set to now, and `userId` the signed-in caller's (none without
    a session). `duplicateName` names the copy; a name another file of the bucket has answers
    409. Without it (absent or `null`; the JavaScript client leaves the key out), the copy
    takes the original's name made unique as `bucketUploadFormData` describes
    (`photo.png` gives `photo-1.png`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404), `file_name_not_unique` (409).

    Args:
        body (FileDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileDuplicateRequest,
) -> Response[ErrorBody | FileInfo]:
    """Duplicate a file within its bucket

     Copies the file, in the same bucket, to a new file and answers the new `FileInfo`: a new
    `_id` and `publicPath`, the same contents, size, mime type, encoding, privacy and tags,
    `uploadedAt` and `updatedAt` set to now, and `userId` the signed-in caller's (none without
    a session). `duplicateName` names the copy; a name another file of the bucket has answers
    409. Without it (absent or `null`; the JavaScript client leaves the key out), the copy
    takes the original's name made unique as `bucketUploadFormData` describes
    (`photo.png` gives `photo-1.png`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404), `file_name_not_unique` (409).

    Args:
        body (FileDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileDuplicateRequest,
) -> ErrorBody | FileInfo | None:
    """Duplicate a file within its bucket

     Copies the file, in the same bucket, to a new file and answers the new `FileInfo`: a new
    `_id` and `publicPath`, the same contents, size, mime type, encoding, privacy and tags,
    `uploadedAt` and `updatedAt` set to now, and `userId` the signed-in caller's (none without
    a session). `duplicateName` names the copy; a name another file of the bucket has answers
    409. Without it (absent or `null`; the JavaScript client leaves the key out), the copy
    takes the original's name made unique as `bucketUploadFormData` describes
    (`photo.png` gives `photo-1.png`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404), `file_name_not_unique` (409).

    Args:
        body (FileDuplicateRequest):

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
        )
    ).parsed
