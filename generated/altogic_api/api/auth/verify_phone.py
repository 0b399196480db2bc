from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sign_up_result import SignUpResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    code: str,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/verify-phone",
        "params": params,
    }

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

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

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
    code: str,
    phone: str,
) -> Response[ErrorBody | SignUpResult]:
    """Confirm a phone number with an SMS code

     Checks a 6-digit code sent to `phone`, both in the query string (no body). Two kinds of
    code are accepted:

    * a sign-up confirmation code (from `signUpWithPhone` or `resendVerificationCode`): the
      number is marked confirmed, `lastLoginAt` is set, a session is created and the answer is
      `{user, session}`;
    * a change-phone code (from `changePhone`): the user's number becomes `phone` and the
      answer is `{user, session: null}`; no session is created and the caller's stays as it
      was. If another account took the number meanwhile, 409 `phone_not_unique`.

    Codes are single-use and expire after one hour. A wrong, used or expired code, a code of
    another kind (sign-in or reset), and an unknown number all answer 403
    `invalid_access_token`; failures count towards the per-number failed-attempt limit (429
    `rate_limit_exceeded`). Does not need a session, even with a client key that enforces
    sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_access_token` (403), `phone_not_unique` (409), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SignUpResult]
    """

    kwargs = _get_kwargs(
        code=code,
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    code: str,
    phone: str,
) -> ErrorBody | SignUpResult | None:
    """Confirm a phone number with an SMS code

     Checks a 6-digit code sent to `phone`, both in the query string (no body). Two kinds of
    code are accepted:

    * a sign-up confirmation code (from `signUpWithPhone` or `resendVerificationCode`): the
      number is marked confirmed, `lastLoginAt` is set, a session is created and the answer is
      `{user, session}`;
    * a change-phone code (from `changePhone`): the user's number becomes `phone` and the
      answer is `{user, session: null}`; no session is created and the caller's stays as it
      was. If another account took the number meanwhile, 409 `phone_not_unique`.

    Codes are single-use and expire after one hour. A wrong, used or expired code, a code of
    another kind (sign-in or reset), and an unknown number all answer 403
    `invalid_access_token`; failures count towards the per-number failed-attempt limit (429
    `rate_limit_exceeded`). Does not need a session, even with a client key that enforces
    sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_access_token` (403), `phone_not_unique` (409), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SignUpResult
    """

    return sync_detailed(
        client=client,
        code=code,
        phone=phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    code: str,
    phone: str,
) -> Response[ErrorBody | SignUpResult]:
    """Confirm a phone number with an SMS code

     Checks a 6-digit code sent to `phone`, both in the query string (no body). Two kinds of
    code are accepted:

    * a sign-up confirmation code (from `signUpWithPhone` or `resendVerificationCode`): the
      number is marked confirmed, `lastLoginAt` is set, a session is created and the answer is
      `{user, session}`;
    * a change-phone code (from `changePhone`): the user's number becomes `phone` and the
      answer is `{user, session: null}`; no session is created and the caller's stays as it
      was. If another account took the number meanwhile, 409 `phone_not_unique`.

    Codes are single-use and expire after one hour. A wrong, used or expired code, a code of
    another kind (sign-in or reset), and an unknown number all answer 403
    `invalid_access_token`; failures count towards the per-number failed-attempt limit (429
    `rate_limit_exceeded`). Does not need a session, even with a client key that enforces
    sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_access_token` (403), `phone_not_unique` (409), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SignUpResult]
    """

    kwargs = _get_kwargs(
        code=code,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    code: str,
    phone: str,
) -> ErrorBody | SignUpResult | None:
    """Confirm a phone number with an SMS code

     Checks a 6-digit code sent to `phone`, both in the query string (no body). Two kinds of
    code are accepted:

    * a sign-up confirmation code (from `signUpWithPhone` or `resendVerificationCode`): the
      number is marked confirmed, `lastLoginAt` is set, a session is created and the answer is
      `{user, session}`;
    * a change-phone code (from `changePhone`): the user's number becomes `phone` and the
      answer is `{user, session: null}`; no session is created and the caller's stays as it
      was. If another account took the number meanwhile, 409 `phone_not_unique`.

    Codes are single-use and expire after one hour. A wrong, used or expired code, a code of
    another kind (sign-in or reset), and an unknown number all answer 403
    `invalid_access_token`; failures count towards the per-number failed-attempt limit (429
    `rate_limit_exceeded`). Does not need a session, even with a client key that enforces
    sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_access_token` (403), `phone_not_unique` (409), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SignUpResult
    """

    return (
        await asyncio_detailed(
            client=client,
            code=code,
            phone=phone,
        )
    ).parsed
