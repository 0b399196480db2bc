# Generated from wrapper/altogic/_async/db.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""The database manager, its query builders, objects by id, and the iterator over all pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, overload

from ..db import (
    DEFAULT_PAGE_SIZE,
    BaseQueryBuilder,
    ComputeResult,
    Pager,
    Values,
    plan_append,
    plan_compute,
    plan_create,
    plan_delete,
    plan_get,
    plan_get_random,
    plan_get_single,
    plan_get_stats,
    plan_object_append,
    plan_object_create,
    plan_object_delete,
    plan_object_get,
    plan_object_set,
    plan_object_update,
    plan_object_update_fields,
    plan_search_fuzzy,
    plan_search_text,
    plan_set,
    plan_update,
    plan_update_fields,
)
from ..expressions import ExpressionValue
from ..result import APIError, Result
from ..types import (
    CacheDuration,
    DBStats,
    DeleteInfo,
    FieldUpdate,
    GroupComputation,
    JSONObject,
    Lookup,
    ObjectPage,
    UpdateInfo,
)
from .sender import Sender


# ---------------------------------------------------------------- walking every page
class ObjectIterator:
    """Iterates over every object a query matches, one page at a time (`QueryBuilder.iter`).

    Iteration cannot return a `Result`, so an error ends it quietly; `errors` then holds it
    (None when every page was read). Pages are read by number, so objects created or deleted
    during the walk may be seen twice or missed.
    """

    def __init__(self, sender: Sender, pager: Pager) -> None:
        self._sender = sender
        self._pager = pager

    @property
    def errors(self) -> APIError | None:
        """The error that ended the walk, or None."""
        return self._pager.errors

    def __iter__(self) -> ObjectIterator:
        return self

    def __next__(self) -> JSONObject:
        pager = self._pager
        while not pager.buffer:
            if pager.done:
                raise StopIteration
            pager.take(self._sender.send(pager.next_call()))
        return pager.buffer.popleft()


# ---------------------------------------------------------------- query builders
class QueryBuilder(BaseQueryBuilder):
    """`client.db.model(name)`: builds and runs queries on one model."""

    def __init__(self, sender: Sender, model: str) -> None:
        super().__init__(model)
        self._sender = sender

    @overload
    def create(self, values: Values) -> Result[JSONObject]: ...
    @overload
    def create(self, values: Sequence[Values]) -> Result[list[JSONObject]]: ...
    def create(self, values: Values | Sequence[Values]) -> Result[Any]:
        """Create an object, or a list of objects all-or-nothing, in this top-level model."""
        return self._sender.send(plan_create(self.model, values, self.query))

    def set(self, values: Values, parent_id: str, return_top: bool = False) -> Result[JSONObject]:
        """Set this object sub-model of the parent `parent_id`."""
        plan = plan_set(self.model, values, parent_id, return_top, self.query)
        return self._sender.send(plan)

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
        return self._sender.send(plan)

    @overload
    def get(self, return_count_info: Literal[False] = False) -> Result[list[JSONObject]]: ...
    @overload
    def get(self, return_count_info: Literal[True]) -> Result[ObjectPage]: ...
    def get(self, return_count_info: bool = False) -> Result[Any]:
        """The matching objects of the page; with `return_count_info`, `{info, data}`."""
        return self._sender.send(plan_get(self.model, return_count_info, self.query))

    def iter(self, page_size: int = DEFAULT_PAGE_SIZE) -> ObjectIterator:
        """Every matching object, fetching `page_size` objects per request as iteration goes."""
        return ObjectIterator(self._sender, self._pager(page_size))

    def compute(
        self,
        computations: GroupComputation | Sequence[GroupComputation],
        /,
        **params: ExpressionValue,
    ) -> Result[list[ComputeResult]]:
        """Group the matching objects (`group`) and compute values per group. The
        computations' expressions take placeholders filled from `params`, as `filter` does."""
        plan = plan_compute(self.model, computations, self.query, params)
        return self._sender.send(plan)

    def get_single(self) -> Result[JSONObject | None]:
        """The first matching object, or None."""
        return self._sender.send(plan_get_single(self.model, self.query))

    def get_random(self, count: int) -> Result[list[JSONObject]]:
        """Up to `count` matching objects picked at random."""
        return self._sender.send(plan_get_random(self.model, count, self.query))

    def update(self, values: Values) -> Result[UpdateInfo]:
        """Set `values` on every matching object."""
        return self._sender.send(plan_update(self.model, values, self.query))

    def update_fields(self, updates: FieldUpdate | Sequence[FieldUpdate]) -> Result[UpdateInfo]:
        """Apply field update instructions to every matching object."""
        return self._sender.send(plan_update_fields(self.model, updates, self.query))

    def delete(self) -> Result[DeleteInfo]:
        """Delete every matching object."""
        return self._sender.send(plan_delete(self.model, self.query))

    @overload
    def search_text(
        self, text: str, return_count_info: Literal[False] = False
    ) -> Result[list[JSONObject]]: ...
    @overload
    def search_text(self, text: str, return_count_info: Literal[True]) -> Result[ObjectPage]: ...
    def search_text(self, text: str, return_count_info: bool = False) -> Result[Any]:
        """Full-text search of the searchable text fields, best match first."""
        plan = plan_search_text(self.model, text, return_count_info, self.query)
        return self._sender.send(plan)

    def search_fuzzy(self, field_name: str, text: str) -> Result[list[JSONObject]]:
        """Typo-tolerant search in one text field, best match first."""
        plan = plan_search_fuzzy(self.model, field_name, text, self.query)
        return self._sender.send(plan)

    def object(self, object_id: str | None = None) -> DBObject:
        """The object `object_id` of this model (no request is made)."""
        return DBObject(self._sender, self.model, object_id)


