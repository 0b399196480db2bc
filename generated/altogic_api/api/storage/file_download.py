from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_download_request import FileDownloadRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: FileDownloadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/file/download",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileDownloadRequest,
) -> Response[ErrorBody | File]:
    """Download a file

     Answers the file's bytes. Public and private files alike can be downloaded: privacy only
    governs the public URL. The local backend answers with `Content-Type:
    application/octet-stream` whatever the file's mime type (read it with `fileGetInfo`), and
    a `Content-Disposition` header carrying the file name. Errors are JSON, as everywhere.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404).

    Args:
        body (FileDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
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
    body: FileDownloadRequest,
) -> ErrorBody | File | None:
    """Download a file

     Answers the file's bytes. Public and private files alike can be downloaded: privacy only
    governs the public URL. The local backend answers with `Content-Type:
    application/octet-stream` whatever the file's mime type (read it with `fileGetInfo`), and
    a `Content-Disposition` header carrying the file name. Errors are JSON, as everywhere.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404).

    Args:
        body (FileDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FileDownloadRequest,
) -> Response[ErrorBody | File]:
    """Download a file

     Answers the file's bytes. Public and private files alike can be downloaded: privacy only
    governs the public URL. The local backend answers with `Content-Type:
    application/octet-stream` whatever the file's mime type (read it with `fileGetInfo`), and
    a `Content-Disposition` header carrying the file name. Errors are JSON, as everywhere.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404).

    Args:
        body (FileDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FileDownloadRequest,
) -> ErrorBody | File | None:
    """Download a file

     Answers the file's bytes. Public and private files alike can be downloaded: privacy only
    governs the public URL. The local backend answers with `Content-Type:
    application/octet-stream` whatever the file's mime type (read it with `fileGetInfo`), and
    a `Content-Disposition` header carrying the file name. Errors are JSON, as everywhere.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found`, `file_not_found` (404).

    Args:
        body (FileDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
