from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.stateful_module import StatefulModule, check_stateful_module

T = TypeVar("T", bound="EmulatorExportResult")


@_attrs_define
class EmulatorExportResult:
    """
    Attributes:
        modules (list[StatefulModule]):
        path (str):
    """

    modules: list[StatefulModule]
    path: str

    def to_dict(self) -> dict[str, Any]:
        modules = []
        for modules_item_data in self.modules:
            modules_item: str = modules_item_data
            modules.append(modules_item)

        path = self.path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "modules": modules,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        modules = []
        _modules = d.pop("modules")
        for modules_item_data in _modules:
            modules_item = check_stateful_module(modules_item_data)

            modules.append(modules_item)

        path = d.pop("path")

        emulator_export_result = cls(
            modules=modules,
            path=path,
        )

        return emulator_export_result
