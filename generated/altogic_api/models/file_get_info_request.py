from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileGetInfoRequest")


@_attrs_define
class FileGetInfoRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id` of a file
            of the bucket addresses that file; otherwise the file with that name.
    """

    bucket: str
    file: str

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        file = self.file

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        file = d.pop("file")

        file_get_info_request = cls(
            bucket=bucket,
            file=file,
        )

        return file_get_info_request
