from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SimpleLookup")


@_attrs_define
class SimpleLookup:
    """Replaces the value of the reference field `field` by the object it references (a left
    outer join on `_id`). When the referenced object does not exist the field is left out of
    the result. Only fields declared as references in `app.yaml` name their model, so a
    simple lookup on any other field (or in a model that `app.yaml` does not declare) answers
    400 `invalid_join_or_lookup`: declare the field as a reference (`{type: reference, model:
    <model>}`), or use a `ComplexLookup` (`lookup._id == this.<field>`). The model is never
    guessed from the field's name.

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
