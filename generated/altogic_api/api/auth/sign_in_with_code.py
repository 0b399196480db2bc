from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_grant import AuthGrant
from ...models.error_body import ErrorBody
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
        "url": "/_api/rest/v1/auth/signin-code",
        "params": params,
    }

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

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
    code: str,
    phone: str,
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with an SMS code

     Signs in the user of `phone` with the 6-digit code that `sendSignInCode` sent, sets
    `lastLoginAt`, creates a session and answers `{user, session}`. The code is single-use and
    expires after one hour; a newer sign-in code for the same number replaces it. Both values
    travel in the query string and there is no body; the JS client does not URL-encode `code`,
    which is harmless for digits.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token` (as the successor engine did for bad SMS codes); a code of
    another purpose stays usable for its own purpose. Failed attempts count towards the same
    per-number limit as `signInWithPhone` (429 `rate_limit_exceeded`), from the moment they
    start, so parallel guesses get at most 5 codes checked. Does not need a session, even with
    a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `sms_auth_codes_disabled` (401, sign-in with SMS codes is switched off in `app.yaml`),
    `invalid_access_token` (403), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
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
) -> AuthGrant | ErrorBody | None:
    """Sign in with an SMS code

     Signs in the user of `phone` with the 6-digit code that `sendSignInCode` sent, sets
    `lastLoginAt`, creates a session and answers `{user, session}`. The code is single-use and
    expires after one hour; a newer sign-in code for the same number replaces it. Both values
    travel in the query string and there is no body; the JS client does not URL-encode `code`,
    which is harmless for digits.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token` (as the successor engine did for bad SMS codes); a code of
    another purpose stays usable for its own purpose. Failed attempts count towards the same
    per-number limit as `signInWithPhone` (429 `rate_limit_exceeded`), from the moment they
    start, so parallel guesses get at most 5 codes checked. Does not need a session, even with
    a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `sms_auth_codes_disabled` (401, sign-in with SMS codes is switched off in `app.yaml`),
    `invalid_access_token` (403), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
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
) -> Response[AuthGrant | ErrorBody]:
    """Sign in with an SMS code

     Signs in the user of `phone` with the 6-digit code that `sendSignInCode` sent, sets
    `lastLoginAt`, creates a session and answers `{user, session}`. The code is single-use and
    expires after one hour; a newer sign-in code for the same number replaces it. Both values
    travel in the query string and there is no body; the JS client does not URL-encode `code`,
    which is harmless for digits.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token` (as the successor engine did for bad SMS codes); a code of
    another purpose stays usable for its own purpose. Failed attempts count towards the same
    per-number limit as `signInWithPhone` (429 `rate_limit_exceeded`), from the moment they
    start, so parallel guesses get at most 5 codes checked. Does not need a session, even with
    a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `sms_auth_codes_disabled` (401, sign-in with SMS codes is switched off in `app.yaml`),
    `invalid_access_token` (403), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthGrant | ErrorBody]
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
) -> AuthGrant | ErrorBody | None:
    """Sign in with an SMS code

     Signs in the user of `phone` with the 6-digit code that `sendSignInCode` sent, sets
    `lastLoginAt`, creates a session and answers `{user, session}`. The code is single-use and
    expires after one hour; a newer sign-in code for the same number replaces it. Both values
    travel in the query string and there is no body; the JS client does not URL-encode `code`,
    which is harmless for digits.

    A wrong, used or expired code, a code sent for another purpose, and an unknown number all
    answer 403 `invalid_access_token` (as the successor engine did for bad SMS codes); a code of
    another purpose stays usable for its own purpose. Failed attempts count towards the same
    per-number limit as `signInWithPhone` (429 `rate_limit_exceeded`), from the moment they
    start, so parallel guesses get at most 5 codes checked. Does not need a session, even with
    a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `sms_auth_codes_disabled` (401, sign-in with SMS codes is switched off in `app.yaml`),
    `invalid_access_token` (403), `rate_limit_exceeded` (429).

    Args:
        code (str): A 6-digit code sent by SMS.
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthGrant | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            code=code,
            phone=phone,
        )
    ).parsed
