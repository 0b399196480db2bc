from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.append_options import AppendOptions
    from ..models.db_values import DBValues


T = TypeVar("T", bound="ObjectAppendRequest")


@_attrs_define
class ObjectAppendRequest:
    """
    Attributes:
        model (str): A dot path from a top-level model down to a sub-model (`users.profile`,
            `users.profile.address`), 2 to 10 names deep. Each name follows the rules of `ModelName`.
        values (DBValues): Field values of one object, as stored. Keys are field names (a key containing `.` is
            stored but cannot be reached by dot paths). The system fields `_id`, `_parent`,
            `createdAt` and `updatedAt` are ignored: the server maintains them.
        parent_id (str): A 24-character hexadecimal id.
        id (str | Unset): A 24-character hexadecimal id.
        options (AppendOptions | Unset):
    """

    model: str
    values: DBValues
    parent_id: str
    id: str | Unset = UNSET
    options: AppendOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        values = self.values.to_dict()

        parent_id = self.parent_id

        id = self.id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "values": values,
                "parentId": parent_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.append_options import AppendOptions
        from ..models.db_values import DBValues

        d = dict(src_dict)
        model = d.pop("model")

        values = DBValues.from_dict(d.pop("values"))

        parent_id = d.pop("parentId")

        id = d.pop("id", UNSET)

        _options = d.pop("options", UNSET)
        options: AppendOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = AppendOptions.from_dict(_options)

        object_append_request = cls(
            model=model,
            values=values,
            parent_id=parent_id,
            id=id,
            options=options,
        )

        return object_append_request
