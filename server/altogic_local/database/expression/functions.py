"""The function library of the expression language (names are case-insensitive).

Each function compiles its arguments and builds SQL from SQLite built-ins (core, JSON and math
functions). Arguments of the wrong static type (`SIZE('text')`) are refused with
`invalid_expression`; values of unknown type that turn out wrong at run time give null (or false
for tests). Conversions (`TO...`) accept any type and give null when they cannot convert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import REAL, Integer, and_, case, cast, func, literal, not_, or_, select

from ...errors import ErrorCode
from .. import jsonsql
from .errors import ExpressionError
from .operators import clash, equal, ordered
from .syntax import Call, ListLiteral, Literal, Node
from .values import (
    FALSE,
    ISO_FORMAT,
    NUMBER_TYPES,
    SQL,
    TRUE,
    Kind,
    Val,
    any_value,
    as_date,
    boolean,
    class_of,
    concat,
    const,
    date,
    is_null,
    join_text,
    json_of,
    listlike,
    negate,
    number,
    numeric,
    parse_date,
    remainder,
    sql_null,
    text,
    textual,
    to_any,
    to_text,
    truth,
    truthy,
    within,
)

EARTH_RADIUS = 6_371_000.0
"""Metres, for DISTANCE (haversine formula)."""
MAX_ARGS = 100
INT64_MIN = -(2**63)
MAX_MILLIS = 253_402_300_800_000
"""Epoch milliseconds of 10000-01-01, the first moment SQLite's dates cannot show."""

if TYPE_CHECKING:
    from .compiler import Compiler

Builder = Callable[["Compiler", Call], Val]


@dataclass(frozen=True)
class Function:
    min_args: int
    max_args: int
    build: Builder


FUNCTIONS: dict[str, Function] = {}


def register(*names: str, args: int | tuple[int, int]) -> Callable[[Builder], Builder]:
    low, high = (args, args) if isinstance(args, int) else args

    def add(build: Builder) -> Builder:
        for name in names:
            FUNCTIONS[name] = Function(low, high, build)
        return build

    return add


# ---------------------------------------------------------------- argument helpers
def values(compiler: Compiler, node: Call) -> list[Val]:
    return [compiler.value(arg) for arg in node.args]


def _need(
    node: Call, index: int, value: Val, convert: Callable[[Val], SQL | None], what: str
) -> SQL:
    result = convert(value)
    if result is None:
        raise clash(
            node.args[index],
            f"Argument {index + 1} of `{node.name.upper()}` must be {what}.",
        )
    return result


def need_number(node: Call, index: int, value: Val) -> SQL:
    return _need(node, index, value, numeric, "a number")


def need_text(node: Call, index: int, value: Val) -> SQL:
    return _need(node, index, value, textual, "text")


def need_list(node: Call, index: int, value: Val) -> SQL:
    return _need(node, index, value, listlike, "a list")


def need_date(node: Call, index: int, value: Val) -> SQL:
    return _need(node, index, value, as_date, "a date")


def literal_text(node: Call, index: int, choices: dict[str, str], default: str) -> str:
    """An argument that must be a literal text among `choices` (case-insensitive)."""
    if index >= len(node.args):
        return default
    arg: Node = node.args[index]
    if not isinstance(arg, Literal) or not isinstance(arg.value, str):
        raise ExpressionError(
            ErrorCode.invalid_expression,
            f"Argument {index + 1} of `{node.name.upper()}` must be a quoted unit such as 'days'.",
            arg.pos,
        )
    unit = choices.get(arg.value.lower())
    if unit is None:
        raise ExpressionError(
            ErrorCode.invalid_expression,
            f"Unknown unit `{arg.value}`; use one of {', '.join(sorted(set(choices)))}.",
            arg.pos,
        )
    return unit


def any_null(*parts: SQL) -> SQL:
    return or_(*[part.is_(None) for part in parts])


# ---------------------------------------------------------------- logical
@register("AND", args=(1, MAX_ARGS))
def _and(c: Compiler, node: Call) -> Val:
    return boolean(and_(*[truthy(v) for v in values(c, node)]))


@register("OR", args=(1, MAX_ARGS))
def _or(c: Compiler, node: Call) -> Val:
    return boolean(or_(*[truthy(v) for v in values(c, node)]))


@register("NOT", args=1)
def _not(c: Compiler, node: Call) -> Val:
    return negate(c.value(node.args[0]))


