"""Typed SQL values: what an expression compiles to, and the conversions between kinds.

SQLite values alone cannot tell every JSON value apart: `json_extract` gives `true` as 1 and a
list as its JSON text. So each compiled value carries a `Kind`:

* a static kind (`NUMBER`, `TEXT`, `DATE`, `BOOL`, `LIST`, `OBJECT`, `NULL`) when the compiler
  knows it (literals, function results, declared fields). The SQL value is then a number, a text,
  an ISO date text, 0/1 (where SQL NULL also means false: a boolean is never null), or JSON text.
  Every static kind but `BOOL` may also be null at run time.
* `ANY` when only the data knows (fields of models without declarations): then `jtype` holds the
  SQL expression of the value's JSON type (`json_type` names: null, true, false, integer, real,
  text, array, object; SQL NULL for a missing field), and the generated SQL checks it at run time.

Every JSON function the generated SQL calls only ever receives valid JSON: values of unknown type
are checked with `jtype` first (inside `CASE`, which SQLite evaluates lazily).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    REAL,
    ColumnElement,
    Float,
    Text,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    type_coerce,
)
from sqlalchemy.sql.expression import not_

from .. import jsonsql

SQL = ColumnElement[Any]

ISO_FORMAT = "%Y-%m-%dT%H:%M:%fZ"
"""The one date format stored and compared: ISO-8601 UTC with milliseconds (`...:26.814Z`)."""
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"
"""Texts read as dates must start like an ISO date (SQLite would also read `now` and numbers)."""

NUMBER_TYPES = ("integer", "real")
BOOL_TYPES = ("true", "false")

# SQLite operators SQLAlchemy writes as custom operators. A custom operator without a precedence
# leaves its operands unparenthesised (`a % 0 - b` means `(a % 0) - b`), so each carries its
# SQLite precedence: `||` and `->` bind tightest, `%` as tightly as `*`.
_TIGHTEST = 100
_MULTIPLICATIVE = 8  # SQLAlchemy's precedence of `*` and `/`


def concat(left: SQL, right: Any) -> SQL:
    """`left || right`."""
    return left.op("||", precedence=_TIGHTEST)(right)


def remainder(dividend: SQL, divisor: SQL) -> SQL:
    """`dividend % divisor` (integers)."""
    return dividend.op("%", precedence=_MULTIPLICATIVE)(divisor)


def json_at(document: SQL, path: Any) -> SQL:
    """`document -> path`: the JSON text at `path`."""
    return document.op("->", precedence=_TIGHTEST)(path)


class Kind(enum.Enum):
    NULL = "null"
    BOOL = "boolean"
    NUMBER = "number"
    TEXT = "text"
    DATE = "date"
    LIST = "list"
    OBJECT = "object"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class Sum:
    """A value `+` built from values of unknown type, with its operands and its parts, so that
    the next `+` extends the chain and other operators refer to the parts it needs."""

    operands: tuple[Val, ...]
    """The operands of the chain `o1 + o2 + ...` (from the left)."""
    is_text: SQL
    """Whether the value is a text (some operand was)."""
    joined: SQL
    """The value as a text, null as the empty text (what `+` joins when the other side is text)."""
    number: SQL | None
    """The value as a number: NULL when it is not one (a text operand is no number, so this is
    NULL whenever `is_text` holds); None when statically null."""


@dataclass(frozen=True, slots=True)
class Val:
    kind: Kind
    sql: SQL
    jtype: SQL | None = None
    """For `ANY`: the JSON type of the value (SQL NULL when missing)."""
    constant: bool = False
    """True when `sql` is a bound literal (never null), which allows simpler comparisons."""
    sum: Sum | None = None
    """For `ANY` values built by `+`: the same value in parts."""


def sql_null() -> SQL:
    """SQL NULL as a plain literal. (SQLAlchemy's `null()` turns `x == null()` into
    `x IS NULL`, which is not what comparing with a null value means here.)"""
    return literal_column("NULL")


TRUE = Val(Kind.BOOL, literal(1), constant=True)
FALSE = Val(Kind.BOOL, literal(0), constant=True)
NULL = Val(Kind.NULL, literal_column("NULL"))


def const(value: Any) -> Val:
    """A literal scalar value."""
    if value is None:
        return NULL
    if value is True:
        return TRUE
    if value is False:
        return FALSE
    if isinstance(value, int | float):
        return Val(Kind.NUMBER, literal(value), constant=True)
    return Val(Kind.TEXT, literal(str(value)), constant=True)


def boolean(condition: SQL) -> Val:
    return Val(Kind.BOOL, condition)


def number(sql: SQL) -> Val:
    return Val(Kind.NUMBER, sql)


def text(sql: SQL) -> Val:
    return Val(Kind.TEXT, sql)


def date(sql: SQL) -> Val:
    return Val(Kind.DATE, sql)


def any_value(sql: SQL, jtype: SQL) -> Val:
    return Val(Kind.ANY, sql, jtype)


# ---------------------------------------------------------------- type tests
def jtype_of(value: Val) -> SQL:
    """The run-time JSON type of a value of kind `ANY`."""
    assert value.jtype is not None
    return value.jtype


def jtype_in(value: Val, names: tuple[str, ...]) -> SQL:
    return jtype_of(value).in_(names)


def is_null(value: Val) -> SQL:
    """Missing or null."""
    if value.kind is Kind.NULL:
        return literal(1)
    if value.kind is Kind.BOOL:
        return literal(0)
    if value.kind is Kind.ANY:
        assert value.jtype is not None
        return or_(value.jtype.is_(None), value.jtype == "null")
    return value.sql.is_(None)


def class_of(value: Val) -> SQL:
    """The value's class as SQL text: null, boolean, number, text, array or object (dates are
    text)."""
    if value.kind is Kind.ANY:
        assert value.jtype is not None
        return case(
            (value.jtype.in_(NUMBER_TYPES), literal("number")),
            (value.jtype.in_(BOOL_TYPES), literal("boolean")),
            (value.jtype.in_(("text", "array", "object")), value.jtype),
            else_=literal("null"),
        )
    if value.kind is Kind.NULL:
        return literal("null")
    if value.kind is Kind.BOOL:
        return literal("boolean")
    name = {Kind.LIST: "array", Kind.DATE: "text"}.get(value.kind, value.kind.value)
    return case((value.sql.is_(None), literal("null")), else_=literal(name))


def numeric(value: Val) -> SQL | None:
    """The SQL number (NULL when the value is not a number), or None when statically not one."""
    if value.kind is Kind.NUMBER:
        return value.sql
    if value.sum is not None:
        return sql_null() if value.sum.number is None else value.sum.number
    if value.kind is Kind.ANY:
        # Typed as a number for SQLAlchemy: the SQL of a value of unknown type may be typed as
        # text (the result of `+`), and SQLAlchemy has no arithmetic on text.
        return type_coerce(case((jtype_in(value, NUMBER_TYPES), value.sql)), Float())
    if value.kind is Kind.NULL:
        return sql_null()
    return None


def textual(value: Val) -> SQL | None:
    """The SQL text (NULL when the value is not text), or None when statically not text.
    Dates count as text (their ISO form)."""
    if value.kind in (Kind.TEXT, Kind.DATE):
        return value.sql
    if value.kind is Kind.ANY:
        return case((jtype_of(value) == "text", value.sql))
    if value.kind is Kind.NULL:
        return sql_null()
    return None


def listlike(value: Val) -> SQL | None:
    """The JSON text of a list (NULL when the value is not a list), or None when statically
    not a list."""
    if value.kind is Kind.LIST:
        return value.sql
    if value.kind is Kind.ANY:
        return case((jtype_of(value) == "array", value.sql))
    if value.kind is Kind.NULL:
        return sql_null()
    return None


def parse_date(text_sql: SQL) -> SQL:
    """A text read as a date, in the stored ISO form; NULL when it is not a date."""
    return case((text_sql.op("GLOB")(DATE_GLOB), func.strftime(ISO_FORMAT, text_sql)))


def as_date(value: Val) -> SQL | None:
    """The ISO date (NULL when the value is not a date or date text), or None when statically
    not a date."""
    if value.kind is Kind.DATE:
        return value.sql
    source = textual(value)
    return None if source is None else parse_date(source)


# ---------------------------------------------------------------- truth and conversion
def truthy(value: Val) -> SQL:
    """False for false, 0, null, missing and ''; true for everything else. The SQL may be NULL
    where the answer is false (as in WHERE)."""
    kind = value.kind
    if kind is Kind.BOOL:
        return value.sql
    if kind is Kind.NULL:
        return literal(0)
    if kind is Kind.NUMBER:
        return value.sql != 0
    if kind in (Kind.TEXT, Kind.DATE):
        return value.sql != ""
    if kind in (Kind.LIST, Kind.OBJECT):
        return value.sql.is_not(None)
    assert value.jtype is not None
    return case(
        (value.jtype.in_(NUMBER_TYPES), value.sql != 0),
        (value.jtype == "text", value.sql != ""),
        (value.jtype.in_(("true", "array", "object")), literal(1)),
        else_=literal(0),
    )


def truth(value: Val) -> SQL:
    """`truthy` as a strict 0/1 (never NULL)."""
    return func.coalesce(truthy(value), 0)


def negate(value: Val) -> Val:
    return boolean(not_(truth(value)))


MAX_FLOAT = 1.7976931348623157e308


def within(sql: SQL, limit: float) -> SQL:
    """`-limit <= sql <= limit`, without abs() (which overflows on the smallest integer)."""
    return sql.between(-limit, limit)


def finite_json(sql: SQL) -> SQL:
    """A number as JSON, null when it is not finite (JSON has no infinity). A decimal is written
    with the fewest digits (15 to 17) that read back as the same number: SQLite's own 15 digits
    would change the value (`1.0 / 3` in a list would no longer equal `1.0 / 3`)."""

    def digits(count: int) -> SQL:
        return func.printf(f"%!.{count}g", sql)

    exact = case(
        (cast(digits(15), REAL) == sql, digits(15)),
        (cast(digits(16), REAL) == sql, digits(16)),
        else_=digits(17),
    )
    return case(
        (jsonsql.sql_type(sql) == "integer", jsonsql.quote(sql)),
        (within(sql, MAX_FLOAT), exact),
        else_=literal("null"),
    )


def number_text(sql: SQL) -> SQL:
    """A number as text, as JavaScript writes it (`150`, `2.5`, `0.30000000000000004`, `1e+21`,
    `Infinity`): see `numbers.py`."""
    return func.altogic_number_text(sql, type_=Text)


def to_text(value: Val) -> SQL:
    """TOTEXT: numbers without a needless fraction, booleans as `true`/`false`, dates in ISO
    form, lists and objects as JSON text; NULL for null."""
    kind = value.kind
    if kind is Kind.NUMBER:
        return number_text(value.sql)
    if kind is Kind.BOOL:
        return case((truth(value) == 1, literal("true")), else_=literal("false"))
    if kind is Kind.NULL:
        return sql_null()
    if kind in (Kind.LIST, Kind.OBJECT):
        return plain(value.sql)
    if kind is not Kind.ANY:
        return value.sql
    assert value.jtype is not None
    return case(
        (value.jtype.in_(NUMBER_TYPES), number_text(value.sql)),
        (value.jtype == "true", literal("true")),
        (value.jtype == "false", literal("false")),
        (value.jtype == "text", value.sql),
        (value.jtype.in_(("array", "object")), plain(value.sql)),
        else_=sql_null(),
    )


def plain(json_text: SQL) -> SQL:
    """JSON text as an ordinary text: SQLite marks the results of its JSON functions, and JSON
    functions given a marked value embed it as JSON instead of as a text."""
    return concat(json_text, "")


def join_text(value: Val) -> SQL:
    """`to_text`, with null joining as the empty text (for `+` and CONCAT)."""
    if value.sum is not None:
        return value.sum.joined
    return func.coalesce(to_text(value), "")


def json_of(value: Val) -> SQL:
    """The value as JSON text (`null` for null or missing)."""
    kind = value.kind
    if kind is Kind.NULL:
        return literal("null")
    if kind is Kind.BOOL:
        return case((truth(value) == 1, literal("true")), else_=literal("false"))
    if kind in (Kind.LIST, Kind.OBJECT):
        return func.coalesce(value.sql, "null")
    if kind is Kind.NUMBER:
        return finite_json(value.sql)
    if kind is not Kind.ANY:
        return jsonsql.quote(value.sql)
    if value.sum is not None:  # a text or a number: each part once
        number_json = literal("null") if value.sum.number is None else finite_json(value.sum.number)
        return case(
            (value.sum.is_text, jsonsql.quote(value.sum.joined)),
            else_=number_json,
        )
    assert value.jtype is not None
    return case(
        (value.jtype.in_(("array", "object")), value.sql),
        (value.jtype == "true", literal("true")),
        (value.jtype == "false", literal("false")),
        (value.jtype == "text", jsonsql.quote(value.sql)),
        (value.jtype.in_(NUMBER_TYPES), finite_json(value.sql)),
        else_=literal("null"),
    )


def to_any(value: Val) -> Val:
    """The same value with a run-time JSON type, so values of different kinds can mix."""
    kind = value.kind
    if kind is Kind.ANY:
        return value
    if kind is Kind.BOOL:
        flag = truth(value)
        return any_value(flag, case((flag == 1, literal("true")), else_=literal("false")))
    if kind is Kind.NULL:
        return any_value(sql_null(), literal("null"))
    if kind is Kind.NUMBER:
        jtype = jsonsql.sql_type(value.sql)
        return any_value(value.sql, case((value.sql.is_(None), sql_null()), else_=jtype))
    name = {Kind.LIST: "array", Kind.OBJECT: "object"}.get(kind, "text")
    return any_value(value.sql, case((value.sql.is_(None), sql_null()), else_=literal(name)))
