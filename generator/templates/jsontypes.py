"""JSON-flavoured strict scalar types for the generated pydantic models.

JSON Schema counts `3.0` as a valid `integer`, but pydantic's `StrictInt` refuses it. The generated
models import `StrictInt` from here (see generator/generate.py) so that integral floats are accepted
and turned into `int`, while booleans, numeric strings and fractional numbers are still refused.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Strict


def _integral_float_to_int(value: Any) -> Any:
    if type(value) is float and value.is_integer():
        return int(value)
    return value


StrictInt = Annotated[int, BeforeValidator(_integral_float_to_int), Strict()]
