from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.model_update_fields_request import ModelUpdateFieldsRequest
from ...models.update_info import UpdateInfo
from ...types import Response


def _get_kwargs(
    *,
    body: ModelUpdateFieldsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/update-fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | UpdateInfo | None:
    if response.status_code == 200:
        response_200 = UpdateInfo.from_dict(response.json())

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
) -> Response[ErrorBody | UpdateInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelUpdateFieldsRequest,
) -> Response[ErrorBody | UpdateInfo]:
    """Apply field update instructions to every matching object

     Applies the `updates` instructions, in order, to every object of `model` that matches
    `query` (lookups as in `modelUpdate`; without a filter every object matches). The update is
    all-or-nothing. `updated` counts the objects whose content changed; only those get a new
    `updatedAt`. See `FieldUpdate` for what each instruction does.

    Whether an instruction fits a field depends on the stored values (an `increment` of a text
    value, a `push` onto a field that is not a list, a path through an object list), and
    expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400.

    Error codes: `validation_error` (400), `invalid_update_instruction` (400, with
    `details.field`), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelUpdateFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UpdateInfo]
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
    body: ModelUpdateFieldsRequest,
) -> ErrorBody | UpdateInfo | None:
    """Apply field update instructions to every matching object

     Applies the `updates` instructions, in order, to every object of `model` that matches
    `query` (lookups as in `modelUpdate`; without a filter every object matches). The update is
    all-or-nothing. `updated` counts the objects whose content changed; only those get a new
    `updatedAt`. See `FieldUpdate` for what each instruction does.

    Whether an instruction fits a field depends on the stored values (an `increment` of a text
    value, a `push` onto a field that is not a list, a path through an object list), and
    expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400.

    Error codes: `validation_error` (400), `invalid_update_instruction` (400, with
    `details.field`), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelUpdateFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UpdateInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelUpdateFieldsRequest,
) -> Response[ErrorBody | UpdateInfo]:
    """Apply field update instructions to every matching object

     Applies the `updates` instructions, in order, to every object of `model` that matches
    `query` (lookups as in `modelUpdate`; without a filter every object matches). The update is
    all-or-nothing. `updated` counts the objects whose content changed; only those get a new
    `updatedAt`. See `FieldUpdate` for what each instruction does.

    Whether an instruction fits a field depends on the stored values (an `increment` of a text
    value, a `push` onto a field that is not a list, a path through an object list), and
    expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400.

    Error codes: `validation_error` (400), `invalid_update_instruction` (400, with
    `details.field`), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelUpdateFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UpdateInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelUpdateFieldsRequest,
) -> ErrorBody | UpdateInfo | None:
    """Apply field update instructions to every matching object

     Applies the `updates` instructions, in order, to every object of `model` that matches
    `query` (lookups as in `modelUpdate`; without a filter every object matches). The update is
    all-or-nothing. `updated` counts the objects whose content changed; only those get a new
    `updatedAt`. See `FieldUpdate` for what each instruction does.

    Whether an instruction fits a field depends on the stored values (an `increment` of a text
    value, a `push` onto a field that is not a list, a path through an object list), and
    expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400.

    Error codes: `validation_error` (400), `invalid_update_instruction` (400, with
    `details.field`), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelUpdateFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UpdateInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
