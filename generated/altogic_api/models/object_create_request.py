from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_options import CreateOptions
    from ..models.db_values import DBValues


T = TypeVar("T", bound="ObjectCreateRequest")


@_attrs_define
class ObjectCreateRequest:
    """
    Attributes:
        model (str): The name of a top-level model: a letter followed by letters, digits or `_`, at most 64
            characters. Case-sensitive.
        values (DBValues): Field values of one object, as stored. Keys are field names (a key containing `.` is
            stored but cannot be reached by dot paths). The system fields `_id`, `_parent`,
            `createdAt` and `updatedAt` are ignored: the server maintains them.
        options (CreateOptions | Unset): The JavaScript client also sends `returnTop`, which has no effect here.
    """

    model: str
    values: DBValues
    options: CreateOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        values = self.values.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "values": values,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_options import CreateOptions
        from ..models.db_values import DBValues

        d = dict(src_dict)
        model = d.pop("model")

        values = DBValues.from_dict(d.pop("values"))

        _options = d.pop("options", UNSET)
        options: CreateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = CreateOptions.from_dict(_options)

        object_create_request = cls(
            model=model,
            values=values,
            options=options,
        )

        return object_create_request
