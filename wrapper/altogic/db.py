"""The database manager: models, query builders and objects, with the JavaScript client's
semantics.

    users = client.db.model("users")
    data, errors = users.filter("age >= 18").sort("name").limit(20).get()
    for user in users.filter("isActive").iter(page_size=500):
        ...

`client.db` (sync) and `async_client.db` (async) have the same methods. A query builder is
mutable and accumulates its modifiers (`filter`, `lookup`, `sort`, `page`, `limit`, `omit`,
`group`); every terminal call (`get`, `create`, `update`, ...) sends all of them, as the
JavaScript client does, and does not reset them. The `plan_*` functions build each request; the
sync and async classes only send what they plan.
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from altogic_api.api.database import (
    db_get_stats,
    model_append,
    model_compute,
    model_create,
    model_delete,
    model_get,
    model_get_random,
    model_get_single,
    model_search_fuzzy,
    model_search_text,
    model_set,
    model_update,
    model_update_fields,
    object_append,
    object_create,
    object_delete,
    object_get,
    object_set,
    object_update,
    object_update_fields,
)
from altogic_api.models import (
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

from ._call import Call, call
from .result import APIError, Result
from .types import (
    CacheDuration,
    DBStats,
    DeleteInfo,
    FieldUpdate,
    GroupComputation,
    JSONObject,
    Lookup,
    ObjectPage,
    SortDirection,
    SortEntry,
    UpdateInfo,
)

if TYPE_CHECKING:
    from .client import AltogicClient, AsyncAltogicClient

Values = Mapping[str, Any]
ComputeResult = dict[str, Any]
"""One group of `compute`: `{"groupby": {...}, "<computation name>": value, ...}`."""
DEFAULT_PAGE_SIZE = 100


# ---------------------------------------------------------------- the query (DBAction)
@dataclass
class Query:
    """The modifiers a query builder accumulates; sent as `query` with all seven keys."""

    expression: str | None = None
    lookups: list[Lookup] | None = None
    page: int | None = None
    limit: int | None = None
    sort: list[SortEntry] | None = None
    omit: list[str] | None = None
    group: list[str] | str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "expression": self.expression,
            "lookups": copy.deepcopy(self.lookups),
            "page": self.page,
            "limit": self.limit,
            "sort": copy.deepcopy(self.sort),
            "omit": list(self.omit) if self.omit is not None else None,
            "group": list(self.group) if isinstance(self.group, list) else self.group,
        }


class _Body:
    """A request body the generated model cannot read (the caller passed values of unexpected
    types): sent as given, so that the server reports what is wrong."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body

    def to_dict(self) -> dict[str, Any]:
        return self.body


def _request(operation: Any, request_type: Any, body: dict[str, Any]) -> dict[str, Any]:
    try:
        model = request_type.from_dict(body)
    except (TypeError, ValueError, KeyError, AttributeError):
        model = _Body(body)
    kwargs: dict[str, Any] = operation._get_kwargs(body=model)
    return kwargs


