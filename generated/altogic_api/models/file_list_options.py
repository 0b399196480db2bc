from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_sort_entry import FileSortEntry


T = TypeVar("T", bound="FileListOptions")


@_attrs_define
class FileListOptions:
    """Paging and sorting for `searchFiles` and `bucketListFiles`.

    Attributes:
        page (int | None | Unset): The page to return, from 1; `null` or absent means 1.
        limit (int | None | Unset): The page size; `null` or absent means 100.
        sort (FileSortEntry | None | Unset): The sort order; `null` or absent means upload order.
        return_count_info (bool | Unset): Answer a `FilePage` with count information instead of a bare array. Default:
            False.
    """

    page: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    sort: FileSortEntry | None | Unset = UNSET
    return_count_info: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_sort_entry import FileSortEntry

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        sort: dict[str, Any] | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, FileSortEntry):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        return_count_info = self.return_count_info

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if return_count_info is not UNSET:
            field_dict["returnCountInfo"] = return_count_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_sort_entry import FileSortEntry

        d = dict(src_dict)

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_sort(data: object) -> FileSortEntry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_0 = FileSortEntry.from_dict(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileSortEntry | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        return_count_info = d.pop("returnCountInfo", UNSET)

        file_list_options = cls(
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=return_count_info,
        )

        return file_list_options
