from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_stats import CacheStats
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/cache/stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CacheStats | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CacheStats.from_dict(response.json())

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
) -> Response[CacheStats | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CacheStats | ErrorBody]:
    """Cache statistics

     Returns the number of keys, the bytes they occupy, and the bytes written (ingress) and read
    (egress) today and this month (UTC). Altogic does not document these field names; the local
    backend chose the ones in `CacheStats`.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheStats | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CacheStats | ErrorBody | None:
    """Cache statistics

     Returns the number of keys, the bytes they occupy, and the bytes written (ingress) and read
    (egress) today and this month (UTC). Altogic does not document these field names; the local
    backend chose the ones in `CacheStats`.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheStats | ErrorBody
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CacheStats | ErrorBody]:
    """Cache statistics

     Returns the number of keys, the bytes they occupy, and the bytes written (ingress) and read
    (egress) today and this month (UTC). Altogic does not document these field names; the local
    backend chose the ones in `CacheStats`.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheStats | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CacheStats | ErrorBody | None:
    """Cache statistics

     Returns the number of keys, the bytes they occupy, and the bytes written (ingress) and read
    (egress) today and this month (UTC). Altogic does not document these field names; the local
    backend chose the ones in `CacheStats`.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheStats | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
