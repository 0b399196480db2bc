"""Checking that an answer has the shape its call promises, before it becomes a result's data.

A call's result type says what its `data` is: the `T` of `Result[T]` (`Result[CacheStats]`,
`Result[list[JSONObject]]`), or the type a result class is declared with (`AuthResult` is a
`Result["SignUpResult"]`). Those types are the TypedDicts of `altogic.types`, generated from the
spec's response schemas, in lists, unions and nullables: the check is derived from them, once per
type, and costs an `isinstance` or two for free-form answers. What it checks:

- a TypedDict is a JSON object with every required key, and each key it declares (required or
  not, when present) holds a value of the declared type; other keys are allowed (users carry
  custom fields);
- `str`, `int` (not a boolean), `float` (an integer too), `bool`, `None`, `bytes`, lists and
  `dict[str, ...]` are what they say; free-form JSON (database objects, cache values: `Any`,
  `JSONObject`) only needs to be the kind of value documented (an object, a list, ...);
- a `Literal` (an enum of the spec) only needs a value of its type, so that a server adding a
  value does not make its answers unreadable.

A wrong shape raises `ShapeError`; the transport turns it into an `invalid_response` error with
the HTTP status, and the call stores nothing (a session is kept only from a result without
errors).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, ForwardRef, Literal, TypeVar, Union

from .result import Result

R = TypeVar("R", bound=Result[Any])

Problem = tuple[str, str] | None
"""None when a value fits, else where it does not (`.session.token`, `[3]`) and what was
expected."""
Check = Callable[[Any], Problem]

JSON_KINDS = frozenset({dict, list, str, int, float, bool, type(None)})


class ShapeError(TypeError):
    """An answer without the shape its call promises."""


def reader(result: type[R]) -> Callable[[Any], R]:
    """What reads a decoded answer into a `result` (a `Result` class, or `Result[T]`): its
    `from_payload`, then the check of `data` against the result's data type (compiled once per
    type; `_call.call` keeps the reader of each result type)."""
    from_payload = result.from_payload
    check = checker(data_type(result))

    def read(payload: Any) -> R:
        value = from_payload(payload)
        if check is not None:
            problem = check(value.data)
            if problem is not None:
                raise ShapeError(f"data{problem[0]} should be {problem[1]}")
        return value

    return read


def data_type(result: Any) -> Any:
    """The type of the `data` of `result`: `T` for `Result[T]`, else the `T` a result class is
    declared with (`class AuthResult(Result["SignUpResult"])`)."""
    if typing.get_origin(result) is not None:
        return typing.get_args(result)[0]
    for klass in result.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            origin = typing.get_origin(base)
            if isinstance(origin, type) and issubclass(origin, Result):
                return typing.get_args(base)[0]
    return Any


_CHECKS: dict[Any, Check | None] = {}
_EXPECTED: dict[Check, str] = {}
"""What each check expects, for the messages of unions."""


def checker(annotation: Any) -> Check | None:
    """The check of values of `annotation`, or None when any value fits."""
    try:
        return _CHECKS[annotation]
    except KeyError:
        pass
    check = _compile(annotation)
    _CHECKS[annotation] = check
    return check


def _compile(annotation: Any) -> Check | None:
    if isinstance(annotation, ForwardRef | str):
        return checker(_resolve(annotation))
    if _free(annotation) in JSON_KINDS or typing.is_typeddict(annotation):
        return _json(annotation)
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list:
        return _list(arguments[0])
    if origin is dict:
        return _object(arguments[1])
    if origin is Union or origin is types.UnionType:
        return _union(arguments)
    if origin is Literal:
        kinds = tuple({type(value) for value in arguments})
        return _kind(kinds, " or ".join(repr(value) for value in arguments))
    if annotation is Any:
        return None
    if annotation is bytes:
        return _kind((bytes,), "bytes")
    raise TypeError(f"no shape check for {annotation!r}")


def _free(annotation: Any) -> Any:
    """The JSON kind of a free-form annotation (`dict[str, Any]` is `dict`, `None` is
    `NoneType`), else `annotation`."""
    if annotation is None:
        return type(None)
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, dict) and all(argument in (Any, str) for argument in arguments):
        return origin
    return annotation


def _json(annotation: Any) -> Check:
    """The check of a JSON kind, or of a TypedDict."""
    if typing.is_typeddict(annotation):
        return _typed_dict(annotation)
    kind = _free(annotation)
    if kind is int:
        return _described(_int, "an integer")
    if kind is float:
        return _described(_float, "a number")
    return _kind((kind,), _KIND_NAMES[kind])


_KIND_NAMES: dict[Any, str] = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


def _resolve(reference: ForwardRef | str) -> Any:
    """A type named in quotes: a name of `altogic.types` (result.py does not import it), or a
    union of them and None (`"MessageInfo | None"`)."""
    from . import types as shapes

    text = reference.__forward_arg__ if isinstance(reference, ForwardRef) else reference
    members = tuple(
        None if name == "None" else getattr(shapes, name)
        for name in (part.strip() for part in text.split("|"))
    )
    return members[0] if len(members) == 1 else Union[members]  # noqa: UP007


def _described(check: Check, expected: str) -> Check:
    _EXPECTED[check] = expected
    return check


def _name(value: Any) -> str:
    """The JSON kind of `value` (or the number), for messages."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"the number {value!r}"
    return _KIND_NAMES.get(type(value), type(value).__name__)


