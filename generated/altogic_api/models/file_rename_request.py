from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileRenameRequest")


@_attrs_define
class FileRenameRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id` of a file
            of the bucket addresses that file; otherwise the file with that name.
        new_name (str): A file name, unique within its bucket. Control characters are not allowed.
    """

    bucket: str
    file: str
    new_name: str

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        file = self.file

        new_name = self.new_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "file": file,
                "newName": new_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        file = d.pop("file")

        new_name = d.pop("newName")

        file_rename_request = cls(
            bucket=bucket,
            file=file,
            new_name=new_name,
        )

        return file_rename_request
