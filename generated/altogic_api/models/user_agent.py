from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_agent_device import UserAgentDevice
    from ..models.user_agent_os import UserAgentOs


T = TypeVar("T", bound="UserAgent")


@_attrs_define
class UserAgent:
    """The caller's `User-Agent` header at sign-in, parsed into the browser (or client) family and
    version, the device and the operating system, e.g. `{"family": "Chrome", "major": "99",
    "minor": "0", "patch": "4844", ...}`. Unknown parts are `Other` (family) and `"0"`
    (version numbers).

        Attributes:
            family (str):
            major (str):
            minor (str):
            patch (str):
            device (UserAgentDevice): The device part of a parsed User-Agent (`Other` and `"0"` when unknown).
            os (UserAgentOs): The operating system part of a parsed User-Agent (`Other`, `"0"` when unknown).
    """

    family: str
    major: str
    minor: str
    patch: str
    device: UserAgentDevice
    os: UserAgentOs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        family = self.family

        major = self.major

        minor = self.minor

        patch = self.patch

        device = self.device.to_dict()

        os = self.os.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "family": family,
                "major": major,
                "minor": minor,
                "patch": patch,
                "device": device,
                "os": os,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_agent_device import UserAgentDevice
        from ..models.user_agent_os import UserAgentOs

        d = dict(src_dict)
        family = d.pop("family")

        major = d.pop("major")

        minor = d.pop("minor")

        patch = d.pop("patch")

        device = UserAgentDevice.from_dict(d.pop("device"))

        os = UserAgentOs.from_dict(d.pop("os"))

        user_agent = cls(
            family=family,
            major=major,
            minor=minor,
            patch=patch,
            device=device,
            os=os,
        )

        user_agent.additional_properties = d
        return user_agent

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
