from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangeEmailRequest")


@_attrs_define
class ChangeEmailRequest:
    """
    Attributes:
        current_password (str): An existing password, checked against the stored hash.
        new_email (str): An email address: a local part of letters, digits, non-ASCII letters and the characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)
    """

    current_password: str
    new_email: str

    def to_dict(self) -> dict[str, Any]:
        current_password = self.current_password

        new_email = self.new_email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currentPassword": current_password,
                "newEmail": new_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current_password = d.pop("currentPassword")

        new_email = d.pop("newEmail")

        change_email_request = cls(
            current_password=current_password,
            new_email=new_email,
        )

        return change_email_request
