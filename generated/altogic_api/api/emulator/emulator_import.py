from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emulator_export_result import EmulatorExportResult
from ...models.emulator_folder import EmulatorFolder
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: EmulatorFolder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_emulator/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmulatorExportResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = EmulatorExportResult.from_dict(response.json())

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
) -> Response[EmulatorExportResult | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmulatorFolder,
) -> Response[EmulatorExportResult | ErrorBody]:
    """Replace the backend's state with an export

     Only served by the local backend: brings every module back to a fresh start, then loads
    the export in the folder `path` on the backend's machine (written by `emulatorExport`
    or `altogic-local export`); modules the export does not hold stay empty. A folder that
    holds no readable export answers `import_failed` and leaves the backend empty. The same
    as `serve --import DIR` at start-up.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error`, `invalid_request_body_syntax`, `import_failed` (400),
    `missing_client_key`,
    `invalid_client_key` (401), `request_body_size_too_large` (413).

    Args:
        body (EmulatorFolder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorExportResult | ErrorBody]
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
    body: EmulatorFolder,
) -> EmulatorExportResult | ErrorBody | None:
    """Replace the backend's state with an export

     Only served by the local backend: brings every module back to a fresh start, then loads
    the export in the folder `path` on the backend's machine (written by `emulatorExport`
    or `altogic-local export`); modules the export does not hold stay empty. A folder that
    holds no readable export answers `import_failed` and leaves the backend empty. The same
    as `serve --import DIR` at start-up.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error`, `invalid_request_body_syntax`, `import_failed` (400),
    `missing_client_key`,
    `invalid_client_key` (401), `request_body_size_too_large` (413).

    Args:
        body (EmulatorFolder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorExportResult | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmulatorFolder,
) -> Response[EmulatorExportResult | ErrorBody]:
    """Replace the backend's state with an export

     Only served by the local backend: brings every module back to a fresh start, then loads
    the export in the folder `path` on the backend's machine (written by `emulatorExport`
    or `altogic-local export`); modules the export does not hold stay empty. A folder that
    holds no readable export answers `import_failed` and leaves the backend empty. The same
    as `serve --import DIR` at start-up.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error`, `invalid_request_body_syntax`, `import_failed` (400),
    `missing_client_key`,
    `invalid_client_key` (401), `request_body_size_too_large` (413).

    Args:
        body (EmulatorFolder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmulatorExportResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmulatorFolder,
) -> EmulatorExportResult | ErrorBody | None:
    """Replace the backend's state with an export

     Only served by the local backend: brings every module back to a fresh start, then loads
    the export in the folder `path` on the backend's machine (written by `emulatorExport`
    or `altogic-local export`); modules the export does not hold stay empty. A folder that
    holds no readable export answers `import_failed` and leaves the backend empty. The same
    as `serve --import DIR` at start-up.
    As for `emulatorListOutbox`, a declared client key (or the emulator's token) is required
    when the app declares keys.

    Error codes: `validation_error`, `invalid_request_body_syntax`, `import_failed` (400),
    `missing_client_key`,
    `invalid_client_key` (401), `request_body_size_too_large` (413).

    Args:
        body (EmulatorFolder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmulatorExportResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
