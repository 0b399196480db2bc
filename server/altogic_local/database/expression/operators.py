"""The operators: arithmetic and comparisons between typed values.

Comparisons never mix types: `==` is true for two nulls (a missing field is null) and for equal
values of the same type, and false otherwise (`'5' == 5` is false); ordered comparisons hold
only between two numbers, two texts, two dates or two booleans, and are false with null. A text
compared with a date is read as a date. Lists and objects are equal when their JSON is.
"""

from __future__ import annotations

from sqlalchemy import REAL, and_, case, cast, func, literal, or_
from sqlalchemy.sql.expression import not_

from ...errors import ErrorCode
from .errors import ExpressionError
from .syntax import Node
from .values import (
    BOOL_TYPES,
    NUMBER_TYPES,
    SQL,
    Kind,
    Sum,
    Val,
    boolean,
    class_of,
    concat,
    date,
    is_null,
    join_text,
    jtype_in,
    jtype_of,
    number,
    number_text,
    numeric,
    parse_date,
    text,
    truth,
)

_TYPES = {
    Kind.NUMBER: NUMBER_TYPES,
    Kind.TEXT: ("text",),
    Kind.DATE: ("text",),
    Kind.BOOL: BOOL_TYPES,
    Kind.LIST: ("array",),
    Kind.OBJECT: ("object",),
}
_ORDERED = (Kind.NUMBER, Kind.TEXT, Kind.DATE, Kind.BOOL)
_CLASS = {Kind.DATE: Kind.TEXT}


def _class(kind: Kind) -> Kind:
    return _CLASS.get(kind, kind)


def clash(node: Node, message: str) -> ExpressionError:
    return ExpressionError(ErrorCode.invalid_expression, message, node.pos, reason="type_mismatch")


# ---------------------------------------------------------------- arithmetic
def _is_text(value: Val) -> SQL:
    if value.sum is not None:
        return value.sum.is_text
    if value.kind in (Kind.TEXT, Kind.DATE):
        return literal(1)
    if value.kind is Kind.ANY:
        return jtype_of(value) == "text"
    return literal(0)


def add(node: Node, left: Val, right: Val) -> Val:
    """`+`: joins text when either side is text (null joins as ''), else adds numbers."""
    static_text = {left.kind, right.kind} & {Kind.TEXT, Kind.DATE}
    if static_text:
        return text(concat(join_text(left), join_text(right)))
    if Kind.ANY not in (left.kind, right.kind):
        a, b = numeric(left), numeric(right)
        if a is None or b is None:
            raise clash(node, f"`+` cannot add {_name(left)} and {_name(right)}.")
        return number(a + b)
    return _chain((*(left.sum.operands if left.sum else (left,)), right))


def _chain(operands: tuple[Val, ...]) -> Val:
    """`o1 + o2 + ... + on` (from the left) where some operand's type is only known at run time.

    Built from all the operands at once, so that a chain of `+` refers to each operand a fixed
    number of times, in flat SQL: nested pairwise, `a + b + c + d` on undeclared fields would
    repeat each operand's SQL at every step (exponential size) and nest past SQLite's parser
    stack. Until the first text operand the values add up as numbers; from it on, everything
    joins as text, the sum so far first (an operand alone before it joins as itself).
    """
    texts = [_is_text(operand) for operand in operands]
    numbers = [numeric(operand) for operand in operands]

    def total(count: int) -> SQL | None:
        """The sum of the first `count` operands: None when one is statically not a number."""
        parts = [part for part in numbers[:count] if part is not None]
        if len(parts) < count:
            return None
        result = parts[0]
        for part in parts[1:]:
            result = result + part
        return result

    def number_joined(sql: SQL | None) -> SQL:
        return literal("") if sql is None else func.coalesce(number_text(sql), "")

    # What joins before the first text operand, chosen by its position.
    before_first_text: list[tuple[SQL, SQL]] = [(texts[0], literal(""))]
    if len(operands) > 1:
        before_first_text.append((texts[1], join_text(operands[0])))
    before_first_text += [(texts[k], number_joined(total(k))) for k in range(2, len(operands))]
    joined: SQL = case(*before_first_text, else_=literal(""))
    for index, operand in enumerate(operands):
        text_so_far = or_(*texts[: index + 1])
        joined = concat(joined, case((text_so_far, join_text(operand)), else_=literal("")))

    is_text = or_(*texts)
    number_sql = total(len(operands))
    if number_sql is None:
        sql, jtype, as_text = case((is_text, joined)), case((is_text, "text")), joined
    else:
        present = number_sql.is_not(None)
        sql = case((is_text, joined), (present, number_sql))
        jtype = case((is_text, literal("text")), (present, literal("real")))
        as_text = case((is_text, joined), else_=number_joined(number_sql))
    return Val(Kind.ANY, sql, jtype, sum=Sum(operands, is_text, as_text, number_sql))


