from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_agent import UserAgent


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A signed-in session. Send `token` in the `Session` header (the local backend sends
    `creationDtm` always). A session ends when it is signed out (`signOut`, `signOutAll`,
    `signOutAllExceptCurrent`), when the user's password is reset (all of the user's
    sessions) or changed (all but the calling one), and when it expires.

    Expiry (local backend; Altogic's tokens carried none): a session expires after
    `auth.sessionLifetime` seconds without use (`app.yaml`, default 30 days). The expiry is
    sliding: using the session pushes it back to a full lifetime, recorded at most once an
    hour (or once per tenth of the lifetime, when that is shorter), so a session ends between
    that interval short of a lifetime and a full lifetime after its last use. An expired
    token answers 401 `invalid_session_token`.

        Attributes:
            user_id (str): A 24-character hexadecimal id.
            token (str): The session token, an unguessable string.
            access_group_keys (list[str]): Access-group keys attached to the session; empty for built-in sign-ins.
            user_agent (UserAgent): The caller's `User-Agent` header at sign-in, parsed into the browser (or client) family
                and
                version, the device and the operating system, e.g. `{"family": "Chrome", "major": "99",
                "minor": "0", "patch": "4844", ...}`. Unknown parts are `Other` (family) and `"0"`
                (version numbers).
            creation_dtm (datetime.datetime | Unset): An ISO-8601 UTC date-time with milliseconds, e.g.
                `2022-03-20T14:35:26.814Z`.
    """

    user_id: str
    token: str
    access_group_keys: list[str]
    user_agent: UserAgent
    creation_dtm: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token = self.token

        access_group_keys = self.access_group_keys

        user_agent = self.user_agent.to_dict()

        creation_dtm: str | Unset = UNSET
        if not isinstance(self.creation_dtm, Unset):
            creation_dtm = self.creation_dtm.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "token": token,
                "accessGroupKeys": access_group_keys,
                "userAgent": user_agent,
            }
        )
        if creation_dtm is not UNSET:
            field_dict["creationDtm"] = creation_dtm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_agent import UserAgent

        d = dict(src_dict)
        user_id = d.pop("userId")

        token = d.pop("token")

        access_group_keys = cast(list[str], d.pop("accessGroupKeys"))

        user_agent = UserAgent.from_dict(d.pop("userAgent"))

        _creation_dtm = d.pop("creationDtm", UNSET)
        creation_dtm: datetime.datetime | Unset
        if isinstance(_creation_dtm, Unset):
            creation_dtm = UNSET
        else:
            creation_dtm = datetime.datetime.fromisoformat(_creation_dtm)

        session = cls(
            user_id=user_id,
            token=token,
            access_group_keys=access_group_keys,
            user_agent=user_agent,
            creation_dtm=creation_dtm,
        )

        session.additional_properties = d
        return session

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
