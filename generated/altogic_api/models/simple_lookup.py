from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SimpleLookup")


@_attrs_define
class SimpleLookup:
    """Replaces the value of the reference field `field` by the object it references (a left
    outer join on `_id`). When the referenced object does not exist the field is left out of
    the result. Only fields declared as references in `app.yaml` name their model; on any
    other field the lookup leaves the value as it is.

        Attributes:
            field (str): The name of one field of the model itself (no dot path, no NUL character).
    """

    field: str

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        simple_lookup = cls(
            field=field,
        )

        return simple_lookup
