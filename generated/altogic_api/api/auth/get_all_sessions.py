from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.session import Session
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/auth/sessions",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[Session] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Session.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[Session]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | list[Session]]:
    """List the user's active sessions

     Answers every active session of the calling user (signed in, not signed out, not expired),
    the calling one included, oldest first, each with its token (so a single session can be
    ended with `signOut`).

    The local backend does not store tokens: it keeps each token's SHA-256 digest (how a
    `Session` header is looked up) and derives the token it lists here from the session's id
    with a secret key kept in its data folder (`session.key`, readable by its owner only), so
    a copy of the database alone reveals no token.

    Error codes: `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Session]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | list[Session] | None:
    """List the user's active sessions

     Answers every active session of the calling user (signed in, not signed out, not expired),
    the calling one included, oldest first, each with its token (so a single session can be
    ended with `signOut`).

    The local backend does not store tokens: it keeps each token's SHA-256 digest (how a
    `Session` header is looked up) and derives the token it lists here from the session's id
    with a secret key kept in its data folder (`session.key`, readable by its owner only), so
    a copy of the database alone reveals no token.

    Error codes: `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Session]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | list[Session]]:
    """List the user's active sessions

     Answers every active session of the calling user (signed in, not signed out, not expired),
    the calling one included, oldest first, each with its token (so a single session can be
    ended with `signOut`).

    The local backend does not store tokens: it keeps each token's SHA-256 digest (how a
    `Session` header is looked up) and derives the token it lists here from the session's id
    with a secret key kept in its data folder (`session.key`, readable by its owner only), so
    a copy of the database alone reveals no token.

    Error codes: `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Session]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | list[Session] | None:
    """List the user's active sessions

     Answers every active session of the calling user (signed in, not signed out, not expired),
    the calling one included, oldest first, each with its token (so a single session can be
    ended with `signOut`).

    The local backend does not store tokens: it keeps each token's SHA-256 digest (how a
    `Session` header is looked up) and derives the token it lists here from the session's id
    with a secret key kept in its data folder (`session.key`, readable by its owner only), so
    a copy of the database alone reveals no token.

    Error codes: `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token` (401).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Session]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
