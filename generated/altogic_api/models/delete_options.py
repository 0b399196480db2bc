from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteOptions")


@_attrs_define
class DeleteOptions:
    """
    Attributes:
        remove_from_cache (bool | Unset): Drop the object from Altogic's cache; no visible effect locally. Default:
            True.
        return_top (bool | Unset): When a sub-object is deleted, answer the updated top-level object. Default: False.
    """

    remove_from_cache: bool | Unset = True
    return_top: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        remove_from_cache = self.remove_from_cache

        return_top = self.return_top

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if remove_from_cache is not UNSET:
            field_dict["removeFromCache"] = remove_from_cache
        if return_top is not UNSET:
            field_dict["returnTop"] = return_top

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remove_from_cache = d.pop("removeFromCache", UNSET)

        return_top = d.pop("returnTop", UNSET)

        delete_options = cls(
            remove_from_cache=remove_from_cache,
            return_top=return_top,
        )

        return delete_options
