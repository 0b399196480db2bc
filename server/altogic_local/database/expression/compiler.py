"""Compiling syntax trees to SQLAlchemy expressions over stored JSON documents.

The compiler knows where the fields of the current object are (`Scope`): the JSON text of the
document, the indexed `_id` column, the looked-up objects attached by lookups, and, for declared
models, the kinds of the declared fields. Field references become `json_extract` calls with
constant paths, literals become bound parameters: no part of the expression text becomes SQL
text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, literal, or_
from sqlalchemy.exc import OperationalError

from ...errors import ErrorCode
from ...jsonutil import dumps
from .. import jsonsql
from ..paths import json_path
from . import operators
from .errors import ExpressionError
from .parser import parse
from .syntax import Binary, Call, ListLiteral, Literal, Logical, Node, Path, Unary, size_of
from .values import (
    SQL,
    Kind,
    Val,
    any_value,
    boolean,
    const,
    json_of,
    negate,
    number,
    numeric,
    sql_null,
    truthy,
)

MAX_SQL_SIZE = 40_000
"""The most SQL elements one expression may compile to."""
MAX_SQL_DEPTH = 60
"""The deepest SQL one expression may compile to (SQLite's parser fails somewhere past 80)."""

if TYPE_CHECKING:
    from ..models import FieldProblem

FieldKinds = Callable[[tuple[str, ...]], Kind | None]
PathCheck = Callable[[tuple[str, ...]], "FieldProblem | None"]
"""Strict mode: why a field path reaches no declared field, or None when it does."""


@dataclass(frozen=True)
class Scope:
    """Where the fields of the current object come from."""

    doc: SQL
    """The object's JSON text (or NULL)."""
    id_column: SQL | None = None
    """An indexed column holding `_id`, for top-level objects."""
    lookups: Mapping[str, SQL] = field(default_factory=dict)
    """Looked-up objects by field name: their JSON text, NULL when none matched."""
    field_kinds: FieldKinds | None = None
    """The kinds of declared fields, for models that `app.yaml` declares."""
    item: Val | None = None
    """Inside ALLITEMSTRUE/ANYITEMTRUE: the current list item (what `this` alone means)."""
    check: PathCheck | None = None
    """In strict mode: refuses field paths that reach no declared field."""
    lookup_checks: Mapping[str, PathCheck] = field(default_factory=dict)
    """In strict mode: the same for the fields of looked-up objects (paths after the name)."""


@dataclass(frozen=True)
class Env:
    this: Scope
    lookup: Scope | None = None
    """In a complex lookup's query: the candidate object (`lookup.<field>`)."""
    now: str = "1970-01-01T00:00:00.000Z"
    """The current time in ISO form, for NOW() and TODAY()."""


class Compiler:
    def __init__(self, env: Env) -> None:
        self.env = env

    def within(self, scope: Scope) -> Compiler:
        """A compiler for a nested context (the items of a list)."""
        return Compiler(replace(self.env, this=scope))

    # ------------------------------------------------------------ entry points
    def value(self, node: Node) -> Val:
        if isinstance(node, Literal):
            return const(node.value)
        if isinstance(node, Path):
            return self.path(node)
        if isinstance(node, Binary):
            return self.binary(node)
        if isinstance(node, Logical):
            conditions = [truthy(self.value(operand)) for operand in node.operands]
            return boolean(and_(*conditions) if node.op == "&&" else or_(*conditions))
        if isinstance(node, Unary):
            return self.unary(node)
        if isinstance(node, ListLiteral):
            return self.list(node)
        if isinstance(node, Call):
            return self.call(node)
        raise AssertionError(f"unknown node {node!r}")  # pragma: no cover

    def condition(self, node: Node) -> SQL:
        return truthy(self.value(node))

    # ------------------------------------------------------------ nodes
    def binary(self, node: Binary) -> Val:
        left, right = self.value(node.left), self.value(node.right)
        if node.op == "+":
            return operators.add(node, left, right)
        if node.op in ("-", "*", "/"):
            return operators.arithmetic(node, node.op, left, right)
        return operators.comparison(node.op, left, right)

    def unary(self, node: Unary) -> Val:
        operand = self.value(node.operand)
        if node.op == "!":
            return negate(operand)
        value = numeric(operand)
        if value is None:
            raise operators.clash(node, f"`{node.op}` needs a number.")
        # Negation is written as `0 - value`: a value of any JSON type is typed as text in SQL,
        # and text has no negation.
        return number(literal(0) - value if node.op == "-" else value)

    def list(self, node: ListLiteral) -> Val:
        if all(isinstance(item, Literal) for item in node.items):
            values = [item.value for item in node.items if isinstance(item, Literal)]
            return Val(Kind.LIST, literal(dumps(values).decode()), constant=True)
        items = [jsonsql.as_json(json_of(self.value(item))) for item in node.items]
        return Val(Kind.LIST, jsonsql.array_of(*items))

    def call(self, node: Call) -> Val:
        from .functions import FUNCTIONS

        function = FUNCTIONS.get(node.name.upper())
        if function is None:
            raise ExpressionError(
                ErrorCode.invalid_function,
                f"There is no function `{node.name}`.",
                node.pos,
                function=node.name,
            )
        count = len(node.args)
        if not function.min_args <= count <= function.max_args:
            expected = (
                str(function.min_args)
                if function.min_args == function.max_args
                else f"{function.min_args} to {function.max_args}"
            )
            raise ExpressionError(
                ErrorCode.invalid_expression,
                f"`{node.name.upper()}` takes {expected} arguments, not {count}.",
                node.pos,
                function=node.name,
            )
        return function.build(self, node)

    # ------------------------------------------------------------ field references
    def path(self, node: Path) -> Val:
        names = node.names
        scope = self.env.this
        if names[0] == "this":
            names = names[1:]
        elif names[0] == "lookup" and self.env.lookup is not None:
            scope, names = self.env.lookup, names[1:]
        if not names:
            if scope.item is not None:
                return scope.item
            return Val(Kind.OBJECT, scope.doc)
        if names[0] in scope.lookups:
            found = scope.lookups[names[0]]
            if len(names) == 1:
                return Val(Kind.OBJECT, found)
            _check_path(scope.lookup_checks.get(names[0]), names[1:], node)
            return field_value(found, names[1:], None)
        if names == ("_id",) and scope.id_column is not None:
            return Val(Kind.TEXT, scope.id_column)
        _check_path(scope.check, names, node)
        kind = scope.field_kinds(names) if scope.field_kinds is not None else None
        return field_value(scope.doc, names, kind)


def _check_path(check: PathCheck | None, names: tuple[str, ...], node: Path) -> None:
    problem = check(names) if check is not None else None
    if problem is not None:
        raise ExpressionError(
            ErrorCode.invalid_expression, problem.message, node.pos, **problem.details()
        )


def field_value(doc: SQL, names: tuple[str, ...], kind: Kind | None) -> Val:
    """The field at `names` of the JSON object `doc`."""
    path = json_path(names)
    if path is None:
        return any_value(sql_null(), sql_null())
    extracted = jsonsql.extract(doc, path)
    if kind is not None and kind is not Kind.ANY:
        return Val(kind, extracted)
    return any_value(extracted, jsonsql.kind(doc, path))


def check_size(*expressions: SQL | None) -> None:
    """Refuse expressions whose SQL would be too large or too deeply nested for SQLite (whose
    parser has a bounded stack) — values of unknown type compile to run-time type checks, which
    can multiply."""
    count = 0
    stack: list[tuple[Any, int]] = [(e, 1) for e in expressions if e is not None]
    while stack:
        element, depth = stack.pop()
        count += 1
        if count > MAX_SQL_SIZE or depth > MAX_SQL_DEPTH:
            raise too_complex()
        stack.extend((child, depth + 1) for child in element.get_children())


SQLITE_LIMITS = ("parser stack overflow", "Expression tree is too large", "too many terms")
"""SQLite's messages for statements nested or sized beyond its limits."""


def beyond_sqlite_limits(error: Exception) -> bool:
    """Whether running a statement failed because it is nested or sized beyond what SQLite (or
    Python's recursion limit) allows: `check_size` refuses most such expressions, not all."""
    if isinstance(error, RecursionError):
        return True
    return isinstance(error, OperationalError) and any(text in str(error) for text in SQLITE_LIMITS)


def too_complex() -> ExpressionError:
    return ExpressionError(
        ErrorCode.invalid_expression,
        "The expression is too complex (too large or too deeply nested); simplify or split it.",
        0,
        reason="too_complex",
    )


MAX_QUERY_NODES = 2_000
"""The most syntax nodes the expressions of one request may hold together (filter, lookup
queries, group and computations). Checked before anything is compiled, so that refusing an
over-large request costs a parse, not a compilation."""


def check_total_size(texts: Iterable[str | None]) -> None:
    """Refuse (`too_complex`) a request whose expressions hold more than `MAX_QUERY_NODES`
    syntax nodes together; a text that does not parse is left for its own error."""
    total = 0
    for text in texts:
        if text is None:
            continue
        try:
            total += size_of(parse(text))
        except ExpressionError:
            continue
        if total > MAX_QUERY_NODES:
            raise too_complex()


def compile_condition(text: str, env: Env) -> SQL:
    """Parse and compile a filter: true where the expression's value is truthy."""
    condition = Compiler(env).condition(parse(text))
    check_size(condition)
    return condition


def compile_value(text: str, env: Env) -> Val:
    """Parse and compile an expression for its value (group keys, computations)."""
    value = Compiler(env).value(parse(text))
    check_size(value.sql, value.jtype)
    return value
