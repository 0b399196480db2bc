from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.outbox_kind import OutboxKind
from ...models.outbox_message import OutboxMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["to"] = to

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_emulator/outbox",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[OutboxMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OutboxMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[OutboxMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> Response[ErrorBody | list[OutboxMessage]]:
    """List the mails and SMS messages the local backend "sent"

     Only served by the local backend, which stores emails and SMS messages here instead of
    sending them, so that people and tests can follow every link and use every code. Answers
    the stored messages, oldest first, optionally only those to one recipient and of one kind.
    When the app declares client keys, a declared key is required in `X-Client-Key`, or the
    emulator's token in `X-Emulator-Token` (the outbox holds live sign-in links); otherwise no
    key is needed. `altogic-local outbox`
    prints the same list.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[OutboxMessage]]
    """

    kwargs = _get_kwargs(
        to=to,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> ErrorBody | list[OutboxMessage] | None:
    """List the mails and SMS messages the local backend "sent"

     Only served by the local backend, which stores emails and SMS messages here instead of
    sending them, so that people and tests can follow every link and use every code. Answers
    the stored messages, oldest first, optionally only those to one recipient and of one kind.
    When the app declares client keys, a declared key is required in `X-Client-Key`, or the
    emulator's token in `X-Emulator-Token` (the outbox holds live sign-in links); otherwise no
    key is needed. `altogic-local outbox`
    prints the same list.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[OutboxMessage]
    """

    return sync_detailed(
        client=client,
        to=to,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> Response[ErrorBody | list[OutboxMessage]]:
    """List the mails and SMS messages the local backend "sent"

     Only served by the local backend, which stores emails and SMS messages here instead of
    sending them, so that people and tests can follow every link and use every code. Answers
    the stored messages, oldest first, optionally only those to one recipient and of one kind.
    When the app declares client keys, a declared key is required in `X-Client-Key`, or the
    emulator's token in `X-Emulator-Token` (the outbox holds live sign-in links); otherwise no
    key is needed. `altogic-local outbox`
    prints the same list.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[OutboxMessage]]
    """

    kwargs = _get_kwargs(
        to=to,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> ErrorBody | list[OutboxMessage] | None:
    """List the mails and SMS messages the local backend "sent"

     Only served by the local backend, which stores emails and SMS messages here instead of
    sending them, so that people and tests can follow every link and use every code. Answers
    the stored messages, oldest first, optionally only those to one recipient and of one kind.
    When the app declares client keys, a declared key is required in `X-Client-Key`, or the
    emulator's token in `X-Emulator-Token` (the outbox holds live sign-in links); otherwise no
    key is needed. `altogic-local outbox`
    prints the same list.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[OutboxMessage]
    """

    return (
        await asyncio_detailed(
            client=client,
            to=to,
            kind=kind,
        )
    ).parsed
