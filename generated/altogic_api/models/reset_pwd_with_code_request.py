from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResetPwdWithCodeRequest")


@_attrs_define
class ResetPwdWithCodeRequest:
    """
    Attributes:
        new_password (str): A new password: at least 6 characters (Altogic's default minimum; an app that raises it in
            `app.yaml` refuses shorter ones with `validation_error`), at most 128.
    """

    new_password: str

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "newPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        new_password = d.pop("newPassword")

        reset_pwd_with_code_request = cls(
            new_password=new_password,
        )

        return reset_pwd_with_code_request
