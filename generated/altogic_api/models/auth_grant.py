from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session import Session
    from ..models.user import User


T = TypeVar("T", bound="AuthGrant")


@_attrs_define
class AuthGrant:
    """A user and their new session.

    Attributes:
        user (User): An app user. Besides the fields below it carries any custom fields given at sign-up. The
            password (or its hash) is never returned. The local backend always sends `signUpAt` and
            `lastLoginAt`, `email` or `phone` (or both), and `emailVerified` or `phoneVerified` for the
            fields the user has.
        session (Session): A signed-in session. Send `token` in the `Session` header (the local backend sends
            `creationDtm` always). A session ends when it is signed out (`signOut`, `signOutAll`,
            `signOutAllExceptCurrent`), when the user's password is reset (all of the user's
            sessions) or changed (all but the calling one), and when it expires.

            Expiry (local backend; Altogic's tokens carried none): a session expires after
            `auth.sessionLifetime` seconds without use (`app.yaml`, default 30 days). The expiry is
            sliding: using the session pushes it back to a full lifetime, recorded at most once an
            hour (or once per tenth of the lifetime, when that is shorter), so a session ends between
            that interval short of a lifetime and a full lifetime after its last use. An expired
            token answers 401 `invalid_session_token`.
    """

    user: User
    session: Session
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        session = self.session.to_dict()

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

        session = Session.from_dict(d.pop("session"))

        auth_grant = cls(
            user=user,
            session=session,
        )

        auth_grant.additional_properties = d
        return auth_grant

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