def _kind(kinds: tuple[type, ...], expected: str) -> Check:
    def check(value: Any) -> Problem:
        return None if isinstance(value, kinds) else ("", f"{expected}, not {_name(value)}")

    return _described(check, expected)


def _int(value: Any) -> Problem:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    return "", f"an integer, not {_name(value)}"


def _float(value: Any) -> Problem:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None
    return "", f"a number, not {_name(value)}"


def _list(item: Any) -> Check:
    check_item = checker(item)

    def check(value: Any) -> Problem:
        if not isinstance(value, list):
            return "", f"a list, not {_name(value)}"
        if check_item is not None:
            for index, element in enumerate(value):
                problem = check_item(element)
                if problem is not None:
                    return f"[{index}]{problem[0]}", problem[1]
        return None

    return _described(check, "a list")


def _object(item: Any) -> Check:
    check_item = checker(item)

    def check(value: Any) -> Problem:
        if not isinstance(value, dict):
            return "", f"an object, not {_name(value)}"
        if check_item is not None:
            for key, element in value.items():
                problem = check_item(element)
                if problem is not None:
                    return f".{key}{problem[0]}", problem[1]
        return None

    return _described(check, "an object")


def _typed_dict(shape: Any) -> Check:
    required = frozenset(shape.__required_keys__)
    expected = f"an object ({shape.__name__})"
    fields = [
        (key, field_check)
        for key, annotation in typing.get_type_hints(shape).items()
        if (field_check := checker(annotation)) is not None
    ]

    def check(value: Any) -> Problem:
        if not isinstance(value, dict):
            return "", f"{expected}, not {_name(value)}"
        if not required <= value.keys():
            return f".{min(required - value.keys())}", "present"
        for key, check_field in fields:
            if key in value:
                problem = check_field(value[key])
                if problem is not None:
                    return f".{key}{problem[0]}", problem[1]
        return None

    return _described(check, expected)


def _union(members: tuple[Any, ...]) -> Check | None:
    if {_free(member) for member in members} >= JSON_KINDS:
        return None  # any JSON value
    checks: list[Check] = []
    for member in members:
        member_check = checker(member)
        if member_check is None:
            return None
        checks.append(member_check)
    expected = " or ".join(_EXPECTED[member_check] for member_check in checks)

    def check(value: Any) -> Problem:
        inner: Problem = None
        for member_check in checks:
            problem = member_check(value)
            if problem is None:
                return None
            if problem[0] and inner is None:  # the value is of the member's kind: say where
                inner = problem
        return inner or ("", f"{expected}, not {_name(value)}")

    return _described(check, expected)
