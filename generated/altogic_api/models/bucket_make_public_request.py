from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketMakePublicRequest")


@_attrs_define
class BucketMakePublicRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        include_files (bool | Unset): Also make every file now in the bucket public. Default: False.
    """

    bucket: str
    include_files: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        include_files = self.include_files

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
            }
        )
        if include_files is not UNSET:
            field_dict["includeFiles"] = include_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        include_files = d.pop("includeFiles", UNSET)

        bucket_make_public_request = cls(
            bucket=bucket,
            include_files=include_files,
        )

        return bucket_make_public_request
