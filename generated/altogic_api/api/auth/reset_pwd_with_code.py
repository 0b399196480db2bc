from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.reset_pwd_with_code_request import ResetPwdWithCodeRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ResetPwdWithCodeRequest,
    phone: str,
    code: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["phone"] = phone

    params["code"] = code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/reset-pwd-code",
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
    body: ResetPwdWithCodeRequest,
    phone: str,
    code: str,
) -> Response[Any | ErrorBody]:
    """Reset the password with an SMS code

     Sets a new password for the user of `phone`, given the 6-digit code that
    `sendResetPwdCode` sent. Phone and code are in the query string (the JS client encodes
    the phone, not the code), the new password in the body. The code is single-use and expires
    after one hour. As with `resetPwdWithToken`, every session of the user is ended.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token`; failures count towards the per-number failed-attempt
    limit (429 `rate_limit_exceeded`). Does not need a session, even with a client key that
    enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key` (401), `invalid_access_token` (403),
    `rate_limit_exceeded` (429).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
        code (str): A 6-digit code sent by SMS.
        body (ResetPwdWithCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        phone=phone,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithCodeRequest,
    phone: str,
    code: str,
) -> Any | ErrorBody | None:
    """Reset the password with an SMS code

     Sets a new password for the user of `phone`, given the 6-digit code that
    `sendResetPwdCode` sent. Phone and code are in the query string (the JS client encodes
    the phone, not the code), the new password in the body. The code is single-use and expires
    after one hour. As with `resetPwdWithToken`, every session of the user is ended.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token`; failures count towards the per-number failed-attempt
    limit (429 `rate_limit_exceeded`). Does not need a session, even with a client key that
    enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key` (401), `invalid_access_token` (403),
    `rate_limit_exceeded` (429).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
        code (str): A 6-digit code sent by SMS.
        body (ResetPwdWithCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
        phone=phone,
        code=code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithCodeRequest,
    phone: str,
    code: str,
) -> Response[Any | ErrorBody]:
    """Reset the password with an SMS code

     Sets a new password for the user of `phone`, given the 6-digit code that
    `sendResetPwdCode` sent. Phone and code are in the query string (the JS client encodes
    the phone, not the code), the new password in the body. The code is single-use and expires
    after one hour. As with `resetPwdWithToken`, every session of the user is ended.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token`; failures count towards the per-number failed-attempt
    limit (429 `rate_limit_exceeded`). Does not need a session, even with a client key that
    enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key` (401), `invalid_access_token` (403),
    `rate_limit_exceeded` (429).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
        code (str): A 6-digit code sent by SMS.
        body (ResetPwdWithCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        phone=phone,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResetPwdWithCodeRequest,
    phone: str,
    code: str,
) -> Any | ErrorBody | None:
    """Reset the password with an SMS code

     Sets a new password for the user of `phone`, given the 6-digit code that
    `sendResetPwdCode` sent. Phone and code are in the query string (the JS client encodes
    the phone, not the code), the new password in the body. The code is single-use and expires
    after one hour. As with `resetPwdWithToken`, every session of the user is ended.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token`; failures count towards the per-number failed-attempt
    limit (429 `rate_limit_exceeded`). Does not need a session, even with a client key that
    enforces sessions.

    Error codes: `validation_error` (400, including a password shorter than the app's minimum),
    `missing_client_key`, `invalid_client_key` (401), `invalid_access_token` (403),
    `rate_limit_exceeded` (429).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
        code (str): A 6-digit code sent by SMS.
        body (ResetPwdWithCodeRequest):

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
            phone=phone,
            code=code,
        )
    ).parsed