def arithmetic(node: Node, op: str, left: Val, right: Val) -> Val:
    """`-`, `*` and `/` on numbers; a value that is not a number gives null. `/` always divides
    exactly, and division by zero gives null."""
    a, b = numeric(left), numeric(right)
    if a is None or b is None:
        bad = left if a is None else right
        raise clash(node, f"`{op}` needs numbers, not {_name(bad)}.")
    if op == "-":
        return number(a - b)
    if op == "*":
        return number(a * b)
    return number(cast(a, REAL) / b)


def _name(value: Val) -> str:
    return {
        Kind.NULL: "null",
        Kind.BOOL: "a boolean",
        Kind.NUMBER: "a number",
        Kind.TEXT: "text",
        Kind.DATE: "a date",
        Kind.LIST: "a list",
        Kind.OBJECT: "an object",
        Kind.ANY: "a field",
    }[value.kind]


# ---------------------------------------------------------------- comparisons
def _dates(left: Val, right: Val) -> tuple[Val, Val]:
    """Read a static text as a date when the other side is a date."""
    if left.kind is Kind.DATE and right.kind is Kind.TEXT:
        return left, date(parse_date(right.sql))
    if right.kind is Kind.DATE and left.kind is Kind.TEXT:
        return date(parse_date(left.sql)), right
    return left, right


def _scalar(value: Val) -> SQL:
    """The SQL value used when comparing two values of the same class."""
    return truth(value) if value.kind is Kind.BOOL else value.sql


def _dynamic_operand(dynamic: Val, static: Val) -> tuple[SQL, SQL]:
    """For a value of unknown type compared with a value of kind `static.kind`: the condition
    that its type fits, and its SQL value to compare (dates read from text)."""
    fits = jtype_in(dynamic, _TYPES[static.kind])
    if static.kind is Kind.DATE:
        return fits, parse_date(dynamic.sql)
    return fits, dynamic.sql


def equal(left: Val, right: Val) -> SQL:
    """`==` as a strict 0/1 condition where possible (NULL also means false)."""
    if left.kind is Kind.NULL:
        return is_null(right)
    if right.kind is Kind.NULL:
        return is_null(left)
    left, right = _dates(left, right)
    if left.kind is Kind.ANY and right.kind is Kind.ANY:
        return _equal_dynamic(left, right)
    if left.kind is Kind.ANY or right.kind is Kind.ANY:
        dynamic, static = (left, right) if left.kind is Kind.ANY else (right, left)
        fits, value = _dynamic_operand(dynamic, static)
        same = and_(fits, value == _scalar(static))
        if static.constant or static.kind is Kind.BOOL:  # never null
            return same
        return case((static.sql.is_(None), is_null(dynamic)), else_=same)
    if _class(left.kind) is not _class(right.kind):
        return and_(is_null(left), is_null(right))
    if right.constant:
        return _scalar(left) == _scalar(right)
    if left.constant:
        return _scalar(right) == _scalar(left)
    return _scalar(left).is_(_scalar(right))


def _equal_dynamic(left: Val, right: Val) -> SQL:
    left_class, right_class = class_of(left), class_of(right)
    return case(
        (left_class != right_class, literal(0)),
        (left_class == "null", literal(1)),
        else_=left.sql == right.sql,
    )


def not_equal(left: Val, right: Val) -> SQL:
    return not_(func.coalesce(equal(left, right), 0))


def ordered(op: str, left: Val, right: Val) -> SQL:
    """`<`, `<=`, `>`, `>=`."""
    if Kind.NULL in (left.kind, right.kind):
        return literal(0)
    left, right = _dates(left, right)

    def compare(a: SQL, b: SQL) -> SQL:
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]

    if left.kind is Kind.ANY and right.kind is Kind.ANY:
        left_class = class_of(left)
        return and_(
            left_class == class_of(right),
            left_class.in_(("number", "text", "boolean")),
            compare(left.sql, right.sql),
        )
    if left.kind is Kind.ANY or right.kind is Kind.ANY:
        dynamic, static = (left, right) if left.kind is Kind.ANY else (right, left)
        if static.kind not in _ORDERED:
            return literal(0)
        fits, value = _dynamic_operand(dynamic, static)
        pair = (value, _scalar(static)) if dynamic is left else (_scalar(static), value)
        if static.kind is Kind.DATE:
            return case((fits, compare(*pair)), else_=literal(0))
        return and_(fits, compare(*pair))
    if _class(left.kind) is not _class(right.kind) or left.kind not in _ORDERED:
        return literal(0)
    return compare(_scalar(left), _scalar(right))


def comparison(op: str, left: Val, right: Val) -> Val:
    if op == "==":
        return boolean(equal(left, right))
    if op == "!=":
        return boolean(not_equal(left, right))
    return boolean(ordered(op, left, right))
