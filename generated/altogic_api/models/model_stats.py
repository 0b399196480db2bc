from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelStats")


@_attrs_define
class ModelStats:
    """
    Attributes:
        name (str): The top-level model's name.
        objects_count (int): The number of top-level objects in the model.
        size (int): Bytes taken by the model's objects, serialised as JSON.
    """

    name: str
    objects_count: int
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        objects_count = self.objects_count

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "objectsCount": objects_count,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        objects_count = d.pop("objectsCount")

        size = d.pop("size")

        model_stats = cls(
            name=name,
            objects_count=objects_count,
            size=size,
        )

        model_stats.additional_properties = d
        return model_stats

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
