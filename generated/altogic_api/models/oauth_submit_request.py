from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthSubmitRequest")


@_attrs_define
class OauthSubmitRequest:
    """The fields of the local backend's stand-in OAuth sign-in page.

    Attributes:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)
        name (str | Unset): A user's name; an empty string sets no name.
    """

    email: str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name", UNSET)

        oauth_submit_request = cls(
            email=email,
            name=name,
        )

        return oauth_submit_request
