"""Numbers written as text the way JavaScript writes them (`String(x)`), as Altogic's backend
does (ECMAScript's Number::toString): the fewest digits that read back as the same number, in
plain notation from 1e-6 up to (not including) 1e21, in exponent notation beyond
(`0.30000000000000004`, `100`, `1e+21`, `1.5e-7`).

SQLite's own conversion keeps 15 digits (`0.3`) and writes `1.0e+20`, so expressions call
`altogic_number_text`, registered on every connection (`SQL_FUNCTIONS`).
"""

from __future__ import annotations

import math
from decimal import Decimal

PLAIN_FROM, PLAIN_TO = -5, 21
"""Plain notation when the decimal point sits after digit n of the number's significant digits
and PLAIN_FROM <= n <= PLAIN_TO (n is 1 for 1.5, 0 for 0.5, -5 for 0.000001, -6 for 1e-7)."""


def number_text(value: object) -> str | None:
    """`value` written as JavaScript writes it; None for anything but a number (SQLite may pass
    any of its values, and an exception here would fail the whole statement)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int):
        return str(value)
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr() gives the shortest digits that read back as the same float, as JavaScript does.
    _, digit_tuple, exponent = Decimal(repr(abs(value))).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    assert isinstance(exponent, int)
    point = exponent + len("".join(map(str, digit_tuple)))  # digits before the decimal point
    if len(digits) <= point <= PLAIN_TO:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= PLAIN_TO:
        return sign + digits[:point] + "." + digits[point:]
    if PLAIN_FROM <= point <= 0:
        return sign + "0." + "0" * -point + digits
    power = point - 1
    mantissa = digits if len(digits) == 1 else digits[0] + "." + digits[1:]
    return f"{sign}{mantissa}e{'+' if power >= 0 else '-'}{abs(power)}"


SQL_FUNCTIONS = {"altogic_number_text": (1, number_text)}
"""The functions compiled expressions call: SQL name → (argument count, implementation)."""
