from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compute_result_groupby import ComputeResultGroupby


T = TypeVar("T", bound="ComputeResult")


@_attrs_define
class ComputeResult:
    """The results for one group: the group's key under `groupby`, and each computation's value
    under the computation's name.

        Attributes:
            groupby (ComputeResultGroupby): `{"group": <value>}` when grouping by an expression, one key per field path when
                grouping by fields, `{}` without grouping.
    """

    groupby: ComputeResultGroupby
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groupby = self.groupby.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupby": groupby,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compute_result_groupby import ComputeResultGroupby

        d = dict(src_dict)
        groupby = ComputeResultGroupby.from_dict(d.pop("groupby"))

        compute_result = cls(
            groupby=groupby,
        )

        compute_result.additional_properties = d
        return compute_result

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
