from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BucketRemoveTagsRequest")


@_attrs_define
class BucketRemoveTagsRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        tags (list[str] | str): One tag, or a list of tags (the JavaScript client accepts both).
    """

    bucket: str
    tags: list[str] | str

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        tags: list[str] | str
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        def _parse_tags(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_tags_type_1 = cast(list[str], data)

                return componentsschemas_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        tags = _parse_tags(d.pop("tags"))

        bucket_remove_tags_request = cls(
            bucket=bucket,
            tags=tags,
        )

        return bucket_remove_tags_request
