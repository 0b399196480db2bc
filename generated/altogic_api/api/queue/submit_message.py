from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.message_info import MessageInfo
from ...models.submit_message_request import SubmitMessageRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/queue",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | MessageInfo | None:
    if response.status_code == 200:
        response_200 = MessageInfo.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | MessageInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitMessageRequest,
) -> Response[ErrorBody | MessageInfo]:
    """Submit a message to a queue

     Puts `message` on the queue named (or with the id) `queueNameOrId` and answers its
    `MessageInfo` with status `pending`. The queue's handler receives the message in the
    background; with `delay` it starts no earlier than that many seconds later (by the
    backend's clock). Queues are declared in the app's handler file (`@queue`, named by
    `functions` in `app.yaml`); the local backend refuses messages to an undeclared queue.

    The local backend keeps messages in its database: pending ones run after a restart, and
    one that was running when the backend stopped runs again (delivery is at least once).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        body (SubmitMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageInfo]
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
    client: AuthenticatedClient | Client,
    body: SubmitMessageRequest,
) -> ErrorBody | MessageInfo | None:
    """Submit a message to a queue

     Puts `message` on the queue named (or with the id) `queueNameOrId` and answers its
    `MessageInfo` with status `pending`. The queue's handler receives the message in the
    background; with `delay` it starts no earlier than that many seconds later (by the
    backend's clock). Queues are declared in the app's handler file (`@queue`, named by
    `functions` in `app.yaml`); the local backend refuses messages to an undeclared queue.

    The local backend keeps messages in its database: pending ones run after a restart, and
    one that was running when the backend stopped runs again (delivery is at least once).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        body (SubmitMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitMessageRequest,
) -> Response[ErrorBody | MessageInfo]:
    """Submit a message to a queue

     Puts `message` on the queue named (or with the id) `queueNameOrId` and answers its
    `MessageInfo` with status `pending`. The queue's handler receives the message in the
    background; with `delay` it starts no earlier than that many seconds later (by the
    backend's clock). Queues are declared in the app's handler file (`@queue`, named by
    `functions` in `app.yaml`); the local backend refuses messages to an undeclared queue.

    The local backend keeps messages in its database: pending ones run after a restart, and
    one that was running when the backend stopped runs again (delivery is at least once).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        body (SubmitMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitMessageRequest,
) -> ErrorBody | MessageInfo | None:
    """Submit a message to a queue

     Puts `message` on the queue named (or with the id) `queueNameOrId` and answers its
    `MessageInfo` with status `pending`. The queue's handler receives the message in the
    background; with `delay` it starts no earlier than that many seconds later (by the
    backend's clock). Queues are declared in the app's handler file (`@queue`, named by
    `functions` in `app.yaml`); the local backend refuses messages to an undeclared queue.

    The local backend keeps messages in its database: pending ones run after a restart, and
    one that was running when the backend stopped runs again (delivery is at least once).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        body (SubmitMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
