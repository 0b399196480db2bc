from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/send-magic",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
    *,
    client: AuthenticatedClient,
    email: str,
) -> Response[Any | ErrorBody]:
    """Send a magic sign-in link

     Puts an email with a sign-in link (action `magic-link`) for the `altogic` user with this
    confirmed address in the outbox; the link replaces any earlier magic link. Following it
    redirects to the app's redirect URL with an `access_token` for `getAuthGrant`. The address
    is in the query string, not URL-encoded by the JS client: a space is read as `+` as in
    `resendVerificationEmail`.

    As Altogic documents, magic links need email confirmation on and a confirmed address. An
    unknown address answers 404 `user_not_found`. Does not need a session, even with a client
    key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `email_not_verified` (401),
    `email_verification_disabled` (401), `user_not_found` (404).

    Args:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the
            characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    email: str,
) -> Any | ErrorBody | None:
    """Send a magic sign-in link

     Puts an email with a sign-in link (action `magic-link`) for the `altogic` user with this
    confirmed address in the outbox; the link replaces any earlier magic link. Following it
    redirects to the app's redirect URL with an `access_token` for `getAuthGrant`. The address
    is in the query string, not URL-encoded by the JS client: a space is read as `+` as in
    `resendVerificationEmail`.

    As Altogic documents, magic links need email confirmation on and a confirmed address. An
    unknown address answers 404 `user_not_found`. Does not need a session, even with a client
    key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `email_not_verified` (401),
    `email_verification_disabled` (401), `user_not_found` (404).

    Args:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the
            characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    email: str,
) -> Response[Any | ErrorBody]:
    """Send a magic sign-in link

     Puts an email with a sign-in link (action `magic-link`) for the `altogic` user with this
    confirmed address in the outbox; the link replaces any earlier magic link. Following it
    redirects to the app's redirect URL with an `access_token` for `getAuthGrant`. The address
    is in the query string, not URL-encoded by the JS client: a space is read as `+` as in
    `resendVerificationEmail`.

    As Altogic documents, magic links need email confirmation on and a confirmed address. An
    unknown address answers 404 `user_not_found`. Does not need a session, even with a client
    key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `email_not_verified` (401),
    `email_verification_disabled` (401), `user_not_found` (404).

    Args:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the
            characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    email: str,
) -> Any | ErrorBody | None:
    """Send a magic sign-in link

     Puts an email with a sign-in link (action `magic-link`) for the `altogic` user with this
    confirmed address in the outbox; the link replaces any earlier magic link. Following it
    redirects to the app's redirect URL with an `access_token` for `getAuthGrant`. The address
    is in the query string, not URL-encoded by the JS client: a space is read as `+` as in
    `resendVerificationEmail`.

    As Altogic documents, magic links need email confirmation on and a confirmed address. An
    unknown address answers 404 `user_not_found`. Does not need a session, even with a client
    key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `email_not_verified` (401),
    `email_verification_disabled` (401), `user_not_found` (404).

    Args:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the
            characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
        )
    ).parsed
