from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/send-code",
        "params": params,
    }

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

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
    phone: str,
) -> Response[Any | ErrorBody]:
    """Send a sign-in code by SMS

     Puts an SMS with a 6-digit sign-in code (action `signin-code`) for the `altogic` user with
    this number in the outbox; the code replaces any earlier sign-in code. Use it with
    `signInWithCode`. Sign-in with SMS codes must be on in `app.yaml` (it is by default), and
    while phone confirmation is on the number must be confirmed. Does not need a session, even
    with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_not_verified` (401),
    `sms_auth_codes_disabled` (401), `user_not_found` (404).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone: str,
) -> Any | ErrorBody | None:
    """Send a sign-in code by SMS

     Puts an SMS with a 6-digit sign-in code (action `signin-code`) for the `altogic` user with
    this number in the outbox; the code replaces any earlier sign-in code. Use it with
    `signInWithCode`. Sign-in with SMS codes must be on in `app.yaml` (it is by default), and
    while phone confirmation is on the number must be confirmed. Does not need a session, even
    with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_not_verified` (401),
    `sms_auth_codes_disabled` (401), `user_not_found` (404).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        phone=phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone: str,
) -> Response[Any | ErrorBody]:
    """Send a sign-in code by SMS

     Puts an SMS with a 6-digit sign-in code (action `signin-code`) for the `altogic` user with
    this number in the outbox; the code replaces any earlier sign-in code. Use it with
    `signInWithCode`. Sign-in with SMS codes must be on in `app.yaml` (it is by default), and
    while phone confirmation is on the number must be confirmed. Does not need a session, even
    with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_not_verified` (401),
    `sms_auth_codes_disabled` (401), `user_not_found` (404).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone: str,
) -> Any | ErrorBody | None:
    """Send a sign-in code by SMS

     Puts an SMS with a 6-digit sign-in code (action `signin-code`) for the `altogic` user with
    this number in the outbox; the code replaces any earlier sign-in code. Use it with
    `signInWithCode`. Sign-in with SMS codes must be on in `app.yaml` (it is by default), and
    while phone confirmation is on the number must be confirmed. Does not need a session, even
    with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_not_verified` (401),
    `sms_auth_codes_disabled` (401), `user_not_found` (404).

    Args:
        phone (str): A phone number in international E.164 format: `+`, the country code and the
            number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            phone=phone,
        )
    ).parsed
