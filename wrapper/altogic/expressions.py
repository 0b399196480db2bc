"""Values put into Altogic expressions safely: named placeholders, and literals.

Expressions (filters, lookup queries, `group`, `compute`) are text, so building one with an
f-string lets a value end a string literal early and change the condition:

    name = "nobody' || true || 'a"
    users.filter(f"owner == '{name}'")            # matches every object

Write a named placeholder instead and pass the value as a keyword argument; the client writes it
into the expression as a correctly quoted literal before sending:

    users.filter("owner == :owner && price < :max", owner=name, max=10)

A placeholder is `:` followed by a Python identifier, outside string literals (`':owner'` is
the text `:owner`). A placeholder with no argument, or an argument no placeholder uses, makes the
call an `invalid_request` result, and nothing is sent. Code that composes expressions itself
writes each value with `literal`.

Values and the literals they become:

- `str`: a single-quoted string; quotes, backslashes and control characters escaped;
- `int`, `float`, `decimal.Decimal`: a number (NaN, infinities and integers beyond the 64-bit
  range the database stores are refused);
- `bool`: `true` / `false`; `None`: `null`;
- `datetime.datetime` / `datetime.date`: the ISO-8601 text the client sends for it in a request
  body (`'2026-12-05T16:03:23.000Z'`, UTC; a naive datetime is taken as UTC), which the database
  compares with date fields;
- `list` / `tuple`: a list literal of the above (for `IN(...)` and `INCLUDES(...)`).
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TypeAlias

__all__ = ["ExpressionValue", "bind", "bind_many", "literal", "placeholders"]

ExpressionValue: TypeAlias = (
    str
    | int
    | float
    | bool
    | datetime.date
    | decimal.Decimal
    | list["ExpressionValue"]
    | tuple["ExpressionValue", ...]
    | None
)
"""A value `literal` can write, and a placeholder can take."""

INT64 = 2**63
"""Integers stored and compared exactly lie in [-2**63, 2**63)."""

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\ud800-\udfff]")


def iso_date(value: datetime.date) -> str:
    """The text a date is sent as, in request bodies and in expressions (as JavaScript's
    `JSON.stringify` writes a `Date`): ISO-8601 UTC with milliseconds; a naive datetime is taken
    as UTC; a date without a time as `YYYY-MM-DD`."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="milliseconds") + "Z"
    return value.isoformat()


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in ("\\", "'"):
        return "\\" + char
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _string(text: str) -> str:
    return "'" + _NEEDS_ESCAPE.sub(_escape, text) + "'"


def _number(value: int | float | decimal.Decimal) -> str:
    if isinstance(value, int):
        if not -INT64 <= value < INT64:
            raise ValueError(
                f"{value} is beyond the 64-bit integers the database stores exactly; "
                "pass it as a float or a str"
            )
        if value == -INT64:  # 2**63 alone is no 64-bit integer, so write it as a difference
            return f"({-INT64 + 1} - 1)"
        return str(value)
    finite = value.is_finite() if isinstance(value, decimal.Decimal) else math.isfinite(value)
    if not finite:
        raise ValueError(f"{value} is not a finite number, and expressions have no literal for it")
    return repr(value) if isinstance(value, float) else format(value, "f")


def literal(value: ExpressionValue) -> str:
    """`value` written as an expression literal (see the module docstring for each type).

    Raises `TypeError` for a value of another type (objects have no literal: compare their fields
    one by one) and `ValueError` for a number no literal can hold."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int | float | decimal.Decimal):
        return _number(value)
    if isinstance(value, datetime.date):
        return _string(iso_date(value))
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, Mapping):
        raise TypeError(
            "an object has no expression literal; compare its fields one by one "
            "(`address.city == :city && address.zip == :zip`)"
        )
    raise TypeError(
        f"a {type(value).__name__} has no expression literal; pass a str, number, bool, None, "
        "date, datetime, or a list of these"
    )


def _tokens(expression: str) -> Iterator[tuple[int, int, str | None]]:
    """The placeholders (`start, end, name`) and string literals (`start, end, None`) of
    `expression`, in order. An unterminated string runs to the end (the backend reports it)."""
    index, size = 0, len(expression)
    while index < size:
        char = expression[index]
        if char in "'\"":
            start, index = index, index + 1
            while index < size and expression[index] != char:
                index += 2 if expression[index] == "\\" else 1
            index = min(index + 1, size)
            yield start, index, None
        elif char == ":" and (name := _NAME.match(expression, index + 1)) is not None:
            yield index, name.end(), name.group()
            index = name.end()
        else:
            index += 1


def placeholders(expression: str) -> list[str]:
    """The names of the placeholders in `expression`, in order of first use."""
    names = (name for _, _, name in _tokens(expression) if name is not None)
    return list(dict.fromkeys(names))


def _quoted_uses(expression: str, names: Sequence[str]) -> list[str]:
    """Those of `names` that appear as `:name` inside a string literal of `expression`."""
    texts = [expression[start:end] for start, end, name in _tokens(expression) if name is None]
    return [name for name in names if any(re.search(rf":{name}\b", text) for text in texts)]


def bind(expression: str, params: Mapping[str, object], *, where: str = "the expression") -> str:
    """`expression` with each placeholder replaced by the literal of its value in `params`.

    Raises `ValueError` (a placeholder with no value, a value no placeholder uses, a number no
    literal holds) or `TypeError` (a value with no literal), with a message naming `where` (the
    call, such as `filter()`)."""
    return bind_many([expression], params, where=where)[0]


def bind_many(
    expressions: Sequence[str], params: Mapping[str, object], *, where: str = "the expression"
) -> list[str]:
    """Each of `expressions` bound as `bind` does, sharing `params`: every placeholder needs a
    value, and every value must be used by at least one of them."""
    used = {name for expression in expressions for name in placeholders(expression)}
    unused = [name for name in params if name not in used]
    if unused:
        names = ", ".join(f"{name}=" for name in unused)
        marks = ", ".join(f":{name}" for name in unused)
        message = f"{where} was given {names} but its expression has no {marks} placeholder"
        quoted = [name for text in expressions for name in _quoted_uses(text, unused)]
        if quoted:
            message += (
                f" (:{quoted[0]} is inside quotes, where it is text; write it without quotes)"
            )
        raise ValueError(message + ".")
    return [_bind_one(expression, params, where) for expression in expressions]


def _bind_one(expression: str, params: Mapping[str, object], where: str) -> str:
    tokens = [(start, end, name) for start, end, name in _tokens(expression) if name is not None]
    missing = [name for name in dict.fromkeys(name for _, _, name in tokens) if name not in params]
    if missing:
        names = ", ".join(f":{name}" for name in missing)
        given = ", ".join(f"{name}=..." for name in missing)
        plural = "s" if len(missing) > 1 else ""
        raise ValueError(
            f"{where} has no value for {names}; pass the value{plural} as keyword "
            f"argument{plural} ({given})."
        )
    parts: list[str] = []
    last = 0
    for start, end, name in tokens:
        try:
            text = literal(params[name])  # type: ignore[arg-type]  # literal checks the type
        except (TypeError, ValueError) as error:
            raise type(error)(f"{where} cannot write {name}=: {error}.") from None
        parts += [expression[last:start], text]
        last = end
    parts.append(expression[last:])
    return "".join(parts)
