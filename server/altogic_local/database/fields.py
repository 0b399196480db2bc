"""Checking and converting the values of declared fields (types from `app.yaml`).

`check_values` walks the values of one object against its model's declared fields: each value is
converted to its field's type (the text `"10"` becomes `10` in an integer field), required fields
must be present, defaults fill missing fields, and fields the declaration does not know are
dropped (refused in strict mode). Every bad field adds one `validation_error` item naming it
(`values.price`), so a caller learns about all of them at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

from ..clock import iso
from ..errors import ErrorCode, error_item
from .declarations import SYSTEM_FIELDS, FieldDeclaration

INT64 = 2**63
PHONE = re.compile(r"\+?[0-9][0-9 ()\-.]{2,30}")
OBJECT_ID = re.compile(r"[0-9a-f]{24}")


class Invalid(Exception):
    """A value that does not fit its field; the message completes "`field` ..."."""


def issue(field: str, message: str) -> dict[str, Any]:
    return error_item(
        ErrorCode.validation_error, f"`{field}` {message}", {"field": field, "location": "body"}
    )


# ---------------------------------------------------------------- scalar conversions
def to_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else str(value)
    raise Invalid("must be text")


def to_integer(value: Any) -> int:
    if isinstance(value, bool):
        raise Invalid("must be an integer")
    if isinstance(value, str):
        value = _number_from_text(value, "must be an integer")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and -INT64 <= value < INT64:
        return value
    raise Invalid("must be an integer")


def to_decimal(value: Any) -> int | float:
    if isinstance(value, bool):
        raise Invalid("must be a number")
    if isinstance(value, str):
        value = _number_from_text(value, "must be a number")
    if isinstance(value, int | float) and math.isfinite(value):
        return value
    raise Invalid("must be a number")


def _number_from_text(text: str, message: str) -> int | float:
    stripped = text.strip()
    try:
        return int(stripped)
    except ValueError:
        pass
    try:
        number = float(stripped)
    except ValueError:
        raise Invalid(message) from None
    if not math.isfinite(number):
        raise Invalid(message)
    return number


def to_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise Invalid("must be true or false")


def to_date(value: Any) -> str:
    """An ISO-8601 date-time (or epoch milliseconds) as Altogic's UTC text with milliseconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return iso(float(value) / 1000)
        except (OverflowError, OSError, ValueError):
            raise Invalid("must be a date-time") from None
    if not isinstance(value, str):
        raise Invalid("must be a date-time (ISO-8601 text)")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise Invalid("must be a date-time (ISO-8601 text)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise Invalid("must be a date-time") from None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def to_email(value: Any) -> str:
    text = to_text(value)
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise Invalid("must be an email address") from None
    return text


def to_link(value: Any) -> str:
    text = to_text(value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid("must be an http or https URL")
    return text


def to_phone(value: Any) -> str:
    text = to_text(value)
    if not PHONE.fullmatch(text):
        raise Invalid("must be a phone number")
    return text


def to_reference(value: Any) -> str:
    if isinstance(value, str) and OBJECT_ID.fullmatch(value):
        return value
    raise Invalid("must be an object id (24 hexadecimal characters)")


def to_geo_point(value: Any) -> list[int | float]:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        and -180 <= value[0] <= 180
        and -90 <= value[1] <= 90
    ):
        return list(value)
    raise Invalid("must be a geo point [longitude, latitude]")


SCALARS = {
    "text": to_text,
    "rich-text": to_text,
    "email": to_email,
    "link": to_link,
    "phone": to_phone,
    "integer": to_integer,
    "decimal": to_decimal,
    "boolean": to_boolean,
    "date-time": to_date,
    "reference": to_reference,
    "geo-point": to_geo_point,
}


# ---------------------------------------------------------------- fields and objects
def check_values(
    fields: Mapping[str, FieldDeclaration],
    values: Mapping[str, Any],
    where: str,
    problems: list[dict[str, Any]],
    *,
    partial: bool = False,
    defaults_only: bool = False,
    closed: str | None = None,
) -> dict[str, Any]:
    """The declared fields of `values`, converted; problems are added to `problems`.

    `partial` (updates) checks only the fields given and fills no defaults; `defaults_only`
    checks only the declared defaults (of this model and its sub-models). `closed` (strict mode)
    names the (sub-)model whose fields these are, and refuses the fields it does not declare,
    which are otherwise dropped.
    """
    checked: dict[str, Any] = {}
    if closed is not None:
        for name in values:
            if name not in fields and name not in SYSTEM_FIELDS:
                problems.append(
                    issue(
                        f"{where}.{name}",
                        f"is not a field: `{closed}` declares no field `{name}` (the database "
                        f"is in strict mode). Its fields are {listing(fields)}.",
                    )
                )
    for name, declaration in fields.items():
        field = f"{where}.{name}"
        if defaults_only:
            if "default" in declaration.model_fields_set:
                check_field(declaration, declaration.default, f"{field} (default)", problems)
            if declaration.fields is not None:
                check_values(declaration.fields, {}, field, problems, defaults_only=True)
            continue
        if name not in values or values[name] is None:
            if name in values and not declaration.required:
                checked[name] = None
            elif partial and name not in values:
                continue
            elif "default" in declaration.model_fields_set and name not in values:
                checked[name] = check_field(declaration, declaration.default, field, problems)
            elif declaration.required:
                problems.append(issue(field, "is required"))
            continue
        inner = None if closed is None else f"{closed}.{name}"
        checked[name] = check_field(declaration, values[name], field, problems, closed=inner)
    return checked


def check_field(
    declaration: FieldDeclaration,
    value: Any,
    field: str,
    problems: list[dict[str, Any]],
    *,
    closed: str | None = None,
) -> Any:
    """One field's value, converted to the declared type (`closed`: as in `check_values`)."""
    if value is None:
        if declaration.required:
            problems.append(issue(field, "is required"))
        return None
    kind = declaration.type
    try:
        if kind in SCALARS:
            return SCALARS[kind](value)
        if kind == "option-list":
            return _option(declaration, value)
        if kind == "multi-option-list":
            if not isinstance(value, list):
                raise Invalid("must be a list of options")
            return [_option(declaration, item) for item in value]
        if kind == "basic-values-list":
            return _basic_list(declaration, value)
        if kind == "object":
            if not isinstance(value, Mapping):
                raise Invalid("must be an object")
            if declaration.fields is None:
                return dict(value)
            return check_values(declaration.fields, value, field, problems, closed=closed)
        if kind == "object-list":
            return _object_list(declaration, value, field, problems, closed)
        return value  # json
    except Invalid as problem:
        problems.append(issue(field, str(problem)))
        return None


def _option(declaration: FieldDeclaration, value: Any) -> str:
    options = declaration.options or ()
    if isinstance(value, str) and value in options:
        return value
    raise Invalid(f"must be one of {', '.join(options)}")


def _basic_list(declaration: FieldDeclaration, value: Any) -> list[Any]:
    if not isinstance(value, list) or any(isinstance(item, dict | list) for item in value):
        raise Invalid("must be a list of basic values (text, numbers, booleans)")
    if declaration.item_type is None:
        return list(value)
    convert = SCALARS[declaration.item_type]
    return [None if item is None else convert(item) for item in value]


def _object_list(
    declaration: FieldDeclaration,
    value: Any,
    field: str,
    problems: list[dict[str, Any]],
    closed: str | None,
) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise Invalid("must be a list of objects")
    if declaration.fields is None:
        return [dict(item) for item in value]
    return [
        check_values(declaration.fields or {}, item, f"{field}.{index}", problems, closed=closed)
        for index, item in enumerate(value)
    ]


def listing(names: Iterable[str]) -> str:
    """`a`, `b`, `c`: names as the messages show them."""
    return ", ".join(f"`{name}`" for name in names) or "none"


def without_system_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if name not in SYSTEM_FIELDS}
