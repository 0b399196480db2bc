from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_stats import BucketStats


T = TypeVar("T", bound="Bucket")


@_attrs_define
class Bucket:
    """A bucket's metadata.

    Attributes:
        field_id (str): A 24-character hexadecimal id.
        name (str): The bucket's name (`root` for the root bucket).
        is_public (bool): The default privacy of files added without their own setting.
        tags (list[str]):
        created_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        updated_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        user_id (str | Unset): A 24-character hexadecimal id.
        stats (BucketStats | Unset): The files of one bucket, counted (`bucketGetInfo` with `detailed`).
    """

    field_id: str
    name: str
    is_public: bool
    tags: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: str | Unset = UNSET
    stats: BucketStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        is_public = self.is_public

        tags = self.tags

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "isPublic": is_public,
                "tags": tags,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bucket_stats import BucketStats

        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        is_public = d.pop("isPublic")

        tags = cast(list[str], d.pop("tags"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        user_id = d.pop("userId", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: BucketStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = BucketStats.from_dict(_stats)

        bucket = cls(
            field_id=field_id,
            name=name,
            is_public=is_public,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            stats=stats,
        )

        bucket.additional_properties = d
        return bucket

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
