from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bucket_sort_entry_direction import (
    BucketSortEntryDirection,
    check_bucket_sort_entry_direction,
)
from ..models.bucket_sort_entry_field import (
    BucketSortEntryField,
    check_bucket_sort_entry_field,
)

T = TypeVar("T", bound="BucketSortEntry")


@_attrs_define
class BucketSortEntry:
    """The bucket field to sort by, and the direction. A single entry, not a list.

    Attributes:
        field (BucketSortEntryField):
        direction (BucketSortEntryDirection):
    """

    field: BucketSortEntryField
    direction: BucketSortEntryDirection

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
        field = check_bucket_sort_entry_field(d.pop("field"))

        direction = check_bucket_sort_entry_direction(d.pop("direction"))

        bucket_sort_entry = cls(
            field=field,
            direction=direction,
        )

        return bucket_sort_entry
