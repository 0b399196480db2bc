from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction
    from ..models.field_update import FieldUpdate


T = TypeVar("T", bound="ModelUpdateFieldsRequest")


@_attrs_define
class ModelUpdateFieldsRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        updates (list[FieldUpdate]): The instructions, applied in order.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
    """

    model: str
    updates: list[FieldUpdate]
    query: DBAction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "updates": updates,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_action import DBAction
        from ..models.field_update import FieldUpdate

        d = dict(src_dict)
        model = d.pop("model")

        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = FieldUpdate.from_dict(updates_item_data)

            updates.append(updates_item)

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        model_update_fields_request = cls(
            model=model,
            updates=updates,
            query=query,
        )

        return model_update_fields_request