@register("TRUE", args=0)
def _true(c: Compiler, node: Call) -> Val:
    return TRUE


@register("FALSE", args=0)
def _false(c: Compiler, node: Call) -> Val:
    return FALSE


@register("IF", args=(2, 3))
def _if(c: Compiler, node: Call) -> Val:
    condition = truth(c.value(node.args[0]))
    yes = c.value(node.args[1])
    no = c.value(node.args[2]) if len(node.args) == 3 else const(None)
    return choose(condition == 1, yes, no)


def choose(condition: SQL, yes: Val, no: Val) -> Val:
    """`yes` where `condition` holds, else `no`."""
    if yes.kind is no.kind and yes.kind is not Kind.ANY:
        if yes.kind is Kind.BOOL:
            return boolean(case((condition, truth(yes)), else_=truth(no)))
        return Val(yes.kind, case((condition, yes.sql), else_=no.sql))
    if Kind.NULL in (yes.kind, no.kind) and Kind.BOOL not in (yes.kind, no.kind):
        other = no if yes.kind is Kind.NULL else yes
        if other.kind is not Kind.ANY:
            picked = case((condition, yes.sql), else_=no.sql)
            return Val(other.kind, picked)
    a, b = to_any(yes), to_any(no)
    assert a.jtype is not None and b.jtype is not None
    return any_value(
        case((condition, a.sql), else_=b.sql), case((condition, a.jtype), else_=b.jtype)
    )


@register("EXISTS", args=1)
def _exists(c: Compiler, node: Call) -> Val:
    return boolean(not_(is_null(c.value(node.args[0]))))


@register("ISEMPTY", args=1)
def _isempty(c: Compiler, node: Call) -> Val:
    value = c.value(node.args[0])
    kind = value.kind
    if kind is Kind.ANY:
        assert value.jtype is not None
        return boolean(
            case(
                (or_(value.jtype.is_(None), value.jtype == "null"), literal(1)),
                (value.jtype == "text", value.sql == ""),
                (value.jtype == "array", value.sql == "[]"),
                (value.jtype == "object", value.sql == "{}"),
                else_=literal(0),
            )
        )
    empty = {Kind.TEXT: "", Kind.DATE: "", Kind.LIST: "[]", Kind.OBJECT: "{}"}.get(kind)
    if empty is not None:
        return boolean(func.coalesce(value.sql, empty) == empty)
    return boolean(is_null(value))


@register("COMPARE", args=2)
def _compare(c: Compiler, node: Call) -> Val:
    left, right = values(c, node)
    static = {left.kind, right.kind} - {Kind.ANY, Kind.NULL}
    if len(static) == 2 and static not in ({Kind.TEXT, Kind.DATE},):
        raise clash(node, "`COMPARE` needs two values of the same type.")
    if static & {Kind.LIST, Kind.OBJECT}:
        raise clash(node, "`COMPARE` compares numbers, texts, dates or booleans.")
    # Only values of one orderable type compare (`<=` without `<` is equality between them);
    # anything else, lists included, gives null.
    return number(
        case(
            (or_(is_null(left), is_null(right)), sql_null()),
            (func.coalesce(ordered("<", left, right), 0) == 1, literal(-1)),
            (func.coalesce(ordered(">", left, right), 0) == 1, literal(1)),
            (func.coalesce(ordered("<=", left, right), 0) == 1, literal(0)),
            else_=sql_null(),
        )
    )


# ---------------------------------------------------------------- lists
@register("SIZE", args=1)
def _size(c: Compiler, node: Call) -> Val:
    return number(jsonsql.array_length(need_list(node, 0, c.value(node.args[0]))))


def _items(source: SQL) -> tuple[Any, Val, SQL]:
    """The elements of a JSON list as a table (`json_each`), the element as a value, and the
    element as a JSON object (NULL when it is not an object)."""
    table = jsonsql.each(source).table_valued("value", "type")
    item = any_value(table.c.value, table.c.type)
    return table, item, case((table.c.type == "object", table.c.value))


@register("IN", args=2)
def _in(c: Compiler, node: Call) -> Val:
    haystack, needle = node.args
    if isinstance(haystack, ListLiteral) and all(
        isinstance(item, Literal) for item in haystack.items
    ):
        target = c.value(needle)
        tests = [
            equal(target, const(item.value)) for item in haystack.items if isinstance(item, Literal)
        ]
        return boolean(or_(*tests) if tests else literal(0))
    source = need_list(node, 0, c.value(haystack))
    target = c.value(needle)
    table, item, _ = _items(source)
    return boolean(select(literal(1)).select_from(table).where(equal(item, target)).exists())


