"""Turning a query (lookups, filter, sort, page, omit) into one SQL SELECT.

The rows come from a `Source`: a top-level model's table, or the sub-objects of a sub-model
(`users.addresses`), reached with `json_each` over the parents' documents. Lookups are correlated
scalar subqueries yielding the looked-up object's JSON; the filter and the sort read them like
fields, and the answer attaches them with `json_set` (and leaves omitted fields out with
`json_remove`), so each result row is the finished JSON of one object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import FromClause, Select, literal, literal_column, select, true
from sqlalchemy.sql.expression import case

from ..errors import ApiError, ErrorCode
from . import jsonsql
from .actions import Lookup, ModelLookup
from .expression.compiler import Compiler, Env, PathCheck, Scope, compile_condition
from .expression.errors import ExpressionError
from .expression.syntax import Path
from .expression.values import SQL, Val
from .models import ModelRef
from .paths import json_path, split
from .store import ModelTables

NO_PATH = "$[0]"
"""A JSON path that addresses nothing in an object: `json_set` with it changes nothing."""


@dataclass
class Source:
    """The objects of one (sub-)model as rows."""

    ref: ModelRef
    froms: FromClause
    doc: SQL
    """The object's JSON text."""
    id_column: SQL
    top_id: SQL
    """The `_id` of the top-level object the row belongs to."""
    order: list[SQL]
    """Creation order."""
    conditions: list[SQL] = field(default_factory=list)

    def scope(
        self,
        lookups: dict[str, SQL] | None = None,
        lookup_checks: Mapping[str, PathCheck] | None = None,
    ) -> Scope:
        return Scope(
            doc=self.doc,
            id_column=self.id_column,
            lookups=lookups or {},
            field_kinds=self.ref.field_kinds,
            check=self.ref.check_path if self.ref.strict else None,
            lookup_checks=lookup_checks or {},
        )


def source(tables: ModelTables, ref: ModelRef, *, alias: bool = False) -> Source:
    top = tables.table.alias() if alias else tables.table
    froms: FromClause = top
    doc: SQL = top.c.doc
    order: list[SQL] = [top.c.seq]
    conditions: list[SQL] = []
    for name in ref.sub:
        path = json_path((name,))
        assert path is not None  # model names are identifiers
        value, kind = jsonsql.extract(doc, path), jsonsql.kind(doc, path)
        items = case(
            (kind == "array", value),
            (kind == "object", jsonsql.array_of(jsonsql.as_json(value))),
        )
        each = jsonsql.each(items).table_valued("value", "type", "key")
        froms = froms.join(each, true())
        conditions.append(each.c.type == "object")
        order.append(each.c.key)
        doc = each.c.value
    if ref.is_top:
        id_column: SQL = top.c._id
    else:
        id_column = jsonsql.extract(doc, literal_column("'$.\"_id\"'"))
    return Source(ref, froms, doc, id_column, top.c._id, order, conditions)


@dataclass
class Context:
    """What compiling a query needs from the service."""

    resolve: Callable[[str], ModelRef]
    tables: Callable[[str], ModelTables | None]
    phantom: Callable[[str], ModelTables]
    now: str


@dataclass
class Query:
    source: Source
    lookups: list[tuple[str, SQL]]
    conditions: list[SQL]
    scope: Scope

    def select(self, *columns: Any) -> Select[Any]:
        return select(*columns).select_from(self.source.froms).where(*self.conditions)

    def output(self, omit: Sequence[str] | None = None) -> SQL:
        """Each object's JSON as answered: lookups attached, omitted fields left out."""
        result: SQL = self.source.doc
        removed: list[SQL] = []
        attached: list[SQL] = []
        for name, found in self.lookups:
            path = json_path((name,))
            if path is None:
                continue
            removed.append(path)
            attached.extend(
                [case((found.is_not(None), path), else_=literal(NO_PATH)), jsonsql.as_json(found)]
            )
        if removed:
            result = jsonsql.set_paths(jsonsql.remove_paths(result, *removed), *attached)
        paths = [json_path(split(name)) for name in omit or () if name != "_id"]
        present = [path for path in paths if path is not None]
        if present:
            result = jsonsql.remove_paths(result, *present)
        return result

    def sort_keys(self, sort: Sequence[tuple[str, str]] | None) -> list[Any]:
        keys: list[Any] = []
        for index, (field_path, direction) in enumerate(sort or ()):
            value = self.field(field_path, f"query.sort.{index}.field").sql
            keys.append(value.desc() if direction == "desc" else value.asc())
        return keys + list(self.source.order)

    def field(self, field_path: str, where: str) -> Val:
        """The field at the dot path `field_path` (sent as the request field `where`, not as an
        expression); in strict mode a path that reaches no declared field answers 400."""
        try:
            return Compiler(Env(self.scope)).path(Path(0, split(field_path)))
        except ExpressionError as error:
            details = {key: value for key, value in error.details.items() if key != "position"}
            raise ApiError(
                400,
                ErrorCode.validation_error,
                error.message,
                {"field": where, "location": "body", **details},
            ) from None


