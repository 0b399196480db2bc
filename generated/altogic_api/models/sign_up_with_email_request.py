from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sign_up_user_data import SignUpUserData


T = TypeVar("T", bound="SignUpWithEmailRequest")


@_attrs_define
class SignUpWithEmailRequest:
    """
    Attributes:
        email (str): An email address: a local part of letters, digits, non-ASCII letters and the characters
            ``!#$%&'*+/=?^_`{|}~.-``, an `@`, and a domain of at least two dot-separated labels of
            letters, digits, non-ASCII letters and `-`. Reserved domains such as `example.test` are
            accepted (the local backend sends no mail). Addresses are compared case-insensitively;
            the domain is stored lower-cased. (A pattern rather than `format: email`, whose meaning
            differs between validators, so that the contract and the server agree exactly.)
        password (str): A new password: at least 6 characters (Altogic's default minimum; an app that raises it in
            `app.yaml` refuses shorter ones with `validation_error`), at most 128.
        name_or_user_data (None | SignUpUserData | str | Unset): The new user's name, or an object of extra user fields.
            Absent, `null` or an empty string
            sets nothing.
    """

    email: str
    password: str
    name_or_user_data: None | SignUpUserData | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sign_up_user_data import SignUpUserData

        email = self.email

        password = self.password

        name_or_user_data: dict[str, Any] | None | str | Unset
        if isinstance(self.name_or_user_data, Unset):
            name_or_user_data = UNSET
        elif isinstance(self.name_or_user_data, SignUpUserData):
            name_or_user_data = self.name_or_user_data.to_dict()
        else:
            name_or_user_data = self.name_or_user_data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if name_or_user_data is not UNSET:
            field_dict["nameOrUserData"] = name_or_user_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sign_up_user_data import SignUpUserData

        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        def _parse_name_or_user_data(
            data: object,
        ) -> None | SignUpUserData | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_name_or_user_data_type_1 = SignUpUserData.from_dict(
                    data
                )

                return componentsschemas_name_or_user_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignUpUserData | str | Unset, data)

        name_or_user_data = _parse_name_or_user_data(d.pop("nameOrUserData", UNSET))

        sign_up_with_email_request = cls(
            email=email,
            password=password,
            name_or_user_data=name_or_user_data,
        )

        return sign_up_with_email_request