def _each(c: Compiler, node: Call) -> tuple[SQL, Any, SQL]:
    from .compiler import Scope

    source = need_list(node, 0, c.value(node.args[0]))
    table, item, as_object = _items(source)
    inner = c.within(Scope(doc=as_object, item=item))
    return source, table, truth(inner.value(node.args[1]))


@register("ALLITEMSTRUE", args=2)
def _all_items(c: Compiler, node: Call) -> Val:
    source, table, passes = _each(c, node)
    failing = select(literal(1)).select_from(table).where(passes == 0).exists()
    return boolean(and_(source.is_not(None), not_(failing)))


@register("ANYITEMTRUE", args=2)
def _any_item(c: Compiler, node: Call) -> Val:
    _, table, passes = _each(c, node)
    return boolean(select(literal(1)).select_from(table).where(passes == 1).exists())


@register("APPEND", args=(2, MAX_ARGS))
def _append(c: Compiler, node: Call) -> Val:
    args = values(c, node)
    source = need_list(node, 0, args[0])
    pairs: list[SQL] = []
    for value in args[1:]:
        pairs.extend([literal_path("$[#]"), jsonsql.as_json(json_of(value))])
    return Val(Kind.LIST, jsonsql.insert_paths(source, *pairs))


def literal_path(path: str) -> SQL:
    from sqlalchemy import literal_column

    return literal_column(f"'{path}'")


# ---------------------------------------------------------------- text
def _texts(c: Compiler, node: Call, count: int) -> list[SQL]:
    args = values(c, node)
    return [need_text(node, index, args[index]) for index in range(count)]


@register("INCLUDES", args=(2, 3))
def _includes(c: Compiler, node: Call) -> Val:
    haystack, needle = _texts(c, node, 2)
    sensitive = func.instr(haystack, needle) > 0
    insensitive = func.instr(func.lower(haystack), func.lower(needle)) > 0
    if len(node.args) == 2:
        return boolean(sensitive)
    flag = node.args[2]
    if isinstance(flag, Literal) and isinstance(flag.value, bool):
        return boolean(sensitive if flag.value else insensitive)
    return boolean(case((truth(c.value(flag)) == 1, sensitive), else_=insensitive))


@register("STARTSWITH", args=2)
def _startswith(c: Compiler, node: Call) -> Val:
    whole, part = _texts(c, node, 2)
    return boolean(func.substr(whole, 1, func.length(part)) == part)


@register("ENDSWITH", args=2)
def _endswith(c: Compiler, node: Call) -> Val:
    whole, part = _texts(c, node, 2)
    return boolean(
        case(
            (func.length(part) == 0, whole.is_not(None)),
            else_=func.substr(whole, -func.length(part)) == part,
        )
    )


@register("LOWER", "TOLOWER", args=1)
def _lower(c: Compiler, node: Call) -> Val:
    return text(func.lower(_texts(c, node, 1)[0]))


@register("UPPER", "TOUPPER", args=1)
def _upper(c: Compiler, node: Call) -> Val:
    return text(func.upper(_texts(c, node, 1)[0]))


@register("LEN", "LENGTH", args=1)
def _length(c: Compiler, node: Call) -> Val:
    return number(func.length(_texts(c, node, 1)[0]))


@register("CONCAT", args=(1, MAX_ARGS))
def _concat(c: Compiler, node: Call) -> Val:
    parts = [join_text(value) for value in values(c, node)]
    joined = parts[0]
    for part in parts[1:]:
        joined = concat(joined, part)
    return text(joined)


@register("TRIM", args=1)
def _trim(c: Compiler, node: Call) -> Val:
    return text(func.trim(_texts(c, node, 1)[0]))


MAX_COUNT = 1_000_000_000


def _count(node: Call, index: int, value: Val) -> SQL:
    """A character count or position as an integer, clamped (SQLite reads them as 32-bit)."""
    count = cast(need_number(node, index, value), Integer)
    return func.max(func.min(count, MAX_COUNT), -MAX_COUNT)


@register("LEFT", args=2)
def _left(c: Compiler, node: Call) -> Val:
    whole_value, count_value = values(c, node)
    whole, count = need_text(node, 0, whole_value), _count(node, 1, count_value)
    return text(func.substr(whole, 1, func.max(count, 0)))


