from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.task_info import TaskInfo
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | None | TaskInfo:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | TaskInfo:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TaskInfo.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInfo, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorBody | None | TaskInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | None | TaskInfo]:
    """Read a task run's status

     Answers the run's `TaskInfo`: `pending`, `processing`, then `completed` or `errors`. Run
    logs are kept for 7 days; an unknown or older id answers 200 with a `null` body.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        task_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TaskInfo]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | None | TaskInfo:
    """Read a task run's status

     Answers the run's `TaskInfo`: `pending`, `processing`, then `completed` or `errors`. Run
    logs are kept for 7 days; an unknown or older id answers 200 with a `null` body.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        task_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TaskInfo
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | None | TaskInfo]:
    """Read a task run's status

     Answers the run's `TaskInfo`: `pending`, `processing`, then `completed` or `errors`. Run
    logs are kept for 7 days; an unknown or older id answers 200 with a `null` body.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        task_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | TaskInfo]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | None | TaskInfo:
    """Read a task run's status

     Answers the run's `TaskInfo`: `pending`, `processing`, then `completed` or `errors`. Run
    logs are kept for 7 days; an unknown or older id answers 200 with a `null` body.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        task_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | TaskInfo
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
