from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StorageStats")


@_attrs_define
class StorageStats:
    """Totals over every bucket of the environment.

    Attributes:
        objects_count (int): The number of files.
        total_storage_size (int): Their total size in bytes.
        average_object_size (float): Their average size in bytes; 0 when there are none.
        min_object_size (int): The smallest size in bytes; 0 when there are none.
        max_object_size (int): The largest size in bytes; 0 when there are none.
        buckets_count (int): The number of buckets, `root` included.
    """

    objects_count: int
    total_storage_size: int
    average_object_size: float
    min_object_size: int
    max_object_size: int
    buckets_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects_count = self.objects_count

        total_storage_size = self.total_storage_size

        average_object_size = self.average_object_size

        min_object_size = self.min_object_size

        max_object_size = self.max_object_size

        buckets_count = self.buckets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectsCount": objects_count,
                "totalStorageSize": total_storage_size,
                "averageObjectSize": average_object_size,
                "minObjectSize": min_object_size,
                "maxObjectSize": max_object_size,
                "bucketsCount": buckets_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objects_count = d.pop("objectsCount")

        total_storage_size = d.pop("totalStorageSize")

        average_object_size = d.pop("averageObjectSize")

        min_object_size = d.pop("minObjectSize")

        max_object_size = d.pop("maxObjectSize")

        buckets_count = d.pop("bucketsCount")

        storage_stats = cls(
            objects_count=objects_count,
            total_storage_size=total_storage_size,
            average_object_size=average_object_size,
            min_object_size=min_object_size,
            max_object_size=max_object_size,
            buckets_count=buckets_count,
        )

        storage_stats.additional_properties = d
        return storage_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
