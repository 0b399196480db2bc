from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_reset_request import EmulatorResetRequest
from ...models.emulator_reset_result import EmulatorResetResult
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EmulatorResetRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_emulator/reset",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmulatorResetResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = EmulatorResetResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmulatorResetResult | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmulatorResetRequest | Unset = UNSET,
) -> Response[EmulatorResetResult | ErrorBody]:
    """Bring the backend back to a fresh start

     Only served by the local backend, for tests and demos: forgets everything the named
    modules hold (users, sessions, the outbox; models and objects; cache keys), as if the
    backend had just started with an empty data folder; all of them when the body names none.
    The app's settings (`app.yaml`) are kept. The same as `altogic-local reset`,
    `LocalServer.reset()` and what the pytest plugin does between tests. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400, e.g. a module that holds no state),
    `invalid_request_body_syntax` (400), `missing_client_key`, `invalid_client_key` (401),
    `request_body_size_too_large` (413).

    Args:
        body (EmulatorResetRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorResetResult | ErrorBody]
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
    client: AuthenticatedClient,
    body: EmulatorResetRequest | Unset = UNSET,
) -> EmulatorResetResult | ErrorBody | None:
    """Bring the backend back to a fresh start

     Only served by the local backend, for tests and demos: forgets everything the named
    modules hold (users, sessions, the outbox; models and objects; cache keys), as if the
    backend had just started with an empty data folder; all of them when the body names none.
    The app's settings (`app.yaml`) are kept. The same as `altogic-local reset`,
    `LocalServer.reset()` and what the pytest plugin does between tests. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400, e.g. a module that holds no state),
    `invalid_request_body_syntax` (400), `missing_client_key`, `invalid_client_key` (401),
    `request_body_size_too_large` (413).

    Args:
        body (EmulatorResetRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorResetResult | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmulatorResetRequest | Unset = UNSET,
) -> Response[EmulatorResetResult | ErrorBody]:
    """Bring the backend back to a fresh start

     Only served by the local backend, for tests and demos: forgets everything the named
    modules hold (users, sessions, the outbox; models and objects; cache keys), as if the
    backend had just started with an empty data folder; all of them when the body names none.
    The app's settings (`app.yaml`) are kept. The same as `altogic-local reset`,
    `LocalServer.reset()` and what the pytest plugin does between tests. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400, e.g. a module that holds no state),
    `invalid_request_body_syntax` (400), `missing_client_key`, `invalid_client_key` (401),
    `request_body_size_too_large` (413).

    Args:
        body (EmulatorResetRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorResetResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmulatorResetRequest | Unset = UNSET,
) -> EmulatorResetResult | ErrorBody | None:
    """Bring the backend back to a fresh start

     Only served by the local backend, for tests and demos: forgets everything the named
    modules hold (users, sessions, the outbox; models and objects; cache keys), as if the
    backend had just started with an empty data folder; all of them when the body names none.
    The app's settings (`app.yaml`) are kept. The same as `altogic-local reset`,
    `LocalServer.reset()` and what the pytest plugin does between tests. As for
    `emulatorListOutbox`, a declared client key (or the emulator's token) is required when the
    app declares keys.

    Error codes: `validation_error` (400, e.g. a module that holds no state),
    `invalid_request_body_syntax` (400), `missing_client_key`, `invalid_client_key` (401),
    `request_body_size_too_large` (413).

    Args:
        body (EmulatorResetRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorResetResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
