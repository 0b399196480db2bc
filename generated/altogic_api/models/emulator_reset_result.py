from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.stateful_module import StatefulModule, check_stateful_module

T = TypeVar("T", bound="EmulatorResetResult")


@_attrs_define
class EmulatorResetResult:
    """
    Attributes:
        reset (list[StatefulModule]):
    """

    reset: list[StatefulModule]

    def to_dict(self) -> dict[str, Any]:
        reset = []
        for reset_item_data in self.reset:
            reset_item: str = reset_item_data
            reset.append(reset_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reset": reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reset = []
        _reset = d.pop("reset")
        for reset_item_data in _reset:
            reset_item = check_stateful_module(reset_item_data)

            reset.append(reset_item)

        emulator_reset_result = cls(
            reset=reset,
        )

        return emulator_reset_result
