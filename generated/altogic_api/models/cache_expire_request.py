from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CacheExpireRequest")


@_attrs_define
class CacheExpireRequest:
    """
    Attributes:
        key (str): A cache key.
        ttl (int): Time to live in seconds (at most ten years).
    """

    key: str
    ttl: int

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "ttl": ttl,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        ttl = d.pop("ttl")

        cache_expire_request = cls(
            key=key,
            ttl=ttl,
        )

        return cache_expire_request
