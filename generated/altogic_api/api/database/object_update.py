from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.object_update_request import ObjectUpdateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ObjectUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/object/update",
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
    body: ObjectUpdateRequest,
) -> Response[DBObject | ErrorBody]:
    """Update an object by id

     Sets the fields in `values` on the object of `model` whose `_id` is `id` (a sub-object with
    a sub-model path), as `modelUpdate` does for one object, and answers the updated object, or
    with `options.returnTop` the top-level object. `updatedAt` of the top-level object is
    bumped when something changed. `options.cache` has no visible effect. Declared fields are
    checked as in `modelCreate`, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model), `object_not_found` (404).

    Args:
        body (ObjectUpdateRequest):

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
    body: ObjectUpdateRequest,
) -> DBObject | ErrorBody | None:
    """Update an object by id

     Sets the fields in `values` on the object of `model` whose `_id` is `id` (a sub-object with
    a sub-model path), as `modelUpdate` does for one object, and answers the updated object, or
    with `options.returnTop` the top-level object. `updatedAt` of the top-level object is
    bumped when something changed. `options.cache` has no visible effect. Declared fields are
    checked as in `modelCreate`, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model), `object_not_found` (404).

    Args:
        body (ObjectUpdateRequest):

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
    body: ObjectUpdateRequest,
) -> Response[DBObject | ErrorBody]:
    """Update an object by id

     Sets the fields in `values` on the object of `model` whose `_id` is `id` (a sub-object with
    a sub-model path), as `modelUpdate` does for one object, and answers the updated object, or
    with `options.returnTop` the top-level object. `updatedAt` of the top-level object is
    bumped when something changed. `options.cache` has no visible effect. Declared fields are
    checked as in `modelCreate`, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model), `object_not_found` (404).

    Args:
        body (ObjectUpdateRequest):

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
    body: ObjectUpdateRequest,
) -> DBObject | ErrorBody | None:
    """Update an object by id

     Sets the fields in `values` on the object of `model` whose `_id` is `id` (a sub-object with
    a sub-model path), as `modelUpdate` does for one object, and answers the updated object, or
    with `options.returnTop` the top-level object. `updatedAt` of the top-level object is
    bumped when something changed. `options.cache` has no visible effect. Declared fields are
    checked as in `modelCreate`, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model), `object_not_found` (404).

    Args:
        body (ObjectUpdateRequest):

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
