from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadOptions")


@_attrs_define
class FileUploadOptions:
    """The settings of an upload, sent as JSON text in the `options` query parameter. The
    JavaScript client always sends `contentType` (default `text/plain;charset=UTF-8`) and
    `createBucket` (default `false`), and `isPublic` and `tags` when the caller gave them.

        Attributes:
            content_type (str | Unset): A media type such as `image/png`, optionally with parameters
                (`text/plain;charset=UTF-8`). It is stored without its parameters, in lower case.
            is_public (bool | Unset): The file's privacy; absent means the bucket's `isPublic`.
            create_bucket (bool | Unset): Create the bucket (public, no tags) when it does not exist. Default: False.
            tags (list[str] | str | Unset): One tag, or a list of tags (the JavaScript client accepts both).
    """

    content_type: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    create_bucket: bool | Unset = False
    tags: list[str] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        is_public = self.is_public

        create_bucket = self.create_bucket

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if create_bucket is not UNSET:
            field_dict["createBucket"] = create_bucket
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("contentType", UNSET)

        is_public = d.pop("isPublic", UNSET)

        create_bucket = d.pop("createBucket", UNSET)

        def _parse_tags(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_tags_type_1 = cast(list[str], data)

                return componentsschemas_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        file_upload_options = cls(
            content_type=content_type,
            is_public=is_public,
            create_bucket=create_bucket,
            tags=tags,
        )

        return file_upload_options
