from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.run_once_request import RunOnceRequest
from ...models.task_info import TaskInfo
from ...types import Response


def _get_kwargs(
    *,
    body: RunOnceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/task",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TaskInfo | None:
    if response.status_code == 200:
        response_200 = TaskInfo.from_dict(response.json())

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
) -> Response[ErrorBody | TaskInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunOnceRequest,
) -> Response[ErrorBody | TaskInfo]:
    """Run a scheduled task now

     Triggers one run of the scheduled task named (or with the id) `taskNameOrId`, outside its
    schedule, and answers its `TaskInfo` with status `pending`. Tasks are declared in the
    app's handler file (`@task`, named by `functions` in `app.yaml`) with their schedule; the
    local backend refuses undeclared tasks.

    The local backend runs each task on its schedule (UTC, by the backend's clock, so a test
    moves a manual clock instead of waiting). Runs missed while the backend was down are not
    replayed: the schedule restarts from the time the backend starts. A jump of the clock over
    several due times runs the task once. Runs of one task run one at a time.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `task_not_found` (404).

    Args:
        body (RunOnceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TaskInfo]
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
    body: RunOnceRequest,
) -> ErrorBody | TaskInfo | None:
    """Run a scheduled task now

     Triggers one run of the scheduled task named (or with the id) `taskNameOrId`, outside its
    schedule, and answers its `TaskInfo` with status `pending`. Tasks are declared in the
    app's handler file (`@task`, named by `functions` in `app.yaml`) with their schedule; the
    local backend refuses undeclared tasks.

    The local backend runs each task on its schedule (UTC, by the backend's clock, so a test
    moves a manual clock instead of waiting). Runs missed while the backend was down are not
    replayed: the schedule restarts from the time the backend starts. A jump of the clock over
    several due times runs the task once. Runs of one task run one at a time.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `task_not_found` (404).

    Args:
        body (RunOnceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TaskInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunOnceRequest,
) -> Response[ErrorBody | TaskInfo]:
    """Run a scheduled task now

     Triggers one run of the scheduled task named (or with the id) `taskNameOrId`, outside its
    schedule, and answers its `TaskInfo` with status `pending`. Tasks are declared in the
    app's handler file (`@task`, named by `functions` in `app.yaml`) with their schedule; the
    local backend refuses undeclared tasks.

    The local backend runs each task on its schedule (UTC, by the backend's clock, so a test
    moves a manual clock instead of waiting). Runs missed while the backend was down are not
    replayed: the schedule restarts from the time the backend starts. A jump of the clock over
    several due times runs the task once. Runs of one task run one at a time.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `task_not_found` (404).

    Args:
        body (RunOnceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TaskInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RunOnceRequest,
) -> ErrorBody | TaskInfo | None:
    """Run a scheduled task now

     Triggers one run of the scheduled task named (or with the id) `taskNameOrId`, outside its
    schedule, and answers its `TaskInfo` with status `pending`. Tasks are declared in the
    app's handler file (`@task`, named by `functions` in `app.yaml`) with their schedule; the
    local backend refuses undeclared tasks.

    The local backend runs each task on its schedule (UTC, by the backend's clock, so a test
    moves a manual clock instead of waiting). Runs missed while the backend was down are not
    replayed: the schedule restarts from the time the backend starts. A jump of the clock over
    several due times runs the task once. Runs of one task run one at a time.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `task_not_found` (404).

    Args:
        body (RunOnceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TaskInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
