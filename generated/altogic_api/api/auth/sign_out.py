from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sign_out_request import SignOutRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignOutRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/auth/signout",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignOutRequest | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Sign out one session

     Without `token` (the JS client then sends `{}`), ends the calling session. With `token`,
    ends that session, which must belong to the calling user; the calling session stays
    valid unless it is the one named. Ended tokens are rejected from then on with
    `invalid_session_token`.

    As in the successor engine, a `token` that is not an active session (unknown, expired or
    already signed out) is not an error: the call answers 200 and does nothing. An active
    session of another user answers 403 `permission_denied` (the successor engine answered
    `invalid_session_token` there, which would make client libraries drop their own, still
    valid, session).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token` (401), `permission_denied` (403).

    Args:
        body (SignOutRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
    client: AuthenticatedClient,
    body: SignOutRequest | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Sign out one session

     Without `token` (the JS client then sends `{}`), ends the calling session. With `token`,
    ends that session, which must belong to the calling user; the calling session stays
    valid unless it is the one named. Ended tokens are rejected from then on with
    `invalid_session_token`.

    As in the successor engine, a `token` that is not an active session (unknown, expired or
    already signed out) is not an error: the call answers 200 and does nothing. An active
    session of another user answers 403 `permission_denied` (the successor engine answered
    `invalid_session_token` there, which would make client libraries drop their own, still
    valid, session).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token` (401), `permission_denied` (403).

    Args:
        body (SignOutRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignOutRequest | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Sign out one session

     Without `token` (the JS client then sends `{}`), ends the calling session. With `token`,
    ends that session, which must belong to the calling user; the calling session stays
    valid unless it is the one named. Ended tokens are rejected from then on with
    `invalid_session_token`.

    As in the successor engine, a `token` that is not an active session (unknown, expired or
    already signed out) is not an error: the call answers 200 and does nothing. An active
    session of another user answers 403 `permission_denied` (the successor engine answered
    `invalid_session_token` there, which would make client libraries drop their own, still
    valid, session).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token` (401), `permission_denied` (403).

    Args:
        body (SignOutRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignOutRequest | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Sign out one session

     Without `token` (the JS client then sends `{}`), ends the calling session. With `token`,
    ends that session, which must belong to the calling user; the calling session stays
    valid unless it is the one named. Ended tokens are rejected from then on with
    `invalid_session_token`.

    As in the successor engine, a `token` that is not an active session (unknown, expired or
    already signed out) is not an error: the call answers 200 and does nothing. An active
    session of another user answers 403 `permission_denied` (the successor engine answered
    `invalid_session_token` there, which would make client libraries drop their own, still
    valid, session).

    Error codes: `validation_error` (400), `missing_client_key`, `invalid_client_key`,
    `missing_session_token`, `invalid_session_token` (401), `permission_denied` (403).

    Args:
        body (SignOutRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
