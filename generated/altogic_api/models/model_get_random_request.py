from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction


T = TypeVar("T", bound="ModelGetRandomRequest")


@_attrs_define
class ModelGetRandomRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        count (int): How many objects to pick at most.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
    """

    model: str
    count: int
    query: DBAction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        count = self.count

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "count": count,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_action import DBAction

        d = dict(src_dict)
        model = d.pop("model")

        count = d.pop("count")

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        model_get_random_request = cls(
            model=model,
            count=count,
            query=query,
        )

        return model_get_random_request
