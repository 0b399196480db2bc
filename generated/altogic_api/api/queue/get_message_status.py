from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.message_info import MessageInfo
from ...types import Response


def _get_kwargs(
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_api/rest/v1/queue/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | MessageInfo | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> MessageInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MessageInfo.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageInfo | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | MessageInfo | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | MessageInfo | None]:
    """Read a queued message's status

     Answers the message's `MessageInfo`: `pending` until the handler starts, `processing` while
    it runs, then `completed`, or `errors` with the handler's error in `errors`. Message logs are
    kept for 7 days; an unknown or older id answers 200 with a `null` body, as Altogic does.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        message_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageInfo | None]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | MessageInfo | None:
    """Read a queued message's status

     Answers the message's `MessageInfo`: `pending` until the handler starts, `processing` while
    it runs, then `completed`, or `errors` with the handler's error in `errors`. Message logs are
    kept for 7 days; an unknown or older id answers 200 with a `null` body, as Altogic does.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        message_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageInfo | None
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | MessageInfo | None]:
    """Read a queued message's status

     Answers the message's `MessageInfo`: `pending` until the handler starts, `processing` while
    it runs, then `completed`, or `errors` with the handler's error in `errors`. Message logs are
    kept for 7 days; an unknown or older id answers 200 with a `null` body, as Altogic does.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        message_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageInfo | None]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | MessageInfo | None:
    """Read a queued message's status

     Answers the message's `MessageInfo`: `pending` until the handler starts, `processing` while
    it runs, then `completed`, or `errors` with the handler's error in `errors`. Message logs are
    kept for 7 days; an unknown or older id answers 200 with a `null` body, as Altogic does.

    Error codes: `validation_error` (400, not an id), `missing_client_key`, `invalid_client_key`
    (401).

    Args:
        message_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageInfo | None
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
        )
    ).parsed
