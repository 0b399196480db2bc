from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.model_append_request import ModelAppendRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelAppendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/append",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DBObject | list[DBObject] | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DBObject | list[DBObject]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DBObject.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_db_object_list_item_data in _response_200_type_1:
                componentsschemas_db_object_list_item = DBObject.from_dict(
                    componentsschemas_db_object_list_item_data
                )

                response_200_type_1.append(componentsschemas_db_object_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[DBObject | list[DBObject] | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelAppendRequest,
) -> Response[DBObject | list[DBObject] | ErrorBody]:
    """Append items to an object-list sub-model

     Appends one object, or a list of objects, to the object-list sub-model `model` (a dot path
    such as `users.addresses`) of the parent object whose `_id` is `parentId`. A list is
    all-or-nothing. Each item gets a new `_id` and `_parent` = `parentId`, and the top-level
    object's `updatedAt` is bumped. Answers the appended item (or items, in input order), or
    with `returnTop` the whole top-level object. Of `query` only `omit` is used. Declared
    fields are checked as in `modelCreate`, so a schema-valid request can still answer 400.

    In a model that `app.yaml` does not declare, a field that is missing or `null` becomes a
    new list, and a field holding a list of objects (or an empty list) is appended to; a field
    holding anything else cannot be appended to.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model, or a declared model without that sub-model), `parent_not_found` (404),
    `invalid_model_type` (409, the path names an object sub-model, or a field holding a value
    that is not a list of objects).

    Args:
        body (ModelAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | list[DBObject] | ErrorBody]
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
    body: ModelAppendRequest,
) -> DBObject | list[DBObject] | ErrorBody | None:
    """Append items to an object-list sub-model

     Appends one object, or a list of objects, to the object-list sub-model `model` (a dot path
    such as `users.addresses`) of the parent object whose `_id` is `parentId`. A list is
    all-or-nothing. Each item gets a new `_id` and `_parent` = `parentId`, and the top-level
    object's `updatedAt` is bumped. Answers the appended item (or items, in input order), or
    with `returnTop` the whole top-level object. Of `query` only `omit` is used. Declared
    fields are checked as in `modelCreate`, so a schema-valid request can still answer 400.

    In a model that `app.yaml` does not declare, a field that is missing or `null` becomes a
    new list, and a field holding a list of objects (or an empty list) is appended to; a field
    holding anything else cannot be appended to.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model, or a declared model without that sub-model), `parent_not_found` (404),
    `invalid_model_type` (409, the path names an object sub-model, or a field holding a value
    that is not a list of objects).

    Args:
        body (ModelAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | list[DBObject] | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelAppendRequest,
) -> Response[DBObject | list[DBObject] | ErrorBody]:
    """Append items to an object-list sub-model

     Appends one object, or a list of objects, to the object-list sub-model `model` (a dot path
    such as `users.addresses`) of the parent object whose `_id` is `parentId`. A list is
    all-or-nothing. Each item gets a new `_id` and `_parent` = `parentId`, and the top-level
    object's `updatedAt` is bumped. Answers the appended item (or items, in input order), or
    with `returnTop` the whole top-level object. Of `query` only `omit` is used. Declared
    fields are checked as in `modelCreate`, so a schema-valid request can still answer 400.

    In a model that `app.yaml` does not declare, a field that is missing or `null` becomes a
    new list, and a field holding a list of objects (or an empty list) is appended to; a field
    holding anything else cannot be appended to.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model, or a declared model without that sub-model), `parent_not_found` (404),
    `invalid_model_type` (409, the path names an object sub-model, or a field holding a value
    that is not a list of objects).

    Args:
        body (ModelAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | list[DBObject] | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelAppendRequest,
) -> DBObject | list[DBObject] | ErrorBody | None:
    """Append items to an object-list sub-model

     Appends one object, or a list of objects, to the object-list sub-model `model` (a dot path
    such as `users.addresses`) of the parent object whose `_id` is `parentId`. A list is
    all-or-nothing. Each item gets a new `_id` and `_parent` = `parentId`, and the top-level
    object's `updatedAt` is bumped. Answers the appended item (or items, in input order), or
    with `returnTop` the whole top-level object. Of `query` only `omit` is used. Declared
    fields are checked as in `modelCreate`, so a schema-valid request can still answer 400.

    In a model that `app.yaml` does not declare, a field that is missing or `null` becomes a
    new list, and a field holding a list of objects (or an empty list) is appended to; a field
    holding anything else cannot be appended to.

    Error codes: `validation_error` (400, including one item per bad declared field),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model, or a declared model without that sub-model), `parent_not_found` (404),
    `invalid_model_type` (409, the path names an object sub-model, or a field holding a value
    that is not a list of objects).

    Args:
        body (ModelAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | list[DBObject] | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
