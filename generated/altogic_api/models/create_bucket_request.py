from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBucketRequest")


@_attrs_define
class CreateBucketRequest:
    """
    Attributes:
        name (str): A bucket name: case-sensitive and unique in the environment. `root` is the root bucket's.
            Control characters are not allowed.
        is_public (bool | Unset): The default privacy of the bucket's files. Default: True.
        tags (list[str] | Unset): A list of tags. Duplicates are stored once.
    """

    name: str
    is_public: bool | Unset = True
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_public = self.is_public

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        is_public = d.pop("isPublic", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        create_bucket_request = cls(
            name=name,
            is_public=is_public,
            tags=tags,
        )

        return create_bucket_request
