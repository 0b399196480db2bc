from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangePhoneRequest")


@_attrs_define
class ChangePhoneRequest:
    """
    Attributes:
        current_password (str): An existing password, checked against the stored hash.
        new_phone (str): A phone number in international E.164 format: `+`, the country code and the number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
    """

    current_password: str
    new_phone: str

    def to_dict(self) -> dict[str, Any]:
        current_password = self.current_password

        new_phone = self.new_phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currentPassword": current_password,
                "newPhone": new_phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current_password = d.pop("currentPassword")

        new_phone = d.pop("newPhone")

        change_phone_request = cls(
            current_password=current_password,
            new_phone=new_phone,
        )

        return change_phone_request
