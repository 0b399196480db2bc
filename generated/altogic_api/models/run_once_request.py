from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RunOnceRequest")


@_attrs_define
class RunOnceRequest:
    """
    Attributes:
        task_name_or_id (str): The scheduled task's name or id. Example: nightly.
    """

    task_name_or_id: str

    def to_dict(self) -> dict[str, Any]:
        task_name_or_id = self.task_name_or_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "taskNameOrId": task_name_or_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_name_or_id = d.pop("taskNameOrId")

        run_once_request = cls(
            task_name_or_id=task_name_or_id,
        )

        return run_once_request
