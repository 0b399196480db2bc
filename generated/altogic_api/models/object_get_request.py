from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complex_lookup import ComplexLookup
    from ..models.get_options import GetOptions
    from ..models.simple_lookup import SimpleLookup


T = TypeVar("T", bound="ObjectGetRequest")


@_attrs_define
class ObjectGetRequest:
    """
    Attributes:
        model (str): A top-level model name, or a dot path from a top-level model down to a sub-model
            (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
            follows the rules of `ModelName`.
        id (str): A 24-character hexadecimal id.
        lookups (list[ComplexLookup | SimpleLookup] | Unset): Lookups to attach to the object.
        options (GetOptions | Unset):
    """

    model: str
    id: str
    lookups: list[ComplexLookup | SimpleLookup] | Unset = UNSET
    options: GetOptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_lookup import SimpleLookup

        model = self.model

        id = self.id

        lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lookups, Unset):
            lookups = []
            for lookups_item_data in self.lookups:
                lookups_item: dict[str, Any]
                if isinstance(lookups_item_data, SimpleLookup):
                    lookups_item = lookups_item_data.to_dict()
                else:
                    lookups_item = lookups_item_data.to_dict()

                lookups.append(lookups_item)

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
        if lookups is not UNSET:
            field_dict["lookups"] = lookups
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complex_lookup import ComplexLookup
        from ..models.get_options import GetOptions
        from ..models.simple_lookup import SimpleLookup

        d = dict(src_dict)
        model = d.pop("model")

        id = d.pop("id")

        _lookups = d.pop("lookups", UNSET)
        lookups: list[ComplexLookup | SimpleLookup] | Unset = UNSET
        if _lookups is not UNSET:
            lookups = []
            for lookups_item_data in _lookups:

                def _parse_lookups_item(data: object) -> ComplexLookup | SimpleLookup:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_lookup_type_0 = SimpleLookup.from_dict(data)

                        return componentsschemas_lookup_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_lookup_type_1 = ComplexLookup.from_dict(data)

                    return componentsschemas_lookup_type_1

                lookups_item = _parse_lookups_item(lookups_item_data)

                lookups.append(lookups_item)

        _options = d.pop("options", UNSET)
        options: GetOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = GetOptions.from_dict(_options)

        object_get_request = cls(
            model=model,
            id=id,
            lookups=lookups,
            options=options,
        )

        return object_get_request
