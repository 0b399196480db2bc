from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An app user. Besides the fields below it carries any custom fields given at sign-up. The
    password (or its hash) is never returned. The local backend always sends `signUpAt` and
    `lastLoginAt`, `email` or `phone` (or both), and `emailVerified` or `phoneVerified` for the
    fields the user has.

        Attributes:
            field_id (str): A 24-character hexadecimal id.
            provider (str): `altogic` for email and phone sign-ups, otherwise the OAuth provider (`google`,
                `facebook`, `twitter`, `apple`, `discord`, `github`).
            provider_user_id (str): The user's id at the provider; equals `_id` for `altogic` users.
            email (None | str | Unset): The user's email address.
            phone (None | str | Unset): The user's phone number (E.164).
            name (None | str | Unset): The user's name.
            profile_picture (None | str | Unset): The URL of the user's picture (OAuth users).
            email_verified (bool | Unset): Whether the email address has been confirmed.
            phone_verified (bool | Unset): Whether the phone number has been confirmed.
            sign_up_at (datetime.datetime | Unset): An ISO-8601 UTC date-time with milliseconds, e.g.
                `2022-03-20T14:35:26.814Z`.
            last_login_at (datetime.datetime | Unset): An ISO-8601 UTC date-time with milliseconds, e.g.
                `2022-03-20T14:35:26.814Z`.
    """

    field_id: str
    provider: str
    provider_user_id: str
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    profile_picture: None | str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    phone_verified: bool | Unset = UNSET
    sign_up_at: datetime.datetime | Unset = UNSET
    last_login_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        provider = self.provider

        provider_user_id = self.provider_user_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        profile_picture: None | str | Unset
        if isinstance(self.profile_picture, Unset):
            profile_picture = UNSET
        else:
            profile_picture = self.profile_picture

        email_verified = self.email_verified

        phone_verified = self.phone_verified

        sign_up_at: str | Unset = UNSET
        if not isinstance(self.sign_up_at, Unset):
            sign_up_at = self.sign_up_at.isoformat()

        last_login_at: str | Unset = UNSET
        if not isinstance(self.last_login_at, Unset):
            last_login_at = self.last_login_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "provider": provider,
                "providerUserId": provider_user_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if phone_verified is not UNSET:
            field_dict["phoneVerified"] = phone_verified
        if sign_up_at is not UNSET:
            field_dict["signUpAt"] = sign_up_at
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        provider = d.pop("provider")

        provider_user_id = d.pop("providerUserId")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_profile_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_picture = _parse_profile_picture(d.pop("profilePicture", UNSET))

        email_verified = d.pop("emailVerified", UNSET)

        phone_verified = d.pop("phoneVerified", UNSET)

        _sign_up_at = d.pop("signUpAt", UNSET)
        sign_up_at: datetime.datetime | Unset
        if isinstance(_sign_up_at, Unset):
            sign_up_at = UNSET
        else:
            sign_up_at = datetime.datetime.fromisoformat(_sign_up_at)

        _last_login_at = d.pop("lastLoginAt", UNSET)
        last_login_at: datetime.datetime | Unset
        if isinstance(_last_login_at, Unset):
            last_login_at = UNSET
        else:
            last_login_at = datetime.datetime.fromisoformat(_last_login_at)

        user = cls(
            field_id=field_id,
            provider=provider,
            provider_user_id=provider_user_id,
            email=email,
            phone=phone,
            name=name,
            profile_picture=profile_picture,
            email_verified=email_verified,
            phone_verified=phone_verified,
            sign_up_at=sign_up_at,
            last_login_at=last_login_at,
        )

        user.additional_properties = d
        return user

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