# ---------------------------------------------------------------- objects by id
class DBObject:
    """`client.db.model(name).object(id)`: one object (or sub-object) by id."""

    def __init__(self, sender: Sender, model: str, object_id: str | None) -> None:
        self._sender = sender
        self.model = model
        self.id = object_id

    def get(
        self,
        lookups: Sequence[Lookup] | None = None,
        cache: CacheDuration = "nocache",
        **params: ExpressionValue,
    ) -> Result[JSONObject | None]:
        """The object (None when there is none), with `lookups` attached; their queries take
        placeholders filled from `params`, as `filter` does."""
        plan = plan_object_get(self.model, self.id, lookups, cache, params)
        return self._sender.send(plan)

    def create(
        self, values: Values, cache: CacheDuration = "nocache", return_top: bool = False
    ) -> Result[JSONObject]:
        """Create an object in this top-level model (a new id is assigned)."""
        plan = plan_object_create(self.model, values, cache, return_top)
        return self._sender.send(plan)

    def set(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Set this object sub-model of the parent `parent_id`."""
        plan = plan_object_set(self.model, self.id, values, parent_id, cache, return_top)
        return self._sender.send(plan)

    def append(
        self,
        values: Values,
        parent_id: str,
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Append an item to this object-list sub-model of the parent `parent_id`."""
        plan = plan_object_append(self.model, self.id, values, parent_id, cache, return_top)
        return self._sender.send(plan)

    def delete(
        self, return_top: bool = False, remove_from_cache: bool = True
    ) -> Result[JSONObject | None]:
        """Delete the object (data None), or, for a sub-object with `return_top`, answer the
        updated top-level object."""
        plan = plan_object_delete(self.model, self.id, remove_from_cache, return_top)
        return self._sender.send(plan)

    def update(
        self, values: Values, return_top: bool = False, cache: CacheDuration = "nocache"
    ) -> Result[JSONObject]:
        """Set `values` on the object; answers the updated object (or the top-level one)."""
        plan = plan_object_update(self.model, self.id, values, cache, return_top)
        return self._sender.send(plan)

    def update_fields(
        self,
        updates: FieldUpdate | Sequence[FieldUpdate],
        return_top: bool = False,
        cache: CacheDuration = "nocache",
    ) -> Result[JSONObject]:
        """Apply field update instructions to the object."""
        plan = plan_object_update_fields(self.model, self.id, updates, cache, return_top)
        return self._sender.send(plan)


# ---------------------------------------------------------------- the manager
class DatabaseManager:
    """`client.db`: models and database statistics."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def model(self, name: str) -> QueryBuilder:
        """A query builder for the model `name` (dot paths reach sub-models: `users.addresses`)."""
        return QueryBuilder(self._sender, name)

    def get_stats(self) -> Result[DBStats]:
        """Object counts and sizes, overall and per top-level model."""
        return self._sender.send(plan_get_stats())
