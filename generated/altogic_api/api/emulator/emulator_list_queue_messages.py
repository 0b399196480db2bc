from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_queue_message import EmulatorQueueMessage
from ...models.error_body import ErrorBody
from ...models.job_status import JobStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_name_or_id: str,
    *,
    status: JobStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_emulator/queues/{queue_name_or_id}/messages".format(
            queue_name_or_id=quote(str(queue_name_or_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[EmulatorQueueMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EmulatorQueueMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[EmulatorQueueMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name_or_id: str,
    *,
    client: AuthenticatedClient,
    status: JobStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorBody | list[EmulatorQueueMessage]]:
    """List a queue's messages without consuming them

     Only served by the local backend: the messages of the queue named (or with the id)
    `queueNameOrId`, oldest first, each with its status and the message itself, so that
    people and tests can see what was submitted and how each run ended. Reading them changes
    nothing. Messages are kept 7 days after they finish, by the backend's clock.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        queue_name_or_id (str): The name of a queue or task of the app, or its id.
        status (JobStatus | Unset): The state of a queued message or a task run.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EmulatorQueueMessage]]
    """

    kwargs = _get_kwargs(
        queue_name_or_id=queue_name_or_id,
        status=status,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name_or_id: str,
    *,
    client: AuthenticatedClient,
    status: JobStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorBody | list[EmulatorQueueMessage] | None:
    """List a queue's messages without consuming them

     Only served by the local backend: the messages of the queue named (or with the id)
    `queueNameOrId`, oldest first, each with its status and the message itself, so that
    people and tests can see what was submitted and how each run ended. Reading them changes
    nothing. Messages are kept 7 days after they finish, by the backend's clock.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        queue_name_or_id (str): The name of a queue or task of the app, or its id.
        status (JobStatus | Unset): The state of a queued message or a task run.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EmulatorQueueMessage]
    """

    return sync_detailed(
        queue_name_or_id=queue_name_or_id,
        client=client,
        status=status,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    queue_name_or_id: str,
    *,
    client: AuthenticatedClient,
    status: JobStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorBody | list[EmulatorQueueMessage]]:
    """List a queue's messages without consuming them

     Only served by the local backend: the messages of the queue named (or with the id)
    `queueNameOrId`, oldest first, each with its status and the message itself, so that
    people and tests can see what was submitted and how each run ended. Reading them changes
    nothing. Messages are kept 7 days after they finish, by the backend's clock.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        queue_name_or_id (str): The name of a queue or task of the app, or its id.
        status (JobStatus | Unset): The state of a queued message or a task run.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EmulatorQueueMessage]]
    """

    kwargs = _get_kwargs(
        queue_name_or_id=queue_name_or_id,
        status=status,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name_or_id: str,
    *,
    client: AuthenticatedClient,
    status: JobStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorBody | list[EmulatorQueueMessage] | None:
    """List a queue's messages without consuming them

     Only served by the local backend: the messages of the queue named (or with the id)
    `queueNameOrId`, oldest first, each with its status and the message itself, so that
    people and tests can see what was submitted and how each run ended. Reading them changes
    nothing. Messages are kept 7 days after they finish, by the backend's clock.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `queue_not_found` (404).

    Args:
        queue_name_or_id (str): The name of a queue or task of the app, or its id.
        status (JobStatus | Unset): The state of a queued message or a task run.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EmulatorQueueMessage]
    """

    return (
        await asyncio_detailed(
            queue_name_or_id=queue_name_or_id,
            client=client,
            status=status,
            limit=limit,
        )
    ).parsed
