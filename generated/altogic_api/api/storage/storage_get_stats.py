from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.storage_stats import StorageStats
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/storage/stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | StorageStats | None:
    if response.status_code == 200:
        response_200 = StorageStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | StorageStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | StorageStats]:
    """Storage statistics

     Returns totals over every bucket, `root` included: the number of buckets and of files,
    the bytes stored, and the average, smallest and largest file size in bytes (all 0 when
    there are no files). The field names are those of Altogic's published example.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StorageStats]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | StorageStats | None:
    """Storage statistics

     Returns totals over every bucket, `root` included: the number of buckets and of files,
    the bytes stored, and the average, smallest and largest file size in bytes (all 0 when
    there are no files). The field names are those of Altogic's published example.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StorageStats
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | StorageStats]:
    """Storage statistics

     Returns totals over every bucket, `root` included: the number of buckets and of files,
    the bytes stored, and the average, smallest and largest file size in bytes (all 0 when
    there are no files). The field names are those of Altogic's published example.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StorageStats]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | StorageStats | None:
    """Storage statistics

     Returns totals over every bucket, `root` included: the number of buckets and of files,
    the bytes stored, and the average, smallest and largest file size in bytes (all 0 when
    there are no files). The field names are those of Altogic's published example.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StorageStats
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
