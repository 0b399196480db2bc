from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_list_options import FileListOptions


T = TypeVar("T", bound="SearchFilesRequest")


@_attrs_define
class SearchFilesRequest:
    """
    Attributes:
        expression (None | str | Unset): A filter in the Altogic expression language. Absent, `null`, empty or blank
            matches
            everything.
        options (FileListOptions | None | Unset):
    """

    expression: None | str | Unset = UNSET
    options: FileListOptions | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_list_options import FileListOptions

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, FileListOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expression is not UNSET:
            field_dict["expression"] = expression
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_list_options import FileListOptions

        d = dict(src_dict)

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_options(data: object) -> FileListOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = FileListOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileListOptions | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        search_files_request = cls(
            expression=expression,
            options=options,
        )

        return search_files_request
