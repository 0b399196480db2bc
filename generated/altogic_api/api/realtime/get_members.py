from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_members_request import GetMembersRequest
from ...models.member_data import MemberData
from ...types import Response


def _get_kwargs(
    *,
    body: GetMembersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/realtime/get-members",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[MemberData] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MemberData.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[MemberData]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMembersRequest,
) -> Response[ErrorBody | list[MemberData]]:
    """List a channel's members

     Answers the sockets that have joined `channel` (in the order they joined), each with the
    profile data it last set with the socket `update` event (`null` when it never did). A
    channel nobody joined answers an empty array: channels need no creation. A socket leaves
    its channels when it disconnects. The local backend answers the sockets connected to its
    own process.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (GetMembersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[MemberData]]
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
    body: GetMembersRequest,
) -> ErrorBody | list[MemberData] | None:
    """List a channel's members

     Answers the sockets that have joined `channel` (in the order they joined), each with the
    profile data it last set with the socket `update` event (`null` when it never did). A
    channel nobody joined answers an empty array: channels need no creation. A socket leaves
    its channels when it disconnects. The local backend answers the sockets connected to its
    own process.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (GetMembersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[MemberData]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMembersRequest,
) -> Response[ErrorBody | list[MemberData]]:
    """List a channel's members

     Answers the sockets that have joined `channel` (in the order they joined), each with the
    profile data it last set with the socket `update` event (`null` when it never did). A
    channel nobody joined answers an empty array: channels need no creation. A socket leaves
    its channels when it disconnects. The local backend answers the sockets connected to its
    own process.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (GetMembersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[MemberData]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMembersRequest,
) -> ErrorBody | list[MemberData] | None:
    """List a channel's members

     Answers the sockets that have joined `channel` (in the order they joined), each with the
    profile data it last set with the socket `update` event (`null` when it never did). A
    channel nobody joined answers an empty array: channels need no creation. A socket leaves
    its channels when it disconnects. The local backend answers the sockets connected to its
    own process.

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (GetMembersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[MemberData]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
