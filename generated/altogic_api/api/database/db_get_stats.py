from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_stats import DBStats
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/db/stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DBStats | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DBStats.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DBStats | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DBStats | ErrorBody]:
    """Database statistics

     Returns the number of top-level models and objects, the bytes the stored objects take, and
    the same figures for each top-level model. Altogic does not document this shape; the local
    backend chose the one in `DBStats`. A model counts when `app.yaml` declares it or when it
    holds at least one object.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBStats | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DBStats | ErrorBody | None:
    """Database statistics

     Returns the number of top-level models and objects, the bytes the stored objects take, and
    the same figures for each top-level model. Altogic does not document this shape; the local
    backend chose the one in `DBStats`. A model counts when `app.yaml` declares it or when it
    holds at least one object.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBStats | ErrorBody
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DBStats | ErrorBody]:
    """Database statistics

     Returns the number of top-level models and objects, the bytes the stored objects take, and
    the same figures for each top-level model. Altogic does not document this shape; the local
    backend chose the one in `DBStats`. A model counts when `app.yaml` declares it or when it
    holds at least one object.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBStats | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DBStats | ErrorBody | None:
    """Database statistics

     Returns the number of top-level models and objects, the bytes the stored objects take, and
    the same figures for each top-level model. Altogic does not document this shape; the local
    backend chose the one in `DBStats`. A model counts when `app.yaml` declares it or when it
    holds at least one object.

    Error codes: `missing_client_key`, `invalid_client_key` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBStats | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
