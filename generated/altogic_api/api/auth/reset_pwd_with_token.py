from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.reset_pwd_with_token_request import ResetPwdWithTokenRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ResetPwdWithTokenRequest,
    key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["key"] = key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/reset-pwd",
        "params": params,
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
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithTokenRequest,
    key: str,
) -> Response[Any | ErrorBody]:
    """Reset the password with a reset token

     Sets a new password for the user of the reset token that the reset-password link's
    redirect carried in `access_token`. The token is in the query string (not URL-encoded by
    the JS client; local tokens are URL-safe), the new password in the body. The token is
    single-use and expires one hour after it was issued.

    Because a reset suggests the old password was lost or stolen, the local backend also ends
    every session of the user (Altogic's behaviour here is not public).

    An unknown, used or expired token answers 403 `invalid_access_token`; a token issued for
    another purpose (an email-confirm, magic-link or OAuth token) answers 401
    `invalid_token_type` and is not consumed. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key`, `invalid_token_type` (401),
    `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.
        body (ResetPwdWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithTokenRequest,
    key: str,
) -> Any | ErrorBody | None:
    """Reset the password with a reset token

     Sets a new password for the user of the reset token that the reset-password link's
    redirect carried in `access_token`. The token is in the query string (not URL-encoded by
    the JS client; local tokens are URL-safe), the new password in the body. The token is
    single-use and expires one hour after it was issued.

    Because a reset suggests the old password was lost or stolen, the local backend also ends
    every session of the user (Altogic's behaviour here is not public).

    An unknown, used or expired token answers 403 `invalid_access_token`; a token issued for
    another purpose (an email-confirm, magic-link or OAuth token) answers 401
    `invalid_token_type` and is not consumed. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key`, `invalid_token_type` (401),
    `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.
        body (ResetPwdWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithTokenRequest,
    key: str,
) -> Response[Any | ErrorBody]:
    """Reset the password with a reset token

     Sets a new password for the user of the reset token that the reset-password link's
    redirect carried in `access_token`. The token is in the query string (not URL-encoded by
    the JS client; local tokens are URL-safe), the new password in the body. The token is
    single-use and expires one hour after it was issued.

    Because a reset suggests the old password was lost or stolen, the local backend also ends
    every session of the user (Altogic's behaviour here is not public).

    An unknown, used or expired token answers 403 `invalid_access_token`; a token issued for
    another purpose (an email-confirm, magic-link or OAuth token) answers 401
    `invalid_token_type` and is not consumed. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key`, `invalid_token_type` (401),
    `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.
        body (ResetPwdWithTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithTokenRequest,
    key: str,
) -> Any | ErrorBody | None:
    """Reset the password with a reset token

     Sets a new password for the user of the reset token that the reset-password link's
    redirect carried in `access_token`. The token is in the query string (not URL-encoded by
    the JS client; local tokens are URL-safe), the new password in the body. The token is
    single-use and expires one hour after it was issued.

    Because a reset suggests the old password was lost or stolen, the local backend also ends
    every session of the user (Altogic's behaviour here is not public).

    An unknown, used or expired token answers 403 `invalid_access_token`; a token issued for
    another purpose (an email-confirm, magic-link or OAuth token) answers 401
    `invalid_token_type` and is not consumed. Does not need a session, even with a client key
    that enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key`, `invalid_token_type` (401),
    `invalid_access_token` (403).

    Args:
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.
        body (ResetPwdWithTokenRequest):

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
            key=key,
        )
    ).parsed
