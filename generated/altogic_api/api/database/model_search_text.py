from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.model_search_text_request import ModelSearchTextRequest
from ...models.object_page import ObjectPage
from ...types import Response


def _get_kwargs(
    *,
    body: ModelSearchTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/search-text",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[DBObject] | ObjectPage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[DBObject] | ObjectPage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for componentsschemas_db_object_list_item_data in _response_200_type_0:
                    componentsschemas_db_object_list_item = DBObject.from_dict(
                        componentsschemas_db_object_list_item_data
                    )

                    response_200_type_0.append(componentsschemas_db_object_list_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ObjectPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorBody | list[DBObject] | ObjectPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchTextRequest,
) -> Response[ErrorBody | list[DBObject] | ObjectPage]:
    """Full-text search

     Searches the searchable text fields of the top-level model `model` for `text` and answers
    the matching objects, best match first (ties in creation order). `text` is split into
    words and an object matches when it contains any of them; words in double quotes must
    appear together as a phrase (an unclosed quote runs to the end of the text). Matching is
    on whole words and ignores case and accents; `text` is not a query language, so no other
    character is special. A `text` without words matches nothing.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`,
    `omit` and `returnCountInfo` work as there; `sort` and `group` are ignored.

    The searchable fields of a declared model are its text and rich-text fields marked
    searchable; in a model that `app.yaml` does not declare, every top-level text value is
    searchable. Sub-models cannot be searched.

    Whether a model has searchable fields depends on `app.yaml`, and expressions cannot be
    checked by a JSON schema, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_model` (400, a declared model with no
    searchable field), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelSearchTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DBObject] | ObjectPage]
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
    body: ModelSearchTextRequest,
) -> ErrorBody | list[DBObject] | ObjectPage | None:
    """Full-text search

     Searches the searchable text fields of the top-level model `model` for `text` and answers
    the matching objects, best match first (ties in creation order). `text` is split into
    words and an object matches when it contains any of them; words in double quotes must
    appear together as a phrase (an unclosed quote runs to the end of the text). Matching is
    on whole words and ignores case and accents; `text` is not a query language, so no other
    character is special. A `text` without words matches nothing.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`,
    `omit` and `returnCountInfo` work as there; `sort` and `group` are ignored.

    The searchable fields of a declared model are its text and rich-text fields marked
    searchable; in a model that `app.yaml` does not declare, every top-level text value is
    searchable. Sub-models cannot be searched.

    Whether a model has searchable fields depends on `app.yaml`, and expressions cannot be
    checked by a JSON schema, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_model` (400, a declared model with no
    searchable field), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelSearchTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DBObject] | ObjectPage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchTextRequest,
) -> Response[ErrorBody | list[DBObject] | ObjectPage]:
    """Full-text search

     Searches the searchable text fields of the top-level model `model` for `text` and answers
    the matching objects, best match first (ties in creation order). `text` is split into
    words and an object matches when it contains any of them; words in double quotes must
    appear together as a phrase (an unclosed quote runs to the end of the text). Matching is
    on whole words and ignores case and accents; `text` is not a query language, so no other
    character is special. A `text` without words matches nothing.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`,
    `omit` and `returnCountInfo` work as there; `sort` and `group` are ignored.

    The searchable fields of a declared model are its text and rich-text fields marked
    searchable; in a model that `app.yaml` does not declare, every top-level text value is
    searchable. Sub-models cannot be searched.

    Whether a model has searchable fields depends on `app.yaml`, and expressions cannot be
    checked by a JSON schema, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_model` (400, a declared model with no
    searchable field), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelSearchTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DBObject] | ObjectPage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelSearchTextRequest,
) -> ErrorBody | list[DBObject] | ObjectPage | None:
    """Full-text search

     Searches the searchable text fields of the top-level model `model` for `text` and answers
    the matching objects, best match first (ties in creation order). `text` is split into
    words and an object matches when it contains any of them; words in double quotes must
    appear together as a phrase (an unclosed quote runs to the end of the text). Matching is
    on whole words and ignores case and accents; `text` is not a query language, so no other
    character is special. A `text` without words matches nothing.

    Lookups and the filter `expression` narrow the matches as in `modelGet`; `page`, `limit`,
    `omit` and `returnCountInfo` work as there; `sort` and `group` are ignored.

    The searchable fields of a declared model are its text and rich-text fields marked
    searchable; in a model that `app.yaml` does not declare, every top-level text value is
    searchable. Sub-models cannot be searched.

    Whether a model has searchable fields depends on `app.yaml`, and expressions cannot be
    checked by a JSON schema, so a schema-valid request can still answer 400.

    Error codes: `validation_error` (400), `not_searchable_model` (400, a declared model with no
    searchable field), `invalid_expression` (400), `invalid_function` (400),
    `invalid_join_or_lookup` (400, a simple lookup on a field that is not a declared reference),
    `missing_client_key`, `invalid_client_key` (401), `model_not_found` (404, strict mode and an
    undeclared model).

    Args:
        body (ModelSearchTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DBObject] | ObjectPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
