from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketGetInfoRequest")


@_attrs_define
class BucketGetInfoRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        detailed (bool | Unset): Add the bucket's file statistics (`stats`). Default: False.
    """

    bucket: str
    detailed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        detailed = self.detailed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
            }
        )
        if detailed is not UNSET:
            field_dict["detailed"] = detailed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        detailed = d.pop("detailed", UNSET)

        bucket_get_info_request = cls(
            bucket=bucket,
            detailed=detailed,
        )

        return bucket_get_info_request
