from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAgentOs")


@_attrs_define
class UserAgentOs:
    """The operating system part of a parsed User-Agent (`Other`, `"0"` when unknown).

    Attributes:
        family (str):
        major (str):
        minor (str):
        patch (str):
    """

    family: str
    major: str
    minor: str
    patch: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        family = self.family

        major = self.major

        minor = self.minor

        patch = self.patch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "family": family,
                "major": major,
                "minor": minor,
                "patch": patch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        family = d.pop("family")

        major = d.pop("major")

        minor = d.pop("minor")

        patch = d.pop("patch")

        user_agent_os = cls(
            family=family,
            major=major,
            minor=minor,
            patch=patch,
        )

        user_agent_os.additional_properties = d
        return user_agent_os

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