def prepare(
    context: Context,
    tables: ModelTables,
    ref: ModelRef,
    lookups: Sequence[Lookup] | None,
    expression: str | None,
    *,
    lookups_at: str = "query.lookups",
) -> Query:
    """The rows of `ref` with `lookups` (the request field `lookups_at`) attached and matching
    `expression`."""
    main = source(tables, ref)
    attached: list[tuple[str, SQL]] = []
    checks: dict[str, PathCheck] = {}
    for index, lookup in enumerate(lookups or ()):
        found, target = _lookup(context, main, lookup, f"{lookups_at}.{index}")
        attached.append((lookup.name, found))
        checks.pop(lookup.name, None)
        if target is not None and target.strict:
            checks[lookup.name] = partial(target.check_path, via=lookup.name)
    scope = main.scope(dict(attached), checks)
    conditions = list(main.conditions)
    if expression is not None:
        try:
            conditions.append(compile_condition(expression, Env(scope, now=context.now)))
        except ExpressionError as error:
            raise error.api_error("query.expression") from None
    return Query(main, attached, conditions, scope)


def _lookup(
    context: Context, outer: Source, lookup: Lookup, where: str
) -> tuple[SQL, ModelRef | None]:
    """The looked-up object's JSON, and its model when known."""
    if isinstance(lookup, ModelLookup):
        return _complex_lookup(context, outer, lookup, where)
    return _simple_lookup(context, outer, lookup.field, where)


def not_a_reference(ref: ModelRef, name: str, where: str) -> ApiError:
    """400 for a simple lookup on a field that is not a declared reference: the lookup has no
    model to look in (it is not guessed from the field's name)."""
    declaration = (ref.fields or {}).get(name)
    if ref.fields is None:
        why = f"`{ref.name}` declares no fields in `app.yaml`"
    elif declaration is None:
        why = f"`{ref.name}` declares no field `{name}`"
    else:
        why = f"`{name}` is a {declaration.type} field"
    message = (
        f"A simple lookup replaces a reference field by the object it refers to, and {why}. "
        f"Declare the field in `app.yaml` as `{name}: {{type: reference, model: <model>}}`, or "
        f'use a complex lookup: `{{"name": "{name}", "modelName": "<model>", '
        f'"query": "lookup._id == this.{name}"}}`.'
    )
    return ApiError(
        400,
        ErrorCode.invalid_join_or_lookup,
        message,
        {"field": f"{where}.field", "location": "body", "model": ref.name},
    )


def _simple_lookup(
    context: Context, outer: Source, name: str, where: str
) -> tuple[SQL, ModelRef | None]:
    """The object the declared reference field `name` refers to."""
    declaration = (outer.ref.fields or {}).get(name)
    if declaration is None or declaration.type != "reference" or declaration.model is None:
        raise not_a_reference(outer.ref, name, where)
    try:
        target_ref: ModelRef | None = context.resolve(declaration.model)
    except ApiError:  # strict mode, and the reference names a model app.yaml does not declare
        target_ref = None
    target_tables = context.tables(declaration.model)
    if target_tables is None:
        return literal(None), target_ref
    target = target_tables.table.alias()
    path = json_path((name,))
    assert path is not None
    found = (
        select(target.c.doc)
        .where(target.c._id == jsonsql.extract(outer.doc, path))
        .limit(1)
        .scalar_subquery()
    )
    return found, target_ref


def _complex_lookup(
    context: Context, outer: Source, lookup: ModelLookup, where: str
) -> tuple[SQL, ModelRef]:
    ref = context.resolve(lookup.model)
    target_tables = context.tables(ref.top)
    target = source(target_tables or context.phantom(ref.top), ref, alias=True)
    env = Env(outer.scope(), lookup=target.scope(), now=context.now)
    try:
        condition = compile_condition(lookup.query, env)
    except ExpressionError as error:
        raise error.api_error(f"{where}.query") from None
    if target_tables is None:  # the model has no objects yet: nothing to find
        return literal(None), ref
    found = (
        select(target.doc)
        .select_from(target.froms)
        .where(*target.conditions, condition)
        .order_by(*target.order)
        .limit(1)
        .scalar_subquery()
    )
    return found, ref
