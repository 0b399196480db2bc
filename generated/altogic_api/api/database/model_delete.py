from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_info import DeleteInfo
from ...models.error_body import ErrorBody
from ...models.model_delete_request import ModelDeleteRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteInfo | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DeleteInfo.from_dict(response.json())

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
) -> Response[DeleteInfo | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDeleteRequest,
) -> Response[DeleteInfo | ErrorBody]:
    """Delete every matching object

     Deletes every object of `model` that matches `query` (lookups are attached first so the
    filter can use them), with everything embedded in it. Without a filter every object
    matches. With a sub-model path the matching sub-objects are removed from their parents: an
    object sub-model is unset, a list item is taken out of its list.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteInfo | ErrorBody]
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
    body: ModelDeleteRequest,
) -> DeleteInfo | ErrorBody | None:
    """Delete every matching object

     Deletes every object of `model` that matches `query` (lookups are attached first so the
    filter can use them), with everything embedded in it. Without a filter every object
    matches. With a sub-model path the matching sub-objects are removed from their parents: an
    object sub-model is unset, a list item is taken out of its list.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteInfo | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDeleteRequest,
) -> Response[DeleteInfo | ErrorBody]:
    """Delete every matching object

     Deletes every object of `model` that matches `query` (lookups are attached first so the
    filter can use them), with everything embedded in it. Without a filter every object
    matches. With a sub-model path the matching sub-objects are removed from their parents: an
    object sub-model is unset, a list item is taken out of its list.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteInfo | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDeleteRequest,
) -> DeleteInfo | ErrorBody | None:
    """Delete every matching object

     Deletes every object of `model` that matches `query` (lookups are attached first so the
    filter can use them), with everything embedded in it. Without a filter every object
    matches. With a sub-model path the matching sub-objects are removed from their parents: an
    object sub-model is unset, a list item is taken out of its list.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteInfo | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
