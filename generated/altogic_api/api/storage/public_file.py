from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import File, Response


def _get_kwargs(
    env_id: str,
    bucket_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_storage/{env_id}/{bucket_id}/{file_id}".format(
            env_id=quote(str(env_id), safe=""),
            bucket_id=quote(str(bucket_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrorBody.from_dict(response.json())

        return response_416

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_id: str,
    bucket_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody | File]:
    """Serve a public file

     The address in a file's `publicPath`. Browsers fetch it directly (an `<img src>`, a link),
    so it takes no client key and no session; `HEAD` answers the same headers without the
    body. A public file is served with its bytes and `Content-Type` set to the stored
    `mimeType` (without parameters, as Altogic does). The response is declared as `*/*`;
    `application/octet-stream` is listed as well only so that the client generator reads the
    body as bytes. The file's own `isPublic` decides, not its bucket's: a private file answers
    403 `not_public`. An environment id other than this environment's, an unknown bucket or
    file id, or a file that is not in that bucket answers 404 `file_not_found`. The local
    backend names the root bucket by the environment id, so a root-bucket file's path carries
    that id twice.

    HTTP as browsers and `curl` expect it:

    * `Content-Length`, `ETag` (the version of the contents: it changes when they are
      replaced), `Last-Modified` (when the contents were uploaded), `Accept-Ranges: bytes`,
      `Cache-Control: no-cache` (a replaced or now private file is never served stale), and
      `Content-Disposition: inline; filename="<ASCII fallback>";
      filename*=UTF-8''<the name, percent-encoded>` (RFC 6266).
    * Conditional requests: `If-None-Match` naming the current `ETag` (or `*`), or, without
      it, `If-Modified-Since` at or after `Last-Modified`, answer 304 with no body. A date in
      the future is ignored (it is no date the server gave).
    * One byte range (`Range: bytes=0-99`, `bytes=100-`, `bytes=-100`) answers 206 with
      `Content-Range`; `If-Range` with a different validator, several ranges, another unit or
      a malformed header get the whole file (200), as RFC 9110 allows. A range that holds no
      byte of the file (it starts at or past the end, `bytes=-0`, any range of an empty file)
      answers 416 `range_not_satisfiable` with `Content-Range: bytes */<size>`.
    * Nothing is type-sniffed (`X-Content-Type-Options: nosniff`), and content a browser
      would run as a page of this origin (HTML, XHTML, SVG, XML) is served with
      `Content-Security-Policy: sandbox`.

    Error codes: `validation_error` (400, a path segment that is not a 24-character hex id),
    `not_public` (403), `file_not_found` (404), `range_not_satisfiable` (416).

    Args:
        env_id (str): A 24-character hexadecimal id.
        bucket_id (str): A 24-character hexadecimal id.
        file_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | File]
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        bucket_id=bucket_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_id: str,
    bucket_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | File | None:
    """Serve a public file

     The address in a file's `publicPath`. Browsers fetch it directly (an `<img src>`, a link),
    so it takes no client key and no session; `HEAD` answers the same headers without the
    body. A public file is served with its bytes and `Content-Type` set to the stored
    `mimeType` (without parameters, as Altogic does). The response is declared as `*/*`;
    `application/octet-stream` is listed as well only so that the client generator reads the
    body as bytes. The file's own `isPublic` decides, not its bucket's: a private file answers
    403 `not_public`. An environment id other than this environment's, an unknown bucket or
    file id, or a file that is not in that bucket answers 404 `file_not_found`. The local
    backend names the root bucket by the environment id, so a root-bucket file's path carries
    that id twice.

    HTTP as browsers and `curl` expect it:

    * `Content-Length`, `ETag` (the version of the contents: it changes when they are
      replaced), `Last-Modified` (when the contents were uploaded), `Accept-Ranges: bytes`,
      `Cache-Control: no-cache` (a replaced or now private file is never served stale), and
      `Content-Disposition: inline; filename="<ASCII fallback>";
      filename*=UTF-8''<the name, percent-encoded>` (RFC 6266).
    * Conditional requests: `If-None-Match` naming the current `ETag` (or `*`), or, without
      it, `If-Modified-Since` at or after `Last-Modified`, answer 304 with no body. A date in
      the future is ignored (it is no date the server gave).
    * One byte range (`Range: bytes=0-99`, `bytes=100-`, `bytes=-100`) answers 206 with
      `Content-Range`; `If-Range` with a different validator, several ranges, another unit or
      a malformed header get the whole file (200), as RFC 9110 allows. A range that holds no
      byte of the file (it starts at or past the end, `bytes=-0`, any range of an empty file)
      answers 416 `range_not_satisfiable` with `Content-Range: bytes */<size>`.
    * Nothing is type-sniffed (`X-Content-Type-Options: nosniff`), and content a browser
      would run as a page of this origin (HTML, XHTML, SVG, XML) is served with
      `Content-Security-Policy: sandbox`.

    Error codes: `validation_error` (400, a path segment that is not a 24-character hex id),
    `not_public` (403), `file_not_found` (404), `range_not_satisfiable` (416).

    Args:
        env_id (str): A 24-character hexadecimal id.
        bucket_id (str): A 24-character hexadecimal id.
        file_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | File
    """

    return sync_detailed(
        env_id=env_id,
        bucket_id=bucket_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_id: str,
    bucket_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody | File]:
    """Serve a public file

     The address in a file's `publicPath`. Browsers fetch it directly (an `<img src>`, a link),
    so it takes no client key and no session; `HEAD` answers the same headers without the
    body. A public file is served with its bytes and `Content-Type` set to the stored
    `mimeType` (without parameters, as Altogic does). The response is declared as `*/*`;
    `application/octet-stream` is listed as well only so that the client generator reads the
    body as bytes. The file's own `isPublic` decides, not its bucket's: a private file answers
    403 `not_public`. An environment id other than this environment's, an unknown bucket or
    file id, or a file that is not in that bucket answers 404 `file_not_found`. The local
    backend names the root bucket by the environment id, so a root-bucket file's path carries
    that id twice.

    HTTP as browsers and `curl` expect it:

    * `Content-Length`, `ETag` (the version of the contents: it changes when they are
      replaced), `Last-Modified` (when the contents were uploaded), `Accept-Ranges: bytes`,
      `Cache-Control: no-cache` (a replaced or now private file is never served stale), and
      `Content-Disposition: inline; filename="<ASCII fallback>";
      filename*=UTF-8''<the name, percent-encoded>` (RFC 6266).
    * Conditional requests: `If-None-Match` naming the current `ETag` (or `*`), or, without
      it, `If-Modified-Since` at or after `Last-Modified`, answer 304 with no body. A date in
      the future is ignored (it is no date the server gave).
    * One byte range (`Range: bytes=0-99`, `bytes=100-`, `bytes=-100`) answers 206 with
      `Content-Range`; `If-Range` with a different validator, several ranges, another unit or
      a malformed header get the whole file (200), as RFC 9110 allows. A range that holds no
      byte of the file (it starts at or past the end, `bytes=-0`, any range of an empty file)
      answers 416 `range_not_satisfiable` with `Content-Range: bytes */<size>`.
    * Nothing is type-sniffed (`X-Content-Type-Options: nosniff`), and content a browser
      would run as a page of this origin (HTML, XHTML, SVG, XML) is served with
      `Content-Security-Policy: sandbox`.

    Error codes: `validation_error` (400, a path segment that is not a 24-character hex id),
    `not_public` (403), `file_not_found` (404), `range_not_satisfiable` (416).

    Args:
        env_id (str): A 24-character hexadecimal id.
        bucket_id (str): A 24-character hexadecimal id.
        file_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | File]
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        bucket_id=bucket_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_id: str,
    bucket_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | File | None:
    """Serve a public file

     The address in a file's `publicPath`. Browsers fetch it directly (an `<img src>`, a link),
    so it takes no client key and no session; `HEAD` answers the same headers without the
    body. A public file is served with its bytes and `Content-Type` set to the stored
    `mimeType` (without parameters, as Altogic does). The response is declared as `*/*`;
    `application/octet-stream` is listed as well only so that the client generator reads the
    body as bytes. The file's own `isPublic` decides, not its bucket's: a private file answers
    403 `not_public`. An environment id other than this environment's, an unknown bucket or
    file id, or a file that is not in that bucket answers 404 `file_not_found`. The local
    backend names the root bucket by the environment id, so a root-bucket file's path carries
    that id twice.

    HTTP as browsers and `curl` expect it:

    * `Content-Length`, `ETag` (the version of the contents: it changes when they are
      replaced), `Last-Modified` (when the contents were uploaded), `Accept-Ranges: bytes`,
      `Cache-Control: no-cache` (a replaced or now private file is never served stale), and
      `Content-Disposition: inline; filename="<ASCII fallback>";
      filename*=UTF-8''<the name, percent-encoded>` (RFC 6266).
    * Conditional requests: `If-None-Match` naming the current `ETag` (or `*`), or, without
      it, `If-Modified-Since` at or after `Last-Modified`, answer 304 with no body. A date in
      the future is ignored (it is no date the server gave).
    * One byte range (`Range: bytes=0-99`, `bytes=100-`, `bytes=-100`) answers 206 with
      `Content-Range`; `If-Range` with a different validator, several ranges, another unit or
      a malformed header get the whole file (200), as RFC 9110 allows. A range that holds no
      byte of the file (it starts at or past the end, `bytes=-0`, any range of an empty file)
      answers 416 `range_not_satisfiable` with `Content-Range: bytes */<size>`.
    * Nothing is type-sniffed (`X-Content-Type-Options: nosniff`), and content a browser
      would run as a page of this origin (HTML, XHTML, SVG, XML) is served with
      `Content-Security-Policy: sandbox`.

    Error codes: `validation_error` (400, a path segment that is not a 24-character hex id),
    `not_public` (403), `file_not_found` (404), `range_not_satisfiable` (416).

    Args:
        env_id (str): A 24-character hexadecimal id.
        bucket_id (str): A 24-character hexadecimal id.
        file_id (str): A 24-character hexadecimal id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | File
    """

    return (
        await asyncio_detailed(
            env_id=env_id,
            bucket_id=bucket_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
