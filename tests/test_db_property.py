"""Property test: random objects and random expressions, evaluated by SQLite through the
production compiler and by a small reference evaluator written here from the documented
semantics; both must agree on every object.

The generator builds only well-typed expressions (no `'a' * 2`, whose refusal the table tests
cover), with fields of every JSON type, missing fields and nulls.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .db_eval import Evaluator
from .exploring import examples

# The recursive strategy's repr (which Hypothesis builds for its reports) is long and harmless.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

FIELDS = ("f0", "f1", "f2")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
NUMBER, TEXT, BOOL, NULL, LIST, ANY = "number", "text", "bool", "null", "list", "any"


# ---------------------------------------------------------------- the reference semantics
def kind_of(value: Any) -> str:
    if value is MISSING or value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    return "array" if isinstance(value, list) else "object"


def truthy(value: Any) -> bool:
    if value is MISSING or value is None or value is False or value == "":
        return False
    return not (kind_of(value) == "number" and value == 0)


def number(value: Any) -> Any:
    return value if kind_of(value) == "number" else None


def text(value: Any) -> Any:
    return value if isinstance(value, str) else None


def sqlite_real(value: float) -> str:
    """How SQLite writes a floating-point number (printf `%!.15g`)."""
    written = f"{value:.15g}"
    mantissa, _, exponent = written.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + ("e" + exponent if exponent else "")


def number_text(value: int | float) -> str:
    if isinstance(value, int):
        return str(value)
    if abs(value) < 1e15 and value == int(value):
        return str(int(value))
    return sqlite_real(value)


def to_text(value: Any) -> Any:
    kind = kind_of(value)
    if kind == "null":
        return None
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "number":
        return number_text(value)
    if kind == "text":
        return value
    return json.dumps(value, separators=(",", ":"))


def join(value: Any) -> str:
    converted = to_text(value)
    return "" if converted is None else converted


def equal(a: Any, b: Any) -> bool:
    kind = kind_of(a)
    if kind != kind_of(b):
        return False
    if kind == "null":
        return True
    if kind in ("array", "object"):
        return json.dumps(a, separators=(",", ":")) == json.dumps(b, separators=(",", ":"))
    return bool(a == b)


def ordered(op: str, a: Any, b: Any) -> bool:
    kind = kind_of(a)
    if kind != kind_of(b) or kind not in ("number", "text", "boolean"):
        return False
    return bool({"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op])


def arithmetic(op: str, a: Any, b: Any) -> Any:
    x, y = number(a), number(b)
    if x is None or y is None:
        return None
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    return None if y == 0 else float(x) / y


def add(a: Any, b: Any, kind_a: str, kind_b: str) -> Any:
    if TEXT in (kind_a, kind_b):
        return join(a) + join(b)
    if ANY in (kind_a, kind_b) and "text" in (kind_of(a), kind_of(b)):
        return join(a) + join(b)
    x, y = number(a), number(b)
    return None if x is None or y is None else x + y


def ascii_case(value: Any, upper: bool) -> Any:
    if not isinstance(value, str):
        return None
    return value.upper() if upper else value.lower()


def mod(a: Any, b: Any) -> Any:
    x, y = number(a), number(b)
    if x is None or y is None or y == 0:
        return None
    result = math.fmod(x, y)
    return int(result) if isinstance(x, int) and isinstance(y, int) else result


# ---------------------------------------------------------------- random expressions
Document = dict[str, Any]


@dataclass(frozen=True)
class Expr:
    text: str
    kind: str
    run: Callable[[Document], Any]


def literal_expr(value: Any) -> Expr:
    if value is None:
        return Expr("null", NULL, lambda doc: None)
    if isinstance(value, bool):
        return Expr("true" if value else "false", BOOL, lambda doc: value)
    if isinstance(value, int | float):
        return Expr(repr(value), NUMBER, lambda doc: value)
    return Expr(json.dumps(value), TEXT, lambda doc: value)


def list_literal(items: list[int]) -> Expr:
    return Expr(json.dumps(items), LIST, lambda doc: items)


def field_expr(name: str) -> Expr:
    return Expr(name, ANY, lambda doc: doc.get(name, MISSING))


words = st.text(alphabet="abcXY 12", max_size=5)
numbers = st.one_of(st.integers(-6, 6), st.integers(-8, 8).map(lambda k: k / 4))
scalars = st.one_of(st.none(), st.booleans(), numbers, words)
leaves = st.one_of(scalars.map(literal_expr), st.sampled_from(FIELDS).map(field_expr))
int_lists = st.lists(st.integers(-3, 3), max_size=3)


def combine(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    numeric = children.filter(lambda e: e.kind in (NUMBER, ANY, NULL))
    textual = children.filter(lambda e: e.kind in (TEXT, ANY, NULL))
    addable = children.filter(lambda e: e.kind in (NUMBER, TEXT, ANY, NULL))

    def binary_arith(op: str) -> st.SearchStrategy[Expr]:
        return st.tuples(numeric, numeric).map(
            lambda p: Expr(
                f"({p[0].text} {op} {p[1].text})",
                NUMBER,
                lambda d: arithmetic(op, p[0].run(d), p[1].run(d)),
            )
        )

    def plus(p: tuple[Expr, Expr]) -> Expr:
        a, b = p
        kind = TEXT if TEXT in (a.kind, b.kind) else ANY if ANY in (a.kind, b.kind) else NUMBER
        return Expr(
            f"({a.text} + {b.text})", kind, lambda d: add(a.run(d), b.run(d), a.kind, b.kind)
        )

    def compare(op: str) -> st.SearchStrategy[Expr]:
        def build(p: tuple[Expr, Expr]) -> Expr:
            a, b = p
            if op == "==":
                return Expr(f"({a.text} == {b.text})", BOOL, lambda d: equal(a.run(d), b.run(d)))
            if op == "!=":
                return Expr(
                    f"({a.text} != {b.text})", BOOL, lambda d: not equal(a.run(d), b.run(d))
                )
            return Expr(
                f"({a.text} {op} {b.text})", BOOL, lambda d: ordered(op, a.run(d), b.run(d))
            )

        return st.tuples(children, children).map(build)

    def logical(op: str) -> st.SearchStrategy[Expr]:
        def build(items: list[Expr]) -> Expr:
            joined = f" {op} ".join(item.text for item in items)
            test = all if op == "&&" else any
            return Expr(f"({joined})", BOOL, lambda d: test(truthy(i.run(d)) for i in items))

        return st.lists(children, min_size=2, max_size=3).map(build)

    def call(name: str, kind: str, args: st.SearchStrategy[Any], run: Callable[..., Any]) -> Any:
        def build(items: Any) -> Expr:
            items = items if isinstance(items, tuple) else (items,)
            text_ = f"{name}({', '.join(item.text for item in items)})"
            return Expr(text_, kind, lambda d: run(*[item.run(d) for item in items]))

        return args.map(build)

    def negative(e: Expr) -> Expr:
        def run(d: Document) -> Any:
            value = number(e.run(d))
            return None if value is None else -value

        return Expr(f"-{e.text}", NUMBER, run)

    def if_expr(p: tuple[Expr, Expr, Expr]) -> Expr:
        c, a, b = p
        if a.kind == b.kind and a.kind != ANY:
            kind = a.kind
        elif (
            NULL in (a.kind, b.kind)
            and BOOL not in (a.kind, b.kind)
            and ANY not in (a.kind, b.kind)
        ):
            kind = b.kind if a.kind == NULL else a.kind
        else:
            kind = ANY
        return Expr(
            f"IF({c.text}, {a.text}, {b.text})",
            kind,
            lambda d: a.run(d) if truthy(c.run(d)) else b.run(d),
        )

    lists = st.one_of(
        int_lists.map(list_literal),
        st.sampled_from(FIELDS).map(field_expr),
    )
    return st.one_of(
        binary_arith("-"),
        binary_arith("*"),
        binary_arith("/"),
        st.tuples(addable, addable).map(plus),
        *[compare(op) for op in ("==", "!=", "<", "<=", ">", ">=")],
        logical("&&"),
        logical("||"),
        children.map(lambda e: Expr(f"!{e.text}", BOOL, lambda d: not truthy(e.run(d)))),
        numeric.map(negative),
        call("LOWER", TEXT, textual, lambda v: ascii_case(v, False)),
        call("UPPER", TEXT, textual, lambda v: ascii_case(v, True)),
        call("LEN", NUMBER, textual, lambda v: len(v) if isinstance(v, str) else None),
        call("SIZE", NUMBER, lists, lambda v: len(v) if isinstance(v, list) else None),
        call(
            "IN",
            BOOL,
            st.tuples(lists, children),
            lambda items, x: isinstance(items, list) and any(equal(i, x) for i in items),
        ),
        call("EXISTS", BOOL, children, lambda v: kind_of(v) != "null"),
        call(
            "ISEMPTY",
            BOOL,
            children,
            lambda v: kind_of(v) == "null" or v == "" or v == [] or v == {},
        ),
        call("ABS", NUMBER, numeric, lambda v: None if number(v) is None else abs(v)),
        call("MOD", NUMBER, st.tuples(numeric, numeric), mod),
        call("TOTEXT", TEXT, children, to_text),
        call("CONCAT", TEXT, st.tuples(children, children), lambda a, b: join(a) + join(b)),
        call(
            "STARTSWITH",
            BOOL,
            st.tuples(textual, textual),
            lambda t, p: isinstance(t, str) and isinstance(p, str) and t.startswith(p),
        ),
        call(
            "INCLUDES",
            BOOL,
            st.tuples(textual, textual),
            lambda t, p: isinstance(t, str) and isinstance(p, str) and p in t,
        ),
        st.tuples(children, children, children).map(if_expr),
    )


expressions = st.recursive(leaves, combine, max_leaves=8)
field_values = st.one_of(st.just(MISSING), scalars, int_lists)
documents = st.fixed_dictionaries({name: field_values for name in FIELDS}).map(
    lambda doc: {k: v for k, v in doc.items() if v is not MISSING}
)


def agree(actual: Any, expected: Any) -> bool:
    if expected is MISSING:
        expected = None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12)
    return bool(actual == expected)


@settings(max_examples=examples(400), suppress_health_check=list(HealthCheck))
@given(st.lists(documents, min_size=1, max_size=3), expressions)
def test_sql_agrees_with_the_reference_evaluator(docs: list[Document], expression: Expr) -> None:
    evaluator = Evaluator(docs)
    actual = evaluator.values(expression.text)
    expected = [expression.run(doc) for doc in docs]
    for doc, got, want in zip(docs, actual, expected, strict=True):
        assert agree(got, want), f"{expression.text} on {doc}: SQL {got!r}, reference {want!r}"
