from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session import Session
    from ..models.user import User


T = TypeVar("T", bound="SignUpResult")


@_attrs_define
class SignUpResult:
    """A user and, when one was created, their new session; `session` is `null` while a
    confirmation is pending (sign-up) or after a phone change (`verifyPhone`).

        Attributes:
            user (User): An app user. Besides the fields below it carries any custom fields given at sign-up. The
                password (or its hash) is never returned. The local backend always sends `signUpAt` and
                `lastLoginAt`, `email` or `phone` (or both), and `emailVerified` or `phoneVerified` for the
                fields the user has.
            session (None | Session):
    """

    user: User
    session: None | Session
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session import Session

        user = self.user.to_dict()

        session: dict[str, Any] | None
        if isinstance(self.session, Session):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session import Session
        from ..models.user import User

        d = dict(src_dict)
        user = User.from_dict(d.pop("user"))

        def _parse_session(data: object) -> None | Session:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = Session.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Session, data)

        session = _parse_session(d.pop("session"))

        sign_up_result = cls(
            user=user,
            session=session,
        )

        sign_up_result.additional_properties = d
        return sign_up_result

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
