from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_decrement_request import CacheDecrementRequest
from ...models.cache_numeric_value import CacheNumericValue
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CacheDecrementRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/cache/decrement",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CacheNumericValue | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CacheNumericValue.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CacheNumericValue | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CacheDecrementRequest,
) -> Response[CacheNumericValue | ErrorBody]:
    """Decrement a numeric value

     Subtracts `decrement` (default 1) from the number stored under `key` and returns the new
    value as `{"value": <number>}`. A missing key starts from 0, so decrementing it gives a
    negative number. `ttl` behaves as in `cacheIncrement`.

    Error codes: `validation_error` (400), `cache_value_not_numeric`, `cache_value_out_of_range`
    (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (CacheDecrementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheNumericValue | ErrorBody]
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
    body: CacheDecrementRequest,
) -> CacheNumericValue | ErrorBody | None:
    """Decrement a numeric value

     Subtracts `decrement` (default 1) from the number stored under `key` and returns the new
    value as `{"value": <number>}`. A missing key starts from 0, so decrementing it gives a
    negative number. `ttl` behaves as in `cacheIncrement`.

    Error codes: `validation_error` (400), `cache_value_not_numeric`, `cache_value_out_of_range`
    (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (CacheDecrementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheNumericValue | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CacheDecrementRequest,
) -> Response[CacheNumericValue | ErrorBody]:
    """Decrement a numeric value

     Subtracts `decrement` (default 1) from the number stored under `key` and returns the new
    value as `{"value": <number>}`. A missing key starts from 0, so decrementing it gives a
    negative number. `ttl` behaves as in `cacheIncrement`.

    Error codes: `validation_error` (400), `cache_value_not_numeric`, `cache_value_out_of_range`
    (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (CacheDecrementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheNumericValue | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CacheDecrementRequest,
) -> CacheNumericValue | ErrorBody | None:
    """Decrement a numeric value

     Subtracts `decrement` (default 1) from the number stored under `key` and returns the new
    value as `{"value": <number>}`. A missing key starts from 0, so decrementing it gives a
    negative number. `ttl` behaves as in `cacheIncrement`.

    Error codes: `validation_error` (400), `cache_value_not_numeric`, `cache_value_out_of_range`
    (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (CacheDecrementRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheNumericValue | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