def _plain(value: Any) -> Any:
    """An object as a dict and a sequence of objects as a list of dicts; anything else as
    given (the server reports what does not fit)."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, list | tuple):
        return [dict(item) if isinstance(item, Mapping) else item for item in value]
    return value


def _values(values: Values | Sequence[Values]) -> Any:
    return _plain(values)


# ---------------------------------------------------------------- plans: query builder
def plan_create(model: str, values: Values | Sequence[Values], query: Query) -> Call[Result[Any]]:
    body = {"values": _values(values), "query": query.to_json(), "model": model}
    return call(_request(model_create, ModelCreateRequest, body), Result[Any], idempotent=False)


def plan_set(
    model: str, values: Values, parent_id: str, return_top: bool, query: Query
) -> Call[Result[JSONObject]]:
    body = {
        "values": _plain(values),
        "parentId": parent_id,
        "returnTop": return_top,
        "query": query.to_json(),
        "model": model,
    }
    request = _request(model_set, ModelSetRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


def plan_append(
    model: str, values: Values | Sequence[Values], parent_id: str, return_top: bool, query: Query
) -> Call[Result[Any]]:
    body = {
        "values": _values(values),
        "parentId": parent_id,
        "returnTop": return_top,
        "query": query.to_json(),
        "model": model,
    }
    return call(_request(model_append, ModelAppendRequest, body), Result[Any], idempotent=False)


def plan_get(model: str, return_count_info: bool, query: Query) -> Call[Result[Any]]:
    body = {"query": query.to_json(), "returnCountInfo": return_count_info, "model": model}
    return call(_request(model_get, ModelGetRequest, body), Result[Any], idempotent=True)


def plan_compute(
    model: str, computations: GroupComputation | Sequence[GroupComputation], query: Query
) -> Call[Result[list[ComputeResult]]]:
    items = [computations] if isinstance(computations, Mapping) else computations
    body = {"query": query.to_json(), "computations": _plain(items), "model": model}
    request = _request(model_compute, ModelComputeRequest, body)
    return call(request, Result[list[ComputeResult]], idempotent=True)


def plan_get_single(model: str, query: Query) -> Call[Result[JSONObject]]:
    body = {"query": query.to_json(), "model": model}
    request = _request(model_get_single, ModelGetSingleRequest, body)
    return call(request, Result[JSONObject], idempotent=True)


def plan_get_random(model: str, count: int, query: Query) -> Call[Result[list[JSONObject]]]:
    body = {"query": query.to_json(), "count": count, "model": model}
    request = _request(model_get_random, ModelGetRandomRequest, body)
    return call(request, Result[list[JSONObject]], idempotent=True)


def plan_update(model: str, values: Values, query: Query) -> Call[Result[UpdateInfo]]:
    body = {"values": _plain(values), "query": query.to_json(), "model": model}
    request = _request(model_update, ModelUpdateRequest, body)
    return call(request, Result[UpdateInfo], idempotent=True)


def _updates(updates: FieldUpdate | Sequence[FieldUpdate]) -> Any:
    return _plain([updates] if isinstance(updates, Mapping) else updates)


def plan_update_fields(
    model: str, updates: FieldUpdate | Sequence[FieldUpdate], query: Query
) -> Call[Result[UpdateInfo]]:
    body = {"updates": _updates(updates), "query": query.to_json(), "model": model}
    request = _request(model_update_fields, ModelUpdateFieldsRequest, body)
    return call(request, Result[UpdateInfo], idempotent=False)


def plan_delete(model: str, query: Query) -> Call[Result[DeleteInfo]]:
    body = {"query": query.to_json(), "model": model}
    request = _request(model_delete, ModelDeleteRequest, body)
    return call(request, Result[DeleteInfo], idempotent=True)


def plan_search_text(
    model: str, text: str, return_count_info: bool, query: Query
) -> Call[Result[Any]]:
    body = {
        "query": query.to_json(),
        "returnCountInfo": return_count_info,
        "text": text,
        "model": model,
    }
    request = _request(model_search_text, ModelSearchTextRequest, body)
    return call(request, Result[Any], idempotent=True)


def plan_search_fuzzy(
    model: str, field_name: str, text: str, query: Query
) -> Call[Result[list[JSONObject]]]:
    body = {"query": query.to_json(), "text": text, "fieldName": field_name, "model": model}
    request = _request(model_search_fuzzy, ModelSearchFuzzyRequest, body)
    return call(request, Result[list[JSONObject]], idempotent=True)


def plan_get_stats() -> Call[Result[DBStats]]:
    return call(db_get_stats._get_kwargs(), Result[DBStats], idempotent=True)


# ---------------------------------------------------------------- plans: objects by id
def _with_id(body: dict[str, Any], object_id: str | None) -> dict[str, Any]:
    # As in the JavaScript client, `id` is left out when the object was made without one.
    return body if object_id is None else {**body, "id": object_id}


def plan_object_get(
    model: str, object_id: str | None, lookups: Sequence[Lookup] | None, cache: CacheDuration
) -> Call[Result[JSONObject]]:
    body = _with_id({"options": {"cache": cache}, "model": model}, object_id)
    if lookups is not None:
        body["lookups"] = _plain(lookups)
    request = _request(object_get, ObjectGetRequest, body)
    return call(request, Result[JSONObject], idempotent=True)


def plan_object_create(
    model: str, values: Values, cache: CacheDuration, return_top: bool
) -> Call[Result[JSONObject]]:
    body = {
        "values": _plain(values),
        "options": {"cache": cache, "returnTop": return_top},
        "model": model,
    }
    request = _request(object_create, ObjectCreateRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


def plan_object_set(
    model: str,
    object_id: str | None,
    values: Values,
    parent_id: str,
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    options = {"cache": cache, "returnTop": return_top}
    body = _with_id({"values": _plain(values), "options": options, "model": model}, object_id)
    body["parentId"] = parent_id
    request = _request(object_set, ObjectSetRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


def plan_object_append(
    model: str,
    object_id: str | None,
    values: Values,
    parent_id: str,
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    options = {"cache": cache, "returnTop": return_top}
    body = _with_id({"values": _plain(values), "options": options, "model": model}, object_id)
    body["parentId"] = parent_id
    request = _request(object_append, ObjectAppendRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


def plan_object_delete(
    model: str, object_id: str | None, remove_from_cache: bool, return_top: bool
) -> Call[Result[JSONObject]]:
    options = {"removeFromCache": remove_from_cache, "returnTop": return_top}
    body = _with_id({"options": options, "model": model}, object_id)
    request = _request(object_delete, ObjectDeleteRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


def plan_object_update(
    model: str, object_id: str | None, values: Values, cache: CacheDuration, return_top: bool
) -> Call[Result[JSONObject]]:
    options = {"cache": cache, "returnTop": return_top}
    body = _with_id({"values": _plain(values), "options": options, "model": model}, object_id)
    request = _request(object_update, ObjectUpdateRequest, body)
    return call(request, Result[JSONObject], idempotent=True)


def plan_object_update_fields(
    model: str,
    object_id: str | None,
    updates: FieldUpdate | Sequence[FieldUpdate],
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    options = {"cache": cache, "returnTop": return_top}
    body = _with_id({"updates": _updates(updates), "options": options, "model": model}, object_id)
    request = _request(object_update_fields, ObjectUpdateFieldsRequest, body)
    return call(request, Result[JSONObject], idempotent=False)


# ---------------------------------------------------------------- walking every page
@dataclass
class _Pager:
    """The state of a walk over all pages of a query (shared by both iterators)."""

    model: str
    query: Query
    page_size: int
    page: int = 1
    used_size: int | None = None
    """The page size the server used (it may cap the one asked for)."""
    done: bool = False
    buffer: deque[JSONObject] = field(default_factory=deque)
    errors: APIError | None = None

    def next_call(self) -> Call[Result[Any]]:
        query = copy.deepcopy(self.query)
        query.page, query.limit = self.page, self.page_size
        # The first page brings the count information, which tells the page size in force.
        return plan_get(self.model, self.used_size is None, query)

    def take(self, result: Result[Any]) -> None:
        if result.errors is not None:
            self.errors, self.done = result.errors, True
            return
        items: list[JSONObject]
        if self.used_size is None:
            page = cast(ObjectPage, result.data)
            self.used_size = page["info"]["pageSize"]
            items = page["data"]
        else:
            items = cast(list[JSONObject], result.data)
        self.buffer.extend(items)
        self.page += 1
        if len(items) < self.used_size:
            self.done = True


class ObjectIterator:
    """Iterates over every object a query matches, one page at a time (`QueryBuilder.iter`).

    Iteration cannot return a `Result`, so an error ends it quietly; `errors` then holds it
    (None when every page was read). Pages are read by number, so objects created or deleted
    during the walk may be seen twice or missed.
    """

    def __init__(self, client: AltogicClient, pager: _Pager) -> None:
        self._client = client
        self._pager = pager

    @property
    def errors(self) -> APIError | None:
        return self._pager.errors

    def __iter__(self) -> ObjectIterator:
        return self

    def __next__(self) -> JSONObject:
        pager = self._pager
        while not pager.buffer:
            if pager.done:
                raise StopIteration
            pager.take(self._client._send(pager.next_call()))
        return pager.buffer.popleft()


class AsyncObjectIterator:
    """The async twin of `ObjectIterator` (`async for obj in builder.iter(...)`)."""

    def __init__(self, client: AsyncAltogicClient, pager: _Pager) -> None:
        self._client = client
        self._pager = pager

    @property
    def errors(self) -> APIError | None:
        return self._pager.errors

    def __aiter__(self) -> AsyncObjectIterator:
        return self

    async def __anext__(self) -> JSONObject:
        pager = self._pager
        while not pager.buffer:
            if pager.done:
                raise StopAsyncIteration
            pager.take(await self._client._send(pager.next_call()))
        return pager.buffer.popleft()


# ---------------------------------------------------------------- query builders
class _Modifiers:
    """The modifiers shared by the sync and async query builders; each returns the builder."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.query = Query()

    def filter(self, expression: str) -> Any:
        """Keep the objects for which `expression` is true (the last call wins)."""
        self.query.expression = expression
        return self

    def lookup(self, lookup: Lookup) -> Any:
        """Attach referenced or matching objects (calls accumulate, in order)."""
        self.query.lookups = [*(self.query.lookups or []), lookup]
        return self

    def page(self, number: int) -> Any:
        """Answer the page `number` (1-based) of `limit` objects."""
        self.query.page = number
        return self

    def limit(self, count: int) -> Any:
        """The page size (the server applies its default and maximum when unset)."""
        self.query.limit = count
        return self

    def sort(self, field_name: str, direction: SortDirection = "asc") -> Any:
        """Sort by `field_name`; the first call is the primary key."""
        self.query.sort = [*(self.query.sort or []), {"field": field_name, "direction": direction}]
        return self

    def omit(self, *fields: str) -> Any:
        """Leave these fields (dot paths allowed) out of the returned objects."""
        self.query.omit = [*(self.query.omit or []), *fields]
        return self

    def group(self, fields_or_expression: Sequence[str] | str) -> Any:
        """Group `compute` by field paths or by an expression (the last call wins)."""
        value = fields_or_expression
        self.query.group = value if isinstance(value, str) else list(value)
        return self

    def _pager(self, page_size: int) -> _Pager:
        return _Pager(self.model, copy.deepcopy(self.query), page_size)


