from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.db_object import DBObject
from ...models.error_body import ErrorBody
from ...models.model_get_request import ModelGetRequest
from ...models.object_page import ObjectPage
from ...types import Response


def _get_kwargs(
    *,
    body: ModelGetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_api/rest/v1/db/get-list",
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
    body: ModelGetRequest,
) -> Response[ErrorBody | list[DBObject] | ObjectPage]:
    """Query objects

     Answers the objects of `model` that match `query`: lookups are attached first, then the
    filter `expression` is applied, the matches are sorted by `sort` (in creation order when
    there is no sort, and as a tie-break), one page is cut with `page` and `limit`, and `omit`
    removes fields. `group` is ignored. With `returnCountInfo` the answer is an `ObjectPage`
    holding the page and the count of all matches; without it, the bare array. A page past the
    end is empty. A model without objects (in non-strict mode, also one that does not exist)
    answers an empty list.

    With a sub-model path (`users.addresses`) the query runs over the sub-objects of every
    parent; each carries its `_parent`.

    The filter and the lookup queries are strings in the expression language (`Expression`),
    whose syntax a JSON schema cannot express, so a schema-valid request can still answer 400
    `invalid_expression` or `invalid_function`. A simple lookup needs a field declared as a
    reference (`SimpleLookup`), else it answers 400 `invalid_join_or_lookup`.

    In strict mode a field path that reaches no declared field is refused, rather than read
    as a missing value that matches nothing: in an expression with 400 `invalid_expression`,
    as a `sort` field (or a `group` path of `modelCompute`) with 400 `validation_error`. Both
    carry `details.reason` (`unknown_field`; `not_looked_up` for a path into a reference
    field that no simple lookup replaced; `not_an_object` for a path into a field that holds
    no object), `details.unknownField` and `details.declaredFields`. Fields of looked-up
    objects are checked against their model.

    **The expression language.** Filters, lookup queries, group keys and computations are
    expressions. The local backend parses them and compiles them to SQL that runs in the
    database; no part of the text becomes SQL text. Operands whose types cannot be combined
    (`'a' * 2`) answer 400 `invalid_expression`.

    * **Literals:** numbers (`134`, `56.98`), text in single or double quotes, `true`,
      `false`, `null`, lists (`[1, 2, 3]`; a geo point is `[longitude, latitude]`). Dates are
      written as ISO text or built with `DATEVALUE`/`DATE`.
    * **Fields:** a bare name (`price`) or `this.price`; dot paths reach sub-object fields
      and looked-up objects (`user.email`). In a complex lookup's query `lookup.<field>` is a
      field of the candidate object. A missing field is `null` (in strict mode, a field the
      model does not declare is refused, see above). `True`, `False` and `None` are field
      names, not values: write `true`, `false` and `null`.
    * **Operators**, from highest to lowest precedence, all left-associative: parentheses;
      unary `+ - !`; `* /`; `+ -`; `< <= > >=`; `== !=`; `&&`; `||`. `+` joins text when
      either side is text, or an expression whose result is text such as `LOWER(x)`
      (`'n' + 5` is `n5`; null joins as `''`; numbers join without a needless fraction);
      otherwise it adds numbers. `- * /` and the arithmetic of `+` give `null` when an
      operand is not a number; `/` divides exactly (`7 / 2` is 3.5) and `x / 0` is `null`.
      `&&`, `||` and `!` give `true` or `false`. An expression may nest at most 32 levels (a
      chain of n binary operators counts n levels; `&&`/`||` chains count one), and one whose
      SQL would be too large or too deep for the database answers `invalid_expression` too.
    * **Comparisons:** `_id` and reference fields equal their id written as text; text in ISO
      date form compared with a date is read as a date; `null == null` is true and ordered
      comparisons with `null` are false; `==` on a list compares the whole list (use `IN` to
      test membership). `false`, `0`, `null` and `''` are falsy, everything else truthy.
    * **Functions**, names case-insensitive. Logical: `AND OR NOT IF EXISTS ISEMPTY COMPARE
      TRUE FALSE`. Lists: `SIZE IN ALLITEMSTRUE ANYITEMTRUE APPEND`, where `IN(list, value)`
      takes the list first. Text: `INCLUDES STARTSWITH ENDSWITH LOWER TOLOWER UPPER TOUPPER
      LEN LENGTH CONCAT TRIM LEFT RIGHT SUBSTRING REPLACE`, where `INCLUDES(text, part,
      caseSensitive)` is case-sensitive unless the third argument is `false`. Math: `ABS
      ROUND MOD POW SQRT PRODUCT`. Dates: `NOW TODAY DATE DATEVALUE DATEMILLIS DATEADD
      DATEDIFF YEAR MONTH DAY HOUR MINUTE SECOND`. Conversion: `TOTEXT TOINTEGER TODECIMAL
      TOBOOLEAN TODATE`. Geo: `DISTANCE` (metres between two points).
    * **Function details.** `IF(condition, then, else?)` (`else` defaults to `null`).
      `ISEMPTY` is true for `null`, `''`, `[]` and `{}`. `COMPARE(a, b)` gives -1, 0 or 1,
      `null` when the types differ. `ALLITEMSTRUE(list, test)` and `ANYITEMTRUE(list, test)`
      evaluate `test` with each item as the current object: its fields by name, the item
      itself as `this` (`ANYITEMTRUE(tags, this == 'x')`); a value that is not a list gives
      `false`. `APPEND(list, v...)` adds values at the end. Texts: positions are 1-based
      (`SUBSTRING(text, start, length?)`, `LEFT(text, n)`, `RIGHT(text, n)`), `TRIM` removes
      spaces, `REPLACE` replaces every occurrence, and case folding (`LOWER`, `UPPER`,
      `INCLUDES(..., false)`) covers ASCII letters. `ROUND(n, places?)` rounds half away
      from zero (an integer without `places`); `MOD(a, b)` has the sign of `a`; `POW` and
      `SQRT` give decimals, `null` when not a real number. Dates are ISO texts in UTC
      (`2022-03-20T14:35:26.814Z`): `DATE(year, month, day, hour?, minute?, second?)`
      (overflowing parts carry over), `DATEVALUE(text)`, `DATEMILLIS(date)` (epoch
      milliseconds), `DATEADD(date, amount, unit?)` and `DATEDIFF(start, end, unit?)` (whole
      units from `start` to `end`, truncated toward zero) with `unit` a quoted literal among
      `years months weeks days hours minutes seconds milliseconds` (singular allowed,
      default `days`). `TOTEXT` writes lists and objects as JSON; `TOINTEGER` (truncating)
      and `TODECIMAL` read numbers, booleans and texts holding a number; `TOBOOLEAN` gives
      the truthiness, except that the texts `false` and `0` are false; `TODATE` reads date
      texts and epoch milliseconds. `DISTANCE([lng, lat], [lng, lat])` uses the haversine
      formula on a sphere of radius 6,371 km. A function given an argument of the wrong type
      (`SIZE('x')`) answers `invalid_expression`; a field holding the wrong type gives
      `null` (`false` for tests).

    Error codes: `validation_error` (400), `invalid_expression` (400, with `details.position`),
    `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field that is
    not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model, also for a complex lookup's
    `modelName`).

    Args:
        body (ModelGetRequest):

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
    body: ModelGetRequest,
) -> ErrorBody | list[DBObject] | ObjectPage | None:
    """Query objects

     Answers the objects of `model` that match `query`: lookups are attached first, then the
    filter `expression` is applied, the matches are sorted by `sort` (in creation order when
    there is no sort, and as a tie-break), one page is cut with `page` and `limit`, and `omit`
    removes fields. `group` is ignored. With `returnCountInfo` the answer is an `ObjectPage`
    holding the page and the count of all matches; without it, the bare array. A page past the
    end is empty. A model without objects (in non-strict mode, also one that does not exist)
    answers an empty list.

    With a sub-model path (`users.addresses`) the query runs over the sub-objects of every
    parent; each carries its `_parent`.

    The filter and the lookup queries are strings in the expression language (`Expression`),
    whose syntax a JSON schema cannot express, so a schema-valid request can still answer 400
    `invalid_expression` or `invalid_function`. A simple lookup needs a field declared as a
    reference (`SimpleLookup`), else it answers 400 `invalid_join_or_lookup`.

    In strict mode a field path that reaches no declared field is refused, rather than read
    as a missing value that matches nothing: in an expression with 400 `invalid_expression`,
    as a `sort` field (or a `group` path of `modelCompute`) with 400 `validation_error`. Both
    carry `details.reason` (`unknown_field`; `not_looked_up` for a path into a reference
    field that no simple lookup replaced; `not_an_object` for a path into a field that holds
    no object), `details.unknownField` and `details.declaredFields`. Fields of looked-up
    objects are checked against their model.

    **The expression language.** Filters, lookup queries, group keys and computations are
    expressions. The local backend parses them and compiles them to SQL that runs in the
    database; no part of the text becomes SQL text. Operands whose types cannot be combined
    (`'a' * 2`) answer 400 `invalid_expression`.

    * **Literals:** numbers (`134`, `56.98`), text in single or double quotes, `true`,
      `false`, `null`, lists (`[1, 2, 3]`; a geo point is `[longitude, latitude]`). Dates are
      written as ISO text or built with `DATEVALUE`/`DATE`.
    * **Fields:** a bare name (`price`) or `this.price`; dot paths reach sub-object fields
      and looked-up objects (`user.email`). In a complex lookup's query `lookup.<field>` is a
      field of the candidate object. A missing field is `null` (in strict mode, a field the
      model does not declare is refused, see above). `True`, `False` and `None` are field
      names, not values: write `true`, `false` and `null`.
    * **Operators**, from highest to lowest precedence, all left-associative: parentheses;
      unary `+ - !`; `* /`; `+ -`; `< <= > >=`; `== !=`; `&&`; `||`. `+` joins text when
      either side is text, or an expression whose result is text such as `LOWER(x)`
      (`'n' + 5` is `n5`; null joins as `''`; numbers join without a needless fraction);
      otherwise it adds numbers. `- * /` and the arithmetic of `+` give `null` when an
      operand is not a number; `/` divides exactly (`7 / 2` is 3.5) and `x / 0` is `null`.
      `&&`, `||` and `!` give `true` or `false`. An expression may nest at most 32 levels (a
      chain of n binary operators counts n levels; `&&`/`||` chains count one), and one whose
      SQL would be too large or too deep for the database answers `invalid_expression` too.
    * **Comparisons:** `_id` and reference fields equal their id written as text; text in ISO
      date form compared with a date is read as a date; `null == null` is true and ordered
      comparisons with `null` are false; `==` on a list compares the whole list (use `IN` to
      test membership). `false`, `0`, `null` and `''` are falsy, everything else truthy.
    * **Functions**, names case-insensitive. Logical: `AND OR NOT IF EXISTS ISEMPTY COMPARE
      TRUE FALSE`. Lists: `SIZE IN ALLITEMSTRUE ANYITEMTRUE APPEND`, where `IN(list, value)`
      takes the list first. Text: `INCLUDES STARTSWITH ENDSWITH LOWER TOLOWER UPPER TOUPPER
      LEN LENGTH CONCAT TRIM LEFT RIGHT SUBSTRING REPLACE`, where `INCLUDES(text, part,
      caseSensitive)` is case-sensitive unless the third argument is `false`. Math: `ABS
      ROUND MOD POW SQRT PRODUCT`. Dates: `NOW TODAY DATE DATEVALUE DATEMILLIS DATEADD
      DATEDIFF YEAR MONTH DAY HOUR MINUTE SECOND`. Conversion: `TOTEXT TOINTEGER TODECIMAL
      TOBOOLEAN TODATE`. Geo: `DISTANCE` (metres between two points).
    * **Function details.** `IF(condition, then, else?)` (`else` defaults to `null`).
      `ISEMPTY` is true for `null`, `''`, `[]` and `{}`. `COMPARE(a, b)` gives -1, 0 or 1,
      `null` when the types differ. `ALLITEMSTRUE(list, test)` and `ANYITEMTRUE(list, test)`
      evaluate `test` with each item as the current object: its fields by name, the item
      itself as `this` (`ANYITEMTRUE(tags, this == 'x')`); a value that is not a list gives
      `false`. `APPEND(list, v...)` adds values at the end. Texts: positions are 1-based
      (`SUBSTRING(text, start, length?)`, `LEFT(text, n)`, `RIGHT(text, n)`), `TRIM` removes
      spaces, `REPLACE` replaces every occurrence, and case folding (`LOWER`, `UPPER`,
      `INCLUDES(..., false)`) covers ASCII letters. `ROUND(n, places?)` rounds half away
      from zero (an integer without `places`); `MOD(a, b)` has the sign of `a`; `POW` and
      `SQRT` give decimals, `null` when not a real number. Dates are ISO texts in UTC
      (`2022-03-20T14:35:26.814Z`): `DATE(year, month, day, hour?, minute?, second?)`
      (overflowing parts carry over), `DATEVALUE(text)`, `DATEMILLIS(date)` (epoch
      milliseconds), `DATEADD(date, amount, unit?)` and `DATEDIFF(start, end, unit?)` (whole
      units from `start` to `end`, truncated toward zero) with `unit` a quoted literal among
      `years months weeks days hours minutes seconds milliseconds` (singular allowed,
      default `days`). `TOTEXT` writes lists and objects as JSON; `TOINTEGER` (truncating)
      and `TODECIMAL` read numbers, booleans and texts holding a number; `TOBOOLEAN` gives
      the truthiness, except that the texts `false` and `0` are false; `TODATE` reads date
      texts and epoch milliseconds. `DISTANCE([lng, lat], [lng, lat])` uses the haversine
      formula on a sphere of radius 6,371 km. A function given an argument of the wrong type
      (`SIZE('x')`) answers `invalid_expression`; a field holding the wrong type gives
      `null` (`false` for tests).

    Error codes: `validation_error` (400), `invalid_expression` (400, with `details.position`),
    `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field that is
    not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model, also for a complex lookup's
    `modelName`).

    Args:
        body (ModelGetRequest):

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
    body: ModelGetRequest,
) -> Response[ErrorBody | list[DBObject] | ObjectPage]:
    """Query objects

     Answers the objects of `model` that match `query`: lookups are attached first, then the
    filter `expression` is applied, the matches are sorted by `sort` (in creation order when
    there is no sort, and as a tie-break), one page is cut with `page` and `limit`, and `omit`
    removes fields. `group` is ignored. With `returnCountInfo` the answer is an `ObjectPage`
    holding the page and the count of all matches; without it, the bare array. A page past the
    end is empty. A model without objects (in non-strict mode, also one that does not exist)
    answers an empty list.

    With a sub-model path (`users.addresses`) the query runs over the sub-objects of every
    parent; each carries its `_parent`.

    The filter and the lookup queries are strings in the expression language (`Expression`),
    whose syntax a JSON schema cannot express, so a schema-valid request can still answer 400
    `invalid_expression` or `invalid_function`. A simple lookup needs a field declared as a
    reference (`SimpleLookup`), else it answers 400 `invalid_join_or_lookup`.

    In strict mode a field path that reaches no declared field is refused, rather than read
    as a missing value that matches nothing: in an expression with 400 `invalid_expression`,
    as a `sort` field (or a `group` path of `modelCompute`) with 400 `validation_error`. Both
    carry `details.reason` (`unknown_field`; `not_looked_up` for a path into a reference
    field that no simple lookup replaced; `not_an_object` for a path into a field that holds
    no object), `details.unknownField` and `details.declaredFields`. Fields of looked-up
    objects are checked against their model.

    **The expression language.** Filters, lookup queries, group keys and computations are
    expressions. The local backend parses them and compiles them to SQL that runs in the
    database; no part of the text becomes SQL text. Operands whose types cannot be combined
    (`'a' * 2`) answer 400 `invalid_expression`.

    * **Literals:** numbers (`134`, `56.98`), text in single or double quotes, `true`,
      `false`, `null`, lists (`[1, 2, 3]`; a geo point is `[longitude, latitude]`). Dates are
      written as ISO text or built with `DATEVALUE`/`DATE`.
    * **Fields:** a bare name (`price`) or `this.price`; dot paths reach sub-object fields
      and looked-up objects (`user.email`). In a complex lookup's query `lookup.<field>` is a
      field of the candidate object. A missing field is `null` (in strict mode, a field the
      model does not declare is refused, see above). `True`, `False` and `None` are field
      names, not values: write `true`, `false` and `null`.
    * **Operators**, from highest to lowest precedence, all left-associative: parentheses;
      unary `+ - !`; `* /`; `+ -`; `< <= > >=`; `== !=`; `&&`; `||`. `+` joins text when
      either side is text, or an expression whose result is text such as `LOWER(x)`
      (`'n' + 5` is `n5`; null joins as `''`; numbers join without a needless fraction);
      otherwise it adds numbers. `- * /` and the arithmetic of `+` give `null` when an
      operand is not a number; `/` divides exactly (`7 / 2` is 3.5) and `x / 0` is `null`.
      `&&`, `||` and `!` give `true` or `false`. An expression may nest at most 32 levels (a
      chain of n binary operators counts n levels; `&&`/`||` chains count one), and one whose
      SQL would be too large or too deep for the database answers `invalid_expression` too.
    * **Comparisons:** `_id` and reference fields equal their id written as text; text in ISO
      date form compared with a date is read as a date; `null == null` is true and ordered
      comparisons with `null` are false; `==` on a list compares the whole list (use `IN` to
      test membership). `false`, `0`, `null` and `''` are falsy, everything else truthy.
    * **Functions**, names case-insensitive. Logical: `AND OR NOT IF EXISTS ISEMPTY COMPARE
      TRUE FALSE`. Lists: `SIZE IN ALLITEMSTRUE ANYITEMTRUE APPEND`, where `IN(list, value)`
      takes the list first. Text: `INCLUDES STARTSWITH ENDSWITH LOWER TOLOWER UPPER TOUPPER
      LEN LENGTH CONCAT TRIM LEFT RIGHT SUBSTRING REPLACE`, where `INCLUDES(text, part,
      caseSensitive)` is case-sensitive unless the third argument is `false`. Math: `ABS
      ROUND MOD POW SQRT PRODUCT`. Dates: `NOW TODAY DATE DATEVALUE DATEMILLIS DATEADD
      DATEDIFF YEAR MONTH DAY HOUR MINUTE SECOND`. Conversion: `TOTEXT TOINTEGER TODECIMAL
      TOBOOLEAN TODATE`. Geo: `DISTANCE` (metres between two points).
    * **Function details.** `IF(condition, then, else?)` (`else` defaults to `null`).
      `ISEMPTY` is true for `null`, `''`, `[]` and `{}`. `COMPARE(a, b)` gives -1, 0 or 1,
      `null` when the types differ. `ALLITEMSTRUE(list, test)` and `ANYITEMTRUE(list, test)`
      evaluate `test` with each item as the current object: its fields by name, the item
      itself as `this` (`ANYITEMTRUE(tags, this == 'x')`); a value that is not a list gives
      `false`. `APPEND(list, v...)` adds values at the end. Texts: positions are 1-based
      (`SUBSTRING(text, start, length?)`, `LEFT(text, n)`, `RIGHT(text, n)`), `TRIM` removes
      spaces, `REPLACE` replaces every occurrence, and case folding (`LOWER`, `UPPER`,
      `INCLUDES(..., false)`) covers ASCII letters. `ROUND(n, places?)` rounds half away
      from zero (an integer without `places`); `MOD(a, b)` has the sign of `a`; `POW` and
      `SQRT` give decimals, `null` when not a real number. Dates are ISO texts in UTC
      (`2022-03-20T14:35:26.814Z`): `DATE(year, month, day, hour?, minute?, second?)`
      (overflowing parts carry over), `DATEVALUE(text)`, `DATEMILLIS(date)` (epoch
      milliseconds), `DATEADD(date, amount, unit?)` and `DATEDIFF(start, end, unit?)` (whole
      units from `start` to `end`, truncated toward zero) with `unit` a quoted literal among
      `years months weeks days hours minutes seconds milliseconds` (singular allowed,
      default `days`). `TOTEXT` writes lists and objects as JSON; `TOINTEGER` (truncating)
      and `TODECIMAL` read numbers, booleans and texts holding a number; `TOBOOLEAN` gives
      the truthiness, except that the texts `false` and `0` are false; `TODATE` reads date
      texts and epoch milliseconds. `DISTANCE([lng, lat], [lng, lat])` uses the haversine
      formula on a sphere of radius 6,371 km. A function given an argument of the wrong type
      (`SIZE('x')`) answers `invalid_expression`; a field holding the wrong type gives
      `null` (`false` for tests).

    Error codes: `validation_error` (400), `invalid_expression` (400, with `details.position`),
    `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field that is
    not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model, also for a complex lookup's
    `modelName`).

    Args:
        body (ModelGetRequest):

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
    body: ModelGetRequest,
) -> ErrorBody | list[DBObject] | ObjectPage | None:
    """Query objects

     Answers the objects of `model` that match `query`: lookups are attached first, then the
    filter `expression` is applied, the matches are sorted by `sort` (in creation order when
    there is no sort, and as a tie-break), one page is cut with `page` and `limit`, and `omit`
    removes fields. `group` is ignored. With `returnCountInfo` the answer is an `ObjectPage`
    holding the page and the count of all matches; without it, the bare array. A page past the
    end is empty. A model without objects (in non-strict mode, also one that does not exist)
    answers an empty list.

    With a sub-model path (`users.addresses`) the query runs over the sub-objects of every
    parent; each carries its `_parent`.

    The filter and the lookup queries are strings in the expression language (`Expression`),
    whose syntax a JSON schema cannot express, so a schema-valid request can still answer 400
    `invalid_expression` or `invalid_function`. A simple lookup needs a field declared as a
    reference (`SimpleLookup`), else it answers 400 `invalid_join_or_lookup`.

    In strict mode a field path that reaches no declared field is refused, rather than read
    as a missing value that matches nothing: in an expression with 400 `invalid_expression`,
    as a `sort` field (or a `group` path of `modelCompute`) with 400 `validation_error`. Both
    carry `details.reason` (`unknown_field`; `not_looked_up` for a path into a reference
    field that no simple lookup replaced; `not_an_object` for a path into a field that holds
    no object), `details.unknownField` and `details.declaredFields`. Fields of looked-up
    objects are checked against their model.

    **The expression language.** Filters, lookup queries, group keys and computations are
    expressions. The local backend parses them and compiles them to SQL that runs in the
    database; no part of the text becomes SQL text. Operands whose types cannot be combined
    (`'a' * 2`) answer 400 `invalid_expression`.

    * **Literals:** numbers (`134`, `56.98`), text in single or double quotes, `true`,
      `false`, `null`, lists (`[1, 2, 3]`; a geo point is `[longitude, latitude]`). Dates are
      written as ISO text or built with `DATEVALUE`/`DATE`.
    * **Fields:** a bare name (`price`) or `this.price`; dot paths reach sub-object fields
      and looked-up objects (`user.email`). In a complex lookup's query `lookup.<field>` is a
      field of the candidate object. A missing field is `null` (in strict mode, a field the
      model does not declare is refused, see above). `True`, `False` and `None` are field
      names, not values: write `true`, `false` and `null`.
    * **Operators**, from highest to lowest precedence, all left-associative: parentheses;
      unary `+ - !`; `* /`; `+ -`; `< <= > >=`; `== !=`; `&&`; `||`. `+` joins text when
      either side is text, or an expression whose result is text such as `LOWER(x)`
      (`'n' + 5` is `n5`; null joins as `''`; numbers join without a needless fraction);
      otherwise it adds numbers. `- * /` and the arithmetic of `+` give `null` when an
      operand is not a number; `/` divides exactly (`7 / 2` is 3.5) and `x / 0` is `null`.
      `&&`, `||` and `!` give `true` or `false`. An expression may nest at most 32 levels (a
      chain of n binary operators counts n levels; `&&`/`||` chains count one), and one whose
      SQL would be too large or too deep for the database answers `invalid_expression` too.
    * **Comparisons:** `_id` and reference fields equal their id written as text; text in ISO
      date form compared with a date is read as a date; `null == null` is true and ordered
      comparisons with `null` are false; `==` on a list compares the whole list (use `IN` to
      test membership). `false`, `0`, `null` and `''` are falsy, everything else truthy.
    * **Functions**, names case-insensitive. Logical: `AND OR NOT IF EXISTS ISEMPTY COMPARE
      TRUE FALSE`. Lists: `SIZE IN ALLITEMSTRUE ANYITEMTRUE APPEND`, where `IN(list, value)`
      takes the list first. Text: `INCLUDES STARTSWITH ENDSWITH LOWER TOLOWER UPPER TOUPPER
      LEN LENGTH CONCAT TRIM LEFT RIGHT SUBSTRING REPLACE`, where `INCLUDES(text, part,
      caseSensitive)` is case-sensitive unless the third argument is `false`. Math: `ABS
      ROUND MOD POW SQRT PRODUCT`. Dates: `NOW TODAY DATE DATEVALUE DATEMILLIS DATEADD
      DATEDIFF YEAR MONTH DAY HOUR MINUTE SECOND`. Conversion: `TOTEXT TOINTEGER TODECIMAL
      TOBOOLEAN TODATE`. Geo: `DISTANCE` (metres between two points).
    * **Function details.** `IF(condition, then, else?)` (`else` defaults to `null`).
      `ISEMPTY` is true for `null`, `''`, `[]` and `{}`. `COMPARE(a, b)` gives -1, 0 or 1,
      `null` when the types differ. `ALLITEMSTRUE(list, test)` and `ANYITEMTRUE(list, test)`
      evaluate `test` with each item as the current object: its fields by name, the item
      itself as `this` (`ANYITEMTRUE(tags, this == 'x')`); a value that is not a list gives
      `false`. `APPEND(list, v...)` adds values at the end. Texts: positions are 1-based
      (`SUBSTRING(text, start, length?)`, `LEFT(text, n)`, `RIGHT(text, n)`), `TRIM` removes
      spaces, `REPLACE` replaces every occurrence, and case folding (`LOWER`, `UPPER`,
      `INCLUDES(..., false)`) covers ASCII letters. `ROUND(n, places?)` rounds half away
      from zero (an integer without `places`); `MOD(a, b)` has the sign of `a`; `POW` and
      `SQRT` give decimals, `null` when not a real number. Dates are ISO texts in UTC
      (`2022-03-20T14:35:26.814Z`): `DATE(year, month, day, hour?, minute?, second?)`
      (overflowing parts carry over), `DATEVALUE(text)`, `DATEMILLIS(date)` (epoch
      milliseconds), `DATEADD(date, amount, unit?)` and `DATEDIFF(start, end, unit?)` (whole
      units from `start` to `end`, truncated toward zero) with `unit` a quoted literal among
      `years months weeks days hours minutes seconds milliseconds` (singular allowed,
      default `days`). `TOTEXT` writes lists and objects as JSON; `TOINTEGER` (truncating)
      and `TODECIMAL` read numbers, booleans and texts holding a number; `TOBOOLEAN` gives
      the truthiness, except that the texts `false` and `0` are false; `TODATE` reads date
      texts and epoch milliseconds. `DISTANCE([lng, lat], [lng, lat])` uses the haversine
      formula on a sphere of radius 6,371 km. A function given an argument of the wrong type
      (`SIZE('x')`) answers `invalid_expression`; a field holding the wrong type gives
      `null` (`false` for tests).

    Error codes: `validation_error` (400), `invalid_expression` (400, with `details.position`),
    `invalid_function` (400), `invalid_join_or_lookup` (400, a simple lookup on a field that is
    not a declared reference), `missing_client_key`, `invalid_client_key` (401),
    `model_not_found` (404, strict mode and an undeclared model, also for a complex lookup's
    `modelName`).

    Args:
        body (ModelGetRequest):

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
