from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_link_action import EmailLinkAction
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: EmailLinkAction,
    key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str = action
    params["action"] = json_action

    params["key"] = key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_auth/email-link",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

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
    client: AuthenticatedClient | Client,
    action: EmailLinkAction,
    key: str,
) -> Response[Any | ErrorBody]:
    """Follow a link from an email (browser)

     The target of every link the local backend emails (confirm address, magic link, password
    reset, confirm address change). A link has the form
    `<base>/_auth/email-link?action=<action>&key=<key>`; the outbox shows each one in full.
    `<base>` is the app's `publicUrl` (`app.yaml`), else the address `altogic-local serve`
    listens on; never the `Host` header of the request that caused the email (an app called
    in-process, with neither, uses the address its transport reports).
    Not part of the client API: no client key is needed. The emailed key is single-use and
    expires after one hour.

    The answer is always a 303 redirect to the app's redirect URL:

    * `email-confirm`: the address is marked confirmed; `status=200`, a single-use
      `access_token` for `getAuthGrant`, `action=email-confirm`;
    * `magic-link`: `status=200`, an `access_token` for `getAuthGrant`, `action=magic-link`;
    * `reset-pwd`: `status=200`, an `access_token` for `resetPwdWithToken` (not valid for
      `getAuthGrant`), `action=reset-pwd`;
    * `change-email`: the address changes; `status=200`, `action=change-email`, no token.

    An unknown, used or expired key, or one issued for another action, redirects with
    `status=400`, the `action` of the link and `error=Invalid or expired access token` (as
    Altogic did); a change-email link whose address another account took meanwhile redirects
    with `status=409` and an `error` message.

    Error codes: `validation_error` (400, a missing key or unknown action).

    Args:
        action (EmailLinkAction): What an emailed link does.
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        action=action,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: EmailLinkAction,
    key: str,
) -> Any | ErrorBody | None:
    """Follow a link from an email (browser)

     The target of every link the local backend emails (confirm address, magic link, password
    reset, confirm address change). A link has the form
    `<base>/_auth/email-link?action=<action>&key=<key>`; the outbox shows each one in full.
    `<base>` is the app's `publicUrl` (`app.yaml`), else the address `altogic-local serve`
    listens on; never the `Host` header of the request that caused the email (an app called
    in-process, with neither, uses the address its transport reports).
    Not part of the client API: no client key is needed. The emailed key is single-use and
    expires after one hour.

    The answer is always a 303 redirect to the app's redirect URL:

    * `email-confirm`: the address is marked confirmed; `status=200`, a single-use
      `access_token` for `getAuthGrant`, `action=email-confirm`;
    * `magic-link`: `status=200`, an `access_token` for `getAuthGrant`, `action=magic-link`;
    * `reset-pwd`: `status=200`, an `access_token` for `resetPwdWithToken` (not valid for
      `getAuthGrant`), `action=reset-pwd`;
    * `change-email`: the address changes; `status=200`, `action=change-email`, no token.

    An unknown, used or expired key, or one issued for another action, redirects with
    `status=400`, the `action` of the link and `error=Invalid or expired access token` (as
    Altogic did); a change-email link whose address another account took meanwhile redirects
    with `status=409` and an `error` message.

    Error codes: `validation_error` (400, a missing key or unknown action).

    Args:
        action (EmailLinkAction): What an emailed link does.
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        action=action,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: EmailLinkAction,
    key: str,
) -> Response[Any | ErrorBody]:
    """Follow a link from an email (browser)

     The target of every link the local backend emails (confirm address, magic link, password
    reset, confirm address change). A link has the form
    `<base>/_auth/email-link?action=<action>&key=<key>`; the outbox shows each one in full.
    `<base>` is the app's `publicUrl` (`app.yaml`), else the address `altogic-local serve`
    listens on; never the `Host` header of the request that caused the email (an app called
    in-process, with neither, uses the address its transport reports).
    Not part of the client API: no client key is needed. The emailed key is single-use and
    expires after one hour.

    The answer is always a 303 redirect to the app's redirect URL:

    * `email-confirm`: the address is marked confirmed; `status=200`, a single-use
      `access_token` for `getAuthGrant`, `action=email-confirm`;
    * `magic-link`: `status=200`, an `access_token` for `getAuthGrant`, `action=magic-link`;
    * `reset-pwd`: `status=200`, an `access_token` for `resetPwdWithToken` (not valid for
      `getAuthGrant`), `action=reset-pwd`;
    * `change-email`: the address changes; `status=200`, `action=change-email`, no token.

    An unknown, used or expired key, or one issued for another action, redirects with
    `status=400`, the `action` of the link and `error=Invalid or expired access token` (as
    Altogic did); a change-email link whose address another account took meanwhile redirects
    with `status=409` and an `error` message.

    Error codes: `validation_error` (400, a missing key or unknown action).

    Args:
        action (EmailLinkAction): What an emailed link does.
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        action=action,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: EmailLinkAction,
    key: str,
) -> Any | ErrorBody | None:
    """Follow a link from an email (browser)

     The target of every link the local backend emails (confirm address, magic link, password
    reset, confirm address change). A link has the form
    `<base>/_auth/email-link?action=<action>&key=<key>`; the outbox shows each one in full.
    `<base>` is the app's `publicUrl` (`app.yaml`), else the address `altogic-local serve`
    listens on; never the `Host` header of the request that caused the email (an app called
    in-process, with neither, uses the address its transport reports).
    Not part of the client API: no client key is needed. The emailed key is single-use and
    expires after one hour.

    The answer is always a 303 redirect to the app's redirect URL:

    * `email-confirm`: the address is marked confirmed; `status=200`, a single-use
      `access_token` for `getAuthGrant`, `action=email-confirm`;
    * `magic-link`: `status=200`, an `access_token` for `getAuthGrant`, `action=magic-link`;
    * `reset-pwd`: `status=200`, an `access_token` for `resetPwdWithToken` (not valid for
      `getAuthGrant`), `action=reset-pwd`;
    * `change-email`: the address changes; `status=200`, `action=change-email`, no token.

    An unknown, used or expired key, or one issued for another action, redirects with
    `status=400`, the `action` of the link and `error=Invalid or expired access token` (as
    Altogic did); a change-email link whose address another account took meanwhile redirects
    with `status=409` and an `error` message.

    Error codes: `validation_error` (400, a missing key or unknown action).

    Args:
        action (EmailLinkAction): What an emailed link does.
        key (str): A single-use token from a redirect or an emailed link. Tokens the local backend
            issues are
            random (at least 128 bits) and use only URL-safe characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            key=key,
        )
    ).parsed
