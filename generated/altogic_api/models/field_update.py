from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.field_update_type import FieldUpdateType, check_field_update_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldUpdate")


@_attrs_define
class FieldUpdate:
    """One update instruction. `value` is required by `set`, `push`, `pull` and the numeric
    instructions (`increment`, `decrement`, `min`, `max`, `multiply`), which need a number; it
    is ignored by `unset`, `pop` and `shift`.

    On a missing field, `increment`, `decrement` and `multiply` start from 0, `min` and `max`
    store `value`, `push` starts a new list, and `unset`, `pull`, `pop` and `shift` do nothing.
    These answer 400 `invalid_update_instruction`: a numeric instruction on a value that is not
    a number, a list instruction on a value that is not a list, a result that is not a finite
    number, a value that does not fit the declared type of the field, and a path that passes
    through an object list or a value that is not an object. A path through a missing object
    does nothing for `unset`, `pull`, `pop` and `shift` and answers 400 for the others.

        Attributes:
            field (str): A field name, or a dot path into sub-objects and looked-up objects (`address.city`).
                A path that names no stored field reads as `null`; it is not an error. Names cannot hold
                the NUL character (SQLite's JSON paths end at it).
            update_type (FieldUpdateType): `set` writes `value`; `unset` removes the field; `increment`/`decrement`
                add/subtract
                `value`; `min`/`max` keep the smaller/larger of the field and `value`; `multiply`
                multiplies the field by `value`; `push` adds `value` at the end of a list; `pull` removes
                every element equal to `value`; `pop`/`shift` remove the last/first element.
            value (Any | Unset): Any JSON value.
    """

    field: str
    update_type: FieldUpdateType
    value: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        update_type: str = self.update_type

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "updateType": update_type,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        update_type = check_field_update_type(d.pop("updateType"))

        value = d.pop("value", UNSET)

        field_update = cls(
            field=field,
            update_type=update_type,
            value=value,
        )

        return field_update
