from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangePasswordRequest")


@_attrs_define
class ChangePasswordRequest:
    """
    Attributes:
        new_password (str): A new password: at least 6 characters (Altogic's default minimum; an app that raises it in
            `app.yaml` refuses shorter ones with `validation_error`), at most 128.
        old_password (str): An existing password, checked against the stored hash.
    """

    new_password: str
    old_password: str

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        old_password = self.old_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "newPassword": new_password,
                "oldPassword": old_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        new_password = d.pop("newPassword")

        old_password = d.pop("oldPassword")

        change_password_request = cls(
            new_password=new_password,
            old_password=old_password,
        )

        return change_password_request
