from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_values import DBValues
    from ..models.update_options import UpdateOptions


T = TypeVar("T", bound="ObjectUpdateRequest")


@_attrs_define
class ObjectUpdateRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        id (str): A 24-character hexadecimal id.
        values (DBValues): Field values of one object, as stored. Keys are field names (a key containing `.` is
            stored but cannot be reached by dot paths). The system fields `_id`, `_parent`,
            `createdAt` and `updatedAt` are ignored: the server maintains them.
        options (UpdateOptions | Unset):
    """

    model: str
    id: str
    values: DBValues
    options: UpdateOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        id = self.id

        values = self.values.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "id": id,
                "values": values,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_values import DBValues
        from ..models.update_options import UpdateOptions

        d = dict(src_dict)
        model = d.pop("model")

        id = d.pop("id")

        values = DBValues.from_dict(d.pop("values"))

        _options = d.pop("options", UNSET)
        options: UpdateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = UpdateOptions.from_dict(_options)

        object_update_request = cls(
            model=model,
            id=id,
            values=values,
            options=options,
        )

        return object_update_request
