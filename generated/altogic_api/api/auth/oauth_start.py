from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_provider import OAuthProvider
from ...types import Response


def _get_kwargs(
    provider: OAuthProvider,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_auth/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | str]:
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
) -> Response[ErrorBody | str]:
    """OAuth sign-in page (browser)

     Where `signInWithProvider` sends the browser. Altogic starts the provider's OAuth flow
    here; the local backend instead serves an HTML page standing in for the provider, where a
    person types an email address and a name and submits them to `oauthSubmit`. Not part of the
    client API: no client key is needed.

    All six providers are enabled by default; one switched off in `app.yaml` answers 403
    `not_allowed`.

    Error codes: `validation_error` (400, an unknown provider), `not_allowed` (403).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | str | None:
    """OAuth sign-in page (browser)

     Where `signInWithProvider` sends the browser. Altogic starts the provider's OAuth flow
    here; the local backend instead serves an HTML page standing in for the provider, where a
    person types an email address and a name and submits them to `oauthSubmit`. Not part of the
    client API: no client key is needed.

    All six providers are enabled by default; one switched off in `app.yaml` answers 403
    `not_allowed`.

    Error codes: `validation_error` (400, an unknown provider), `not_allowed` (403).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        provider=provider,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | str]:
    """OAuth sign-in page (browser)

     Where `signInWithProvider` sends the browser. Altogic starts the provider's OAuth flow
    here; the local backend instead serves an HTML page standing in for the provider, where a
    person types an email address and a name and submits them to `oauthSubmit`. Not part of the
    client API: no client key is needed.

    All six providers are enabled by default; one switched off in `app.yaml` answers 403
    `not_allowed`.

    Error codes: `validation_error` (400, an unknown provider), `not_allowed` (403).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: OAuthProvider,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | str | None:
    """OAuth sign-in page (browser)

     Where `signInWithProvider` sends the browser. Altogic starts the provider's OAuth flow
    here; the local backend instead serves an HTML page standing in for the provider, where a
    person types an email address and a name and submits them to `oauthSubmit`. Not part of the
    client API: no client key is needed.

    All six providers are enabled by default; one switched off in `app.yaml` answers 403
    `not_allowed`.

    Error codes: `validation_error` (400, an unknown provider), `not_allowed` (403).

    Args:
        provider (OAuthProvider): An OAuth provider that `signInWithProvider` accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
        )
    ).parsed
