from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.sort_direction import SortDirection, check_sort_direction

T = TypeVar("T", bound="SortEntry")


@_attrs_define
class SortEntry:
    """One sort key. Missing and `null` values sort first in ascending order and last in
    descending order. Values of different types sort as the database orders them: numbers
    and booleans (`false` as 0, `true` as 1) before texts (lists and objects sort by their
    JSON text). In strict mode a `field` that reaches no declared field answers 400
    `validation_error` (see `modelGet`).

        Attributes:
            field (str): A field name, or a dot path into sub-objects and looked-up objects (`address.city`).
                A path that names no stored field reads as `null`; it is not an error. Names cannot hold
                the NUL character (SQLite's JSON paths end at it).
            direction (SortDirection):
    """

    field: str
    direction: SortDirection

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        direction: str = self.direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        direction = check_sort_direction(d.pop("direction"))

        sort_entry = cls(
            field=field,
            direction=direction,
        )

        return sort_entry
