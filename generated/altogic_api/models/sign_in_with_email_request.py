from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignInWithEmailRequest")


@_attrs_define
class SignInWithEmailRequest:
    """
    Attributes:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)
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
