from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.object_get_request import ObjectGetRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ObjectGetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/object/get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DBObject | None | ErrorBody:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DBObject | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DBObject.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DBObject | None, data)

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
) -> Response[DBObject | None | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectGetRequest,
) -> Response[DBObject | None | ErrorBody]:
    """Get an object by id

     Answers the object of `model` whose `_id` is `id`, with `lookups` attached as in
    `modelGet`, or `null` when there is none. With a sub-model path `id` is the `_id` of a
    sub-object, which is returned with its `_parent`. The local backend does not cache objects,
    so `options.cache` has no visible effect.

    Lookup queries cannot be checked by a JSON schema, so a schema-valid request can still
    answer 400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ObjectGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | None | ErrorBody]
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
    body: ObjectGetRequest,
) -> DBObject | None | ErrorBody:
    """Get an object by id

     Answers the object of `model` whose `_id` is `id`, with `lookups` attached as in
    `modelGet`, or `null` when there is none. With a sub-model path `id` is the `_id` of a
    sub-object, which is returned with its `_parent`. The local backend does not cache objects,
    so `options.cache` has no visible effect.

    Lookup queries cannot be checked by a JSON schema, so a schema-valid request can still
    answer 400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ObjectGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | None | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectGetRequest,
) -> Response[DBObject | None | ErrorBody]:
    """Get an object by id

     Answers the object of `model` whose `_id` is `id`, with `lookups` attached as in
    `modelGet`, or `null` when there is none. With a sub-model path `id` is the `_id` of a
    sub-object, which is returned with its `_parent`. The local backend does not cache objects,
    so `options.cache` has no visible effect.

    Lookup queries cannot be checked by a JSON schema, so a schema-valid request can still
    answer 400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ObjectGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DBObject | None | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectGetRequest,
) -> DBObject | None | ErrorBody:
    """Get an object by id

     Answers the object of `model` whose `_id` is `id`, with `lookups` attached as in
    `modelGet`, or `null` when there is none. With a sub-model path `id` is the `_id` of a
    sub-object, which is returned with its `_parent`. The local backend does not cache objects,
    so `options.cache` has no visible effect.

    Lookup queries cannot be checked by a JSON schema, so a schema-valid request can still
    answer 400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ObjectGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DBObject | None | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
