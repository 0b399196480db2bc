from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_stats import ModelStats


T = TypeVar("T", bound="DBStats")


@_attrs_define
class DBStats:
    """
    Attributes:
        models_count (int): The number of top-level models.
        objects_count (int): The number of top-level objects over all models.
        storage_size (int): Bytes taken by all objects, serialised as JSON.
        models (list[ModelStats]): One entry per top-level model, by name.
    """

    models_count: int
    objects_count: int
    storage_size: int
    models: list[ModelStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models_count = self.models_count

        objects_count = self.objects_count

        storage_size = self.storage_size

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelsCount": models_count,
                "objectsCount": objects_count,
                "storageSize": storage_size,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_stats import ModelStats

        d = dict(src_dict)
        models_count = d.pop("modelsCount")

        objects_count = d.pop("objectsCount")

        storage_size = d.pop("storageSize")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = ModelStats.from_dict(models_item_data)

            models.append(models_item)

        db_stats = cls(
            models_count=models_count,
            objects_count=objects_count,
            storage_size=storage_size,
            models=models,
        )

        db_stats.additional_properties = d
        return db_stats

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
