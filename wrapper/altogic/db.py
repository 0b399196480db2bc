"""The database manager: models, query builders and objects, with the JavaScript client's
semantics.

    users = client.db.model("users")
    data, errors = users.filter("age >= 18").sort("name").limit(20).get()
    for user in users.filter("isActive").iter(page_size=500):
        ...

`client.db` (sync) and `async_client.db` (async) have the same methods. A query builder is
mutable and accumulates its modifiers (`filter`, `lookup`, `sort`, `page`, `limit`, `omit`,
`group`); every terminal call (`get`, `create`, `update`, ...) sends all of them, as the
JavaScript client does, and does not reset them.

This module holds what the two clients share: the modifiers, the `plan_*` functions that build
each request from the generated client's typed models (`altogic_api.models`, imported as `wire`),
and the state of a walk over all pages. The async classes are `altogic._async.db`; the sync ones,
`altogic._sync.db`, are generated from them.
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from altogic_api import models as wire
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
from altogic_api.types import UNSET, Unset

from ._call import Call, R, call, refused
from ._lazy import lazy_attributes
from .expressions import ExpressionValue, bind, bind_many
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
    from ._async.db import (
        AsyncDatabaseManager,
        AsyncDBObject,
        AsyncObjectIterator,
        AsyncQueryBuilder,
    )
    from ._sync.db import DatabaseManager, DBObject, ObjectIterator, QueryBuilder
else:
    __getattr__ = lazy_attributes(
        __name__,
        **dict.fromkeys(
            ("AsyncDBObject", "AsyncDatabaseManager", "AsyncObjectIterator", "AsyncQueryBuilder"),
            "altogic._async.db",
        ),
        **dict.fromkeys(
            ("DBObject", "DatabaseManager", "ObjectIterator", "QueryBuilder"), "altogic._sync.db"
        ),
    )

Values = Mapping[str, Any]
ComputeResult = dict[str, Any]
"""One group of `compute`: `{"groupby": {...}, "<computation name>": value, ...}`."""
DEFAULT_PAGE_SIZE = 100

Typed = TypeVar("Typed")


# ---------------------------------------------------------------- typed request values
class Raw:
    """A value that no generated model reads (the caller passed something of an unexpected
    shape): it stands in for the model, or for a list of models, and is sent as given, so that
    the server reports what is wrong."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def to_dict(self) -> Any:
        return self.value

    def __iter__(self) -> Iterator[Any]:
        # Standing in for a list, it is iterated as an empty one; `_as_given` then sends it.
        return iter(())


def _read(parse: Callable[[Mapping[str, Any]], Typed], value: Any) -> Typed:
    """`value` as the generated model that `parse` builds, or a `Raw` standing in for it (the
    generated request models send both through `to_dict()`)."""
    try:
        return parse(dict(value) if isinstance(value, Mapping) else value)
    except (TypeError, ValueError, KeyError, AttributeError):
        return cast(Typed, Raw(value))


def _many(read: Callable[[Any], Typed], values: Any) -> list[Typed]:
    """Each of a list of values read by `read`; anything but a list is a `Raw`, which the plan
    sends as given (`_as_given`)."""
    if isinstance(values, list | tuple):
        return [read(value) for value in values]
    return cast(list[Typed], Raw(values))


def _one_or_many(values: Any) -> Any:
    """A list of values, or a list of the one value given."""
    return [values] if isinstance(values, Mapping) else values


def _as_given(request: dict[str, Any], **fields: object) -> dict[str, Any]:
    """`request`, with each body field that is a `Raw` sent as given."""
    for name, value in fields.items():
        if isinstance(value, Raw):
            request["json"][name] = value.value
    return request


def _lookup(value: Any) -> wire.SimpleLookup | wire.ComplexLookup:
    """A simple lookup if `value` reads as one, else a complex lookup."""
    simple = _read(wire.SimpleLookup.from_dict, value)
    if isinstance(simple, wire.SimpleLookup):
        return simple
    return _read(wire.ComplexLookup.from_dict, value)


def _sort_entry(value: Any) -> wire.SortEntry:
    return _read(wire.SortEntry.from_dict, value)


