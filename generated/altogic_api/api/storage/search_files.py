from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_info import FileInfo
from ...models.file_page import FilePage
from ...models.search_files_request import SearchFilesRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchFilesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/storage/search-files",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FilePage | list[FileInfo] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FilePage | list[FileInfo]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_file_list_response_type_0 = []
                _componentsschemas_file_list_response_type_0 = data
                for (
                    componentsschemas_file_list_response_type_0_item_data
                ) in _componentsschemas_file_list_response_type_0:
                    componentsschemas_file_list_response_type_0_item = (
                        FileInfo.from_dict(
                            componentsschemas_file_list_response_type_0_item_data
                        )
                    )

                    componentsschemas_file_list_response_type_0.append(
                        componentsschemas_file_list_response_type_0_item
                    )

                return componentsschemas_file_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_file_list_response_type_1 = FilePage.from_dict(data)

            return componentsschemas_file_list_response_type_1

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
) -> Response[ErrorBody | FilePage | list[FileInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchFilesRequest | Unset = UNSET,
) -> Response[ErrorBody | FilePage | list[FileInfo]]:
    """Search files in every bucket

     Lists the files of all buckets that match `expression`, an Altogic expression over the
    file fields `_id`, `bucketId`, `fileName`, `size`, `encoding`, `mimeType`, `isPublic`,
    `publicPath`, `userId`, `tags`, `uploadedAt` and `updatedAt`, for example
    `size > 1024 && mimeType == "image/png"`. An absent, `null`, empty or blank expression
    matches every file. As in `listBuckets`, a schema-valid request can answer 400
    `invalid_expression` or `invalid_function`, because only the server can check the
    expression text.

    `options` pages and sorts (`FileListOptions`). Without `sort`, files come in upload order;
    any sort breaks ties by `_id`. `limit` defaults to 100 and `page` to 1. The answer is an
    array of `FileInfo`, or a `FilePage` when `options.returnCountInfo` is true.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (SearchFilesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FilePage | list[FileInfo]]
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
    body: SearchFilesRequest | Unset = UNSET,
) -> ErrorBody | FilePage | list[FileInfo] | None:
    """Search files in every bucket

     Lists the files of all buckets that match `expression`, an Altogic expression over the
    file fields `_id`, `bucketId`, `fileName`, `size`, `encoding`, `mimeType`, `isPublic`,
    `publicPath`, `userId`, `tags`, `uploadedAt` and `updatedAt`, for example
    `size > 1024 && mimeType == "image/png"`. An absent, `null`, empty or blank expression
    matches every file. As in `listBuckets`, a schema-valid request can answer 400
    `invalid_expression` or `invalid_function`, because only the server can check the
    expression text.

    `options` pages and sorts (`FileListOptions`). Without `sort`, files come in upload order;
    any sort breaks ties by `_id`. `limit` defaults to 100 and `page` to 1. The answer is an
    array of `FileInfo`, or a `FilePage` when `options.returnCountInfo` is true.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (SearchFilesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FilePage | list[FileInfo]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchFilesRequest | Unset = UNSET,
) -> Response[ErrorBody | FilePage | list[FileInfo]]:
    """Search files in every bucket

     Lists the files of all buckets that match `expression`, an Altogic expression over the
    file fields `_id`, `bucketId`, `fileName`, `size`, `encoding`, `mimeType`, `isPublic`,
    `publicPath`, `userId`, `tags`, `uploadedAt` and `updatedAt`, for example
    `size > 1024 && mimeType == "image/png"`. An absent, `null`, empty or blank expression
    matches every file. As in `listBuckets`, a schema-valid request can answer 400
    `invalid_expression` or `invalid_function`, because only the server can check the
    expression text.

    `options` pages and sorts (`FileListOptions`). Without `sort`, files come in upload order;
    any sort breaks ties by `_id`. `limit` defaults to 100 and `page` to 1. The answer is an
    array of `FileInfo`, or a `FilePage` when `options.returnCountInfo` is true.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (SearchFilesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FilePage | list[FileInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchFilesRequest | Unset = UNSET,
) -> ErrorBody | FilePage | list[FileInfo] | None:
    """Search files in every bucket

     Lists the files of all buckets that match `expression`, an Altogic expression over the
    file fields `_id`, `bucketId`, `fileName`, `size`, `encoding`, `mimeType`, `isPublic`,
    `publicPath`, `userId`, `tags`, `uploadedAt` and `updatedAt`, for example
    `size > 1024 && mimeType == "image/png"`. An absent, `null`, empty or blank expression
    matches every file. As in `listBuckets`, a schema-valid request can answer 400
    `invalid_expression` or `invalid_function`, because only the server can check the
    expression text.

    `options` pages and sorts (`FileListOptions`). Without `sort`, files come in upload order;
    any sort breaks ties by `_id`. `limit` defaults to 100 and `page` to 1. The answer is an
    array of `FileInfo`, or a `FilePage` when `options.returnCountInfo` is true.

    Error codes: `validation_error` (400), `invalid_expression`, `invalid_function` (400),
    `missing_client_key`, `invalid_client_key` (401).

    Args:
        body (SearchFilesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FilePage | list[FileInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
