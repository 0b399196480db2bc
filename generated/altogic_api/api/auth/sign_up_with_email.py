from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sign_up_result import SignUpResult
from ...models.sign_up_with_email_request import SignUpWithEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignUpWithEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/signup-email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SignUpResult | None:
    if response.status_code == 200:
        response_200 = SignUpResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | SignUpResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignUpWithEmailRequest,
) -> Response[ErrorBody | SignUpResult]:
    """Sign up with an email and password

     Creates a user with provider `altogic`, `email` and a password (stored only as an argon2
    hash, never returned). `nameOrUserData` is either the user's name or an object of extra
    user fields (see `SignUpUserData`).

    With email confirmation on (the default), the user is created with `emailVerified: false`,
    a confirmation email is put in the outbox, and the answer is `{user, session: null}`: the
    user signs in after following the emailed link. With confirmation off, or with
    `emailVerified: true` in the user data, no email is sent, a session is created and the
    answer is `{user, session}`. As in Altogic's examples, `lastLoginAt` is set to `signUpAt`
    even when no session is created.

    Email addresses are compared case-insensitively (`A@x.com` and `a@x.com` are the same
    account); the address is stored as given, except that its domain is lower-cased.
    Passwords shorter than the app's minimum (6, Altogic's default, unless `app.yaml` raises
    it) are refused with `validation_error`. Does not need a session, even with a client key
    that enforces sessions.

    A duplicate address answers 409 (the successor engine answered 400; this spec keeps 400 for
    malformed requests only), with `details: {value, param: "email"}` as the successor engine
    gave them.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `email_not_unique` (409).

    Args:
        body (SignUpWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SignUpResult]
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
    body: SignUpWithEmailRequest,
) -> ErrorBody | SignUpResult | None:
    """Sign up with an email and password

     Creates a user with provider `altogic`, `email` and a password (stored only as an argon2
    hash, never returned). `nameOrUserData` is either the user's name or an object of extra
    user fields (see `SignUpUserData`).

    With email confirmation on (the default), the user is created with `emailVerified: false`,
    a confirmation email is put in the outbox, and the answer is `{user, session: null}`: the
    user signs in after following the emailed link. With confirmation off, or with
    `emailVerified: true` in the user data, no email is sent, a session is created and the
    answer is `{user, session}`. As in Altogic's examples, `lastLoginAt` is set to `signUpAt`
    even when no session is created.

    Email addresses are compared case-insensitively (`A@x.com` and `a@x.com` are the same
    account); the address is stored as given, except that its domain is lower-cased.
    Passwords shorter than the app's minimum (6, Altogic's default, unless `app.yaml` raises
    it) are refused with `validation_error`. Does not need a session, even with a client key
    that enforces sessions.

    A duplicate address answers 409 (the successor engine answered 400; this spec keeps 400 for
    malformed requests only), with `details: {value, param: "email"}` as the successor engine
    gave them.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `email_not_unique` (409).

    Args:
        body (SignUpWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SignUpResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignUpWithEmailRequest,
) -> Response[ErrorBody | SignUpResult]:
    """Sign up with an email and password

     Creates a user with provider `altogic`, `email` and a password (stored only as an argon2
    hash, never returned). `nameOrUserData` is either the user's name or an object of extra
    user fields (see `SignUpUserData`).

    With email confirmation on (the default), the user is created with `emailVerified: false`,
    a confirmation email is put in the outbox, and the answer is `{user, session: null}`: the
    user signs in after following the emailed link. With confirmation off, or with
    `emailVerified: true` in the user data, no email is sent, a session is created and the
    answer is `{user, session}`. As in Altogic's examples, `lastLoginAt` is set to `signUpAt`
    even when no session is created.

    Email addresses are compared case-insensitively (`A@x.com` and `a@x.com` are the same
    account); the address is stored as given, except that its domain is lower-cased.
    Passwords shorter than the app's minimum (6, Altogic's default, unless `app.yaml` raises
    it) are refused with `validation_error`. Does not need a session, even with a client key
    that enforces sessions.

    A duplicate address answers 409 (the successor engine answered 400; this spec keeps 400 for
    malformed requests only), with `details: {value, param: "email"}` as the successor engine
    gave them.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `email_not_unique` (409).

    Args:
        body (SignUpWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SignUpResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignUpWithEmailRequest,
) -> ErrorBody | SignUpResult | None:
    """Sign up with an email and password

     Creates a user with provider `altogic`, `email` and a password (stored only as an argon2
    hash, never returned). `nameOrUserData` is either the user's name or an object of extra
    user fields (see `SignUpUserData`).

    With email confirmation on (the default), the user is created with `emailVerified: false`,
    a confirmation email is put in the outbox, and the answer is `{user, session: null}`: the
    user signs in after following the emailed link. With confirmation off, or with
    `emailVerified: true` in the user data, no email is sent, a session is created and the
    answer is `{user, session}`. As in Altogic's examples, `lastLoginAt` is set to `signUpAt`
    even when no session is created.

    Email addresses are compared case-insensitively (`A@x.com` and `a@x.com` are the same
    account); the address is stored as given, except that its domain is lower-cased.
    Passwords shorter than the app's minimum (6, Altogic's default, unless `app.yaml` raises
    it) are refused with `validation_error`. Does not need a session, even with a client key
    that enforces sessions.

    A duplicate address answers 409 (the successor engine answered 400; this spec keeps 400 for
    malformed requests only), with `details: {value, param: "email"}` as the successor engine
    gave them.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `email_not_unique` (409).

    Args:
        body (SignUpWithEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SignUpResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
