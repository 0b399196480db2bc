from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_password_request import ChangePasswordRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: ChangePasswordRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/change-pwd",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ChangePasswordRequest,
) -> Response[Any | ErrorBody]:
    """Change the user's password

     Replaces the calling user's password after checking `oldPassword`, then ends every other
    session of the user, as Altogic does (it signs them out and tells the user's sockets with
    the `user:pwdchange` event, whose arguments are the event name, the calling session and
    the user).
    The calling session stays valid.

    A wrong `oldPassword` answers 401 `invalid_credentials` and counts towards the account's
    failed-attempt limit (5 within 15 minutes, then 429 `rate_limit_exceeded`), which
    `changePassword`, `changeEmail` and `changePhone` share; it is separate from the sign-in
    limit, which counts per address or number. Users of an
    OAuth provider have no password: 401 `invalid_provider`.

    Error codes: `validation_error` (400, including a new password shorter than the app's
    minimum), `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token`, `invalid_credentials`, `invalid_provider` (401),
    `rate_limit_exceeded` (429).

    Args:
        body (ChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
    body: ChangePasswordRequest,
) -> Any | ErrorBody | None:
    """Change the user's password

     Replaces the calling user's password after checking `oldPassword`, then ends every other
    session of the user, as Altogic does (it signs them out and tells the user's sockets with
    the `user:pwdchange` event, whose arguments are the event name, the calling session and
    the user).
    The calling session stays valid.

    A wrong `oldPassword` answers 401 `invalid_credentials` and counts towards the account's
    failed-attempt limit (5 within 15 minutes, then 429 `rate_limit_exceeded`), which
    `changePassword`, `changeEmail` and `changePhone` share; it is separate from the sign-in
    limit, which counts per address or number. Users of an
    OAuth provider have no password: 401 `invalid_provider`.

    Error codes: `validation_error` (400, including a new password shorter than the app's
    minimum), `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token`, `invalid_credentials`, `invalid_provider` (401),
    `rate_limit_exceeded` (429).

    Args:
        body (ChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
) -> Response[Any | ErrorBody]:
    """Change the user's password

     Replaces the calling user's password after checking `oldPassword`, then ends every other
    session of the user, as Altogic does (it signs them out and tells the user's sockets with
    the `user:pwdchange` event, whose arguments are the event name, the calling session and
    the user).
    The calling session stays valid.

    A wrong `oldPassword` answers 401 `invalid_credentials` and counts towards the account's
    failed-attempt limit (5 within 15 minutes, then 429 `rate_limit_exceeded`), which
    `changePassword`, `changeEmail` and `changePhone` share; it is separate from the sign-in
    limit, which counts per address or number. Users of an
    OAuth provider have no password: 401 `invalid_provider`.

    Error codes: `validation_error` (400, including a new password shorter than the app's
    minimum), `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token`, `invalid_credentials`, `invalid_provider` (401),
    `rate_limit_exceeded` (429).

    Args:
        body (ChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangePasswordRequest,
) -> Any | ErrorBody | None:
    """Change the user's password

     Replaces the calling user's password after checking `oldPassword`, then ends every other
    session of the user, as Altogic does (it signs them out and tells the user's sockets with
    the `user:pwdchange` event, whose arguments are the event name, the calling session and
    the user).
    The calling session stays valid.

    A wrong `oldPassword` answers 401 `invalid_credentials` and counts towards the account's
    failed-attempt limit (5 within 15 minutes, then 429 `rate_limit_exceeded`), which
    `changePassword`, `changeEmail` and `changePhone` share; it is separate from the sign-in
    limit, which counts per address or number. Users of an
    OAuth provider have no password: 401 `invalid_provider`.

    Error codes: `validation_error` (400, including a new password shorter than the app's
    minimum), `missing_client_key`, `invalid_client_key`, `missing_session_token`,
    `invalid_session_token`, `invalid_credentials`, `invalid_provider` (401),
    `rate_limit_exceeded` (429).

    Args:
        body (ChangePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
