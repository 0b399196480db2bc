from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BucketRenameRequest")


@_attrs_define
class BucketRenameRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        new_name (str): A bucket name: case-sensitive and unique in the environment. `root` is the root bucket's.
            Control characters are not allowed.
    """

    bucket: str
    new_name: str

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        new_name = self.new_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "newName": new_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        new_name = d.pop("newName")

        bucket_rename_request = cls(
            bucket=bucket,
            new_name=new_name,
        )

        return bucket_rename_request
