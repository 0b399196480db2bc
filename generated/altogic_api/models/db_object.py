from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DBObject")


@_attrs_define
class DBObject:
    """A stored object: its fields as stored (declared fields converted to their type), with
    looked-up objects attached and omitted fields left out. Top-level objects carry
    `createdAt` and `updatedAt`; embedded objects and list items carry `_parent` instead.

        Attributes:
            field_id (str): A 24-character hexadecimal id.
            field_parent (str | Unset): A 24-character hexadecimal id.
            created_at (datetime.datetime | Unset): An ISO-8601 UTC date-time with milliseconds, e.g.
                `2022-03-20T14:35:26.814Z`.
            updated_at (datetime.datetime | Unset): An ISO-8601 UTC date-time with milliseconds, e.g.
                `2022-03-20T14:35:26.814Z`.
    """

    field_id: str
    field_parent: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_parent = self.field_parent

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if field_parent is not UNSET:
            field_dict["_parent"] = field_parent
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        field_parent = d.pop("_parent", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        db_object = cls(
            field_id=field_id,
            field_parent=field_parent,
            created_at=created_at,
            updated_at=updated_at,
        )

        db_object.additional_properties = d
        return db_object

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
