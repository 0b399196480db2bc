from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_sort_entry import BucketSortEntry


T = TypeVar("T", bound="BucketListOptions")


@_attrs_define
class BucketListOptions:
    """Paging and sorting for `listBuckets`.

    Attributes:
        page (int | None | Unset): The page to return, from 1; `null` or absent means 1.
        limit (int | None | Unset): The page size; `null` or absent means 100.
        sort (BucketSortEntry | None | Unset): The sort order; `null` or absent means creation order.
        return_count_info (bool | Unset): Answer a `BucketPage` with count information instead of a bare array. Default:
            False.
    """

    page: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    sort: BucketSortEntry | None | Unset = UNSET
    return_count_info: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket_sort_entry import BucketSortEntry

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
        elif isinstance(self.sort, BucketSortEntry):
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
        from ..models.bucket_sort_entry import BucketSortEntry

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

        def _parse_sort(data: object) -> BucketSortEntry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sort_type_0 = BucketSortEntry.from_dict(data)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketSortEntry | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        return_count_info = d.pop("returnCountInfo", UNSET)

        bucket_list_options = cls(
            page=page,
            limit=limit,
            sort=sort,
            return_count_info=return_count_info,
        )

        return bucket_list_options