def _computation(value: Any) -> wire.GroupComputation:
    return _read(wire.GroupComputation.from_dict, value)


def _field_update(value: Any) -> wire.FieldUpdate:
    return _read(wire.FieldUpdate.from_dict, value)


class RawValues(wire.DBValues):
    """Field values that are no object (the caller passed something else), sent as given."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value

    def to_dict(self) -> Any:
        return self.value


def _values(values: Any) -> wire.DBValues:
    """The field values of one object."""
    if isinstance(values, Mapping):
        return wire.DBValues.from_dict(values)
    return RawValues(values)


def _objects(values: Values | Sequence[Values]) -> wire.DBValues | list[wire.DBValues]:
    """The field values of one object, or of each of a list of objects."""
    if isinstance(values, list | tuple):
        return [_values(item) for item in values]
    return _values(values)


def _bound_expressions(
    items: Any, key: str, params: Mapping[str, ExpressionValue] | None, where: str
) -> tuple[Any, str | None]:
    """`items` (dicts such as lookups or computations) with the expression text under `key`
    bound to `params` (`altogic.expressions`), and the reason it cannot be, if any. Items of
    unexpected types are left as given (the generated models send them as they are)."""
    given = items
    if not isinstance(items, list | tuple):
        items = []
    places = [
        index
        for index, item in enumerate(items)
        if isinstance(item, Mapping) and isinstance(item.get(key), str)
    ]
    try:
        texts = bind_many([items[index][key] for index in places], params or {}, where=where)
    except (TypeError, ValueError) as error:
        return given, str(error)
    if not places:
        return given, None
    bound = list(items)
    for index, text in zip(places, texts, strict=True):
        bound[index] = {**bound[index], key: text}
    return bound, None


Action = wire.DBAction
"""The query modifiers as sent (`query` in the request bodies)."""


# ---------------------------------------------------------------- the query (DBAction)
@dataclass
class Query:
    """The modifiers a query builder accumulates, as given; sent as `query` with all seven keys,
    as the JavaScript client sends its `DBAction`. `problems` are the modifiers that cannot be
    sent as asked: a call with any is answered `invalid_request` without being sent."""

    expression: str | None = None
    lookups: list[Lookup] | None = None
    page: int | None = None
    limit: int | None = None
    sort: list[SortEntry] | None = None
    omit: list[str] | None = None
    group: list[str] | str | None = None
    problems: list[str] = field(default_factory=list)

    def action(self) -> Action:
        """The modifiers as sent; values of unexpected types are sent as given (the generated
        `DBAction` sends a lookup or sort list that is no list as it is)."""
        lookups, sort = self.lookups, self.sort
        return Action(
            expression=self.expression,
            lookups=[_lookup(item) for item in lookups] if isinstance(lookups, list) else lookups,
            page=self.page,
            limit=self.limit,
            sort=[_sort_entry(item) for item in sort] if isinstance(sort, list) else sort,
            omit=list(self.omit) if isinstance(self.omit, list) else self.omit,
            group=list(self.group) if isinstance(self.group, list) else self.group,
        )

    def to_json(self) -> dict[str, Any]:
        return self.action().to_dict()


# ---------------------------------------------------------------- plans: query builder
def _checked(query: Query, planned: Call[R]) -> Call[R]:
    """`planned`, refused with the query's first problem if it has any."""
    return refused(planned, query.problems[0]) if query.problems else planned


# The answers whose type depends on the request (the spec's `anyOf`s), as checked.
_OBJECT: type[Result[Any]] = Result[JSONObject]
_OBJECTS: type[Result[Any]] = Result[list[JSONObject]]
_PAGE: type[Result[Any]] = Result[ObjectPage]


def plan_create(model: str, values: Values | Sequence[Values], query: Query) -> Call[Result[Any]]:
    objects = _objects(values)
    body = wire.ModelCreateRequest(model=model, values=objects, query=query.action())
    # An object for an object, a list for a list.
    answer = _OBJECTS if isinstance(objects, list) else _OBJECT
    return _checked(query, call(model_create._get_kwargs(body=body), answer, idempotent=False))


