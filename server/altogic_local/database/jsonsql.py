"""SQLite's JSON functions: the only place the database module names them.

Objects are stored as JSON text, and queries reach into them with these functions. They are
SQLite's (JSON1); a PostgreSQL engine would give the same functions over `jsonb` here, and the
query builder, `compute` and the expression compiler would not change. (The expression
language's scalar functions, in `expression/functions.py`, are the other SQLite-specific part.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.functions import Function

Expr = Any
"""A SQL expression or a Python value (bound as a parameter)."""


def extract(doc: Expr, path: Expr) -> Function[Any]:
    """The value at JSON `path` of `doc`, as SQL (objects and lists as JSON text)."""
    return func.json_extract(doc, path)


def kind(doc: Expr, path: Expr | None = None) -> Function[Any]:
    """The JSON type at `path` (`null`, `true`, `false`, `integer`, `real`, `text`, `array`,
    `object`), or NULL when nothing is there."""
    return func.json_type(doc) if path is None else func.json_type(doc, path)


def sql_type(value: Expr) -> Function[Any]:
    """The SQL storage class of a value (`integer`, `real`, `text`, `blob`, `null`)."""
    return func.typeof(value)


def as_json(text: Expr) -> Function[Any]:
    """JSON text marked as JSON, so that it is embedded rather than quoted as a string."""
    return func.json(text)


def quote(value: Expr) -> Function[Any]:
    """A SQL value as JSON text (a number, a quoted string, null)."""
    return func.json_quote(value)


def object_of(*names_and_values: Expr) -> Function[Any]:
    return func.json_object(*names_and_values)


def array_of(*items: Expr) -> Function[Any]:
    return func.json_array(*items)


def array_length(value: Expr, path: Expr | None = None) -> Function[Any]:
    return func.json_array_length(value) if path is None else func.json_array_length(value, path)


def is_json(text: Expr) -> Function[Any]:
    return func.json_valid(text)


def each(value: Expr) -> Function[Any]:
    """The elements of a JSON array (or the members of an object) as rows; use with
    `.table_valued("value", "type", ...)`."""
    return func.json_each(value)


def set_paths(doc: Expr, *paths_and_values: Expr) -> Function[Any]:
    """`doc` with values set at paths (created or replaced)."""
    return func.json_set(doc, *paths_and_values)


def insert_paths(doc: Expr, *paths_and_values: Expr) -> Function[Any]:
    """`doc` with values inserted at paths (existing values are kept; `$[#]` appends)."""
    return func.json_insert(doc, *paths_and_values)


def remove_paths(doc: Expr, *paths: Expr) -> Function[Any]:
    return func.json_remove(doc, *paths)
