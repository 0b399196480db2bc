from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.model_create_request import ModelCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/create",
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
    body: ModelCreateRequest,
) -> Response[DBObject | list[DBObject] | ErrorBody]:
    """Create one or more objects

     Creates one object, or a list of objects, in the top-level model `model` and returns what
    was created (an object for an object, an array in input order for an array). A list is
    all-or-nothing: if one object fails, none is stored. Of `query` only `omit` is used.

    A model that `app.yaml` does not declare is created by its first write. In such a model
    every field whose value is an object is an object sub-model, and every field whose value is
    a non-empty list made only of objects is an object-list sub-model; the other values are
    stored as given. Fields of a declared model are checked and converted to their declared
    type (the text `"10"` becomes `10` in an integer field), required fields must be present,
    defaults are filled in, and fields the declaration does not know are dropped (in strict
    mode refused, with one `validation_error` item per unknown field naming the declared
    ones). Each object
    gets a new `_id`, `createdAt` and `updatedAt`; each embedded object and list item gets its
    own `_id` and a `_parent` holding the `_id` of the object that contains it. System fields
    (`_id`, `_parent`, `createdAt`, `updatedAt`) in `values` are ignored.

    Sub-models cannot be created here: use `modelSet` or `modelAppend`. In strict mode (chosen
    in `app.yaml`) only declared models and their declared fields exist: writes to other
    models, and values of undeclared fields, are refused.

    Declared field types are not part of this schema, so a schema-valid request can still
    answer 400 `validation_error` for a value that does not fit its declared field.

    Error codes: `validation_error` (400; for a declared model also one item per field whose
    value is missing or of the wrong type, with `details.field` such as `values.price` or
    `values.2.price`), `missing_client_key`, `invalid_client_key` (401), `model_not_found`
    (404, the database runs in strict mode and `model` is not declared).

    Args:
        body (ModelCreateRequest):

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
    body: ModelCreateRequest,
) -> DBObject | list[DBObject] | ErrorBody | None:
    """Create one or more objects

     Creates one object, or a list of objects, in the top-level model `model` and returns what
    was created (an object for an object, an array in input order for an array). A list is
    all-or-nothing: if one object fails, none is stored. Of `query` only `omit` is used.

    A model that `app.yaml` does not declare is created by its first write. In such a model
    every field whose value is an object is an object sub-model, and every field whose value is
    a non-empty list made only of objects is an object-list sub-model; the other values are
    stored as given. Fields of a declared model are checked and converted to their declared
    type (the text `"10"` becomes `10` in an integer field), required fields must be present,
    defaults are filled in, and fields the declaration does not know are dropped (in strict
    mode refused, with one `validation_error` item per unknown field naming the declared
    ones). Each object
    gets a new `_id`, `createdAt` and `updatedAt`; each embedded object and list item gets its
    own `_id` and a `_parent` holding the `_id` of the object that contains it. System fields
    (`_id`, `_parent`, `createdAt`, `updatedAt`) in `values` are ignored.

    Sub-models cannot be created here: use `modelSet` or `modelAppend`. In strict mode (chosen
    in `app.yaml`) only declared models and their declared fields exist: writes to other
    models, and values of undeclared fields, are refused.

    Declared field types are not part of this schema, so a schema-valid request can still
    answer 400 `validation_error` for a value that does not fit its declared field.

    Error codes: `validation_error` (400; for a declared model also one item per field whose
    value is missing or of the wrong type, with `details.field` such as `values.price` or
    `values.2.price`), `missing_client_key`, `invalid_client_key` (401), `model_not_found`
    (404, the database runs in strict mode and `model` is not declared).

    Args:
        body (ModelCreateRequest):

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
    body: ModelCreateRequest,
) -> Response[DBObject | list[DBObject] | ErrorBody]:
    """Create one or more objects

     Creates one object, or a list of objects, in the top-level model `model` and returns what
    was created (an object for an object, an array in input order for an array). A list is
    all-or-nothing: if one object fails, none is stored. Of `query` only `omit` is used.

    A model that `app.yaml` does not declare is created by its first write. In such a model
    every field whose value is an object is an object sub-model, and every field whose value is
    a non-empty list made only of objects is an object-list sub-model; the other values are
    stored as given. Fields of a declared model are checked and converted to their declared
    type (the text `"10"` becomes `10` in an integer field), required fields must be present,
    defaults are filled in, and fields the declaration does not know are dropped (in strict
    mode refused, with one `validation_error` item per unknown field naming the declared
    ones). Each object
    gets a new `_id`, `createdAt` and `updatedAt`; each embedded object and list item gets its
    own `_id` and a `_parent` holding the `_id` of the object that contains it. System fields
    (`_id`, `_parent`, `createdAt`, `updatedAt`) in `values` are ignored.

    Sub-models cannot be created here: use `modelSet` or `modelAppend`. In strict mode (chosen
    in `app.yaml`) only declared models and their declared fields exist: writes to other
    models, and values of undeclared fields, are refused.

    Declared field types are not part of this schema, so a schema-valid request can still
    answer 400 `validation_error` for a value that does not fit its declared field.

    Error codes: `validation_error` (400; for a declared model also one item per field whose
    value is missing or of the wrong type, with `details.field` such as `values.price` or
    `values.2.price`), `missing_client_key`, `invalid_client_key` (401), `model_not_found`
    (404, the database runs in strict mode and `model` is not declared).

    Args:
        body (ModelCreateRequest):

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
    body: ModelCreateRequest,
) -> DBObject | list[DBObject] | ErrorBody | None:
    """Create one or more objects

     Creates one object, or a list of objects, in the top-level model `model` and returns what
    was created (an object for an object, an array in input order for an array). A list is
    all-or-nothing: if one object fails, none is stored. Of `query` only `omit` is used.

    A model that `app.yaml` does not declare is created by its first write. In such a model
    every field whose value is an object is an object sub-model, and every field whose value is
    a non-empty list made only of objects is an object-list sub-model; the other values are
    stored as given. Fields of a declared model are checked and converted to their declared
    type (the text `"10"` becomes `10` in an integer field), required fields must be present,
    defaults are filled in, and fields the declaration does not know are dropped (in strict
    mode refused, with one `validation_error` item per unknown field naming the declared
    ones). Each object
    gets a new `_id`, `createdAt` and `updatedAt`; each embedded object and list item gets its
    own `_id` and a `_parent` holding the `_id` of the object that contains it. System fields
    (`_id`, `_parent`, `createdAt`, `updatedAt`) in `values` are ignored.

    Sub-models cannot be created here: use `modelSet` or `modelAppend`. In strict mode (chosen
    in `app.yaml`) only declared models and their declared fields exist: writes to other
    models, and values of undeclared fields, are refused.

    Declared field types are not part of this schema, so a schema-valid request can still
    answer 400 `validation_error` for a value that does not fit its declared field.

    Error codes: `validation_error` (400; for a declared model also one item per field whose
    value is missing or of the wrong type, with `details.field` such as `values.price` or
    `values.2.price`), `missing_client_key`, `invalid_client_key` (401), `model_not_found`
    (404, the database runs in strict mode and `model` is not declared).

    Args:
        body (ModelCreateRequest):

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
