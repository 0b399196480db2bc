from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUpdateInfoRequest")


@_attrs_define
class FileUpdateInfoRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id` of a file
            of the bucket addresses that file; otherwise the file with that name.
        new_name (str | Unset): A file name, unique within its bucket. Control characters are not allowed.
        is_public (bool | Unset): The file's new privacy; absent keeps it.
        tags (list[str] | str | Unset): One tag, or a list of tags (the JavaScript client accepts both).
    """

    bucket: str
    file: str
    new_name: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    tags: list[str] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        file = self.file

        new_name = self.new_name

        is_public = self.is_public

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "file": file,
            }
        )
        if new_name is not UNSET:
            field_dict["newName"] = new_name
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        file = d.pop("file")

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

        file_update_info_request = cls(
            bucket=bucket,
            file=file,
            new_name=new_name,
            is_public=is_public,
            tags=tags,
        )

        return file_update_info_request