def plan_set(
    model: str, values: Values, parent_id: str, return_top: bool, query: Query
) -> Call[Result[JSONObject]]:
    body = wire.ModelSetRequest(
        model=model,
        values=_values(values),
        parent_id=parent_id,
        return_top=return_top,
        query=query.action(),
    )
    return _checked(
        query, call(model_set._get_kwargs(body=body), Result[JSONObject], idempotent=False)
    )


def plan_append(
    model: str, values: Values | Sequence[Values], parent_id: str, return_top: bool, query: Query
) -> Call[Result[Any]]:
    objects = _objects(values)
    body = wire.ModelAppendRequest(
        model=model,
        values=objects,
        parent_id=parent_id,
        return_top=return_top,
        query=query.action(),
    )
    # The item for an item, the items for a list, and the top-level object with `return_top`.
    answer = _OBJECTS if isinstance(objects, list) and not return_top else _OBJECT
    return _checked(query, call(model_append._get_kwargs(body=body), answer, idempotent=False))


def plan_get(model: str, return_count_info: bool, query: Query) -> Call[Result[Any]]:
    body = wire.ModelGetRequest(
        model=model, query=query.action(), return_count_info=return_count_info
    )
    answer = _PAGE if return_count_info else _OBJECTS
    return _checked(query, call(model_get._get_kwargs(body=body), answer, idempotent=True))


def plan_compute(
    model: str,
    computations: GroupComputation | Sequence[GroupComputation],
    query: Query,
    params: Mapping[str, ExpressionValue] | None = None,
) -> Call[Result[list[ComputeResult]]]:
    given, problem = _bound_expressions(
        _one_or_many(computations), "expression", params, "compute()"
    )
    items = _many(_computation, given)
    body = wire.ModelComputeRequest(model=model, computations=items, query=query.action())
    request = _as_given(model_compute._get_kwargs(body=body), computations=items)
    planned = _checked(query, call(request, Result[list[ComputeResult]], idempotent=True))
    return refused(planned, problem) if problem else planned


def plan_get_single(model: str, query: Query) -> Call[Result[JSONObject | None]]:
    body = wire.ModelGetSingleRequest(model=model, query=query.action())
    request = model_get_single._get_kwargs(body=body)
    return _checked(query, call(request, Result[JSONObject | None], idempotent=True))


def plan_get_random(model: str, count: int, query: Query) -> Call[Result[list[JSONObject]]]:
    body = wire.ModelGetRandomRequest(model=model, count=count, query=query.action())
    request = model_get_random._get_kwargs(body=body)
    return _checked(query, call(request, Result[list[JSONObject]], idempotent=True))


def plan_update(model: str, values: Values, query: Query) -> Call[Result[UpdateInfo]]:
    body = wire.ModelUpdateRequest(model=model, values=_values(values), query=query.action())
    return _checked(
        query, call(model_update._get_kwargs(body=body), Result[UpdateInfo], idempotent=True)
    )


def plan_update_fields(
    model: str, updates: FieldUpdate | Sequence[FieldUpdate], query: Query
) -> Call[Result[UpdateInfo]]:
    items = _many(_field_update, _one_or_many(updates))
    body = wire.ModelUpdateFieldsRequest(model=model, updates=items, query=query.action())
    request = _as_given(model_update_fields._get_kwargs(body=body), updates=items)
    return _checked(query, call(request, Result[UpdateInfo], idempotent=False))


def plan_delete(model: str, query: Query) -> Call[Result[DeleteInfo]]:
    body = wire.ModelDeleteRequest(model=model, query=query.action())
    return _checked(
        query, call(model_delete._get_kwargs(body=body), Result[DeleteInfo], idempotent=True)
    )


def plan_search_text(
    model: str, text: str, return_count_info: bool, query: Query
) -> Call[Result[Any]]:
    body = wire.ModelSearchTextRequest(
        model=model, text=text, query=query.action(), return_count_info=return_count_info
    )
    answer = _PAGE if return_count_info else _OBJECTS
    return _checked(query, call(model_search_text._get_kwargs(body=body), answer, idempotent=True))


def plan_search_fuzzy(
    model: str, field_name: str, text: str, query: Query
) -> Call[Result[list[JSONObject]]]:
    body = wire.ModelSearchFuzzyRequest(
        model=model, field_name=field_name, text=text, query=query.action()
    )
    request = model_search_fuzzy._get_kwargs(body=body)
    return _checked(query, call(request, Result[list[JSONObject]], idempotent=True))


