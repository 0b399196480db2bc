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
        "url": "/_api/rest/v1/auth/resend-code",
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
    """Resend the phone-confirmation code

     Puts a new SMS with a 6-digit confirmation code (action `phone-confirm`) for the
    unconfirmed `altogic` user with this number in the outbox; the new code replaces any
    earlier one. The number is in the query string (the JS client encodes it) and there is no
    body. Does not need a session, even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_already_verified` (401),
    `phone_verification_disabled` (401, phone confirmation is off), `user_not_found` (404).

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
    """Resend the phone-confirmation code

     Puts a new SMS with a 6-digit confirmation code (action `phone-confirm`) for the
    unconfirmed `altogic` user with this number in the outbox; the new code replaces any
    earlier one. The number is in the query string (the JS client encodes it) and there is no
    body. Does not need a session, even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_already_verified` (401),
    `phone_verification_disabled` (401, phone confirmation is off), `user_not_found` (404).

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
    """Resend the phone-confirmation code

     Puts a new SMS with a 6-digit confirmation code (action `phone-confirm`) for the
    unconfirmed `altogic` user with this number in the outbox; the new code replaces any
    earlier one. The number is in the query string (the JS client encodes it) and there is no
    body. Does not need a session, even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_already_verified` (401),
    `phone_verification_disabled` (401, phone confirmation is off), `user_not_found` (404).

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
    """Resend the phone-confirmation code

     Puts a new SMS with a 6-digit confirmation code (action `phone-confirm`) for the
    unconfirmed `altogic` user with this number in the outbox; the new code replaces any
    earlier one. The number is in the query string (the JS client encodes it) and there is no
    body. Does not need a session, even with a client key that enforces sessions.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `invalid_provider` (401, an OAuth account), `phone_already_verified` (401),
    `phone_verification_disabled` (401, phone confirmation is off), `user_not_found` (404).

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