@register("RIGHT", args=2)
def _right(c: Compiler, node: Call) -> Val:
    whole_value, count_value = values(c, node)
    whole, count = need_text(node, 0, whole_value), _count(node, 1, count_value)
    # substr(whole, 1, 0): the empty text, or null when `whole` is null.
    return text(case((count <= 0, func.substr(whole, 1, 0)), else_=func.substr(whole, -count)))


@register("SUBSTRING", args=(2, 3))
def _substring(c: Compiler, node: Call) -> Val:
    args = values(c, node)
    whole = need_text(node, 0, args[0])
    start = func.max(_count(node, 1, args[1]), 1)
    if len(args) == 2:
        return text(func.substr(whole, start))
    return text(func.substr(whole, start, func.max(_count(node, 2, args[2]), 0)))


@register("REPLACE", args=3)
def _replace(c: Compiler, node: Call) -> Val:
    whole, search, replacement = _texts(c, node, 3)
    # SQLite's replace() gives `whole` for an empty search even when the replacement is null.
    return text(
        case((replacement.is_(None), sql_null()), else_=func.replace(whole, search, replacement))
    )


# ---------------------------------------------------------------- math
def _numbers(c: Compiler, node: Call) -> list[SQL]:
    return [need_number(node, index, value) for index, value in enumerate(values(c, node))]


@register("ABS", args=1)
def _abs(c: Compiler, node: Call) -> Val:
    (value,) = _numbers(c, node)
    # abs() of the smallest 64-bit integer overflows in SQLite; answer it as a decimal.
    return number(case((value == INT64_MIN, literal(-float(INT64_MIN))), else_=func.abs(value)))


@register("ROUND", args=(1, 2))
def _round(c: Compiler, node: Call) -> Val:
    numbers = _numbers(c, node)
    value = numbers[0]
    places = node.args[1] if len(node.args) == 2 else None
    if places is None or (isinstance(places, Literal) and places.value == 0):
        rounded = func.round(value)
        return number(case((within(value, 1e15), cast(rounded, Integer)), else_=rounded))
    # Negative places round to tens, hundreds... (SQLite's round() would ignore them). Places
    # beyond a double's range are clamped: none past 30 (as round() does), nor past 1e308.
    whole_places = cast(numbers[1], Integer)
    factor = func.pow(10.0, -func.max(whole_places, -308))
    return number(
        case(
            (whole_places < 0, func.round(value / factor) * factor),
            else_=func.round(value, whole_places),
        )
    )


@register("MOD", args=2)
def _mod(c: Compiler, node: Call) -> Val:
    dividend, divisor = _numbers(c, node)
    integers = and_(jsonsql.sql_type(dividend) == "integer", jsonsql.sql_type(divisor) == "integer")
    return number(
        case(
            (divisor == 0, sql_null()),
            (and_(integers, divisor == -1), literal(0)),
            (integers, remainder(dividend, divisor)),
            else_=func.mod(dividend, divisor),
        )
    )


@register("POW", args=2)
def _pow(c: Compiler, node: Call) -> Val:
    base, exponent = _numbers(c, node)
    return number(func.pow(base, exponent))


@register("SQRT", args=1)
def _sqrt(c: Compiler, node: Call) -> Val:
    return number(func.sqrt(_numbers(c, node)[0]))


@register("PRODUCT", args=(2, MAX_ARGS))
def _product(c: Compiler, node: Call) -> Val:
    numbers = _numbers(c, node)
    product = numbers[0]
    for value in numbers[1:]:
        product = product * value
    return number(product)


# ---------------------------------------------------------------- dates
UNITS = {
    **dict.fromkeys(("year", "years"), "years"),
    **dict.fromkeys(("month", "months"), "months"),
    **dict.fromkeys(("week", "weeks"), "weeks"),
    **dict.fromkeys(("day", "days"), "days"),
    **dict.fromkeys(("hour", "hours"), "hours"),
    **dict.fromkeys(("minute", "minutes"), "minutes"),
    **dict.fromkeys(("second", "seconds"), "seconds"),
    **dict.fromkeys(("millisecond", "milliseconds"), "milliseconds"),
}
MILLIS = {
    "weeks": 604_800_000,
    "days": 86_400_000,
    "hours": 3_600_000,
    "minutes": 60_000,
    "seconds": 1_000,
    "milliseconds": 1,
}


def epoch_millis(iso: SQL) -> SQL:
    return cast(func.round((func.julianday(iso) - 2440587.5) * 86_400_000.0), Integer)


