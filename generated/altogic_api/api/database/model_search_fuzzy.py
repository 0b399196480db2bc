from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.model_search_fuzzy_request import ModelSearchFuzzyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelSearchFuzzyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/fuzzy-search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[DBObject] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_db_object_list_item_data in _response_200:
            componentsschemas_db_object_list_item = DBObject.from_dict(
                componentsschemas_db_object_list_item_data
            )

            response_200.append(componentsschemas_db_object_list_item)

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
) -> Response[ErrorBody | list[DBObject]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchFuzzyRequest,
) -> Response[ErrorBody | list[DBObject]]:
    """Typo-tolerant search in one field

     Searches the text field `fieldName` of the top-level model `model` for the words of
    `text`, tolerating typos, and answers the matching objects, best match first (ties in
    creation order). A word of `text` matches a word of the field, ignoring case, when they
    differ by at most 1 edit (insertion, deletion, substitution or swap of neighbours) for
    words of 3 to 5 characters, 2 edits for longer words, and not at all for shorter words. An
    object matches when any word matches; its score adds, for each word of `text`, how close
    its best match is (1 - edits / (allowed edits + 1)). Objects whose field is missing or not
    text never match.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`
    and `omit` work as there; `sort` and `group` are ignored; there is no count information.

    In a declared model `fieldName` must be a text or rich-text field marked searchable; in a
    model that `app.yaml` does not declare any field can be searched. Whether a field is
    searchable depends on `app.yaml`, and expressions cannot be checked by a JSON schema, so a
    schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_field` (400), `invalid_expression`
    (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field
    that is not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelSearchFuzzyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DBObject]]
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
    body: ModelSearchFuzzyRequest,
) -> ErrorBody | list[DBObject] | None:
    """Typo-tolerant search in one field

     Searches the text field `fieldName` of the top-level model `model` for the words of
    `text`, tolerating typos, and answers the matching objects, best match first (ties in
    creation order). A word of `text` matches a word of the field, ignoring case, when they
    differ by at most 1 edit (insertion, deletion, substitution or swap of neighbours) for
    words of 3 to 5 characters, 2 edits for longer words, and not at all for shorter words. An
    object matches when any word matches; its score adds, for each word of `text`, how close
    its best match is (1 - edits / (allowed edits + 1)). Objects whose field is missing or not
    text never match.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`
    and `omit` work as there; `sort` and `group` are ignored; there is no count information.

    In a declared model `fieldName` must be a text or rich-text field marked searchable; in a
    model that `app.yaml` does not declare any field can be searched. Whether a field is
    searchable depends on `app.yaml`, and expressions cannot be checked by a JSON schema, so a
    schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_field` (400), `invalid_expression`
    (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field
    that is not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelSearchFuzzyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DBObject]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchFuzzyRequest,
) -> Response[ErrorBody | list[DBObject]]:
    """Typo-tolerant search in one field

     Searches the text field `fieldName` of the top-level model `model` for the words of
    `text`, tolerating typos, and answers the matching objects, best match first (ties in
    creation order). A word of `text` matches a word of the field, ignoring case, when they
    differ by at most 1 edit (insertion, deletion, substitution or swap of neighbours) for
    words of 3 to 5 characters, 2 edits for longer words, and not at all for shorter words. An
    object matches when any word matches; its score adds, for each word of `text`, how close
    its best match is (1 - edits / (allowed edits + 1)). Objects whose field is missing or not
    text never match.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`
    and `omit` work as there; `sort` and `group` are ignored; there is no count information.

    In a declared model `fieldName` must be a text or rich-text field marked searchable; in a
    model that `app.yaml` does not declare any field can be searched. Whether a field is
    searchable depends on `app.yaml`, and expressions cannot be checked by a JSON schema, so a
    schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_field` (400), `invalid_expression`
    (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field
    that is not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelSearchFuzzyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DBObject]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchFuzzyRequest,
) -> ErrorBody | list[DBObject] | None:
    """Typo-tolerant search in one field

     Searches the text field `fieldName` of the top-level model `model` for the words of
    `text`, tolerating typos, and answers the matching objects, best match first (ties in
    creation order). A word of `text` matches a word of the field, ignoring case, when they
    differ by at most 1 edit (insertion, deletion, substitution or swap of neighbours) for
    words of 3 to 5 characters, 2 edits for longer words, and not at all for shorter words. An
    object matches when any word matches; its score adds, for each word of `text`, how close
    its best match is (1 - edits / (allowed edits + 1)). Objects whose field is missing or not
    text never match.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`
    and `omit` work as there; `sort` and `group` are ignored; there is no count information.

    In a declared model `fieldName` must be a text or rich-text field marked searchable; in a
    model that `app.yaml` does not declare any field can be searched. Whether a field is
    searchable depends on `app.yaml`, and expressions cannot be checked by a JSON schema, so a
    schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_field` (400), `invalid_expression`
    (400), `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field
    that is not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model).

    Args:
        body (ModelSearchFuzzyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DBObject]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
