from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction


T = TypeVar("T", bound="ModelSearchTextRequest")


@_attrs_define
class ModelSearchTextRequest:
    """
    Attributes:
        model (str): The name of a top-level model: a letter followed by letters, digits or `_`, at most 64
            characters. Case-sensitive.
        text (str): The words to search for; words in double quotes form a phrase.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
        return_count_info (bool | Unset): Answer an `ObjectPage` with count information instead of the bare list.
            Default: False.
    """

    model: str
    text: str
    query: DBAction | Unset = UNSET
    return_count_info: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        text = self.text

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        return_count_info = self.return_count_info

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "text": text,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if return_count_info is not UNSET:
            field_dict["returnCountInfo"] = return_count_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_action import DBAction

        d = dict(src_dict)
        model = d.pop("model")

        text = d.pop("text")

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        return_count_info = d.pop("returnCountInfo", UNSET)

        model_search_text_request = cls(
            model=model,
            text=text,
            query=query,
            return_count_info=return_count_info,
        )

        return model_search_text_request
