from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.object_append_request import ObjectAppendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ObjectAppendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/object/append",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DBObject | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DBObject.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DBObject | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectAppendRequest,
) -> Response[DBObject | ErrorBody]:
    """Append one item to an object-list sub-model

     Does what `modelAppend` does, for one item: appends `values` to the object-list sub-model
    `model` of the parent whose `_id` is `parentId`, and answers the new item, or with
    `options.returnTop` the top-level object. The `id` key is ignored as in `objectSet`.
    `options.cache` has no visible effect. As there, a schema-valid request can still answer
    400 for a value that does not fit its declared field.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404), `parent_not_found`
    (404), `invalid_model_type` (409), as for `modelAppend`.

    Args:
        body (ObjectAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | ErrorBody]
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
    body: ObjectAppendRequest,
) -> DBObject | ErrorBody | None:
    """Append one item to an object-list sub-model

     Does what `modelAppend` does, for one item: appends `values` to the object-list sub-model
    `model` of the parent whose `_id` is `parentId`, and answers the new item, or with
    `options.returnTop` the top-level object. The `id` key is ignored as in `objectSet`.
    `options.cache` has no visible effect. As there, a schema-valid request can still answer
    400 for a value that does not fit its declared field.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404), `parent_not_found`
    (404), `invalid_model_type` (409), as for `modelAppend`.

    Args:
        body (ObjectAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectAppendRequest,
) -> Response[DBObject | ErrorBody]:
    """Append one item to an object-list sub-model

     Does what `modelAppend` does, for one item: appends `values` to the object-list sub-model
    `model` of the parent whose `_id` is `parentId`, and answers the new item, or with
    `options.returnTop` the top-level object. The `id` key is ignored as in `objectSet`.
    `options.cache` has no visible effect. As there, a schema-valid request can still answer
    400 for a value that does not fit its declared field.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404), `parent_not_found`
    (404), `invalid_model_type` (409), as for `modelAppend`.

    Args:
        body (ObjectAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectAppendRequest,
) -> DBObject | ErrorBody | None:
    """Append one item to an object-list sub-model

     Does what `modelAppend` does, for one item: appends `values` to the object-list sub-model
    `model` of the parent whose `_id` is `parentId`, and answers the new item, or with
    `options.returnTop` the top-level object. The `id` key is ignored as in `objectSet`.
    `options.cache` has no visible effect. As there, a schema-valid request can still answer
    400 for a value that does not fit its declared field.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404), `parent_not_found`
    (404), `invalid_model_type` (409), as for `modelAppend`.

    Args:
        body (ObjectAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
