from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketUpdateInfoRequest")


@_attrs_define
class BucketUpdateInfoRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        new_name (str | Unset): A bucket name: case-sensitive and unique in the environment. `root` is the root
            bucket's.
            Control characters are not allowed.
        is_public (bool | Unset): The bucket's new default privacy; absent keeps it.
        tags (list[str] | str | Unset): One tag, or a list of tags (the JavaScript client accepts both).
        include_files (bool | Unset): Also give every file in the bucket the bucket's resulting privacy. Default: False.
    """

    bucket: str
    new_name: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    tags: list[str] | str | Unset = UNSET
    include_files: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        new_name = self.new_name

        is_public = self.is_public

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        include_files = self.include_files

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
            }
        )
        if new_name is not UNSET:
            field_dict["newName"] = new_name
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if tags is not UNSET:
            field_dict["tags"] = tags
        if include_files is not UNSET:
            field_dict["includeFiles"] = include_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        new_name = d.pop("newName", UNSET)

        is_public = d.pop("isPublic", UNSET)

        def _parse_tags(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_tags_type_1 = cast(list[str], data)

                return componentsschemas_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        include_files = d.pop("includeFiles", UNSET)

        bucket_update_info_request = cls(
            bucket=bucket,
            new_name=new_name,
            is_public=is_public,
            tags=tags,
            include_files=include_files,
        )

        return bucket_update_info_request
