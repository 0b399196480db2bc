from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket import Bucket
from ...models.bucket_rename_request import BucketRenameRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: BucketRenameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/rename",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bucket | ErrorBody | None:
    if response.status_code == 200:
        response_200 = Bucket.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
) -> Response[Bucket | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketRenameRequest,
) -> Response[Bucket | ErrorBody]:
    """Rename a bucket

     Gives the bucket the name `newName` and answers the updated `Bucket`. Its `_id` does not
    change, and neither do its files' public paths (they use ids). Renaming a bucket to its
    current name succeeds and changes nothing. The root bucket cannot be renamed: the local
    backend answers 403 `invalid_operation` (the code the JavaScript client used before it
    left this check to the server), checked after the bucket is found and before the name.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_operation` (403, the bucket is `root`), `bucket_not_found` (404),
    `bucket_name_not_unique` (409, another bucket has this name, `root` included).

    Args:
        body (BucketRenameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bucket | ErrorBody]
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
    body: BucketRenameRequest,
) -> Bucket | ErrorBody | None:
    """Rename a bucket

     Gives the bucket the name `newName` and answers the updated `Bucket`. Its `_id` does not
    change, and neither do its files' public paths (they use ids). Renaming a bucket to its
    current name succeeds and changes nothing. The root bucket cannot be renamed: the local
    backend answers 403 `invalid_operation` (the code the JavaScript client used before it
    left this check to the server), checked after the bucket is found and before the name.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_operation` (403, the bucket is `root`), `bucket_not_found` (404),
    `bucket_name_not_unique` (409, another bucket has this name, `root` included).

    Args:
        body (BucketRenameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bucket | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BucketRenameRequest,
) -> Response[Bucket | ErrorBody]:
    """Rename a bucket

     Gives the bucket the name `newName` and answers the updated `Bucket`. Its `_id` does not
    change, and neither do its files' public paths (they use ids). Renaming a bucket to its
    current name succeeds and changes nothing. The root bucket cannot be renamed: the local
    backend answers 403 `invalid_operation` (the code the JavaScript client used before it
    left this check to the server), checked after the bucket is found and before the name.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_operation` (403, the bucket is `root`), `bucket_not_found` (404),
    `bucket_name_not_unique` (409, another bucket has this name, `root` included).

    Args:
        body (BucketRenameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bucket | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BucketRenameRequest,
) -> Bucket | ErrorBody | None:
    """Rename a bucket

     Gives the bucket the name `newName` and answers the updated `Bucket`. Its `_id` does not
    change, and neither do its files' public paths (they use ids). Renaming a bucket to its
    current name succeeds and changes nothing. The root bucket cannot be renamed: the local
    backend answers 403 `invalid_operation` (the code the JavaScript client used before it
    left this check to the server), checked after the bucket is found and before the name.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `invalid_operation` (403, the bucket is `root`), `bucket_not_found` (404),
    `bucket_name_not_unique` (409, another bucket has this name, `root` included).

    Args:
        body (BucketRenameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bucket | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
