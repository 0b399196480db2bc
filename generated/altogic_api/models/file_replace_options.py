from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileReplaceOptions")


@_attrs_define
class FileReplaceOptions:
    """The settings of a replacement, sent as JSON text in the `options` query parameter. The
    JavaScript client always sends `contentType` (default `text/plain;charset=UTF-8`).

        Attributes:
            content_type (str | Unset): A media type such as `image/png`, optionally with parameters
                (`text/plain;charset=UTF-8`). It is stored without its parameters, in lower case.
            is_public (bool | Unset): The file's new privacy; absent keeps the file's current setting.
            tags (list[str] | str | Unset): One tag, or a list of tags (the JavaScript client accepts both).
            create_bucket (bool | Unset): Accepted and ignored: the JavaScript client types replace options as upload
                options.
    """

    content_type: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    tags: list[str] | str | Unset = UNSET
    create_bucket: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        is_public = self.is_public

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        create_bucket = self.create_bucket

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if tags is not UNSET:
            field_dict["tags"] = tags
        if create_bucket is not UNSET:
            field_dict["createBucket"] = create_bucket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("contentType", UNSET)

        is_public = d.pop("isPublic", UNSET)

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

        create_bucket = d.pop("createBucket", UNSET)

        file_replace_options = cls(
            content_type=content_type,
            is_public=is_public,
            tags=tags,
            create_bucket=create_bucket,
        )

        return file_replace_options
