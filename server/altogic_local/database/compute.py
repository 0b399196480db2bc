"""Grouping and computing (`compute`) as one aggregate SQL query.

Each group key and each computed value is built in SQL, and each result row is the finished JSON
`{"groupby": {...}, "<name>": value, ...}`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import FromClause, Integer, and_, case, cast, func, literal, not_, select, true

from . import jsonsql
from .actions import Computation
from .expression.compiler import Env, check_size, compile_value
from .expression.errors import ExpressionError
from .expression.values import (
    MAX_FLOAT,
    NUMBER_TYPES,
    SQL,
    Kind,
    Val,
    json_at,
    json_of,
    numeric,
    truth,
    within,
)
from .paths import json_path, split
from .query import Query

SAFE_INTEGER = 9_007_199_254_740_991


def value_json(sql: SQL) -> SQL:
    """A number or text as JSON (null for null and for numbers that are not finite)."""
    return case(
        (and_(jsonsql.sql_type(sql) == "real", not_(within(sql, MAX_FLOAT))), literal("null")),
        else_=jsonsql.quote(sql),
    )


def _element_json(each: Any) -> SQL:
    kind, value = each.c.type, each.c.value
    return case(
        (kind.in_(("array", "object")), value),
        (kind == "true", literal("true")),
        (kind == "false", literal("false")),
        (kind == "null", literal("null")),
        else_=value_json(value),
    )


def _compiled(text: str, env: Env, field: str) -> Val:
    try:
        return compile_value(text, env)
    except ExpressionError as error:
        raise error.api_error(field) from None


def build(
    query: Query,
    group: Sequence[str] | str | None,
    computations: Sequence[Computation],
    offset: int,
    limit: int,
    now: str,
) -> Any:
    env = Env(query.scope, now=now)
    froms: FromClause = query.source.froms
    keys: list[tuple[str, SQL, SQL]] = []  # (name in groupby, JSON of the key, sort value)
    if isinstance(group, str):
        value = _compiled(group, env, "query.group")
        keys.append(("group", json_of(value), _sortable(value)))
    else:
        for index, path in enumerate(group or ()):
            if path.endswith(".$"):
                query.field(path[:-2], f"query.group.{index}")  # strict mode: a declared field
                each = _unwind(query, split(path[:-2]))
                froms = froms.join(each, true())
                keys.append((path, _element_json(each), each.c.value))
            else:
                value = query.field(path, f"query.group.{index}")
                keys.append((path, json_of(value), _sortable(value)))
    results: dict[str, SQL] = {}
    ordering: dict[str, Any] = {}
    for index, computation in enumerate(computations):
        name = computation.name
        aggregate, as_json = _aggregate(computation, env, f"computations.{index}.expression")
        results.pop(name, None)
        ordering.pop(name, None)
        results[name] = as_json
        if computation.sort is not None:
            ordering[name] = aggregate.desc() if computation.sort == "desc" else aggregate.asc()
    groupby = jsonsql.object_of(
        *[part for name, key, _ in keys for part in (name, jsonsql.as_json(key))]
    )
    row = jsonsql.object_of(
        "groupby",
        groupby,
        *[part for name, value in results.items() for part in (name, jsonsql.as_json(value))],
    )
    check_size(row)
    statement = select(row).select_from(froms).where(*query.conditions)
    if keys:
        statement = statement.group_by(*[key for _, key, _ in keys])
    else:
        statement = statement.having(func.count() > 0)
    order = [*ordering.values(), *[sort for _, _, sort in keys], *[key for _, key, _ in keys]]
    return statement.order_by(*order).limit(limit).offset(offset)


def _sortable(value: Val) -> SQL:
    return truth(value) if value.kind is Kind.BOOL else value.sql


def _unwind(query: Query, names: tuple[str, ...]) -> Any:
    """The elements of the list at `names` as rows (a value that is not a list counts as a
    one-element list; missing and null values as none)."""
    path = json_path(names)
    if path is None:
        return jsonsql.each(literal(None)).table_valued("value", "type")
    doc = query.source.doc
    kind, value = jsonsql.kind(doc, path), jsonsql.extract(doc, path)
    items = case(
        (kind == "array", value),
        (kind != "null", jsonsql.array_of(jsonsql.as_json(json_at(doc, path)))),
    )
    return jsonsql.each(items).table_valued("value", "type")


def _aggregate(computation: Computation, env: Env, field: str) -> tuple[SQL, SQL]:
    """The aggregate (for sorting) and its value as JSON."""
    kind = computation.kind
    if kind == "count" or computation.expression is None:
        count = func.count()
        return count, jsonsql.quote(count)
    value = _compiled(computation.expression, env, field)
    if kind == "countif":
        matching = func.coalesce(func.sum(case((truth(value) == 1, 1), else_=0)), 0)
        return matching, jsonsql.quote(matching)
    if kind in ("sum", "avg"):
        number = numeric(value)
        if number is None:
            number = literal(None)
        if kind == "avg":
            average = func.avg(number)
            return average, value_json(average)
        total = func.total(number)
        has_real = func.coalesce(
            func.max(case((jsonsql.sql_type(number) == "real", 1), else_=0)), 0
        )
        exact = case(
            (and_(has_real == 0, within(total, SAFE_INTEGER)), cast(total, Integer)),
            else_=total,
        )
        return exact, value_json(exact)
    comparable = _comparable(value)
    extreme = func.min(comparable) if kind == "min" else func.max(comparable)
    return extreme, value_json(extreme)


def _comparable(value: Val) -> SQL:
    """min and max consider numbers, texts and dates only."""
    if value.kind in (Kind.NUMBER, Kind.TEXT, Kind.DATE):
        return value.sql
    if value.kind is Kind.ANY:
        assert value.jtype is not None
        return case((value.jtype.in_((*NUMBER_TYPES, "text")), value.sql))
    return literal(None)
