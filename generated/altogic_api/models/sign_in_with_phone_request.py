from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignInWithPhoneRequest")


@_attrs_define
class SignInWithPhoneRequest:
    """
    Attributes:
        phone (str): A phone number in international E.164 format: `+`, the country code and the number, 7 to
            15 digits, no spaces (e.g. `+15555555555`).
        password (str): An existing password, checked against the stored hash.
    """

    phone: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        password = d.pop("password")

        sign_in_with_phone_request = cls(
            phone=phone,
            password=password,
        )

        return sign_in_with_phone_request
