from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_provider import OAuthProvider
from ...models.oauth_submit_request import OauthSubmitRequest
from ...types import Response


def _get_kwargs(
    provider: OAuthProvider,
    *,
    body: OauthSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_auth/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
    body: OauthSubmitRequest,
) -> Response[Any | ErrorBody]:
    """Submit the OAuth sign-in page (browser)

     The form submit of the page served by `oauthStart`. The local backend finds the user of
    this provider with this email address, or creates one (`provider` set to the provider,
    `providerUserId` a stable id derived from the provider and the address, `email`, `name`,
    `emailVerified: true`, `signUpAt`), sets `lastLoginAt`, and answers 303 to the app's
    redirect URL with `status=200`, a single-use `access_token` for `getAuthGrant` (valid one
    hour) and `action=oauth-signup` (user created) or `action=oauth-signin` (user found).

    When the address already belongs to an account of another provider (`altogic` included),
    no user is created and the redirect carries `status=409` and an `error` message instead of
    a token.

    Error codes: `validation_error` (400), `not_allowed` (403, the provider is switched off).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.
        body (OauthSubmitRequest): The fields of the local backend's stand-in OAuth sign-in page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
    body: OauthSubmitRequest,
) -> Any | ErrorBody | None:
    """Submit the OAuth sign-in page (browser)

     The form submit of the page served by `oauthStart`. The local backend finds the user of
    this provider with this email address, or creates one (`provider` set to the provider,
    `providerUserId` a stable id derived from the provider and the address, `email`, `name`,
    `emailVerified: true`, `signUpAt`), sets `lastLoginAt`, and answers 303 to the app's
    redirect URL with `status=200`, a single-use `access_token` for `getAuthGrant` (valid one
    hour) and `action=oauth-signup` (user created) or `action=oauth-signin` (user found).

    When the address already belongs to an account of another provider (`altogic` included),
    no user is created and the redirect carries `status=409` and an `error` message instead of
    a token.

    Error codes: `validation_error` (400), `not_allowed` (403, the provider is switched off).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.
        body (OauthSubmitRequest): The fields of the local backend's stand-in OAuth sign-in page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
    body: OauthSubmitRequest,
) -> Response[Any | ErrorBody]:
    """Submit the OAuth sign-in page (browser)

     The form submit of the page served by `oauthStart`. The local backend finds the user of
    this provider with this email address, or creates one (`provider` set to the provider,
    `providerUserId` a stable id derived from the provider and the address, `email`, `name`,
    `emailVerified: true`, `signUpAt`), sets `lastLoginAt`, and answers 303 to the app's
    redirect URL with `status=200`, a single-use `access_token` for `getAuthGrant` (valid one
    hour) and `action=oauth-signup` (user created) or `action=oauth-signin` (user found).

    When the address already belongs to an account of another provider (`altogic` included),
    no user is created and the redirect carries `status=409` and an `error` message instead of
    a token.

    Error codes: `validation_error` (400), `not_allowed` (403, the provider is switched off).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.
        body (OauthSubmitRequest): The fields of the local backend's stand-in OAuth sign-in page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
    body: OauthSubmitRequest,
) -> Any | ErrorBody | None:
    """Submit the OAuth sign-in page (browser)

     The form submit of the page served by `oauthStart`. The local backend finds the user of
    this provider with this email address, or creates one (`provider` set to the provider,
    `providerUserId` a stable id derived from the provider and the address, `email`, `name`,
    `emailVerified: true`, `signUpAt`), sets `lastLoginAt`, and answers 303 to the app's
    redirect URL with `status=200`, a single-use `access_token` for `getAuthGrant` (valid one
    hour) and `action=oauth-signup` (user created) or `action=oauth-signin` (user found).

    When the address already belongs to an account of another provider (`altogic` included),
    no user is created and the redirect carries `status=409` and an `error` message instead of
    a token.

    Error codes: `validation_error` (400), `not_allowed` (403, the provider is switched off).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.
        body (OauthSubmitRequest): The fields of the local backend's stand-in OAuth sign-in page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
