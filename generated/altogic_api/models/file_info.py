from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")


@_attrs_define
class FileInfo:
    """A file's metadata.

    Attributes:
        field_id (str): A 24-character hexadecimal id.
        bucket_id (str): A 24-character hexadecimal id.
        file_name (str): The file's name, unique within its bucket.
        size (int): The size in bytes.
        encoding (str): The transfer encoding of the upload (`7bit`).
        mime_type (str): The media type, without parameters (`image/png`).
        public_path (str): The public URL, `<env URL>/_storage/<envId>/<bucketId>/<fileId>` (see `publicFile`).
        is_public (bool): Whether the public URL serves the file.
        tags (list[str]):
        uploaded_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        updated_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        user_id (str | Unset): A 24-character hexadecimal id.
    """

    field_id: str
    bucket_id: str
    file_name: str
    size: int
    encoding: str
    mime_type: str
    public_path: str
    is_public: bool
    tags: list[str]
    uploaded_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        bucket_id = self.bucket_id

        file_name = self.file_name

        size = self.size

        encoding = self.encoding

        mime_type = self.mime_type

        public_path = self.public_path

        is_public = self.is_public

        tags = self.tags

        uploaded_at = self.uploaded_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "bucketId": bucket_id,
                "fileName": file_name,
                "size": size,
                "encoding": encoding,
                "mimeType": mime_type,
                "publicPath": public_path,
                "isPublic": is_public,
                "tags": tags,
                "uploadedAt": uploaded_at,
                "updatedAt": updated_at,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        bucket_id = d.pop("bucketId")

        file_name = d.pop("fileName")

        size = d.pop("size")

        encoding = d.pop("encoding")

        mime_type = d.pop("mimeType")

        public_path = d.pop("publicPath")

        is_public = d.pop("isPublic")

        tags = cast(list[str], d.pop("tags"))

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploadedAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        user_id = d.pop("userId", UNSET)

        file_info = cls(
            field_id=field_id,
            bucket_id=bucket_id,
            file_name=file_name,
            size=size,
            encoding=encoding,
            mime_type=mime_type,
            public_path=public_path,
            is_public=is_public,
            tags=tags,
            uploaded_at=uploaded_at,
            updated_at=updated_at,
            user_id=user_id,
        )

        file_info.additional_properties = d
        return file_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
