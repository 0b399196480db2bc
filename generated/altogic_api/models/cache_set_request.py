from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheSetRequest")


@_attrs_define
class CacheSetRequest:
    """
    Attributes:
        key (str): A cache key.
        value (Any): Any JSON value.
        ttl (int | Unset): Time to live in seconds (at most ten years).
    """

    key: str
    value: Any
    ttl: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        ttl = d.pop("ttl", UNSET)

        cache_set_request = cls(
            key=key,
            value=value,
            ttl=ttl,
        )

        return cache_set_request