def _part(pattern: str) -> Builder:
    def build(c: Compiler, node: Call) -> Val:
        moment = need_date(node, 0, c.value(node.args[0]))
        return number(cast(func.strftime(pattern, moment), Integer))

    return build


for _name, _pattern in (
    ("YEAR", "%Y"),
    ("MONTH", "%m"),
    ("DAY", "%d"),
    ("HOUR", "%H"),
    ("MINUTE", "%M"),
    ("SECOND", "%S"),
):
    register(_name, args=1)(_part(_pattern))


@register("NOW", args=0)
def _now(c: Compiler, node: Call) -> Val:
    return date(literal(c.env.now))


@register("TODAY", args=0)
def _today(c: Compiler, node: Call) -> Val:
    return date(literal(c.env.now[:10] + "T00:00:00.000Z"))


@register("DATE", args=(3, 6))
def _date(c: Compiler, node: Call) -> Val:
    numbers = _numbers(c, node)
    year, month, day = numbers[:3]
    hour, minute, second = [*numbers[3:], literal(0), literal(0), literal(0)][:3]
    built = func.strftime(
        ISO_FORMAT,
        func.printf("%04d-01-01", year),
        func.printf("%+d months", month - 1),
        func.printf("%+d days", day - 1),
        func.printf("%+d hours", hour),
        func.printf("%+d minutes", minute),
        func.printf("%+.3f seconds", second),
    )
    in_range = and_(year >= 0, year <= 9999)
    return date(case((any_null(*numbers), sql_null()), (in_range, built), else_=sql_null()))


@register("DATEVALUE", args=1)
def _datevalue(c: Compiler, node: Call) -> Val:
    return date(parse_date(_texts(c, node, 1)[0]))


@register("DATEMILLIS", args=1)
def _datemillis(c: Compiler, node: Call) -> Val:
    return number(epoch_millis(need_date(node, 0, c.value(node.args[0]))))


@register("DATEADD", args=(2, 3))
def _dateadd(c: Compiler, node: Call) -> Val:
    args = values(c, node)
    moment = need_date(node, 0, args[0])
    amount = need_number(node, 1, args[1])
    unit = literal_text(node, 2, UNITS, "days")
    if unit in ("years", "months"):
        modifier = func.printf(f"%+d {unit}", amount)
        return date(
            case((amount.is_(None), sql_null()), else_=func.strftime(ISO_FORMAT, moment, modifier))
        )
    seconds = amount * (MILLIS[unit] / 1000.0)
    modifier = func.printf("%+.3f seconds", seconds)
    return date(
        case((amount.is_(None), sql_null()), else_=func.strftime(ISO_FORMAT, moment, modifier))
    )


@register("DATEDIFF", args=(2, 3))
def _datediff(c: Compiler, node: Call) -> Val:
    args = values(c, node)
    start, end = need_date(node, 0, args[0]), need_date(node, 1, args[1])
    unit = literal_text(node, 2, UNITS, "days")
    if unit not in ("years", "months"):
        return number(cast((epoch_millis(end) - epoch_millis(start)) / MILLIS[unit], Integer))

    def months(iso: SQL) -> SQL:
        return cast(func.strftime("%Y", iso), Integer) * 12 + cast(
            func.strftime("%m", iso), Integer
        )

    rest_end, rest_start = func.substr(end, 9), func.substr(start, 9)
    whole = months(end) - months(start)
    adjusted = case(
        (and_(end >= start, rest_end < rest_start), whole - 1),
        (and_(end < start, rest_end > rest_start), whole + 1),
        else_=whole,
    )
    return number(cast(adjusted / 12, Integer) if unit == "years" else adjusted)


# ---------------------------------------------------------------- conversions
@register("TOTEXT", args=1)
def _totext(c: Compiler, node: Call) -> Val:
    return text(to_text(c.value(node.args[0])))


INT64_END = 2.0**63


def _in_int64(number_sql: SQL) -> SQL:
    """Whether a number truncates to a 64-bit integer (CAST would clamp the others)."""
    return and_(number_sql >= -INT64_END, number_sql < INT64_END)


