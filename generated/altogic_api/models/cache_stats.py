from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CacheStats")


@_attrs_define
class CacheStats:
    """
    Attributes:
        total_keys (int): Number of keys that have not expired.
        total_storage_size (int): Bytes taken by the keys and their serialised values.
        daily_ingress (int): Bytes written today (UTC).
        daily_egress (int): Bytes read today (UTC).
        monthly_ingress (int): Bytes written this month (UTC).
        monthly_egress (int): Bytes read this month (UTC).
    """

    total_keys: int
    total_storage_size: int
    daily_ingress: int
    daily_egress: int
    monthly_ingress: int
    monthly_egress: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_keys = self.total_keys

        total_storage_size = self.total_storage_size

        daily_ingress = self.daily_ingress

        daily_egress = self.daily_egress

        monthly_ingress = self.monthly_ingress

        monthly_egress = self.monthly_egress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalKeys": total_keys,
                "totalStorageSize": total_storage_size,
                "dailyIngress": daily_ingress,
                "dailyEgress": daily_egress,
                "monthlyIngress": monthly_ingress,
                "monthlyEgress": monthly_egress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_keys = d.pop("totalKeys")

        total_storage_size = d.pop("totalStorageSize")

        daily_ingress = d.pop("dailyIngress")

        daily_egress = d.pop("dailyEgress")

        monthly_ingress = d.pop("monthlyIngress")

        monthly_egress = d.pop("monthlyEgress")

        cache_stats = cls(
            total_keys=total_keys,
            total_storage_size=total_storage_size,
            daily_ingress=daily_ingress,
            daily_egress=daily_egress,
            monthly_ingress=monthly_ingress,
            monthly_egress=monthly_egress,
        )

        cache_stats.additional_properties = d
        return cache_stats

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
