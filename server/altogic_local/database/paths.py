"""JSON paths into stored documents, for SQLite's JSON functions.

A field path (`address.city`) becomes the JSON path `$."address"."city"`. Paths whose names are
plain identifiers are written into the SQL as constants, so that SQLite can match them against
the expression indexes of declared indexed fields; any other path is a bound parameter. A name
holding `"` cannot be written in a SQLite JSON path, so such a path addresses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, literal, literal_column

SAFE_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def split(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def path_text(names: Sequence[str]) -> str | None:
    """The JSON path of `names`, or None when a name cannot be written in one."""
    if any('"' in name for name in names):
        return None
    return "$" + "".join(f'."{name}"' for name in names)


def json_path(names: Sequence[str]) -> ColumnElement[Any] | None:
    """The JSON path as SQL: a constant for identifier names, else a bound parameter."""
    text = path_text(names)
    if text is None:
        return None
    if all(SAFE_NAME.fullmatch(name) for name in names):
        return literal_column(f"'{text}'")
    return literal(text)
