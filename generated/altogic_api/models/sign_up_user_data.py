from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUpUserData")


@_attrs_define
class SignUpUserData:
    """Extra fields for the new user. Any field may be given and is stored on the user; the system
    fields `_id`, `provider`, `providerUserId`, `email`, `phone`, `password`, `signUpAt` and
    `lastLoginAt` are ignored. `emailVerified: true` (email sign-up) or `phoneVerified: true`
    (phone sign-up) skips the confirmation; the other flag is ignored.

        Attributes:
            name (str | Unset): A user's name; an empty string sets no name.
            profile_picture (str | Unset): The URL of the user's picture.
            email_verified (bool | Unset): `true` to create the user with a confirmed address (email sign-up).
            phone_verified (bool | Unset): `true` to create the user with a confirmed number (phone sign-up).
    """

    name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    phone_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        profile_picture = self.profile_picture

        email_verified = self.email_verified

        phone_verified = self.phone_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if phone_verified is not UNSET:
            field_dict["phoneVerified"] = phone_verified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        profile_picture = d.pop("profilePicture", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        phone_verified = d.pop("phoneVerified", UNSET)

        sign_up_user_data = cls(
            name=name,
            profile_picture=profile_picture,
            email_verified=email_verified,
            phone_verified=phone_verified,
        )

        sign_up_user_data.additional_properties = d
        return sign_up_user_data

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