def plan_get_stats() -> Call[Result[DBStats]]:
    return call(db_get_stats._get_kwargs(), Result[DBStats], idempotent=True)


# ---------------------------------------------------------------- plans: objects by id
def _id(object_id: str | None) -> str | Unset:
    # As in the JavaScript client, `id` is left out when the object was made without one.
    return UNSET if object_id is None else object_id


def _without_missing_id(request: dict[str, Any], object_id: str | None) -> dict[str, Any]:
    """The request of an operation whose model requires `id`, with `id` left out when the object
    was made without one (as the JavaScript client does; the server reports it missing)."""
    if object_id is None:
        del request["json"]["id"]
    return request


def plan_object_get(
    model: str,
    object_id: str | None,
    lookups: Sequence[Lookup] | None,
    cache: CacheDuration,
    params: Mapping[str, ExpressionValue] | None = None,
) -> Call[Result[JSONObject | None]]:
    given, problem = _bound_expressions(lookups, "query", params, "get()")
    items = UNSET if given is None else _many(_lookup, given)
    body = wire.ObjectGetRequest(
        model=model, id=object_id or "", lookups=items, options=wire.GetOptions(cache=cache)
    )
    request = _as_given(object_get._get_kwargs(body=body), lookups=items)
    request = _without_missing_id(request, object_id)
    planned = call(request, Result[JSONObject | None], idempotent=True)
    return refused(planned, problem) if problem else planned


def plan_object_create(
    model: str, values: Values, cache: CacheDuration, return_top: bool
) -> Call[Result[JSONObject]]:
    body = wire.ObjectCreateRequest(
        model=model,
        values=_values(values),
        options=wire.CreateOptions(cache=cache, return_top=return_top),
    )
    return call(object_create._get_kwargs(body=body), Result[JSONObject], idempotent=False)


