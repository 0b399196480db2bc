from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_options import DeleteOptions


T = TypeVar("T", bound="ObjectDeleteRequest")


@_attrs_define
class ObjectDeleteRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        id (str): A 24-character hexadecimal id.
        options (DeleteOptions | Unset):
    """

    model: str
    id: str
    options: DeleteOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        id = self.id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "id": id,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_options import DeleteOptions

        d = dict(src_dict)
        model = d.pop("model")

        id = d.pop("id")

        _options = d.pop("options", UNSET)
        options: DeleteOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = DeleteOptions.from_dict(_options)

        object_delete_request = cls(
            model=model,
            id=id,
            options=options,
        )

        return object_delete_request
