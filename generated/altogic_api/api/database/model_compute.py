from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_result import ComputeResult
from ...models.error_body import ErrorBody
from ...models.model_compute_request import ModelComputeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelComputeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/compute",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[ComputeResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ComputeResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[ComputeResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelComputeRequest,
) -> Response[ErrorBody | list[ComputeResult]]:
    """Group objects and compute values per group

     Filters the objects of `model` with `query.expression`, groups them by `query.group` and
    runs each of `computations` on every group. Answers one `ComputeResult` per group: the
    group's key under `groupby`, and each computation's value under its name.

    * `group` as an array of field paths groups by those fields; `groupby` then holds one key
      per path, named by the path as written (`{"productId": ..., "address.city": ...}`). A
      path ending in `.$` groups by each element of a list field (an object with three tags
      counts in three groups); a value that is not a list counts as one element, and an
      object whose field is missing, `null` or an empty list is left out.
    * `group` as an expression string groups by its value; `groupby` is `{"group": <value>}`.
    * Without `group` all matching objects form one group and `groupby` is `{}`; when nothing
      matches the answer is an empty array.

    Groups are ordered by the computations that have a `sort` (in the order of
    `computations`), then by their key ascending. `page` and `limit` page through the groups
    (default page size 100). `lookups`, `sort` and `omit` of `query` are ignored. `sum` and
    `avg` consider numbers only, `min` and `max` numbers, texts and dates (numbers before
    texts); other values, `null` and missing values are skipped; over no values `sum` is 0
    and the others are `null`. When two computations
    share a name, the later one's value is returned.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function`
    (400), `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict
    mode and an undeclared model).

    Args:
        body (ModelComputeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ComputeResult]]
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
    body: ModelComputeRequest,
) -> ErrorBody | list[ComputeResult] | None:
    """Group objects and compute values per group

     Filters the objects of `model` with `query.expression`, groups them by `query.group` and
    runs each of `computations` on every group. Answers one `ComputeResult` per group: the
    group's key under `groupby`, and each computation's value under its name.

    * `group` as an array of field paths groups by those fields; `groupby` then holds one key
      per path, named by the path as written (`{"productId": ..., "address.city": ...}`). A
      path ending in `.$` groups by each element of a list field (an object with three tags
      counts in three groups); a value that is not a list counts as one element, and an
      object whose field is missing, `null` or an empty list is left out.
    * `group` as an expression string groups by its value; `groupby` is `{"group": <value>}`.
    * Without `group` all matching objects form one group and `groupby` is `{}`; when nothing
      matches the answer is an empty array.

    Groups are ordered by the computations that have a `sort` (in the order of
    `computations`), then by their key ascending. `page` and `limit` page through the groups
    (default page size 100). `lookups`, `sort` and `omit` of `query` are ignored. `sum` and
    `avg` consider numbers only, `min` and `max` numbers, texts and dates (numbers before
    texts); other values, `null` and missing values are skipped; over no values `sum` is 0
    and the others are `null`. When two computations
    share a name, the later one's value is returned.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function`
    (400), `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict
    mode and an undeclared model).

    Args:
        body (ModelComputeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ComputeResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelComputeRequest,
) -> Response[ErrorBody | list[ComputeResult]]:
    """Group objects and compute values per group

     Filters the objects of `model` with `query.expression`, groups them by `query.group` and
    runs each of `computations` on every group. Answers one `ComputeResult` per group: the
    group's key under `groupby`, and each computation's value under its name.

    * `group` as an array of field paths groups by those fields; `groupby` then holds one key
      per path, named by the path as written (`{"productId": ..., "address.city": ...}`). A
      path ending in `.$` groups by each element of a list field (an object with three tags
      counts in three groups); a value that is not a list counts as one element, and an
      object whose field is missing, `null` or an empty list is left out.
    * `group` as an expression string groups by its value; `groupby` is `{"group": <value>}`.
    * Without `group` all matching objects form one group and `groupby` is `{}`; when nothing
      matches the answer is an empty array.

    Groups are ordered by the computations that have a `sort` (in the order of
    `computations`), then by their key ascending. `page` and `limit` page through the groups
    (default page size 100). `lookups`, `sort` and `omit` of `query` are ignored. `sum` and
    `avg` consider numbers only, `min` and `max` numbers, texts and dates (numbers before
    texts); other values, `null` and missing values are skipped; over no values `sum` is 0
    and the others are `null`. When two computations
    share a name, the later one's value is returned.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function`
    (400), `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict
    mode and an undeclared model).

    Args:
        body (ModelComputeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ComputeResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelComputeRequest,
) -> ErrorBody | list[ComputeResult] | None:
    """Group objects and compute values per group

     Filters the objects of `model` with `query.expression`, groups them by `query.group` and
    runs each of `computations` on every group. Answers one `ComputeResult` per group: the
    group's key under `groupby`, and each computation's value under its name.

    * `group` as an array of field paths groups by those fields; `groupby` then holds one key
      per path, named by the path as written (`{"productId": ..., "address.city": ...}`). A
      path ending in `.$` groups by each element of a list field (an object with three tags
      counts in three groups); a value that is not a list counts as one element, and an
      object whose field is missing, `null` or an empty list is left out.
    * `group` as an expression string groups by its value; `groupby` is `{"group": <value>}`.
    * Without `group` all matching objects form one group and `groupby` is `{}`; when nothing
      matches the answer is an empty array.

    Groups are ordered by the computations that have a `sort` (in the order of
    `computations`), then by their key ascending. `page` and `limit` page through the groups
    (default page size 100). `lookups`, `sort` and `omit` of `query` are ignored. `sum` and
    `avg` consider numbers only, `min` and `max` numbers, texts and dates (numbers before
    texts); other values, `null` and missing values are skipped; over no values `sum` is 0
    and the others are `null`. When two computations
    share a name, the later one's value is returned.

    Expressions cannot be checked by a JSON schema, so a schema-valid request can still answer
    400 `invalid_expression` or `invalid_function`.

    Error codes: `validation_error` (400), `invalid_expression` (400), `invalid_function`
    (400), `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict
    mode and an undeclared model).

    Args:
        body (ModelComputeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ComputeResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
