from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheListKeysRequest")


@_attrs_define
class CacheListKeysRequest:
    """
    Attributes:
        pattern (None | str | Unset): A Redis glob pattern; absent or `null` matches every key. Every `[` must be closed
            and
            a `\\` must escape a character.
        next_ (None | str | Unset): The cursor from the previous page; absent or `null` to start.
    """

    pattern: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        cache_list_keys_request = cls(
            pattern=pattern,
            next_=next_,
        )

        return cache_list_keys_request
