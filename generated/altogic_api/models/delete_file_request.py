from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteFileRequest")


@_attrs_define
class DeleteFileRequest:
    """
    Attributes:
        file_url (str): The file's public URL (`publicPath`).
    """

    file_url: str

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileUrl": file_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_url = d.pop("fileUrl")

        delete_file_request = cls(
            file_url=file_url,
        )

        return delete_file_request
