from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.cache_duration import CacheDuration, check_cache_duration
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOptions")


@_attrs_define
class GetOptions:
    """
    Attributes:
        cache (CacheDuration | Unset): How long Altogic keeps the object in its cache (`nocache` when left out). The
            local
            backend does not cache objects, so the value has no visible effect.
    """

    cache: CacheDuration | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cache: str | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cache is not UNSET:
            field_dict["cache"] = cache

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _cache = d.pop("cache", UNSET)
        cache: CacheDuration | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = check_cache_duration(_cache)

        get_options = cls(
            cache=cache,
        )

        return get_options