def _from_text(source: SQL, integer: bool) -> SQL:
    """A text holding a JSON number (spaces around allowed) as a number, else NULL."""
    trimmed = func.trim(source)
    jtype = jsonsql.kind(trimmed)
    converted: SQL = cast(trimmed, REAL)
    if integer:
        converted = case(
            (
                _in_int64(cast(trimmed, REAL)),
                case(
                    (jtype == "integer", cast(trimmed, Integer)),
                    else_=cast(cast(trimmed, REAL), Integer),
                ),
            ),
        )
    return case(
        (jsonsql.is_json(trimmed) == 1, case((jtype.in_(NUMBER_TYPES), converted))),
    )


def _to_number(value: Val, integer: bool) -> SQL:
    target: Any = Integer if integer else REAL
    kind = value.kind

    def convert(number_sql: SQL) -> SQL:
        if integer:  # NULL beyond the 64-bit range, where CAST would clamp
            return case((_in_int64(number_sql), cast(number_sql, Integer)))
        return cast(number_sql, REAL)

    if kind is Kind.NUMBER:
        return convert(value.sql)
    if kind is Kind.TEXT:
        return _from_text(value.sql, integer)
    if kind is Kind.BOOL:
        return cast(truth(value), target)
    if kind is not Kind.ANY:
        return sql_null()
    assert value.jtype is not None
    return case(
        (value.jtype.in_(NUMBER_TYPES), convert(value.sql)),
        (value.jtype == "text", _from_text(value.sql, integer)),
        (value.jtype == "true", cast(literal(1), target)),
        (value.jtype == "false", cast(literal(0), target)),
        else_=sql_null(),
    )


@register("TOINTEGER", args=1)
def _tointeger(c: Compiler, node: Call) -> Val:
    return number(_to_number(c.value(node.args[0]), integer=True))


@register("TODECIMAL", args=1)
def _todecimal(c: Compiler, node: Call) -> Val:
    return number(_to_number(c.value(node.args[0]), integer=False))


def _text_flag(source: SQL) -> SQL:
    return func.lower(func.trim(source)).not_in(("", "false", "0"))


@register("TOBOOLEAN", args=1)
def _toboolean(c: Compiler, node: Call) -> Val:
    value = c.value(node.args[0])
    kind = value.kind
    if kind in (Kind.BOOL, Kind.NUMBER, Kind.LIST, Kind.OBJECT, Kind.NULL, Kind.DATE):
        return boolean(truthy(value))
    if kind is Kind.TEXT:
        return boolean(_text_flag(value.sql))
    assert value.jtype is not None
    return boolean(
        case(
            (value.jtype == "text", _text_flag(value.sql)),
            else_=truthy(value),
        )
    )


def _millis_to_date(millis: SQL) -> SQL:
    return case(
        (func.abs(millis) < MAX_MILLIS, func.strftime(ISO_FORMAT, millis / 1000.0, "unixepoch")),
    )


@register("TODATE", args=1)
def _todate(c: Compiler, node: Call) -> Val:
    value = c.value(node.args[0])
    kind = value.kind
    if kind is Kind.DATE:
        return value
    if kind is Kind.TEXT:
        return date(parse_date(value.sql))
    if kind is Kind.NUMBER:
        return date(_millis_to_date(value.sql))
    if kind is not Kind.ANY:
        return date(sql_null())
    assert value.jtype is not None
    return date(
        case(
            (value.jtype == "text", parse_date(value.sql)),
            (value.jtype.in_(NUMBER_TYPES), _millis_to_date(value.sql)),
            else_=sql_null(),
        )
    )


# ---------------------------------------------------------------- geo
def _coordinates(point: SQL) -> tuple[SQL, SQL]:
    def coordinate(index: int) -> SQL:
        path = literal_path(f"$[{index}]")
        return case((jsonsql.kind(point, path).in_(NUMBER_TYPES), jsonsql.extract(point, path)))

    return coordinate(0), coordinate(1)


@register("DISTANCE", args=2)
def _distance(c: Compiler, node: Call) -> Val:
    first, second = values(c, node)
    lng1, lat1 = _coordinates(need_list(node, 0, first))
    lng2, lat2 = _coordinates(need_list(node, 1, second))
    phi1, phi2 = func.radians(lat1), func.radians(lat2)
    half_dphi = func.radians(lat2 - lat1) / 2
    half_dlambda = func.radians(lng2 - lng1) / 2
    a = func.pow(func.sin(half_dphi), 2) + func.cos(phi1) * func.cos(phi2) * func.pow(
        func.sin(half_dlambda), 2
    )
    return number(2 * EARTH_RADIUS * func.asin(func.min(1.0, func.sqrt(a))))


__all__ = ["FUNCTIONS", "Function", "choose", "class_of"]