class QueryBuilder(_Modifiers):
    """`client.db.model(name)`: builds and runs queries on one model."""

    def __init__(self, client: AltogicClient, model: str) -> None:
        super().__init__(model)
        self._client = client

    def filter(self, expression: str) -> QueryBuilder:
        return cast(QueryBuilder, super().filter(expression))

    def lookup(self, lookup: Lookup) -> QueryBuilder:
        return cast(QueryBuilder, super().lookup(lookup))

    def page(self, number: int) -> QueryBuilder:
        return cast(QueryBuilder, super().page(number))

    def limit(self, count: int) -> QueryBuilder:
        return cast(QueryBuilder, super().limit(count))

    def sort(self, field_name: str, direction: SortDirection = "asc") -> QueryBuilder:
        return cast(QueryBuilder, super().sort(field_name, direction))

    def omit(self, *fields: str) -> QueryBuilder:
        return cast(QueryBuilder, super().omit(*fields))

    def group(self, fields_or_expression: Sequence[str] | str) -> QueryBuilder:
        return cast(QueryBuilder, super().group(fields_or_expression))

    @overload
    def create(self, values: Values) -> Result[JSONObject]: ...
    @overload
    def create(self, values: Sequence[Values]) -> Result[list[JSONObject]]: ...
    def create(self, values: Values | Sequence[Values]) -> Result[Any]:
        """Create an object, or a list of objects all-or-nothing, in this top-level model."""
        return self._client._send(plan_create(self.model, values, self.query))

    def set(self, values: Values, parent_id: str, return_top: bool = False) -> Result[JSONObject]:
        """Set this object sub-model of the parent `parent_id`."""
        return self._client._send(plan_set(self.model, values, parent_id, return_top, self.query))

    @overload
    def append(
        self, values: Values, parent_id: str, return_top: bool = False
    ) -> Result[JSONObject]: ...
    @overload
    def append(
        self, values: Sequence[Values], parent_id: str, return_top: bool = False
    ) -> Result[Any]: ...
    def append(
        self, values: Values | Sequence[Values], parent_id: str, return_top: bool = False
    ) -> Result[Any]:
        """Append items to this object-list sub-model of the parent `parent_id`."""
        plan = plan_append(self.model, values, parent_id, return_top, self.query)
        return self._client._send(plan)

    @overload
    def get(self, return_count_info: Literal[False] = False) -> Result[list[JSONObject]]: ...
    @overload
    def get(self, return_count_info: Literal[True]) -> Result[ObjectPage]: ...
    def get(self, return_count_info: bool = False) -> Result[Any]:
        """The matching objects of the page; with `return_count_info`, `{info, data}`."""
        return self._client._send(plan_get(self.model, return_count_info, self.query))

    def iter(self, page_size: int = DEFAULT_PAGE_SIZE) -> ObjectIterator:
        """Every matching object, fetching `page_size` objects per request as iteration goes."""
        return ObjectIterator(self._client, self._pager(page_size))

    def compute(
        self, computations: GroupComputation | Sequence[GroupComputation]
    ) -> Result[list[ComputeResult]]:
        """Group the matching objects (`group`) and compute values per group."""
        return self._client._send(plan_compute(self.model, computations, self.query))

    def get_single(self) -> Result[JSONObject]:
        """The first matching object, or None."""
        return self._client._send(plan_get_single(self.model, self.query))

    def get_random(self, count: int) -> Result[list[JSONObject]]:
        """Up to `count` matching objects picked at random."""
        return self._client._send(plan_get_random(self.model, count, self.query))

    def update(self, values: Values) -> Result[UpdateInfo]:
        """Set `values` on every matching object."""
        return self._client._send(plan_update(self.model, values, self.query))

    def update_fields(self, updates: FieldUpdate | Sequence[FieldUpdate]) -> Result[UpdateInfo]:
        """Apply field update instructions to every matching object."""
        return self._client._send(plan_update_fields(self.model, updates, self.query))

    def delete(self) -> Result[DeleteInfo]:
        """Delete every matching object."""
        return self._client._send(plan_delete(self.model, self.query))

    @overload
    def search_text(
        self, text: str, return_count_info: Literal[False] = False
    ) -> Result[list[JSONObject]]: ...
    @overload
    def search_text(self, text: str, return_count_info: Literal[True]) -> Result[ObjectPage]: ...
    def search_text(self, text: str, return_count_info: bool = False) -> Result[Any]:
        """Full-text search of the searchable text fields, best match first."""
        plan = plan_search_text(self.model, text, return_count_info, self.query)
        return self._client._send(plan)

    def search_fuzzy(self, field_name: str, text: str) -> Result[list[JSONObject]]:
        """Typo-tolerant search in one text field, best match first."""
        return self._client._send(plan_search_fuzzy(self.model, field_name, text, self.query))

    def object(self, object_id: str | None = None) -> DBObject:
        """The object `object_id` of this model (no request is made)."""
        return DBObject(self._client, self.model, object_id)


