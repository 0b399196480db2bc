from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDuplicateRequest")


@_attrs_define
class FileDuplicateRequest:
    """
    Attributes:
        bucket (str): A bucket's name or `_id`. A value equal to a bucket's `_id` addresses that bucket;
            otherwise the bucket with that name. `root`, or the environment id, is the root bucket.
        file (str): A file's name or `_id` within the addressed bucket. A value equal to the `_id` of a file
            of the bucket addresses that file; otherwise the file with that name.
        duplicate_name (None | str | Unset): The copy's name; absent or `null` derives a free name from the original's.
    """

    bucket: str
    file: str
    duplicate_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        file = self.file

        duplicate_name: None | str | Unset
        if isinstance(self.duplicate_name, Unset):
            duplicate_name = UNSET
        else:
            duplicate_name = self.duplicate_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bucket": bucket,
                "file": file,
            }
        )
        if duplicate_name is not UNSET:
            field_dict["duplicateName"] = duplicate_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        file = d.pop("file")

        def _parse_duplicate_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duplicate_name = _parse_duplicate_name(d.pop("duplicateName", UNSET))

        file_duplicate_request = cls(
            bucket=bucket,
            file=file,
            duplicate_name=duplicate_name,
        )

        return file_duplicate_request
