from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountInfo")


@_attrs_define
class CountInfo:
    """Paging information returned with a list when `returnCountInfo` is true. `totalPages` is
    `ceil(count / pageSize)`, 0 when nothing matches.

        Attributes:
            count (int): The number of items that match, over all pages.
            total_pages (int): The number of pages of `pageSize` items.
            current_page (int): The page returned (1-based).
            page_size (int): The page size used.
    """

    count: int
    total_pages: int
    current_page: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total_pages = self.total_pages

        current_page = self.current_page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "totalPages": total_pages,
                "currentPage": current_page,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        total_pages = d.pop("totalPages")

        current_page = d.pop("currentPage")

        page_size = d.pop("pageSize")

        count_info = cls(
            count=count,
            total_pages=total_pages,
            current_page=current_page,
            page_size=page_size,
        )

        count_info.additional_properties = d
        return count_info

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
