from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket import Bucket
from ...models.bucket_page import BucketPage
from ...models.error_body import ErrorBody
from ...models.list_buckets_request import ListBucketsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListBucketsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/list-buckets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketPage | list[Bucket] | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BucketPage | list[Bucket]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_bucket_list_response_type_0 = []
                _componentsschemas_bucket_list_response_type_0 = data
                for (
                    componentsschemas_bucket_list_response_type_0_item_data
                ) in _componentsschemas_bucket_list_response_type_0:
                    componentsschemas_bucket_list_response_type_0_item = (
                        Bucket.from_dict(
                            componentsschemas_bucket_list_response_type_0_item_data
                        )
                    )

                    componentsschemas_bucket_list_response_type_0.append(
                        componentsschemas_bucket_list_response_type_0_item
                    )

                return componentsschemas_bucket_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bucket_list_response_type_1 = BucketPage.from_dict(data)

            return componentsschemas_bucket_list_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[BucketPage | list[Bucket] | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsRequest | Unset = UNSET,
) -> Response[BucketPage | list[Bucket] | ErrorBody]:
    """List buckets

     Lists the environment's buckets, `root` included. `expression` filters them with the
    Altogic expression language (the one the database module uses) over the bucket fields
    `_id`, `name`, `isPublic`, `userId`, `tags`, `createdAt` and `updatedAt`, for example
    `isPublic == false`; an absent, `null`, empty or blank expression matches every bucket.
    Whether an expression is valid depends on its text, which the schema cannot check, so a
    schema-valid request can answer 400 `invalid_expression` (it does not parse, or names a
    field not in the list) or `invalid_function`.

    `options` pages and sorts (`BucketListOptions`). Without `sort`, buckets come in creation
    order; any sort breaks ties by `_id`, and sorting on `tags` compares the lists' JSON text.
    `limit` defaults to 100 and `page` to 1; a page past the end is empty. The answer is the
    array of matching buckets, or, with `options.returnCountInfo: true`, a `BucketPage` with
    the count information.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (ListBucketsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketPage | list[Bucket] | ErrorBody]
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
    body: ListBucketsRequest | Unset = UNSET,
) -> BucketPage | list[Bucket] | ErrorBody | None:
    """List buckets

     Lists the environment's buckets, `root` included. `expression` filters them with the
    Altogic expression language (the one the database module uses) over the bucket fields
    `_id`, `name`, `isPublic`, `userId`, `tags`, `createdAt` and `updatedAt`, for example
    `isPublic == false`; an absent, `null`, empty or blank expression matches every bucket.
    Whether an expression is valid depends on its text, which the schema cannot check, so a
    schema-valid request can answer 400 `invalid_expression` (it does not parse, or names a
    field not in the list) or `invalid_function`.

    `options` pages and sorts (`BucketListOptions`). Without `sort`, buckets come in creation
    order; any sort breaks ties by `_id`, and sorting on `tags` compares the lists' JSON text.
    `limit` defaults to 100 and `page` to 1; a page past the end is empty. The answer is the
    array of matching buckets, or, with `options.returnCountInfo: true`, a `BucketPage` with
    the count information.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (ListBucketsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketPage | list[Bucket] | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsRequest | Unset = UNSET,
) -> Response[BucketPage | list[Bucket] | ErrorBody]:
    """List buckets

     Lists the environment's buckets, `root` included. `expression` filters them with the
    Altogic expression language (the one the database module uses) over the bucket fields
    `_id`, `name`, `isPublic`, `userId`, `tags`, `createdAt` and `updatedAt`, for example
    `isPublic == false`; an absent, `null`, empty or blank expression matches every bucket.
    Whether an expression is valid depends on its text, which the schema cannot check, so a
    schema-valid request can answer 400 `invalid_expression` (it does not parse, or names a
    field not in the list) or `invalid_function`.

    `options` pages and sorts (`BucketListOptions`). Without `sort`, buckets come in creation
    order; any sort breaks ties by `_id`, and sorting on `tags` compares the lists' JSON text.
    `limit` defaults to 100 and `page` to 1; a page past the end is empty. The answer is the
    array of matching buckets, or, with `options.returnCountInfo: true`, a `BucketPage` with
    the count information.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (ListBucketsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketPage | list[Bucket] | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBucketsRequest | Unset = UNSET,
) -> BucketPage | list[Bucket] | ErrorBody | None:
    """List buckets

     Lists the environment's buckets, `root` included. `expression` filters them with the
    Altogic expression language (the one the database module uses) over the bucket fields
    `_id`, `name`, `isPublic`, `userId`, `tags`, `createdAt` and `updatedAt`, for example
    `isPublic == false`; an absent, `null`, empty or blank expression matches every bucket.
    Whether an expression is valid depends on its text, which the schema cannot check, so a
    schema-valid request can answer 400 `invalid_expression` (it does not parse, or names a
    field not in the list) or `invalid_function`.

    `options` pages and sorts (`BucketListOptions`). Without `sort`, buckets come in creation
    order; any sort breaks ties by `_id`, and sorting on `tags` compares the lists' JSON text.
    `limit` defaults to 100 and `page` to 1; a page past the end is empty. The answer is the
    array of matching buckets, or, with `options.returnCountInfo: true`, a `BucketPage` with
    the count information.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (ListBucketsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketPage | list[Bucket] | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
