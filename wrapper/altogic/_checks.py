"""Checking request values against the rules the spec sets on them (`_rules.py`, generated from
the spec), before a call is sent: a value that breaks one makes the call an `invalid_request`
result, and nothing is sent.

Messages name the Python argument (the snake_case form of the spec's name) and say what it must
be, in the spec's words where it has some (`x-pattern-message`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._rules import BODIES, PARAMETERS

_KINDS: dict[str, tuple[str, tuple[type, ...]]] = {
    "string": ("a string", (str,)),
    "integer": ("an integer", (int,)),
    "number": ("a number", (int, float)),
    "boolean": ("a boolean", (bool,)),
    "object": ("a dict (a JSON object)", (dict,)),
    "array": ("a list", (list,)),
}


def python_name(name: str) -> str:
    """The Python argument named after the spec's `name`: `queueNameOrId` -> `queue_name_or_id`."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def value_problem(name: str, value: Any, rules: Mapping[str, Any]) -> str | None:
    """Why `value`, the argument `name`, breaks `rules` (a property's rules in `_rules.py`), or
    None when it keeps them."""
    kind = rules.get("type")
    if kind is not None:
        expected, types = _KINDS[kind]
        wrong_bool = isinstance(value, bool) and kind in ("integer", "number")
        if not isinstance(value, types) or wrong_bool:
            return f"{name} must be {expected}, not {type(value).__name__} {_shown(value)}."
    minimum, maximum = rules.get("minimum"), rules.get("maximum")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and (
        (minimum is not None and value < minimum) or (maximum is not None and value > maximum)
    ):
        if minimum is not None and maximum is not None:
            bounds = f"from {minimum} to {maximum}"
        else:
            bounds = f"at least {minimum}" if minimum is not None else f"at most {maximum}"
        return f"{name} must be {bounds}, not {_shown(value)}."
    if isinstance(value, str):
        pattern = rules.get("pattern")
        if pattern is not None and re.search(pattern, value) is None:
            expected = rules.get("x-pattern-message", f"a string matching {pattern}")
            return f"{name} must be {expected}, not {_shown(value)}."
        shortest, longest = rules.get("minLength"), rules.get("maxLength")
        if shortest is not None and len(value) < shortest:
            if shortest == 1:
                return f"{name} must not be empty."
            return f"{name} must have at least {shortest} characters, not {_shown(value)}."
        if longest is not None and len(value) > longest:
            return f"{name} must have at most {longest} characters, not {len(value)}."
    return None


def body_problem(schema: str, values: Mapping[str, Any]) -> str | None:
    """Why the request body `values` (the spec's property names, None for a value not given)
    breaks the rules of the spec's `schema`, or None."""
    rules = BODIES[schema]
    for key, property_rules in rules["properties"].items():
        value = values.get(key)
        if value is None:
            if key in rules["required"]:
                return f"{python_name(key)} is required."
            continue
        problem = value_problem(python_name(key), value, property_rules)
        if problem is not None:
            return problem
    return None


def parameter_problem(operation_id: str, name: str, value: Any) -> str | None:
    """Why `value` cannot be the path parameter `name` of the operation `operation_id`, or None."""
    return value_problem(python_name(name), value, PARAMETERS[operation_id][name])
