from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_grant import AuthGrant
from ...models.error_body import ErrorBody
from ...models.sign_in_with_email_request import SignInWithEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignInWithEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/signin-email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

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
    body: SignInWithEmailRequest,
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with an email and password

     Checks the password of the `altogic` user with this email, sets `lastLoginAt`, creates a
    session recording the caller's parsed `User-Agent`, and answers `{user, session}`.

    An unknown address, a wrong password, and an account of an OAuth provider (which has no
    password) all answer the same 401 `invalid_sign_in_credentials`, so the answer never tells
    whether an account exists (the successor engine answered `invalid_provider` for OAuth
    accounts). Only after the password matched does an unconfirmed address (while email
    confirmation is on) answer 401 `email_not_verified`.

    Failed attempts are counted per email address, whether or not the account exists: after 5
    failures within 15 minutes every further attempt for that address, even with the right
    password, answers 429 `rate_limit_exceeded` with `Retry-After` (and `details.retryAfter`,
    in seconds) until the window has passed. A successful sign-in clears the count. An attempt
    counts from the moment it starts, before its password is checked, so parallel attempts
    cannot exceed the limit: of N sent at once for one address, at most 5 are checked and the
    others answer 429 at once, without computing a password hash. Does not need a session,
    even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `email_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
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
    client: AuthenticatedClient,
    body: SignInWithEmailRequest,
) -> AuthGrant | ErrorBody | None:
    """Sign in with an email and password

     Checks the password of the `altogic` user with this email, sets `lastLoginAt`, creates a
    session recording the caller's parsed `User-Agent`, and answers `{user, session}`.

    An unknown address, a wrong password, and an account of an OAuth provider (which has no
    password) all answer the same 401 `invalid_sign_in_credentials`, so the answer never tells
    whether an account exists (the successor engine answered `invalid_provider` for OAuth
    accounts). Only after the password matched does an unconfirmed address (while email
    confirmation is on) answer 401 `email_not_verified`.

    Failed attempts are counted per email address, whether or not the account exists: after 5
    failures within 15 minutes every further attempt for that address, even with the right
    password, answers 429 `rate_limit_exceeded` with `Retry-After` (and `details.retryAfter`,
    in seconds) until the window has passed. A successful sign-in clears the count. An attempt
    counts from the moment it starts, before its password is checked, so parallel attempts
    cannot exceed the limit: of N sent at once for one address, at most 5 are checked and the
    others answer 429 at once, without computing a password hash. Does not need a session,
    even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `email_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInWithEmailRequest,
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with an email and password

     Checks the password of the `altogic` user with this email, sets `lastLoginAt`, creates a
    session recording the caller's parsed `User-Agent`, and answers `{user, session}`.

    An unknown address, a wrong password, and an account of an OAuth provider (which has no
    password) all answer the same 401 `invalid_sign_in_credentials`, so the answer never tells
    whether an account exists (the successor engine answered `invalid_provider` for OAuth
    accounts). Only after the password matched does an unconfirmed address (while email
    confirmation is on) answer 401 `email_not_verified`.

    Failed attempts are counted per email address, whether or not the account exists: after 5
    failures within 15 minutes every further attempt for that address, even with the right
    password, answers 429 `rate_limit_exceeded` with `Retry-After` (and `details.retryAfter`,
    in seconds) until the window has passed. A successful sign-in clears the count. An attempt
    counts from the moment it starts, before its password is checked, so parallel attempts
    cannot exceed the limit: of N sent at once for one address, at most 5 are checked and the
    others answer 429 at once, without computing a password hash. Does not need a session,
    even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `email_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignInWithEmailRequest,
) -> AuthGrant | ErrorBody | None:
    """Sign in with an email and password

     Checks the password of the `altogic` user with this email, sets `lastLoginAt`, creates a
    session recording the caller's parsed `User-Agent`, and answers `{user, session}`.

    An unknown address, a wrong password, and an account of an OAuth provider (which has no
    password) all answer the same 401 `invalid_sign_in_credentials`, so the answer never tells
    whether an account exists (the successor engine answered `invalid_provider` for OAuth
    accounts). Only after the password matched does an unconfirmed address (while email
    confirmation is on) answer 401 `email_not_verified`.

    Failed attempts are counted per email address, whether or not the account exists: after 5
    failures within 15 minutes every further attempt for that address, even with the right
    password, answers 429 `rate_limit_exceeded` with `Retry-After` (and `details.retryAfter`,
    in seconds) until the window has passed. A successful sign-in clears the count. An attempt
    counts from the moment it starts, before its password is checked, so parallel attempts
    cannot exceed the limit: of N sent at once for one address, at most 5 are checked and the
    others answer 429 at once, without computing a password hash. Does not need a session,
    even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `email_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
