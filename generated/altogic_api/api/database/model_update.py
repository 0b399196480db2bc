from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.model_update_request import ModelUpdateRequest
from ...models.update_info import UpdateInfo
from ...types import Response


def _get_kwargs(
    *,
    body: ModelUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/update",
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
    body: ModelUpdateRequest,
) -> Response[ErrorBody | UpdateInfo]:
    """Update every matching object

     Sets the fields in `values` on every object of `model` that matches `query` (lookups are
    attached first so the filter can use them; they are not written). Fields not in `values`
    keep their value; an object or list given for a sub-model replaces it, and its objects get
    new `_id`s. Declared fields are checked as in `modelCreate`; system fields in `values` are
    ignored. Without a filter every object matches (the JavaScript client no longer refuses
    that). The update is all-or-nothing. `updated` counts the objects whose content changed;
    only those get a new `updatedAt`.

    With a sub-model path the matching sub-objects are updated.

    Declared field types and expressions cannot be checked by a JSON schema, so a schema-valid
    request can still answer 400 `validation_error`, `invalid_expression` or
    `invalid_function`.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `invalid_expression` (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a
    simple lookup on a field that is not a declared reference), `missing_client_key`,
    `invalid_client_key` (401), `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelUpdateRequest):

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
    body: ModelUpdateRequest,
) -> ErrorBody | UpdateInfo | None:
    """Update every matching object

     Sets the fields in `values` on every object of `model` that matches `query` (lookups are
    attached first so the filter can use them; they are not written). Fields not in `values`
    keep their value; an object or list given for a sub-model replaces it, and its objects get
    new `_id`s. Declared fields are checked as in `modelCreate`; system fields in `values` are
    ignored. Without a filter every object matches (the JavaScript client no longer refuses
    that). The update is all-or-nothing. `updated` counts the objects whose content changed;
    only those get a new `updatedAt`.

    With a sub-model path the matching sub-objects are updated.

    Declared field types and expressions cannot be checked by a JSON schema, so a schema-valid
    request can still answer 400 `validation_error`, `invalid_expression` or
    `invalid_function`.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `invalid_expression` (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a
    simple lookup on a field that is not a declared reference), `missing_client_key`,
    `invalid_client_key` (401), `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelUpdateRequest):

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
    body: ModelUpdateRequest,
) -> Response[ErrorBody | UpdateInfo]:
    """Update every matching object

     Sets the fields in `values` on every object of `model` that matches `query` (lookups are
    attached first so the filter can use them; they are not written). Fields not in `values`
    keep their value; an object or list given for a sub-model replaces it, and its objects get
    new `_id`s. Declared fields are checked as in `modelCreate`; system fields in `values` are
    ignored. Without a filter every object matches (the JavaScript client no longer refuses
    that). The update is all-or-nothing. `updated` counts the objects whose content changed;
    only those get a new `updatedAt`.

    With a sub-model path the matching sub-objects are updated.

    Declared field types and expressions cannot be checked by a JSON schema, so a schema-valid
    request can still answer 400 `validation_error`, `invalid_expression` or
    `invalid_function`.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `invalid_expression` (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a
    simple lookup on a field that is not a declared reference), `missing_client_key`,
    `invalid_client_key` (401), `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelUpdateRequest):

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
    body: ModelUpdateRequest,
) -> ErrorBody | UpdateInfo | None:
    """Update every matching object

     Sets the fields in `values` on every object of `model` that matches `query` (lookups are
    attached first so the filter can use them; they are not written). Fields not in `values`
    keep their value; an object or list given for a sub-model replaces it, and its objects get
    new `_id`s. Declared fields are checked as in `modelCreate`; system fields in `values` are
    ignored. Without a filter every object matches (the JavaScript client no longer refuses
    that). The update is all-or-nothing. `updated` counts the objects whose content changed;
    only those get a new `updatedAt`.

    With a sub-model path the matching sub-objects are updated.

    Declared field types and expressions cannot be checked by a JSON schema, so a schema-valid
    request can still answer 400 `validation_error`, `invalid_expression` or
    `invalid_function`.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `invalid_expression` (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a
    simple lookup on a field that is not a declared reference), `missing_client_key`,
    `invalid_client_key` (401), `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelUpdateRequest):

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
