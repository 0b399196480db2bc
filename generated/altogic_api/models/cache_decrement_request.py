from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheDecrementRequest")


@_attrs_define
class CacheDecrementRequest:
    """
    Attributes:
        key (str): A cache key.
        decrement (float | Unset): The amount to subtract. Default: 1.0.
        ttl (int | Unset): Time to live in seconds (at most ten years).
    """

    key: str
    decrement: float | Unset = 1.0
    ttl: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        decrement = self.decrement

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if decrement is not UNSET:
            field_dict["decrement"] = decrement
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        decrement = d.pop("decrement", UNSET)

        ttl = d.pop("ttl", UNSET)

        cache_decrement_request = cls(
            key=key,
            decrement=decrement,
            ttl=ttl,
        )

        return cache_decrement_request
