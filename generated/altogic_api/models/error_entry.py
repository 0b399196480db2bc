from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_entry_origin import ErrorEntryOrigin, check_error_entry_origin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_entry_details import ErrorEntryDetails


T = TypeVar("T", bound="ErrorEntry")


@_attrs_define
class ErrorEntry:
    """One error.

    Attributes:
        origin (ErrorEntryOrigin): Where the error comes from: `client_error` when the request must change,
            `server_error`
            when the server failed.
        code (str): A short machine-readable code such as `validation_error`.
        message (str): A human-readable explanation.
        details (ErrorEntryDetails | Unset): Code-specific details. For `validation_error`: `field` (dotted path of the
            bad field)
            and `location` (`body`, `query`, `path` or `header`).
    """

    origin: ErrorEntryOrigin
    code: str
    message: str
    details: ErrorEntryDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin: str = self.origin

        code = self.code

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_entry_details import ErrorEntryDetails

        d = dict(src_dict)
        origin = check_error_entry_origin(d.pop("origin"))

        code = d.pop("code")

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: ErrorEntryDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorEntryDetails.from_dict(_details)

        error_entry = cls(
            origin=origin,
            code=code,
            message=message,
            details=details,
        )

        error_entry.additional_properties = d
        return error_entry

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
