from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.file_sort_entry_direction import (
    FileSortEntryDirection,
    check_file_sort_entry_direction,
)
from ..models.file_sort_entry_field import (
    FileSortEntryField,
    check_file_sort_entry_field,
)

T = TypeVar("T", bound="FileSortEntry")


@_attrs_define
class FileSortEntry:
    """The file field to sort by, and the direction. A single entry, not a list.

    Attributes:
        field (FileSortEntryField):
        direction (FileSortEntryDirection):
    """

    field: FileSortEntryField
    direction: FileSortEntryDirection

    def to_dict(self) -> dict[str, Any]:
        field: str = self.field

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
        field = check_file_sort_entry_field(d.pop("field"))

        direction = check_file_sort_entry_direction(d.pop("direction"))

        file_sort_entry = cls(
            field=field,
            direction=direction,
        )

        return file_sort_entry
