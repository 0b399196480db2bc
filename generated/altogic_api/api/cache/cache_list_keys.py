from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_key_page import CacheKeyPage
from ...models.cache_list_keys_request import CacheListKeysRequest
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CacheListKeysRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/cache/list-keys",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CacheKeyPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CacheKeyPage.from_dict(response.json())

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
) -> Response[CacheKeyPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CacheListKeysRequest | Unset = UNSET,
) -> Response[CacheKeyPage | ErrorBody]:
    """List keys matching a pattern

     Lists keys and their values, one page at a time, in key order. `pattern` is a Redis glob:
    `?` matches one character, `*` any run of characters, `[ae]` one of a set, `[^e]` anything
    but the set, `[a-b]` a range, and `\\` escapes the next character. Without a pattern every
    key matches.

    Start with `next` absent or `null`; pass the `next` of each answer back to get the following
    page; a `null` `next` means the listing is complete. The cursor records the last key
    returned, so a listing completes even while keys are added or removed: every key that exists
    for the whole listing is returned exactly once.

    Error codes: `validation_error` (400; a malformed pattern, e.g. with an unclosed `[`, is
    reported on the field `pattern`), `invalid_cursor` (400, a `next` value this server did
    not issue: a schema cannot tell issued cursors apart), `missing_client_key`,
    `invalid_client_key` (401).

    Args:
        body (CacheListKeysRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheKeyPage | ErrorBody]
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
    body: CacheListKeysRequest | Unset = UNSET,
) -> CacheKeyPage | ErrorBody | None:
    """List keys matching a pattern

     Lists keys and their values, one page at a time, in key order. `pattern` is a Redis glob:
    `?` matches one character, `*` any run of characters, `[ae]` one of a set, `[^e]` anything
    but the set, `[a-b]` a range, and `\\` escapes the next character. Without a pattern every
    key matches.

    Start with `next` absent or `null`; pass the `next` of each answer back to get the following
    page; a `null` `next` means the listing is complete. The cursor records the last key
    returned, so a listing completes even while keys are added or removed: every key that exists
    for the whole listing is returned exactly once.

    Error codes: `validation_error` (400; a malformed pattern, e.g. with an unclosed `[`, is
    reported on the field `pattern`), `invalid_cursor` (400, a `next` value this server did
    not issue: a schema cannot tell issued cursors apart), `missing_client_key`,
    `invalid_client_key` (401).

    Args:
        body (CacheListKeysRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheKeyPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CacheListKeysRequest | Unset = UNSET,
) -> Response[CacheKeyPage | ErrorBody]:
    """List keys matching a pattern

     Lists keys and their values, one page at a time, in key order. `pattern` is a Redis glob:
    `?` matches one character, `*` any run of characters, `[ae]` one of a set, `[^e]` anything
    but the set, `[a-b]` a range, and `\\` escapes the next character. Without a pattern every
    key matches.

    Start with `next` absent or `null`; pass the `next` of each answer back to get the following
    page; a `null` `next` means the listing is complete. The cursor records the last key
    returned, so a listing completes even while keys are added or removed: every key that exists
    for the whole listing is returned exactly once.

    Error codes: `validation_error` (400; a malformed pattern, e.g. with an unclosed `[`, is
    reported on the field `pattern`), `invalid_cursor` (400, a `next` value this server did
    not issue: a schema cannot tell issued cursors apart), `missing_client_key`,
    `invalid_client_key` (401).

    Args:
        body (CacheListKeysRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheKeyPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CacheListKeysRequest | Unset = UNSET,
) -> CacheKeyPage | ErrorBody | None:
    """List keys matching a pattern

     Lists keys and their values, one page at a time, in key order. `pattern` is a Redis glob:
    `?` matches one character, `*` any run of characters, `[ae]` one of a set, `[^e]` anything
    but the set, `[a-b]` a range, and `\\` escapes the next character. Without a pattern every
    key matches.

    Start with `next` absent or `null`; pass the `next` of each answer back to get the following
    page; a `null` `next` means the listing is complete. The cursor records the last key
    returned, so a listing completes even while keys are added or removed: every key that exists
    for the whole listing is returned exactly once.

    Error codes: `validation_error` (400; a malformed pattern, e.g. with an unclosed `[`, is
    reported on the field `pattern`), `invalid_cursor` (400, a `next` value this server did
    not issue: a schema cannot tell issued cursors apart), `missing_client_key`,
    `invalid_client_key` (401).

    Args:
        body (CacheListKeysRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheKeyPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
