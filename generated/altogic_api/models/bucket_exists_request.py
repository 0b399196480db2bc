from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BucketExistsRequest")


@_attrs_define
class BucketExistsRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
    """

    bucket: str

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        bucket_exists_request = cls(
            bucket=bucket,
        )

        return bucket_exists_request
