from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_info import FileInfo
from ...models.json_buffer import JsonBuffer
from ...models.json_byte_index import JsonByteIndex
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bucket"] = bucket

    params["fileName"] = file_name

    params["options"] = options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/bucket/upload-object",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, JsonBuffer | JsonByteIndex | str):
        if isinstance(body, JsonBuffer) or isinstance(body, JsonByteIndex):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FileInfo | None:
    if response.status_code == 200:
        response_200 = FileInfo.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | FileInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Upload a file (raw body)

     Stores a new file in `bucket` whose bytes are the request body itself, and answers its
    `FileInfo`. The query parameters, bucket creation, privacy, tags, name collisions, size
    limit and owner work as in `bucketUploadFormData`. How the body is read depends on its
    `Content-Type`:

    * `application/octet-stream`: the body is the file. The local backend reads any other
      type except `application/json` and `multipart/form-data` the same way (for example
      `image/png`, which is what the Python client sends: the file's own type); only
      `application/octet-stream` is declared because the client generator cannot describe a
      wildcard request body. A client uploading a file whose type is `application/json`
      must therefore send it as multipart (`bucketUploadFormData`) or with another
      Content-Type, its real type in `options.contentType` (the Python client sends it as
      `application/octet-stream`): a raw `application/json` body is decoded as below.
    * `application/json`: the JavaScript client (`altogic@2.3.9`) JSON-encodes every body that
      is not a Blob, File or FormData and overwrites the Content-Type with
      `application/json`, so the local backend decodes what it sends: a JSON string (a text
      file read as a string) stores that text in UTF-8; a `JsonBuffer`
      (`{"type": "Buffer", "data": [...]}`, a Node.js Buffer) stores those bytes; a
      `JsonByteIndex` (`{"0": 137, "1": 80, ...}`, a typed array) stores its values in
      numeric key order. Any other JSON value, or text that is not JSON, answers 400
      `validation_error`.
    * An empty body stores an empty file, whatever the Content-Type (the JavaScript client
      sends no body at all for an empty string).
    * `multipart/form-data` answers 415: use `bucketUploadFormData`.

    The mime type is `options.contentType` (without parameters, in lower case; the JavaScript
    client always sends it, `text/plain;charset=UTF-8` unless the caller chose another), else
    the request's Content-Type when it is neither `application/json` nor missing, else
    `application/octet-stream`. `encoding` is `7bit`. The size limit applies to the decoded
    bytes; the JSON forms are in addition bounded by the schema.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (File): The file's bytes.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Upload a file (raw body)

     Stores a new file in `bucket` whose bytes are the request body itself, and answers its
    `FileInfo`. The query parameters, bucket creation, privacy, tags, name collisions, size
    limit and owner work as in `bucketUploadFormData`. How the body is read depends on its
    `Content-Type`:

    * `application/octet-stream`: the body is the file. The local backend reads any other
      type except `application/json` and `multipart/form-data` the same way (for example
      `image/png`, which is what the Python client sends: the file's own type); only
      `application/octet-stream` is declared because the client generator cannot describe a
      wildcard request body. A client uploading a file whose type is `application/json`
      must therefore send it as multipart (`bucketUploadFormData`) or with another
      Content-Type, its real type in `options.contentType` (the Python client sends it as
      `application/octet-stream`): a raw `application/json` body is decoded as below.
    * `application/json`: the JavaScript client (`altogic@2.3.9`) JSON-encodes every body that
      is not a Blob, File or FormData and overwrites the Content-Type with
      `application/json`, so the local backend decodes what it sends: a JSON string (a text
      file read as a string) stores that text in UTF-8; a `JsonBuffer`
      (`{"type": "Buffer", "data": [...]}`, a Node.js Buffer) stores those bytes; a
      `JsonByteIndex` (`{"0": 137, "1": 80, ...}`, a typed array) stores its values in
      numeric key order. Any other JSON value, or text that is not JSON, answers 400
      `validation_error`.
    * An empty body stores an empty file, whatever the Content-Type (the JavaScript client
      sends no body at all for an empty string).
    * `multipart/form-data` answers 415: use `bucketUploadFormData`.

    The mime type is `options.contentType` (without parameters, in lower case; the JavaScript
    client always sends it, `text/plain;charset=UTF-8` unless the caller chose another), else
    the request's Content-Type when it is neither `application/json` nor missing, else
    `application/octet-stream`. `encoding` is `7bit`. The size limit applies to the decoded
    bytes; the JSON forms are in addition bounded by the schema.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (File): The file's bytes.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileInfo
    """

    return sync_detailed(
        client=client,
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> Response[ErrorBody | FileInfo]:
    """Upload a file (raw body)

     Stores a new file in `bucket` whose bytes are the request body itself, and answers its
    `FileInfo`. The query parameters, bucket creation, privacy, tags, name collisions, size
    limit and owner work as in `bucketUploadFormData`. How the body is read depends on its
    `Content-Type`:

    * `application/octet-stream`: the body is the file. The local backend reads any other
      type except `application/json` and `multipart/form-data` the same way (for example
      `image/png`, which is what the Python client sends: the file's own type); only
      `application/octet-stream` is declared because the client generator cannot describe a
      wildcard request body. A client uploading a file whose type is `application/json`
      must therefore send it as multipart (`bucketUploadFormData`) or with another
      Content-Type, its real type in `options.contentType` (the Python client sends it as
      `application/octet-stream`): a raw `application/json` body is decoded as below.
    * `application/json`: the JavaScript client (`altogic@2.3.9`) JSON-encodes every body that
      is not a Blob, File or FormData and overwrites the Content-Type with
      `application/json`, so the local backend decodes what it sends: a JSON string (a text
      file read as a string) stores that text in UTF-8; a `JsonBuffer`
      (`{"type": "Buffer", "data": [...]}`, a Node.js Buffer) stores those bytes; a
      `JsonByteIndex` (`{"0": 137, "1": 80, ...}`, a typed array) stores its values in
      numeric key order. Any other JSON value, or text that is not JSON, answers 400
      `validation_error`.
    * An empty body stores an empty file, whatever the Content-Type (the JavaScript client
      sends no body at all for an empty string).
    * `multipart/form-data` answers 415: use `bucketUploadFormData`.

    The mime type is `options.contentType` (without parameters, in lower case; the JavaScript
    client always sends it, `text/plain;charset=UTF-8` unless the caller chose another), else
    the request's Content-Type when it is neither `application/json` nor missing, else
    `application/octet-stream`. `encoding` is `7bit`. The size limit applies to the decoded
    bytes; the JSON forms are in addition bounded by the schema.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (File): The file's bytes.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        bucket=bucket,
        file_name=file_name,
        options=options,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | JsonBuffer | JsonByteIndex | str | Unset = UNSET,
    bucket: str,
    file_name: str,
    options: str | Unset = UNSET,
) -> ErrorBody | FileInfo | None:
    """Upload a file (raw body)

     Stores a new file in `bucket` whose bytes are the request body itself, and answers its
    `FileInfo`. The query parameters, bucket creation, privacy, tags, name collisions, size
    limit and owner work as in `bucketUploadFormData`. How the body is read depends on its
    `Content-Type`:

    * `application/octet-stream`: the body is the file. The local backend reads any other
      type except `application/json` and `multipart/form-data` the same way (for example
      `image/png`, which is what the Python client sends: the file's own type); only
      `application/octet-stream` is declared because the client generator cannot describe a
      wildcard request body. A client uploading a file whose type is `application/json`
      must therefore send it as multipart (`bucketUploadFormData`) or with another
      Content-Type, its real type in `options.contentType` (the Python client sends it as
      `application/octet-stream`): a raw `application/json` body is decoded as below.
    * `application/json`: the JavaScript client (`altogic@2.3.9`) JSON-encodes every body that
      is not a Blob, File or FormData and overwrites the Content-Type with
      `application/json`, so the local backend decodes what it sends: a JSON string (a text
      file read as a string) stores that text in UTF-8; a `JsonBuffer`
      (`{"type": "Buffer", "data": [...]}`, a Node.js Buffer) stores those bytes; a
      `JsonByteIndex` (`{"0": 137, "1": 80, ...}`, a typed array) stores its values in
      numeric key order. Any other JSON value, or text that is not JSON, answers 400
      `validation_error`.
    * An empty body stores an empty file, whatever the Content-Type (the JavaScript client
      sends no body at all for an empty string).
    * `multipart/form-data` answers 415: use `bucketUploadFormData`.

    The mime type is `options.contentType` (without parameters, in lower case; the JavaScript
    client always sends it, `text/plain;charset=UTF-8` unless the caller chose another), else
    the request's Content-Type when it is neither `application/json` nor missing, else
    `application/octet-stream`. `encoding` is `7bit`. The size limit applies to the decoded
    bytes; the JSON forms are in addition bounded by the schema.

    Error codes: `validation_error` (400, including a bad `options` or JSON body),
    `missing_client_key`, `invalid_client_key` (401), `bucket_not_found` (404),
    `request_body_size_too_large` (413), `unsupported_media_type` (415).

    Args:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that
            bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_name (str): A file name, unique within its bucket. Control characters are not
            allowed.
        options (str | Unset):
        body (File): The file's bytes.
        body (JsonBuffer | JsonByteIndex | str): The body as the JavaScript client encodes it: a
            string, a Node.js Buffer or a
            typed array.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            bucket=bucket,
            file_name=file_name,
            options=options,
        )
    ).parsed
