from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_get_response_type_0 import CacheGetResponseType0
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/cache",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CacheGetResponseType0 | list[Any] | None | ErrorBody:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CacheGetResponseType0 | list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cache_get_response_type_0 = (
                    CacheGetResponseType0.from_dict(data)
                )

                return componentsschemas_cache_get_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_cache_get_response_type_1 = cast(list[Any], data)

                return componentsschemas_cache_get_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheGetResponseType0 | list[Any] | None, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[CacheGetResponseType0 | list[Any] | None | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str,
) -> Response[CacheGetResponseType0 | list[Any] | None | ErrorBody]:
    """Read a cached value

     Returns the value stored under `key`. Objects and arrays come back as they were stored;
    primitives (text, numbers, booleans, `null`) come back wrapped as `{"value": <primitive>}`.
    A missing or expired key answers 200 with a `null` body, not an error.

    The JavaScript client does not URL-encode the key; keys containing `&`, `#` or `+` only
    round-trip through clients that encode them (this one does).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        key (str): A cache key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheGetResponseType0 | list[Any] | None | ErrorBody]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: str,
) -> CacheGetResponseType0 | list[Any] | None | ErrorBody:
    """Read a cached value

     Returns the value stored under `key`. Objects and arrays come back as they were stored;
    primitives (text, numbers, booleans, `null`) come back wrapped as `{"value": <primitive>}`.
    A missing or expired key answers 200 with a `null` body, not an error.

    The JavaScript client does not URL-encode the key; keys containing `&`, `#` or `+` only
    round-trip through clients that encode them (this one does).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        key (str): A cache key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheGetResponseType0 | list[Any] | None | ErrorBody
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str,
) -> Response[CacheGetResponseType0 | list[Any] | None | ErrorBody]:
    """Read a cached value

     Returns the value stored under `key`. Objects and arrays come back as they were stored;
    primitives (text, numbers, booleans, `null`) come back wrapped as `{"value": <primitive>}`.
    A missing or expired key answers 200 with a `null` body, not an error.

    The JavaScript client does not URL-encode the key; keys containing `&`, `#` or `+` only
    round-trip through clients that encode them (this one does).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        key (str): A cache key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheGetResponseType0 | list[Any] | None | ErrorBody]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: str,
) -> CacheGetResponseType0 | list[Any] | None | ErrorBody:
    """Read a cached value

     Returns the value stored under `key`. Objects and arrays come back as they were stored;
    primitives (text, numbers, booleans, `null`) come back wrapped as `{"value": <primitive>}`.
    A missing or expired key answers 200 with a `null` body, not an error.

    The JavaScript client does not URL-encode the key; keys containing `&`, `#` or `+` only
    round-trip through clients that encode them (this one does).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        key (str): A cache key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheGetResponseType0 | list[Any] | None | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
