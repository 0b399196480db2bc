from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_update import FieldUpdate
    from ..models.update_options import UpdateOptions


T = TypeVar("T", bound="ObjectUpdateFieldsRequest")


@_attrs_define
class ObjectUpdateFieldsRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        id (str): A 24-character hexadecimal id.
        updates (list[FieldUpdate]): The instructions, applied in order.
        options (UpdateOptions | Unset):
    """

    model: str
    id: str
    updates: list[FieldUpdate]
    options: UpdateOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        id = self.id

        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "id": id,
                "updates": updates,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_update import FieldUpdate
        from ..models.update_options import UpdateOptions

        d = dict(src_dict)
        model = d.pop("model")

        id = d.pop("id")

        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = FieldUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        _options = d.pop("options", UNSET)
        options: UpdateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = UpdateOptions.from_dict(_options)

        object_update_fields_request = cls(
            model=model,
            id=id,
            updates=updates,
            options=options,
        )

        return object_update_fields_request
