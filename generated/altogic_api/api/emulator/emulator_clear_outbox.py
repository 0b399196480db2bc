from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.outbox_kind import OutboxKind
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
        "method": "delete",
        "url": "/_emulator/outbox",
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
    to: str | Unset = UNSET,
    kind: OutboxKind | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Empty the outbox

     Only served by the local backend: deletes the stored email and SMS messages, all of them
    without filters, otherwise only those to `to` and/or of `kind` (the same filters as
    `emulatorListOutbox`). Links and codes already sent stay valid. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
) -> Any | ErrorBody | None:
    """Empty the outbox

     Only served by the local backend: deletes the stored email and SMS messages, all of them
    without filters, otherwise only those to `to` and/or of `kind` (the same filters as
    `emulatorListOutbox`). Links and codes already sent stay valid. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
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
) -> Response[Any | ErrorBody]:
    """Empty the outbox

     Only served by the local backend: deletes the stored email and SMS messages, all of them
    without filters, otherwise only those to `to` and/or of `kind` (the same filters as
    `emulatorListOutbox`). Links and codes already sent stay valid. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
) -> Any | ErrorBody | None:
    """Empty the outbox

     Only served by the local backend: deletes the stored email and SMS messages, all of them
    without filters, otherwise only those to `to` and/or of `kind` (the same filters as
    `emulatorListOutbox`). Links and codes already sent stay valid. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401, the
    app declares client keys and the call has none of them).

    Args:
        to (str | Unset):
        kind (OutboxKind | Unset): Whether an outbox message is an email or an SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            to=to,
            kind=kind,
        )
    ).parsed
