from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket import Bucket
from ...models.bucket_make_public_request import BucketMakePublicRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: BucketMakePublicRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/make-public",
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
    body: BucketMakePublicRequest,
) -> Response[Bucket | ErrorBody]:
    """Make a bucket public

     Sets the bucket's `isPublic` to `true` and answers the updated `Bucket`. That is the
    default for files added later without their own setting; files already in the bucket keep
    theirs unless `includeFiles` is `true`, which makes every one of them public too. Allowed
    on `root`.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found` (404).

    Args:
        body (BucketMakePublicRequest):

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
    body: BucketMakePublicRequest,
) -> Bucket | ErrorBody | None:
    """Make a bucket public

     Sets the bucket's `isPublic` to `true` and answers the updated `Bucket`. That is the
    default for files added later without their own setting; files already in the bucket keep
    theirs unless `includeFiles` is `true`, which makes every one of them public too. Allowed
    on `root`.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found` (404).

    Args:
        body (BucketMakePublicRequest):

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
    body: BucketMakePublicRequest,
) -> Response[Bucket | ErrorBody]:
    """Make a bucket public

     Sets the bucket's `isPublic` to `true` and answers the updated `Bucket`. That is the
    default for files added later without their own setting; files already in the bucket keep
    theirs unless `includeFiles` is `true`, which makes every one of them public too. Allowed
    on `root`.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found` (404).

    Args:
        body (BucketMakePublicRequest):

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
    body: BucketMakePublicRequest,
) -> Bucket | ErrorBody | None:
    """Make a bucket public

     Sets the bucket's `isPublic` to `true` and answers the updated `Bucket`. That is the
    default for files added later without their own setting; files already in the bucket keep
    theirs unless `includeFiles` is `true`, which makes every one of them public too. Allowed
    on `root`.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401),
    `bucket_not_found` (404).

    Args:
        body (BucketMakePublicRequest):

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
