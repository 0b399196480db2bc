from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sign_up_result import SignUpResult
from ...models.sign_up_with_phone_request import SignUpWithPhoneRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SignUpWithPhoneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/signup-phone",
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
    body: SignUpWithPhoneRequest,
) -> Response[ErrorBody | SignUpResult]:
    """Sign up with a phone number and password

     Creates a user with provider `altogic`, `phone` (international E.164 format) and a password
    (stored only as an argon2 hash, never returned). `nameOrUserData` is as in
    `signUpWithEmail`.

    With phone confirmation on (the default), the user is created with `phoneVerified: false`,
    an SMS with a 6-digit code is put in the outbox (action `phone-confirm`), and the answer is
    `{user, session: null}`; `verifyPhone` with that code then signs the user in. With
    confirmation off, or with `phoneVerified: true` in the user data, no SMS is sent and the
    answer is `{user, session}`. Does not need a session, even with a client key that enforces
    sessions.

    A duplicate number answers 409 (the successor engine answered 404 `user_not_found`, an
    evident slip; the local backend uses `phone_not_unique`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `phone_not_unique` (409).

    Args:
        body (SignUpWithPhoneRequest):

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
    body: SignUpWithPhoneRequest,
) -> ErrorBody | SignUpResult | None:
    """Sign up with a phone number and password

     Creates a user with provider `altogic`, `phone` (international E.164 format) and a password
    (stored only as an argon2 hash, never returned). `nameOrUserData` is as in
    `signUpWithEmail`.

    With phone confirmation on (the default), the user is created with `phoneVerified: false`,
    an SMS with a 6-digit code is put in the outbox (action `phone-confirm`), and the answer is
    `{user, session: null}`; `verifyPhone` with that code then signs the user in. With
    confirmation off, or with `phoneVerified: true` in the user data, no SMS is sent and the
    answer is `{user, session}`. Does not need a session, even with a client key that enforces
    sessions.

    A duplicate number answers 409 (the successor engine answered 404 `user_not_found`, an
    evident slip; the local backend uses `phone_not_unique`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `phone_not_unique` (409).

    Args:
        body (SignUpWithPhoneRequest):

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
    body: SignUpWithPhoneRequest,
) -> Response[ErrorBody | SignUpResult]:
    """Sign up with a phone number and password

     Creates a user with provider `altogic`, `phone` (international E.164 format) and a password
    (stored only as an argon2 hash, never returned). `nameOrUserData` is as in
    `signUpWithEmail`.

    With phone confirmation on (the default), the user is created with `phoneVerified: false`,
    an SMS with a 6-digit code is put in the outbox (action `phone-confirm`), and the answer is
    `{user, session: null}`; `verifyPhone` with that code then signs the user in. With
    confirmation off, or with `phoneVerified: true` in the user data, no SMS is sent and the
    answer is `{user, session}`. Does not need a session, even with a client key that enforces
    sessions.

    A duplicate number answers 409 (the successor engine answered 404 `user_not_found`, an
    evident slip; the local backend uses `phone_not_unique`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `phone_not_unique` (409).

    Args:
        body (SignUpWithPhoneRequest):

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
    body: SignUpWithPhoneRequest,
) -> ErrorBody | SignUpResult | None:
    """Sign up with a phone number and password

     Creates a user with provider `altogic`, `phone` (international E.164 format) and a password
    (stored only as an argon2 hash, never returned). `nameOrUserData` is as in
    `signUpWithEmail`.

    With phone confirmation on (the default), the user is created with `phoneVerified: false`,
    an SMS with a 6-digit code is put in the outbox (action `phone-confirm`), and the answer is
    `{user, session: null}`; `verifyPhone` with that code then signs the user in. With
    confirmation off, or with `phoneVerified: true` in the user data, no SMS is sent and the
    answer is `{user, session}`. Does not need a session, even with a client key that enforces
    sessions.

    A duplicate number answers 409 (the successor engine answered 404 `user_not_found`, an
    evident slip; the local backend uses `phone_not_unique`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `phone_not_unique` (409).

    Args:
        body (SignUpWithPhoneRequest):

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
