from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignInWithEmailRequest")


@_attrs_define
class SignInWithEmailRequest:
    """
    Attributes:
        email (str): An email address. Addresses are compared case-insensitively.
        password (str): An existing password, checked against the stored hash.
    """

    email: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        sign_in_with_email_request = cls(
            email=email,
            password=password,
        )

        return sign_in_with_email_request
