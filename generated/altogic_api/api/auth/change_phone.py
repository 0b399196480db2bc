from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_phone_request import ChangePhoneRequest
from ...models.error_body import ErrorBody
from ...models.user import User
from ...types import Response


def _get_kwargs(
    *,
    body: ChangePhoneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/change-phone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePhoneRequest,
) -> Response[ErrorBody | User]:
    """Change the user's phone number

     Changes the calling user's number to `newPhone` after checking `currentPassword`.

    With phone confirmation off, the number changes at once (unconfirmed: `phoneVerified:
    false`) and the updated user is answered.
    With it on (the default), an SMS with a 6-digit code (action `change-phone`) is sent to the
    new number and the unchanged user is answered; `verifyPhone` with the new number and that
    code completes the change.

    The answer is the bare `User`, as the JS client reads it (the successor engine answered
    `{user, session: null}` when a code was sent; the local backend answers the user in both
    cases). A number already used by any account answers 409 `phone_not_unique`. A wrong
    password answers 401 `invalid_credentials` and counts towards the failed-attempt limit
    (429 `rate_limit_exceeded`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token`, `invalid_credentials`,
    `invalid_provider` (401, an OAuth account), `phone_not_unique` (409), `rate_limit_exceeded`
    (429).

    Args:
        body (ChangePhoneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | User]
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
    body: ChangePhoneRequest,
) -> ErrorBody | User | None:
    """Change the user's phone number

     Changes the calling user's number to `newPhone` after checking `currentPassword`.

    With phone confirmation off, the number changes at once (unconfirmed: `phoneVerified:
    false`) and the updated user is answered.
    With it on (the default), an SMS with a 6-digit code (action `change-phone`) is sent to the
    new number and the unchanged user is answered; `verifyPhone` with the new number and that
    code completes the change.

    The answer is the bare `User`, as the JS client reads it (the successor engine answered
    `{user, session: null}` when a code was sent; the local backend answers the user in both
    cases). A number already used by any account answers 409 `phone_not_unique`. A wrong
    password answers 401 `invalid_credentials` and counts towards the failed-attempt limit
    (429 `rate_limit_exceeded`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token`, `invalid_credentials`,
    `invalid_provider` (401, an OAuth account), `phone_not_unique` (409), `rate_limit_exceeded`
    (429).

    Args:
        body (ChangePhoneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | User
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePhoneRequest,
) -> Response[ErrorBody | User]:
    """Change the user's phone number

     Changes the calling user's number to `newPhone` after checking `currentPassword`.

    With phone confirmation off, the number changes at once (unconfirmed: `phoneVerified:
    false`) and the updated user is answered.
    With it on (the default), an SMS with a 6-digit code (action `change-phone`) is sent to the
    new number and the unchanged user is answered; `verifyPhone` with the new number and that
    code completes the change.

    The answer is the bare `User`, as the JS client reads it (the successor engine answered
    `{user, session: null}` when a code was sent; the local backend answers the user in both
    cases). A number already used by any account answers 409 `phone_not_unique`. A wrong
    password answers 401 `invalid_credentials` and counts towards the failed-attempt limit
    (429 `rate_limit_exceeded`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token`, `invalid_credentials`,
    `invalid_provider` (401, an OAuth account), `phone_not_unique` (409), `rate_limit_exceeded`
    (429).

    Args:
        body (ChangePhoneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | User]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangePhoneRequest,
) -> ErrorBody | User | None:
    """Change the user's phone number

     Changes the calling user's number to `newPhone` after checking `currentPassword`.

    With phone confirmation off, the number changes at once (unconfirmed: `phoneVerified:
    false`) and the updated user is answered.
    With it on (the default), an SMS with a 6-digit code (action `change-phone`) is sent to the
    new number and the unchanged user is answered; `verifyPhone` with the new number and that
    code completes the change.

    The answer is the bare `User`, as the JS client reads it (the successor engine answered
    `{user, session: null}` when a code was sent; the local backend answers the user in both
    cases). A number already used by any account answers 409 `phone_not_unique`. A wrong
    password answers 401 `invalid_credentials` and counts towards the failed-attempt limit
    (429 `rate_limit_exceeded`).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token`, `invalid_credentials`,
    `invalid_provider` (401, an OAuth account), `phone_not_unique` (409), `rate_limit_exceeded`
    (429).

    Args:
        body (ChangePhoneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
