from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BucketDeleteFilesRequest")


@_attrs_define
class BucketDeleteFilesRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file_names_or_ids (list[str]): The names or ids of the files to delete.
    """

    bucket: str
    file_names_or_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        file_names_or_ids = self.file_names_or_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "fileNamesOrIds": file_names_or_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        file_names_or_ids = cast(list[str], d.pop("fileNamesOrIds"))

        bucket_delete_files_request = cls(
            bucket=bucket,
            file_names_or_ids=file_names_or_ids,
        )

        return bucket_delete_files_request
