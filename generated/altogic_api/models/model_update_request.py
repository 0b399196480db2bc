from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction
    from ..models.db_values import DBValues


T = TypeVar("T", bound="ModelUpdateRequest")


@_attrs_define
class ModelUpdateRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        values (DBValues): Field values of one object, as stored. Keys are field names (a key containing `.` is
            stored but cannot be reached by dot paths). The system fields `_id`, `_parent`,
            `createdAt` and `updatedAt` are ignored: the server maintains them.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
    """

    model: str
    values: DBValues
    query: DBAction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        values = self.values.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "values": values,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_action import DBAction
        from ..models.db_values import DBValues

        d = dict(src_dict)
        model = d.pop("model")

        values = DBValues.from_dict(d.pop("values"))

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        model_update_request = cls(
            model=model,
            values=values,
            query=query,
        )

        return model_update_request
