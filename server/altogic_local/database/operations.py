"""The database module's operations (`/_api/rest/v1/db/*`); the semantics live in
`service.py`. Handlers are plain functions, run in the thread pool: the database calls block."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from altogic_models import (
    ModelAppendRequest,
    ModelComputeRequest,
    ModelCreateRequest,
    ModelDeleteRequest,
    ModelGetRandomRequest,
    ModelGetRequest,
    ModelGetSingleRequest,
    ModelSearchFuzzyRequest,
    ModelSearchTextRequest,
    ModelSetRequest,
    ModelUpdateFieldsRequest,
    ModelUpdateRequest,
    ObjectAppendRequest,
    ObjectCreateRequest,
    ObjectDeleteRequest,
    ObjectGetRequest,
    ObjectSetRequest,
    ObjectUpdateFieldsRequest,
    ObjectUpdateRequest,
)
from pydantic import MISSING
from sqlalchemy.exc import OperationalError
from starlette.responses import Response

from ..jsonutil import json_response
from ..operations import Operations
from .expression.compiler import beyond_sqlite_limits, too_complex
from .requests import action_of, computations_of, lookups_of, updates_of, values_of

if TYPE_CHECKING:
    from .module import DatabaseModule

operations: Operations[DatabaseModule] = Operations()
Handler = TypeVar("Handler", bound=Callable[..., Response])


def sql_limits(handler: Handler) -> Handler:
    """Answer 400 when a query is beyond what SQLite (or Python) can nest, rather than 500. The
    compiler refuses such queries first; this is the backstop."""

    @functools.wraps(handler)
    def guarded(*args: Any, **kwargs: Any) -> Response:
        try:
            return handler(*args, **kwargs)
        except (OperationalError, RecursionError) as error:
            if not beyond_sqlite_limits(error):
                raise
            raise too_complex().api_error("query") from error

    return cast(Handler, guarded)


def _omit(query: object) -> list[str] | None:
    return action_of(query).omit


def _return_top(options: object) -> bool:
    if options is MISSING or options is None:
        return False
    value = getattr(options, "return_top", False)
    return bool(value) if value is not MISSING else False


@operations("dbGetStats")
@sql_limits
def db_get_stats(db: DatabaseModule) -> Response:
    return json_response(db.service.stats())


@operations("modelCreate")
@sql_limits
def model_create(db: DatabaseModule, body: ModelCreateRequest) -> Response:
    answer = db.service.create(body.model, values_of(body.values), _omit(body.query))
    return json_response(answer)


@operations("modelSet")
@sql_limits
def model_set(db: DatabaseModule, body: ModelSetRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = db.service.set(body.model, values, body.parent_id, body.return_top, _omit(body.query))
    return json_response(answer)


@operations("modelAppend")
@sql_limits
def model_append(db: DatabaseModule, body: ModelAppendRequest) -> Response:
    answer = db.service.append(
        body.model, values_of(body.values), body.parent_id, body.return_top, _omit(body.query)
    )
    return json_response(answer)


@operations("modelGet")
@sql_limits
def model_get(db: DatabaseModule, body: ModelGetRequest) -> Response:
    answer = db.service.get_list(body.model, action_of(body.query), body.return_count_info)
    return json_response(answer)


@operations("modelCompute")
@sql_limits
def model_compute(db: DatabaseModule, body: ModelComputeRequest) -> Response:
    computations = computations_of(body.computations)
    answer = db.service.compute(body.model, action_of(body.query), computations)
    return json_response(answer)


@operations("modelGetSingle")
@sql_limits
def model_get_single(db: DatabaseModule, body: ModelGetSingleRequest) -> Response:
    return json_response(db.service.get_single(body.model, action_of(body.query)))


@operations("modelGetRandom")
@sql_limits
def model_get_random(db: DatabaseModule, body: ModelGetRandomRequest) -> Response:
    answer = db.service.get_random(body.model, action_of(body.query), body.count)
    return json_response(answer)


@operations("modelUpdate")
@sql_limits
def model_update(db: DatabaseModule, body: ModelUpdateRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    return json_response(db.service.update(body.model, values, action_of(body.query)))


@operations("modelUpdateFields")
@sql_limits
def model_update_fields(db: DatabaseModule, body: ModelUpdateFieldsRequest) -> Response:
    answer = db.service.update_fields(body.model, updates_of(body.updates), action_of(body.query))
    return json_response(answer)


@operations("modelDelete")
@sql_limits
def model_delete(db: DatabaseModule, body: ModelDeleteRequest) -> Response:
    return json_response(db.service.delete(body.model, action_of(body.query)))


@operations("modelSearchText")
@sql_limits
def model_search_text(db: DatabaseModule, body: ModelSearchTextRequest) -> Response:
    answer = db.service.search_text(
        body.model, body.text, action_of(body.query), body.return_count_info
    )
    return json_response(answer)


@operations("modelSearchFuzzy")
@sql_limits
def model_search_fuzzy(db: DatabaseModule, body: ModelSearchFuzzyRequest) -> Response:
    answer = db.service.search_fuzzy(body.model, body.field_name, body.text, action_of(body.query))
    return json_response(answer)


@operations("objectGet")
@sql_limits
def object_get(db: DatabaseModule, body: ObjectGetRequest) -> Response:
    lookups = lookups_of(body.lookups, "lookups")
    return json_response(db.service.object_get(body.model, body.id, lookups))


@operations("objectCreate")
@sql_limits
def object_create(db: DatabaseModule, body: ObjectCreateRequest) -> Response:
    return json_response(db.service.create(body.model, values_of(body.values), None))


@operations("objectSet")
@sql_limits
def object_set(db: DatabaseModule, body: ObjectSetRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = db.service.set(body.model, values, body.parent_id, _return_top(body.options), None)
    return json_response(answer)


@operations("objectAppend")
@sql_limits
def object_append(db: DatabaseModule, body: ObjectAppendRequest) -> Response:
    answer = db.service.append(
        body.model, values_of(body.values), body.parent_id, _return_top(body.options), None
    )
    return json_response(answer)


@operations("objectDelete")
@sql_limits
def object_delete(db: DatabaseModule, body: ObjectDeleteRequest) -> Response:
    answer = db.service.object_delete(body.model, body.id, _return_top(body.options))
    return json_response(answer)


@operations("objectUpdate")
@sql_limits
def object_update(db: DatabaseModule, body: ObjectUpdateRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = db.service.object_update(body.model, body.id, values, _return_top(body.options))
    return json_response(answer)


@operations("objectUpdateFields")
@sql_limits
def object_update_fields(db: DatabaseModule, body: ObjectUpdateFieldsRequest) -> Response:
    answer = db.service.object_update_fields(
        body.model, body.id, updates_of(body.updates), _return_top(body.options)
    )
    return json_response(answer)
