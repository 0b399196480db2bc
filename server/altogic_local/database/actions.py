"""What a database call asks for, as typed values: the query modifiers (`Action`), lookups,
computations and field update instructions. `requests.py` builds them from the validated request
bodies; the service, the query builder, `compute` and `updates` read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

ComputationType = Literal["count", "countif", "sum", "avg", "min", "max"]
Direction = Literal["asc", "desc"]


@dataclass(frozen=True)
class FieldLookup:
    """Replace the reference field `field` by the object it refers to (a simple lookup)."""

    field: str

    @property
    def name(self) -> str:
        return self.field


@dataclass(frozen=True)
class ModelLookup:
    """Attach, as `name`, the first object of `model` for which `query` holds (a complex
    lookup: `query` reads the outer object as `this.*` and the candidate as `lookup.*`)."""

    name: str
    model: str
    query: str


Lookup = FieldLookup | ModelLookup


@dataclass(frozen=True)
class Computation:
    """One computation of `compute`: `expression` is None only for `count`."""

    name: str
    kind: ComputationType
    expression: str | None
    sort: Direction | None


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
"""The `value` of an update instruction sent without one."""


@dataclass(frozen=True)
class FieldUpdate:
    """One field update instruction of `update-fields`."""

    field: str
    kind: str
    """`set`, `unset`, `increment`, `decrement`, `min`, `max`, `multiply`, `push`, `pull`,
    `pop` or `shift`."""
    value: Any = ABSENT


@dataclass
class Action:
    """The query modifiers of a call (`DBAction`)."""

    expression: str | None = None
    lookups: list[Lookup] | None = None
    page: int | None = None
    limit: int | None = None
    sort: list[tuple[str, Direction]] | None = None
    omit: list[str] | None = None
    group: list[str] | str | None = None
