from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_grant import AuthGrant
from ...models.error_body import ErrorBody
from ...models.sign_in_with_phone_request import SignInWithPhoneRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignInWithPhoneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/signin-phone",
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
    body: SignInWithPhoneRequest,
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with a phone number and password

     Checks the password of the `altogic` user with this phone number, sets `lastLoginAt`,
    creates a session and answers `{user, session}`.

    As in `signInWithEmail`, an unknown number, a wrong password and an OAuth account all answer
    401 `invalid_sign_in_credentials` (the successor engine answered 404 `user_not_found` for
    an unknown number, which would reveal which numbers have accounts). Only after the password
    matched does an unconfirmed number (while phone confirmation is on) answer 401
    `phone_not_verified`. Failed attempts are rate-limited per phone number exactly as
    `signInWithEmail` limits them per address. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `phone_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithPhoneRequest):

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
    body: SignInWithPhoneRequest,
) -> AuthGrant | ErrorBody | None:
    """Sign in with a phone number and password

     Checks the password of the `altogic` user with this phone number, sets `lastLoginAt`,
    creates a session and answers `{user, session}`.

    As in `signInWithEmail`, an unknown number, a wrong password and an OAuth account all answer
    401 `invalid_sign_in_credentials` (the successor engine answered 404 `user_not_found` for
    an unknown number, which would reveal which numbers have accounts). Only after the password
    matched does an unconfirmed number (while phone confirmation is on) answer 401
    `phone_not_verified`. Failed attempts are rate-limited per phone number exactly as
    `signInWithEmail` limits them per address. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `phone_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithPhoneRequest):

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
    body: SignInWithPhoneRequest,
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with a phone number and password

     Checks the password of the `altogic` user with this phone number, sets `lastLoginAt`,
    creates a session and answers `{user, session}`.

    As in `signInWithEmail`, an unknown number, a wrong password and an OAuth account all answer
    401 `invalid_sign_in_credentials` (the successor engine answered 404 `user_not_found` for
    an unknown number, which would reveal which numbers have accounts). Only after the password
    matched does an unconfirmed number (while phone confirmation is on) answer 401
    `phone_not_verified`. Failed attempts are rate-limited per phone number exactly as
    `signInWithEmail` limits them per address. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `phone_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithPhoneRequest):

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
    body: SignInWithPhoneRequest,
) -> AuthGrant | ErrorBody | None:
    """Sign in with a phone number and password

     Checks the password of the `altogic` user with this phone number, sets `lastLoginAt`,
    creates a session and answers `{user, session}`.

    As in `signInWithEmail`, an unknown number, a wrong password and an OAuth account all answer
    401 `invalid_sign_in_credentials` (the successor engine answered 404 `user_not_found` for
    an unknown number, which would reveal which numbers have accounts). Only after the password
    matched does an unconfirmed number (while phone confirmation is on) answer 401
    `phone_not_verified`. Failed attempts are rate-limited per phone number exactly as
    `signInWithEmail` limits them per address. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_sign_in_credentials`, `phone_not_verified` (401), `rate_limit_exceeded` (429).

    Args:
        body (SignInWithPhoneRequest):

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
