from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetMembersRequest")


@_attrs_define
class GetMembersRequest:
    """
    Attributes:
        channel (str): The channel name.
    """

    channel: str

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = d.pop("channel")

        get_members_request = cls(
            channel=channel,
        )

        return get_members_request
