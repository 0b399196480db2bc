from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_action import DBAction
    from ..models.db_values import DBValues


T = TypeVar("T", bound="ModelCreateRequest")


@_attrs_define
class ModelCreateRequest:
    """
    Attributes:
        model (str): The name of a top-level model: a letter followed by letters, digits or `_`, at most 64
            characters. Case-sensitive.
        values (DBValues | list[DBValues]): One object, or a list of objects created all-or-nothing.
        query (DBAction | Unset): The query modifiers of a query-builder call. The JavaScript client sends all seven
            keys on
            every call, `null` when unset; other clients may leave keys out. Each operation says which
            modifiers it uses; the others are ignored, not refused.
    """

    model: str
    values: DBValues | list[DBValues]
    query: DBAction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.db_values import DBValues

        model = self.model

        values: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.values, DBValues):
            values = self.values.to_dict()
        else:
            values = []
            for componentsschemas_db_values_list_item_data in self.values:
                componentsschemas_db_values_list_item = (
                    componentsschemas_db_values_list_item_data.to_dict()
                )
                values.append(componentsschemas_db_values_list_item)

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

        def _parse_values(data: object) -> DBValues | list[DBValues]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = DBValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            values_type_1 = []
            _values_type_1 = data
            for componentsschemas_db_values_list_item_data in _values_type_1:
                componentsschemas_db_values_list_item = DBValues.from_dict(
                    componentsschemas_db_values_list_item_data
                )

                values_type_1.append(componentsschemas_db_values_list_item)

            return values_type_1

        values = _parse_values(d.pop("values"))

        _query = d.pop("query", UNSET)
        query: DBAction | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = DBAction.from_dict(_query)

        model_create_request = cls(
            model=model,
            values=values,
            query=query,
        )

        return model_create_request
