from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.count_info import CountInfo
    from ..models.db_object import DBObject


T = TypeVar("T", bound="ObjectPage")


@_attrs_define
class ObjectPage:
    """One page of objects with the count of all matches (`returnCountInfo`).

    Attributes:
        info (CountInfo): Paging information returned with a list when `returnCountInfo` is true. `totalPages` is
            `ceil(count / pageSize)`, 0 when nothing matches.
        data (list[DBObject]):
    """

    info: CountInfo
    data: list[DBObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.count_info import CountInfo
        from ..models.db_object import DBObject

        d = dict(src_dict)
        info = CountInfo.from_dict(d.pop("info"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DBObject.from_dict(data_item_data)

            data.append(data_item)

        object_page = cls(
            info=info,
            data=data,
        )

        object_page.additional_properties = d
        return object_page

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
