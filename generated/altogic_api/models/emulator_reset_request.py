from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.stateful_module import StatefulModule, check_stateful_module
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorResetRequest")


@_attrs_define
class EmulatorResetRequest:
    """
    Attributes:
        modules (list[StatefulModule] | Unset): The modules to reset (all of them when omitted; a module named twice is
            reset once).
    """

    modules: list[StatefulModule] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        modules: list[str] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item: str = modules_item_data
                modules.append(modules_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if modules is not UNSET:
            field_dict["modules"] = modules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _modules = d.pop("modules", UNSET)
        modules: list[StatefulModule] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                modules_item = check_stateful_module(modules_item_data)

                modules.append(modules_item)

        emulator_reset_request = cls(
            modules=modules,
        )

        return emulator_reset_request
