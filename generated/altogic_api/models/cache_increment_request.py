from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheIncrementRequest")


@_attrs_define
class CacheIncrementRequest:
    """
    Attributes:
        key (str): A cache key.
        increment (float | Unset): The amount to add. Default: 1.0.
        ttl (int | Unset): Time to live in seconds (at most ten years).
    """

    key: str
    increment: float | Unset = 1.0
    ttl: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        increment = self.increment

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if increment is not UNSET:
            field_dict["increment"] = increment
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        increment = d.pop("increment", UNSET)

        ttl = d.pop("ttl", UNSET)

        cache_increment_request = cls(
            key=key,
            increment=increment,
            ttl=ttl,
        )

        return cache_increment_request
