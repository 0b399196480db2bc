from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.cache_duration import CacheDuration, check_cache_duration
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendOptions")


@_attrs_define
class AppendOptions:
    """
    Attributes:
        cache (CacheDuration | Unset): How long Altogic keeps the object in its cache (`nocache` when left out). The
            local
            backend does not cache objects, so the value has no visible effect.
        return_top (bool | Unset): Answer the whole top-level object instead of the new item. Default: False.
    """

    cache: CacheDuration | Unset = UNSET
    return_top: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        cache: str | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache

        return_top = self.return_top

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cache is not UNSET:
            field_dict["cache"] = cache
        if return_top is not UNSET:
            field_dict["returnTop"] = return_top

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

        return_top = d.pop("returnTop", UNSET)

        append_options = cls(
            cache=cache,
            return_top=return_top,
        )

        return append_options
