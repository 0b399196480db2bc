from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="JsonBuffer")


@_attrs_define
class JsonBuffer:
    """A Node.js Buffer as `JSON.stringify` writes it; the JavaScript client sends raw uploads
    this way. The file's bytes are `data`.

        Attributes:
            type_ (Literal['Buffer']):
            data (list[int]):
    """

    type_: Literal["Buffer"]
    data: list[int]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["Buffer"], d.pop("type"))
        if type_ != "Buffer":
            raise ValueError(f"type must match const 'Buffer', got '{type_}'")

        data = cast(list[int], d.pop("data"))

        json_buffer = cls(
            type_=type_,
            data=data,
        )

        return json_buffer
