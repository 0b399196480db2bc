from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction


T = TypeVar("T", bound="ModelSearchFuzzyRequest")


@_attrs_define
class ModelSearchFuzzyRequest:
    """
    Attributes:
        model (str): The name of a top-level model: a letter followed by letters, digits or `_`, at most 64
            characters. Case-sensitive.
        field_name (str): The name of one field of the model itself (no dot path, no NUL character).
        text (str): The words to search for.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
    """

    model: str
    field_name: str
    text: str
    query: DBAction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_name = self.field_name

        text = self.text

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "fieldName": field_name,
                "text": text,
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

        field_name = d.pop("fieldName")

        text = d.pop("text")

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        model_search_fuzzy_request = cls(
            model=model,
            field_name=field_name,
            text=text,
            query=query,
        )

        return model_search_fuzzy_request
