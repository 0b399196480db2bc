"""The database operations: semantics on top of the store and the query compiler.

Reads run as one SQL query each (filter, lookups, sort, paging, grouping in SQLite); their rows
are the finished JSON of each object, joined into the answer without being decoded. Writes find
their targets with SQL, change the few documents concerned, and store them in one transaction,
so a write that fails anywhere stores nothing.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.exc import SQLAlchemyError

from ..clock import Clock, iso
from ..errors import ApiError, ErrorCode, error_item
from ..jsonutil import dumps
from ..snapshots import SnapshotError, read_json, write_json
from . import compute, updates
from .actions import Action, Computation, FieldUpdate, Lookup, ModelLookup
from .documents import Document, embed, find, find_owner, omit, remove, with_ids
from .expression.compiler import check_total_size
from .expression.errors import ExpressionError
from .fields import check_values, without_system_fields
from .models import ModelRef, resolve
from .paths import json_path, split
from .query import Context, Query, prepare, source
from .search import fts_query, full_text, fuzzy_score_of, searchable_fields
from .settings import DatabaseSettings
from .store import ModelTables, Store

MAX_VALUE_DEPTH = 32
"""The deepest nesting of objects and lists accepted in stored values."""
CHUNK = 500


def _object_not_found(model: str, object_id: str) -> ApiError:
    return ApiError(
        404,
        ErrorCode.object_not_found,
        f"No object of `{model}` has the id `{object_id}`.",
        {"model": model, "id": object_id},
    )


def _json_list(rows: Iterable[str]) -> bytes:
    return ("[" + ",".join(rows) + "]").encode()


def _scan(value: Any) -> tuple[int, bool]:
    """The nesting depth of a JSON value, and whether it holds a number JSON cannot carry
    (NaN, infinity); without recursion."""
    deepest, finite, stack = 0, True, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            finite = False
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest, finite


class DatabaseService:
    def __init__(self, store: Store, settings: DatabaseSettings, clock: Clock) -> None:
        self.store = store
        self.sql = store.sql
        self.settings = settings
        self.clock = clock
        self.budget = settings.query_timeout
        """Seconds each call's statements may run (`database.queryTimeout`)."""

    # ------------------------------------------------------------ helpers
    def ref(self, model: str) -> ModelRef:
        return resolve(self.settings, model)

    def _context(self) -> Context:
        return Context(self.ref, self.store.get, self.store.phantom, iso(self.clock.now()))

    def _read_tables(self, ref: ModelRef) -> tuple[ModelTables, bool]:
        """The model's tables, or stand-ins (and False) when it has none yet: queries are
        compiled all the same, so bad expressions are reported, but not run."""
        tables = self.store.get(ref.top)
        return (tables, True) if tables is not None else (self.store.phantom(ref.top), False)

    def _paging(self, action: Action) -> tuple[int, int]:
        limit = min(action.limit or self.settings.default_page_size, self.settings.max_page_size)
        return action.page or 1, limit

    def _query(
        self,
        tables: ModelTables,
        ref: ModelRef,
        action: Action,
        *,
        lookups: bool = True,
        lookups_at: str = "query.lookups",
    ) -> Query:
        queries = [
            lookup.query for lookup in action.lookups or () if isinstance(lookup, ModelLookup)
        ]
        self._check_size([action.expression, *(queries if lookups else ())])
        return prepare(
            self._context(),
            tables,
            ref,
            action.lookups if lookups else None,
            action.expression,
            lookups_at=lookups_at,
        )

    @staticmethod
    def _check_size(texts: Iterable[str | None]) -> None:
        try:
            check_total_size(texts)
        except ExpressionError as error:
            raise error.api_error("query") from None

    def _check_lookups(self, action: Action) -> None:
        """Strict mode refuses unknown lookup models before any work."""
        for lookup in action.lookups or ():
            if isinstance(lookup, ModelLookup):
                self.ref(lookup.model)

    def _prepare_values(
        self,
        ref: ModelRef,
        values: Mapping[str, Any],
        where: str,
        problems: list[dict[str, Any]],
        *,
        partial: bool = False,
    ) -> dict[str, Any]:
        depth, finite = _scan(values)
        if depth > MAX_VALUE_DEPTH or not finite:
            message = (
                f"nests objects and lists more than {MAX_VALUE_DEPTH} levels deep"
                if finite
                else "holds a number JSON cannot represent (NaN or infinity)"
            )
            problems.append(
                error_item(
                    ErrorCode.validation_error,
                    f"`{where}` {message}.",
                    {"field": where, "location": "body"},
                )
            )
            return {}
        if ref.fields is None:
            return without_system_fields(values)
        closed = ref.name if ref.strict else None
        return check_values(ref.fields, values, where, problems, partial=partial, closed=closed)

    def _new_top(self, values: dict[str, Any], ref: ModelRef, now: float) -> Document:
        document = with_ids(values, ref.fields, None, now)
        stamp = iso(now)
        document["createdAt"] = stamp
        document["updatedAt"] = stamp
        return document

    # ------------------------------------------------------------ create, set, append
    def _prepare_all(
        self, ref: ModelRef, values: Mapping[str, Any] | Sequence[Mapping[str, Any]]
    ) -> tuple[bool, list[dict[str, Any]]]:
        """Check and convert one object or a list of them (every problem in one 400); return
        whether a list was given, and the prepared objects."""
        many = not isinstance(values, Mapping)
        items = [values] if isinstance(values, Mapping) else list(values)
        problems: list[dict[str, Any]] = []
        prepared = [
            self._prepare_values(ref, item, f"values.{index}" if many else "values", problems)
            for index, item in enumerate(items)
        ]
        if problems:
            raise ApiError.many(400, problems)
        return many, prepared

    def create(
        self,
        model: str,
        values: Mapping[str, Any] | Sequence[Mapping[str, Any]],
        omit_fields: list[str] | None,
    ) -> bytes:
        ref = self.ref(model)
        many, prepared = self._prepare_all(ref, values)
        now = self.clock.now()
        documents = [self._new_top(item, ref, now) for item in prepared]
        tables = self.store.ensure(ref.top)
        with self.sql.transaction(self.budget) as connection:
            self.store.insert(connection, tables, ref, documents)
        paths = [split(name) for name in omit_fields or ()]
        answer = [omit(document, paths) for document in documents]
        return dumps(answer if many else answer[0])

    def _parent(
        self, connection: Connection, tables: ModelTables, ref: ModelRef, parent_id: str
    ) -> tuple[Document, Document]:
        """The top-level document holding the parent `parent_id` of `ref`, and the parent."""
        owner_path = ref.sub[:-1]
        top_id = self._top_id(
            connection,
            tables,
            ModelRef(ref.top, owner_path, ref.declared, None, ref.sub_types[:-1]),
            parent_id,
        )
        documents = self.store.load(connection, tables, [top_id]) if top_id else []
        parent = find_owner(documents[0], owner_path, parent_id) if documents else None
        if parent is None:
            raise ApiError(
                404,
                ErrorCode.parent_not_found,
                f"No object of `{'.'.join((ref.top, *owner_path))}` has the id `{parent_id}`.",
                {"parentId": parent_id},
            )
        return documents[0], parent

    def _top_id(
        self, connection: Connection, tables: ModelTables, ref: ModelRef, object_id: str
    ) -> str | None:
        rows = source(tables, ref)
        found = connection.execute(
            select(rows.top_id)
            .select_from(rows.froms)
            .where(*rows.conditions, rows.id_column == object_id)
            .limit(1)
        ).scalar()
        return None if found is None else str(found)

    def set(
        self,
        model: str,
        values: Mapping[str, Any],
        parent_id: str,
        return_top: bool,
        omit_fields: list[str] | None,
    ) -> bytes:
        ref = self.ref(model)
        if ref.sub_types[-1] == "object-list":
            raise self._wrong_type(ref, "an object-list sub-model; use append")
        problems: list[dict[str, Any]] = []
        prepared = self._prepare_values(ref, values, "values", problems)
        if problems:
            raise ApiError.many(400, problems)
        tables = self._tables_or_parent_error(ref, parent_id)
        now = self.clock.now()
        with self.sql.transaction(self.budget) as connection:
            top, parent = self._parent(connection, tables, ref, parent_id)
            field = ref.sub[-1]
            current = parent.get(field)
            if current is not None and not isinstance(current, dict):
                raise self._wrong_type(ref, "a field holding a value that is not an object")
            created = with_ids(prepared, ref.fields, parent_id, now)
            parent[field] = created
            top["updatedAt"] = iso(now)
            self.store.replace(
                connection,
                tables,
                ModelRef(
                    ref.top, (), ref.declared, ref.declared.fields if ref.declared else None, ()
                ),
                [top],
            )
        paths = [split(name) for name in omit_fields or ()]
        return dumps(omit(top if return_top else created, paths))

    def append(
        self,
        model: str,
        values: Mapping[str, Any] | Sequence[Mapping[str, Any]],
        parent_id: str,
        return_top: bool,
        omit_fields: list[str] | None,
    ) -> bytes:
        ref = self.ref(model)
        if ref.sub_types[-1] == "object":
            raise self._wrong_type(ref, "an object sub-model; use set")
        many, prepared = self._prepare_all(ref, values)
        tables = self._tables_or_parent_error(ref, parent_id)
        now = self.clock.now()
        with self.sql.transaction(self.budget) as connection:
            top, parent = self._parent(connection, tables, ref, parent_id)
            field = ref.sub[-1]
            current = parent.get(field)
            if current is not None and not (
                isinstance(current, list) and all(isinstance(item, dict) for item in current)
            ):
                raise self._wrong_type(ref, "a field holding a value that is not a list of objects")
            created = [with_ids(item, ref.fields, parent_id, now) for item in prepared]
            parent[field] = [*(current or []), *created]
            top["updatedAt"] = iso(now)
            self.store.replace(connection, tables, self._top_ref(ref), [top])
        paths = [split(name) for name in omit_fields or ()]
        if return_top:
            return dumps(omit(top, paths))
        answer = [omit(item, paths) for item in created]
        return dumps(answer if many else answer[0])

    def _top_ref(self, ref: ModelRef) -> ModelRef:
        return ModelRef(
            ref.top, (), ref.declared, ref.declared.fields if ref.declared else None, ()
        )

    def _wrong_type(self, ref: ModelRef, what: str) -> ApiError:
        return ApiError(
            409,
            ErrorCode.invalid_model_type,
            f"`{ref.name}` is {what}.",
            {"model": ref.name},
        )

    def _tables_or_parent_error(self, ref: ModelRef, parent_id: str) -> ModelTables:
        tables = self.store.get(ref.top)
        if tables is None:
            raise ApiError(
                404,
                ErrorCode.parent_not_found,
                f"No object of `{'.'.join((ref.top, *ref.sub[:-1]))}` has the id `{parent_id}`.",
                {"parentId": parent_id},
            )
        return tables

    # ------------------------------------------------------------ reads
    def list_statement(self, model: str, action: Action) -> tuple[Select[Any], Query, bool]:
        """The SELECT `get-list` runs (one JSON text per object), its query, and whether the
        model has objects at all."""
        ref = self.ref(model)
        self._check_lookups(action)
        page, limit = self._paging(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        statement = (
            query.select(query.output(action.omit))
            .order_by(*query.sort_keys(action.sort))
            .limit(limit)
            .offset((page - 1) * limit)
        )
        return statement, query, exists

    def get_list(self, model: str, action: Action, return_count_info: bool) -> bytes:
        page, limit = self._paging(action)
        statement, query, exists = self.list_statement(model, action)
        rows: list[str] = []
        count = 0
        if exists:
            with self.sql.read(self.budget) as connection:
                rows = list(connection.execute(statement).scalars())
                count = (
                    connection.execute(query.select(func.count())).scalar_one()
                    if return_count_info
                    else 0
                )
        return self._answer_page(rows, count, page, limit, return_count_info)

    def _answer_page(
        self, rows: list[str], count: int, page: int, limit: int, with_info: bool
    ) -> bytes:
        data = _json_list(rows)
        if not with_info:
            return data
        info = {
            "count": count,
            "totalPages": math.ceil(count / limit),
            "currentPage": page,
            "pageSize": limit,
        }
        return b'{"info":' + dumps(info) + b',"data":' + data + b"}"

    def get_single(self, model: str, action: Action) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        statement = (
            query.select(query.output(action.omit)).order_by(*query.sort_keys(action.sort)).limit(1)
        )
        if not exists:
            return b"null"
        with self.sql.read(self.budget) as connection:
            row = connection.execute(statement).scalar()
        return b"null" if row is None else str(row).encode()

    def get_random(self, model: str, action: Action, count: int) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        if not exists:
            return b"[]"
        statement = (
            query.select(query.output(action.omit))
            .order_by(func.random())
            .limit(min(count, self.settings.max_page_size))
        )
        with self.sql.read(self.budget) as connection:
            return _json_list(connection.execute(statement).scalars())

    def compute(self, model: str, action: Action, computations: Sequence[Computation]) -> bytes:
        ref = self.ref(model)
        group = action.group if isinstance(action.group, str) else None
        self._check_size(
            [action.expression, group, *(computation.expression for computation in computations)]
        )
        page, limit = self._paging(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action, lookups=False)
        statement = compute.build(
            query, action.group, computations, (page - 1) * limit, limit, self._context().now
        )
        if not exists:
            return b"[]"
        with self.sql.read(self.budget) as connection:
            return _json_list(connection.execute(statement).scalars())

    def object_get(self, model: str, object_id: str, lookups: list[Lookup] | None) -> bytes:
        action = Action(lookups=lookups)
        ref = self.ref(model)
        self._check_lookups(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action, lookups_at="lookups")
        statement = query.select(query.output()).where(query.source.id_column == object_id).limit(1)
        if not exists:
            return b"null"
        with self.sql.read(self.budget) as connection:
            row = connection.execute(statement).scalar()
        return b"null" if row is None else str(row).encode()

    # ------------------------------------------------------------ search
    def search_text(self, model: str, text: str, action: Action, return_count_info: bool) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        if searchable_fields(ref) == []:
            raise ApiError(
                400,
                ErrorCode.not_searchable_model,
                f"`{model}` has no searchable field; mark text fields `searchable` in app.yaml.",
                {"model": model},
            )
        page, limit = self._paging(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        terms = fts_query(text)
        if not exists or terms is None:
            return self._answer_page([], 0, page, limit, return_count_info)
        froms, match, rank = full_text(query, tables, terms)
        statement = (
            select(query.output(action.omit))
            .select_from(froms)
            .where(*query.conditions, match)
            .order_by(rank, tables.table.c.seq)
            .limit(limit)
            .offset((page - 1) * limit)
        )
        with self.sql.read(self.budget) as connection:
            rows = list(connection.execute(statement).scalars())
            count = (
                connection.execute(
                    select(func.count()).select_from(froms).where(*query.conditions, match)
                ).scalar_one()
                if return_count_info
                else 0
            )
        return self._answer_page(rows, count, page, limit, return_count_info)

    def search_fuzzy(self, model: str, field: str, text: str, action: Action) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        names = searchable_fields(ref)
        if names is not None and field not in names:
            raise ApiError(
                400,
                ErrorCode.not_searchable_field,
                f"`{field}` is not a searchable text field of `{model}`.",
                {"field": "fieldName", "location": "body"},
            )
        page, limit = self._paging(action)
        tables, exists = self._read_tables(ref)
        path = json_path((field,))
        query = self._query(tables, ref, action)
        if not exists or path is None:
            return b"[]"
        score = fuzzy_score_of(query.source.doc, path, text)
        statement = (
            query.select(query.output(action.omit))
            .where(score.is_not(None))
            .order_by(score.desc(), *query.source.order)
            .limit(limit)
            .offset((page - 1) * limit)
        )
        with self.sql.read(self.budget) as connection:
            return _json_list(connection.execute(statement).scalars())

    # ------------------------------------------------------------ updates and deletes by query
    def _matches(self, connection: Connection, query: Query) -> list[tuple[str, str]]:
        """(top-level `_id`, object `_id`) of every matching object, in creation order."""
        rows = connection.execute(
            query.select(query.source.top_id, query.source.id_column).order_by(*query.source.order)
        )
        return [(str(top), str(own)) for top, own in rows]

    def _rewrite(
        self,
        connection: Connection,
        tables: ModelTables,
        ref: ModelRef,
        matches: list[tuple[str, str]],
        change: Any,
    ) -> int:
        """Apply `change(object)` to every matching object; store what changed; the count of
        objects that changed."""
        by_top: dict[str, list[str]] = {}
        for top_id, object_id in matches:
            by_top.setdefault(top_id, []).append(object_id)
        top_ids = list(by_top)
        changed_count = 0
        now = iso(self.clock.now())
        for start in range(0, len(top_ids), CHUNK):
            documents = self.store.load(connection, tables, top_ids[start : start + CHUNK])
            changed_documents: list[Document] = []
            for document in documents:
                document_changed = False
                for object_id in by_top[document["_id"]]:
                    target = find_owner(document, ref.sub, object_id)
                    if target is None:
                        continue
                    before = copy.deepcopy(target)
                    change(target)
                    if target != before:
                        changed_count += 1
                        document_changed = True
                if document_changed:
                    document["updatedAt"] = now
                    changed_documents.append(document)
            self.store.replace(connection, tables, self._top_ref(ref), changed_documents)
        return changed_count

    def _setter(self, values: dict[str, Any], ref: ModelRef) -> Any:
        now = self.clock.now()

        def change(target: Document) -> None:
            for name, value in values.items():
                declaration = ref.fields.get(name) if ref.fields is not None else None
                target[name] = embed(
                    value,
                    declaration.type if declaration else None,
                    declaration.fields if declaration else None,
                    target["_id"],
                    now,
                    declared=ref.fields is not None,
                )

        return change

    def update(self, model: str, values: Mapping[str, Any], action: Action) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        problems: list[dict[str, Any]] = []
        prepared = self._prepare_values(ref, values, "values", problems, partial=True)
        if problems:
            raise ApiError.many(400, problems)
        return self._update_matching(ref, action, self._setter(prepared, ref))

    def update_fields(self, model: str, instructions: list[FieldUpdate], action: Action) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        updates.check_instructions(instructions, "updates")
        now = self.clock.now()

        def change(target: Document) -> None:
            updates.apply(target, instructions, ref.fields, now)

        return self._update_matching(ref, action, change)

    def _update_matching(self, ref: ModelRef, action: Action, change: Any) -> bytes:
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        if not exists:
            return dumps({"totalMatch": 0, "updated": 0})
        with self.sql.transaction(self.budget) as connection:
            matches = self._matches(connection, query)
            changed = self._rewrite(connection, tables, ref, matches, change)
        return dumps({"totalMatch": len(matches), "updated": changed})

    def delete(self, model: str, action: Action) -> bytes:
        ref = self.ref(model)
        self._check_lookups(action)
        tables, exists = self._read_tables(ref)
        query = self._query(tables, ref, action)
        if not exists:
            return dumps({"totalMatch": 0, "deleted": 0})
        with self.sql.transaction(self.budget) as connection:
            matches = self._matches(connection, query)
            if ref.is_top:
                deleted = 0
                ids = [object_id for _, object_id in matches]
                for start in range(0, len(ids), CHUNK):
                    deleted += self.store.delete(connection, tables, ids[start : start + CHUNK])
            else:
                deleted = self._remove_subobjects(connection, tables, ref, matches)
        return dumps({"totalMatch": len(matches), "deleted": deleted})

    def _remove_subobjects(
        self,
        connection: Connection,
        tables: ModelTables,
        ref: ModelRef,
        matches: list[tuple[str, str]],
    ) -> int:
        by_top: dict[str, list[str]] = {}
        for top_id, object_id in matches:
            by_top.setdefault(top_id, []).append(object_id)
        removed = 0
        now = iso(self.clock.now())
        top_ids = list(by_top)
        for start in range(0, len(top_ids), CHUNK):
            documents = self.store.load(connection, tables, top_ids[start : start + CHUNK])
            for document in documents:
                for object_id in by_top[document["_id"]]:
                    location = find(document, ref.sub, object_id)
                    if location is not None:
                        remove(location)
                        removed += 1
                document["updatedAt"] = now
            self.store.replace(connection, tables, self._top_ref(ref), documents)
        return removed

    # ------------------------------------------------------------ objects by id
    def _object(
        self, connection: Connection, tables: ModelTables | None, ref: ModelRef, object_id: str
    ) -> tuple[Document, Document]:
        """The top-level document holding the object `object_id` of `ref`, and the object."""
        top_id = (
            None
            if tables is None
            else (object_id if ref.is_top else self._top_id(connection, tables, ref, object_id))
        )
        documents = self.store.load(connection, tables, [top_id]) if tables and top_id else []
        target = find_owner(documents[0], ref.sub, object_id) if documents else None
        if target is None:
            raise _object_not_found(ref.name, object_id)
        return documents[0], target

    def object_delete(self, model: str, object_id: str, return_top: bool) -> bytes:
        ref = self.ref(model)
        tables = self.store.get(ref.top)
        with self.sql.transaction(self.budget) as connection:
            if ref.is_top:
                if tables is None or not self.store.delete(connection, tables, [object_id]):
                    raise _object_not_found(ref.name, object_id)
                return b"null"
            top, _ = self._object(connection, tables, ref, object_id)
            location = find(top, ref.sub, object_id)
            assert location is not None and tables is not None
            remove(location)
            top["updatedAt"] = iso(self.clock.now())
            self.store.replace(connection, tables, self._top_ref(ref), [top])
        return dumps(top) if return_top else b"null"

    def object_update(
        self, model: str, object_id: str, values: Mapping[str, Any], return_top: bool
    ) -> bytes:
        ref = self.ref(model)
        problems: list[dict[str, Any]] = []
        prepared = self._prepare_values(ref, values, "values", problems, partial=True)
        if problems:
            raise ApiError.many(400, problems)
        return self._change_object(ref, object_id, self._setter(prepared, ref), return_top)

    def object_update_fields(
        self, model: str, object_id: str, instructions: list[FieldUpdate], return_top: bool
    ) -> bytes:
        ref = self.ref(model)
        updates.check_instructions(instructions, "updates")
        now = self.clock.now()

        def change(target: Document) -> None:
            updates.apply(target, instructions, ref.fields, now)

        return self._change_object(ref, object_id, change, return_top)

    def _change_object(self, ref: ModelRef, object_id: str, change: Any, return_top: bool) -> bytes:
        tables = self.store.get(ref.top)
        with self.sql.transaction(self.budget) as connection:
            top, target = self._object(connection, tables, ref, object_id)
            before = copy.deepcopy(target)
            change(target)
            if target != before:
                top["updatedAt"] = iso(self.clock.now())
                assert tables is not None
                self.store.replace(connection, tables, self._top_ref(ref), [top])
        return dumps(top if return_top else target)

    # ------------------------------------------------------------ export and import
    def export_to(self, folder: Path) -> None:
        """Write every model's objects, in creation order, to `database.json`."""
        models: dict[str, list[Document]] = {}
        with self.sql.read() as conn:
            for name in self.store.names():
                tables = self.store.get(name)
                if tables is not None:
                    table = tables.table
                    rows = conn.execute(select(table.c.doc).order_by(table.c.seq))
                    models[name] = [json.loads(doc) for (doc,) in rows]
        write_json(folder / "database.json", {"models": models})

    def import_from(self, folder: Path) -> None:
        """Create the models `export_to` wrote, with their objects (ids and dates kept)."""
        path = folder / "database.json"
        exported = read_json(path)
        models = exported.get("models") if isinstance(exported, dict) else None
        if not isinstance(models, dict):
            raise SnapshotError(f"{path}: expected an object with `models`")
        for name, documents in models.items():
            if not isinstance(documents, list) or not all(
                isinstance(doc, dict) and isinstance(doc.get("_id"), str) for doc in documents
            ):
                raise SnapshotError(f"{path}: `{name}` is not a list of objects with an `_id`")
            try:
                ref = self.ref(name)
                tables = self.store.ensure(name)
                with self.sql.transaction() as conn:
                    self.store.insert(conn, tables, ref, documents)
            except (ApiError, SQLAlchemyError) as exc:
                raise SnapshotError(f"{path}: model `{name}`: {exc}") from exc

    def stats(self) -> bytes:
        return dumps(self.store.stats())