def plan_object_set(
    model: str,
    object_id: str | None,
    values: Values,
    parent_id: str,
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    body = wire.ObjectSetRequest(
        model=model,
        id=_id(object_id),
        values=_values(values),
        parent_id=parent_id,
        options=wire.SetOptions(cache=cache, return_top=return_top),
    )
    return call(object_set._get_kwargs(body=body), Result[JSONObject], idempotent=False)


def plan_object_append(
    model: str,
    object_id: str | None,
    values: Values,
    parent_id: str,
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    body = wire.ObjectAppendRequest(
        model=model,
        id=_id(object_id),
        values=_values(values),
        parent_id=parent_id,
        options=wire.AppendOptions(cache=cache, return_top=return_top),
    )
    return call(object_append._get_kwargs(body=body), Result[JSONObject], idempotent=False)


def plan_object_delete(
    model: str, object_id: str | None, remove_from_cache: bool, return_top: bool
) -> Call[Result[JSONObject | None]]:
    body = wire.ObjectDeleteRequest(
        model=model,
        id=object_id or "",
        options=wire.DeleteOptions(remove_from_cache=remove_from_cache, return_top=return_top),
    )
    request = _without_missing_id(object_delete._get_kwargs(body=body), object_id)
    return call(request, Result[JSONObject | None], idempotent=False)


def plan_object_update(
    model: str, object_id: str | None, values: Values, cache: CacheDuration, return_top: bool
) -> Call[Result[JSONObject]]:
    body = wire.ObjectUpdateRequest(
        model=model,
        id=object_id or "",
        values=_values(values),
        options=wire.UpdateOptions(cache=cache, return_top=return_top),
    )
    request = _without_missing_id(object_update._get_kwargs(body=body), object_id)
    return call(request, Result[JSONObject], idempotent=True)


def plan_object_update_fields(
    model: str,
    object_id: str | None,
    updates: FieldUpdate | Sequence[FieldUpdate],
    cache: CacheDuration,
    return_top: bool,
) -> Call[Result[JSONObject]]:
    items = _many(_field_update, _one_or_many(updates))
    body = wire.ObjectUpdateFieldsRequest(
        model=model,
        id=object_id or "",
        updates=items,
        options=wire.UpdateOptions(cache=cache, return_top=return_top),
    )
    request = _as_given(object_update_fields._get_kwargs(body=body), updates=items)
    request = _without_missing_id(request, object_id)
    return call(request, Result[JSONObject], idempotent=False)


# ---------------------------------------------------------------- query builders
class BaseQueryBuilder:
    """The modifiers of the sync and async query builders; each returns the builder."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.query = Query()

    def filter(self, expression: str, /, **params: ExpressionValue) -> Self:
        """Keep the objects for which `expression` is true (the last call wins).

        Put values in with named placeholders, never with f-strings: `filter("owner == :owner
        && price < :max", owner=name, max=10)` writes each value as a quoted literal (see
        `altogic.expressions`). A placeholder with no value, a value with no placeholder, or an
        empty expression (or None) is an `invalid_request` error, not "every object": leave
        `filter` out to match every object."""
        if not isinstance(expression, str) or not expression.strip():
            self.query.problems.append(
                f"filter() needs an expression, got {expression!r}; to match every object, "
                "leave filter() out."
            )
        else:
            expression = self._bind("filter()", expression, params)
        self.query.expression = expression
        return self

    def lookup(self, lookup: Lookup, /, **params: ExpressionValue) -> Self:
        """Attach referenced or matching objects (calls accumulate, in order). A complex
        lookup's `query` takes placeholders filled from `params`, as `filter` does."""
        given: Any = lookup
        query = lookup.get("query") if isinstance(lookup, Mapping) else None
        if isinstance(query, str):
            given = {**lookup, "query": self._bind("lookup()", query, params)}
        elif params:
            self._unused("lookup()", params, "only a complex lookup's `query` takes placeholders")
        self.query.lookups = [*(self.query.lookups or []), given]
        return self

    def _unused(self, where: str, params: Mapping[str, ExpressionValue], why: str) -> None:
        names = ", ".join(f"{name}=" for name in params)
        self.query.problems.append(f"{where} was given {names}, but {why}.")

    def _bind(self, where: str, expression: str, params: Mapping[str, ExpressionValue]) -> str:
        """`expression` with its placeholders filled; a problem of the query if it cannot be."""
        try:
            return bind(expression, params, where=where)
        except (TypeError, ValueError) as error:
            self.query.problems.append(str(error))
            return expression

    def page(self, number: int) -> Self:
        """Answer the page `number` (1-based) of `limit` objects."""
        self.query.page = number
        return self

    def limit(self, count: int) -> Self:
        """The page size (the server applies its default and maximum when unset)."""
        self.query.limit = count
        return self

    def sort(self, field_name: str, direction: SortDirection = "asc") -> Self:
        """Sort by `field_name`; the first call is the primary key. `direction` is `"asc"` or
        `"desc"`, in any case; anything else is an `invalid_request` error."""
        if isinstance(direction, str) and direction.lower() in ("asc", "desc"):
            direction = cast(SortDirection, direction.lower())
        else:
            self.query.problems.append(
                f"sort() takes the direction 'asc' or 'desc', not {direction!r}."
            )
        self.query.sort = [*(self.query.sort or []), {"field": field_name, "direction": direction}]
        return self

    def omit(self, *fields: str) -> Self:
        """Leave these fields (dot paths allowed) out of the returned objects."""
        self.query.omit = [*(self.query.omit or []), *fields]
        return self

    def group(
        self, fields_or_expression: Sequence[str] | str, /, **params: ExpressionValue
    ) -> Self:
        """Group `compute` by field paths or by an expression (the last call wins); an
        expression takes placeholders filled from `params`, as `filter` does."""
        value = fields_or_expression
        if isinstance(value, str):
            self.query.group = self._bind("group()", value, params)
        else:
            self.query.group = list(value)
            if params:
                self._unused("group()", params, "field paths take no placeholders")
        return self

    def _pager(self, page_size: int) -> Pager:
        return Pager(self.model, copy.deepcopy(self.query), page_size)


# ---------------------------------------------------------------- walking every page
@dataclass
class Pager:
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
        # A short page is the last; so is an empty one, whatever page size a server claims.
        if not items or len(items) < self.used_size:
            self.done = True


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