class AsyncQueryBuilder(_Modifiers):
    """`async_client.db.model(name)`: the async twin of `QueryBuilder`."""

    def __init__(self, client: AsyncAltogicClient, model: str) -> None:
        super().__init__(model)
        self._client = client

    def filter(self, expression: str) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().filter(expression))

    def lookup(self, lookup: Lookup) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().lookup(lookup))

    def page(self, number: int) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().page(number))

    def limit(self, count: int) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().limit(count))

    def sort(self, field_name: str, direction: SortDirection = "asc") -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().sort(field_name, direction))

    def omit(self, *fields: str) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().omit(*fields))

    def group(self, fields_or_expression: Sequence[str] | str) -> AsyncQueryBuilder:
        return cast(AsyncQueryBuilder, super().group(fields_or_expression))

    @overload
    async def create(self, values: Values) -> Result[JSONObject]: ...
    @overload
    async def create(self, values: Sequence[Values]) -> Result[list[JSONObject]]: ...
    async def create(self, values: Values | Sequence[Values]) -> Result[Any]:
        """See `QueryBuilder.create`."""
        return await self._client._send(plan_create(self.model, values, self.query))

    async def set(
        self, values: Values, parent_id: str, return_top: bool = False
    ) -> Result[JSONObject]:
        """See `QueryBuilder.set`."""
        plan = plan_set(self.model, values, parent_id, return_top, self.query)
        return await self._client._send(plan)

    @overload
    async def append(
        self, values: Values, parent_id: str, return_top: bool = False
    ) -> Result[JSONObject]: ...
    @overload
    async def append(
        self, values: Sequence[Values], parent_id: str, return_top: bool = False
    ) -> Result[Any]: ...
    async def append(
        self, values: Values | Sequence[Values], parent_id: str, return_top: bool = False
    ) -> Result[Any]:
        """See `QueryBuilder.append`."""
        plan = plan_append(self.model, values, parent_id, return_top, self.query)
        return await self._client._send(plan)

    @overload
    async def get(self, return_count_info: Literal[False] = False) -> Result[list[JSONObject]]: ...
    @overload
    async def get(self, return_count_info: Literal[True]) -> Result[ObjectPage]: ...
    async def get(self, return_count_info: bool = False) -> Result[Any]:
        """See `QueryBuilder.get`."""
        return await self._client._send(plan_get(self.model, return_count_info, self.query))

    def iter(self, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncObjectIterator:
        """See `QueryBuilder.iter` (use `async for`)."""
        return AsyncObjectIterator(self._client, self._pager(page_size))

    async def compute(
        self, computations: GroupComputation | Sequence[GroupComputation]
    ) -> Result[list[ComputeResult]]:
        """See `QueryBuilder.compute`."""
        return await self._client._send(plan_compute(self.model, computations, self.query))

    async def get_single(self) -> Result[JSONObject]:
        """See `QueryBuilder.get_single`."""
        return await self._client._send(plan_get_single(self.model, self.query))

    async def get_random(self, count: int) -> Result[list[JSONObject]]:
        """See `QueryBuilder.get_random`."""
        return await self._client._send(plan_get_random(self.model, count, self.query))

    async def update(self, values: Values) -> Result[UpdateInfo]:
        """See `QueryBuilder.update`."""
        return await self._client._send(plan_update(self.model, values, self.query))

    async def update_fields(
        self, updates: FieldUpdate | Sequence[FieldUpdate]
    ) -> Result[UpdateInfo]:
        """See `QueryBuilder.update_fields`."""
        return await self._client._send(plan_update_fields(self.model, updates, self.query))

    async def delete(self) -> Result[DeleteInfo]:
        """See `QueryBuilder.delete`."""
        return await self._client._send(plan_delete(self.model, self.query))

    @overload
    async def search_text(
        self, text: str, return_count_info: Literal[False] = False
    ) -> Result[list[JSONObject]]: ...
    @overload
    async def search_text(
        self, text: str, return_count_info: Literal[True]
    ) -> Result[ObjectPage]: ...
    async def search_text(self, text: str, return_count_info: bool = False) -> Result[Any]:
        """See `QueryBuilder.search_text`."""
        plan = plan_search_text(self.model, text, return_count_info, self.query)
        return await self._client._send(plan)

    async def search_fuzzy(self, field_name: str, text: str) -> Result[list[JSONObject]]:
        """See `QueryBuilder.search_fuzzy`."""
        plan = plan_search_fuzzy(self.model, field_name, text, self.query)
        return await self._client._send(plan)

    def object(self, object_id: str | None = None) -> AsyncDBObject:
        """See `QueryBuilder.object`."""
        return AsyncDBObject(self._client, self.model, object_id)


# ---------------------------------------------------------------- objects by id
class DBObject:
    """`client.db.model(name).object(id)`: one object (or sub-object) by id."""

    def __init__(self, client: AltogicClient, model: str, object_id: str | None) -> None:
        self._client = client
        self.model = model
        self.id = object_id

    def get(
        self, lookups: Sequence[Lookup] | None = None, cache: CacheDuration = "nocache"
    ) -> Result[JSONObject]:
        """The object (None when there is none), with `lookups` attached."""
        return self._client._send(plan_object_get(self.model, self.id, lookups, cache))

    def create(
        self, values: Values, cache: CacheDuration = "nocache", return_top: bool = False
    ) -> Result[JSONObject]:
        """Create an object in this top-level model (a new id is assigned)."""
        return self._client._send(plan_object_create(self.model, values, cache, return_top))

    def set(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Set this object sub-model of the parent `parent_id`."""
        plan = plan_object_set(self.model, self.id, values, parent_id, cache, return_top)
        return self._client._send(plan)

    def append(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Append an item to this object-list sub-model of the parent `parent_id`."""
        plan = plan_object_append(self.model, self.id, values, parent_id, cache, return_top)
        return self._client._send(plan)

    def delete(
        self, return_top: bool = False, remove_from_cache: bool = True
    ) -> Result[JSONObject]:
        """Delete the object (data None), or, for a sub-object with `return_top`, answer the
        updated top-level object."""
        plan = plan_object_delete(self.model, self.id, remove_from_cache, return_top)
        return self._client._send(plan)

    def update(
        self, values: Values, return_top: bool = False, cache: CacheDuration = "nocache"
    ) -> Result[JSONObject]:
        """Set `values` on the object; answers the updated object (or the top-level one)."""
        plan = plan_object_update(self.model, self.id, values, cache, return_top)
        return self._client._send(plan)

    def update_fields(
        self,
        updates: FieldUpdate | Sequence[FieldUpdate],
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Apply field update instructions to the object."""
        plan = plan_object_update_fields(self.model, self.id, updates, cache, return_top)
        return self._client._send(plan)


class AsyncDBObject:
    """The async twin of `DBObject`."""

    def __init__(self, client: AsyncAltogicClient, model: str, object_id: str | None) -> None:
        self._client = client
        self.model = model
        self.id = object_id

    async def get(
        self, lookups: Sequence[Lookup] | None = None, cache: CacheDuration = "nocache"
    ) -> Result[JSONObject]:
        """See `DBObject.get`."""
        return await self._client._send(plan_object_get(self.model, self.id, lookups, cache))

    async def create(
        self, values: Values, cache: CacheDuration = "nocache", return_top: bool = False
    ) -> Result[JSONObject]:
        """See `DBObject.create`."""
        plan = plan_object_create(self.model, values, cache, return_top)
        return await self._client._send(plan)

    async def set(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """See `DBObject.set`."""
        plan = plan_object_set(self.model, self.id, values, parent_id, cache, return_top)
        return await self._client._send(plan)

    async def append(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """See `DBObject.append`."""
        plan = plan_object_append(self.model, self.id, values, parent_id, cache, return_top)
        return await self._client._send(plan)

    async def delete(
        self, return_top: bool = False, remove_from_cache: bool = True
    ) -> Result[JSONObject]:
        """See `DBObject.delete`."""
        plan = plan_object_delete(self.model, self.id, remove_from_cache, return_top)
        return await self._client._send(plan)

    async def update(
        self, values: Values, return_top: bool = False, cache: CacheDuration = "nocache"
    ) -> Result[JSONObject]:
        """See `DBObject.update`."""
        plan = plan_object_update(self.model, self.id, values, cache, return_top)
        return await self._client._send(plan)

    async def update_fields(
        self,
        updates: FieldUpdate | Sequence[FieldUpdate],
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """See `DBObject.update_fields`."""
        plan = plan_object_update_fields(self.model, self.id, updates, cache, return_top)
        return await self._client._send(plan)


# ---------------------------------------------------------------- the manager
class DatabaseManager:
    """`client.db`: models and database statistics."""

    def __init__(self, client: AltogicClient) -> None:
        self._client = client

    def model(self, name: str) -> QueryBuilder:
        """A query builder for the model `name` (dot paths reach sub-models: `users.addresses`)."""
        return QueryBuilder(self._client, name)

    def get_stats(self) -> Result[DBStats]:
        """Object counts and sizes, overall and per top-level model."""
        return self._client._send(plan_get_stats())


class AsyncDatabaseManager:
    """`async_client.db`: the async twin of `DatabaseManager`."""

    def __init__(self, client: AsyncAltogicClient) -> None:
        self._client = client

    def model(self, name: str) -> AsyncQueryBuilder:
        """See `DatabaseManager.model`."""
        return AsyncQueryBuilder(self._client, name)

    async def get_stats(self) -> Result[DBStats]:
        """See `DatabaseManager.get_stats`."""
        return await self._client._send(plan_get_stats())


__all__ = [
    "AsyncDBObject",
    "AsyncDatabaseManager",
    "AsyncObjectIterator",
    "AsyncQueryBuilder",
    "ComputeResult",
    "DBObject",
    "DatabaseManager",
    "ObjectIterator",
    "Query",
    "QueryBuilder",
]
