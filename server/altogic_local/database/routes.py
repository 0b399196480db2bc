"""HTTP routes of the database module (`/_api/rest/v1/db/*`); the semantics live in
`service.py`. Handlers are plain functions run in the thread pool (`Routes.blocking`), since
the database calls block."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

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
from fastapi import FastAPI
from pydantic import MISSING
from sqlalchemy.exc import OperationalError
from starlette.requests import Request
from starlette.responses import Response

from ..backend import backend_of
from ..http import Routes
from ..jsonutil import json_response
from .expression.compiler import beyond_sqlite_limits, too_complex
from .requests import action_of, computations_of, lookups_of, updates_of, values_of
from .service import DatabaseService
from .store import Store

PREFIX = "/_api/rest/v1/db"
routes = Routes()
_lock = threading.Lock()


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


def store_of(app: FastAPI) -> Store:
    """The app's database store, created on first use."""
    store: Store | None = getattr(app.state, "database_store", None)
    if store is None:
        with _lock:
            store = getattr(app.state, "database_store", None)
            if store is None:
                backend = app.state.backend
                store = Store(backend.sql, backend.config.database)
                app.state.database_store = store
    return store


def _service(request: Request) -> DatabaseService:
    backend = backend_of(request)
    return DatabaseService(store_of(request.app), backend.config.database, backend.clock)


def _omit(query: object) -> list[str] | None:
    return action_of(query).omit


def _return_top(options: object) -> bool:
    if options is MISSING or options is None:
        return False
    value = getattr(options, "return_top", False)
    return bool(value) if value is not MISSING else False


@routes.blocking("GET", f"{PREFIX}/stats")
@sql_limits
def db_get_stats(request: Request, body: None) -> Response:
    return json_response(_service(request).stats())


@routes.blocking("POST", f"{PREFIX}/create", ModelCreateRequest)
@sql_limits
def model_create(request: Request, body: ModelCreateRequest) -> Response:
    answer = _service(request).create(body.model, values_of(body.values), _omit(body.query))
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/set", ModelSetRequest)
@sql_limits
def model_set(request: Request, body: ModelSetRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = _service(request).set(
        body.model, values, body.parent_id, body.return_top, _omit(body.query)
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/append", ModelAppendRequest)
@sql_limits
def model_append(request: Request, body: ModelAppendRequest) -> Response:
    answer = _service(request).append(
        body.model, values_of(body.values), body.parent_id, body.return_top, _omit(body.query)
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/get-list", ModelGetRequest)
@sql_limits
def model_get(request: Request, body: ModelGetRequest) -> Response:
    answer = _service(request).get_list(body.model, action_of(body.query), body.return_count_info)
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/compute", ModelComputeRequest)
@sql_limits
def model_compute(request: Request, body: ModelComputeRequest) -> Response:
    computations = computations_of(body.computations)
    answer = _service(request).compute(body.model, action_of(body.query), computations)
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/get-single", ModelGetSingleRequest)
@sql_limits
def model_get_single(request: Request, body: ModelGetSingleRequest) -> Response:
    return json_response(_service(request).get_single(body.model, action_of(body.query)))


@routes.blocking("POST", f"{PREFIX}/get-random", ModelGetRandomRequest)
@sql_limits
def model_get_random(request: Request, body: ModelGetRandomRequest) -> Response:
    answer = _service(request).get_random(body.model, action_of(body.query), body.count)
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/update", ModelUpdateRequest)
@sql_limits
def model_update(request: Request, body: ModelUpdateRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    return json_response(_service(request).update(body.model, values, action_of(body.query)))


@routes.blocking("POST", f"{PREFIX}/update-fields", ModelUpdateFieldsRequest)
@sql_limits
def model_update_fields(request: Request, body: ModelUpdateFieldsRequest) -> Response:
    answer = _service(request).update_fields(
        body.model, updates_of(body.updates), action_of(body.query)
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/delete", ModelDeleteRequest)
@sql_limits
def model_delete(request: Request, body: ModelDeleteRequest) -> Response:
    return json_response(_service(request).delete(body.model, action_of(body.query)))


@routes.blocking("POST", f"{PREFIX}/search-text", ModelSearchTextRequest)
@sql_limits
def model_search_text(request: Request, body: ModelSearchTextRequest) -> Response:
    answer = _service(request).search_text(
        body.model, body.text, action_of(body.query), body.return_count_info
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/fuzzy-search", ModelSearchFuzzyRequest)
@sql_limits
def model_search_fuzzy(request: Request, body: ModelSearchFuzzyRequest) -> Response:
    answer = _service(request).search_fuzzy(
        body.model, body.field_name, body.text, action_of(body.query)
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/object/get", ObjectGetRequest)
@sql_limits
def object_get(request: Request, body: ObjectGetRequest) -> Response:
    lookups = lookups_of(body.lookups, "lookups")
    return json_response(_service(request).object_get(body.model, body.id, lookups))


@routes.blocking("POST", f"{PREFIX}/object/create", ObjectCreateRequest)
@sql_limits
def object_create(request: Request, body: ObjectCreateRequest) -> Response:
    return json_response(_service(request).create(body.model, values_of(body.values), None))


@routes.blocking("POST", f"{PREFIX}/object/set", ObjectSetRequest)
@sql_limits
def object_set(request: Request, body: ObjectSetRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = _service(request).set(
        body.model, values, body.parent_id, _return_top(body.options), None
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/object/append", ObjectAppendRequest)
@sql_limits
def object_append(request: Request, body: ObjectAppendRequest) -> Response:
    answer = _service(request).append(
        body.model, values_of(body.values), body.parent_id, _return_top(body.options), None
    )
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/object/delete", ObjectDeleteRequest)
@sql_limits
def object_delete(request: Request, body: ObjectDeleteRequest) -> Response:
    answer = _service(request).object_delete(body.model, body.id, _return_top(body.options))
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/object/update", ObjectUpdateRequest)
@sql_limits
def object_update(request: Request, body: ObjectUpdateRequest) -> Response:
    values = values_of(body.values)
    assert isinstance(values, dict)
    answer = _service(request).object_update(body.model, body.id, values, _return_top(body.options))
    return json_response(answer)


@routes.blocking("POST", f"{PREFIX}/object/update-fields", ObjectUpdateFieldsRequest)
@sql_limits
def object_update_fields(request: Request, body: ObjectUpdateFieldsRequest) -> Response:
    answer = _service(request).object_update_fields(
        body.model, body.id, updates_of(body.updates), _return_top(body.options)
    )
    return json_response(answer)
