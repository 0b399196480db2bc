from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_grant import AuthGrant
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
        "url": "/_api/rest/v1/auth/grant",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthGrant | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AuthGrant.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthGrant | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    key: str,
) -> Response[AuthGrant | ErrorBody]:
    """Exchange an access token for a session

     Exchanges the access token that a redirect carried in `access_token` (after an
    email-confirm link, a magic link or an OAuth sign-in) for a new session: sets
    `lastLoginAt` and answers `{user, session}`. The token is single-use and expires one hour
    after it was issued.

    The JS client does not URL-encode `key`; the local backend issues tokens made only of
    URL-safe characters, so they arrive intact. When the JS client finds no token it sends an
    empty `key`, which fails validation. An unknown, used or expired token answers 403
    `invalid_access_token`. A password-reset token answers 401 `invalid_token_type` and is not
    consumed (it remains valid for `resetPwdWithToken`). Does not need a session, even with a
    client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_token_type` (401), `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
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
    client: AuthenticatedClient,
    key: str,
) -> AuthGrant | ErrorBody | None:
    """Exchange an access token for a session

     Exchanges the access token that a redirect carried in `access_token` (after an
    email-confirm link, a magic link or an OAuth sign-in) for a new session: sets
    `lastLoginAt` and answers `{user, session}`. The token is single-use and expires one hour
    after it was issued.

    The JS client does not URL-encode `key`; the local backend issues tokens made only of
    URL-safe characters, so they arrive intact. When the JS client finds no token it sends an
    empty `key`, which fails validation. An unknown, used or expired token answers 403
    `invalid_access_token`. A password-reset token answers 401 `invalid_token_type` and is not
    consumed (it remains valid for `resetPwdWithToken`). Does not need a session, even with a
    client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_token_type` (401), `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    key: str,
) -> Response[AuthGrant | ErrorBody]:
    """Exchange an access token for a session

     Exchanges the access token that a redirect carried in `access_token` (after an
    email-confirm link, a magic link or an OAuth sign-in) for a new session: sets
    `lastLoginAt` and answers `{user, session}`. The token is single-use and expires one hour
    after it was issued.

    The JS client does not URL-encode `key`; the local backend issues tokens made only of
    URL-safe characters, so they arrive intact. When the JS client finds no token it sends an
    empty `key`, which fails validation. An unknown, used or expired token answers 403
    `invalid_access_token`. A password-reset token answers 401 `invalid_token_type` and is not
    consumed (it remains valid for `resetPwdWithToken`). Does not need a session, even with a
    client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_token_type` (401), `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    key: str,
) -> AuthGrant | ErrorBody | None:
    """Exchange an access token for a session

     Exchanges the access token that a redirect carried in `access_token` (after an
    email-confirm link, a magic link or an OAuth sign-in) for a new session: sets
    `lastLoginAt` and answers `{user, session}`. The token is single-use and expires one hour
    after it was issued.

    The JS client does not URL-encode `key`; the local backend issues tokens made only of
    URL-safe characters, so they arrive intact. When the JS client finds no token it sends an
    empty `key`, which fails validation. An unknown, used or expired token answers 403
    `invalid_access_token`. A password-reset token answers 401 `invalid_token_type` and is not
    consumed (it remains valid for `resetPwdWithToken`). Does not need a session, even with a
    client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_token_type` (401), `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
