from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.computation_sort import ComputationSort, check_computation_sort
from ..models.computation_type import ComputationType, check_computation_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupComputation")


@_attrs_define
class GroupComputation:
    """One computation run on every group. `expression` is required except for `count`, which
    ignores it.

        Attributes:
            name (str): The key of the computed value in each result; `groupby` is reserved.
            type_ (ComputationType): `count` counts the objects of the group; `countif` counts those for which `expression`
                is true; `sum`, `avg`, `min` and `max` aggregate the value of `expression`.
            expression (str | Unset): A string in Altogic's expression language, which the `modelGet` operation describes. A
                JSON schema cannot express its syntax: a string that does not parse (or holds only
                spaces) answers 400 `invalid_expression` with `details.position` (the 0-based character
                offset), and a call of an unknown function answers 400 `invalid_function` with
                `details.function`. Operators written as words (`and`, `or`, `not`) are not part of the
                language (`&&`, `||`, `!`); the message says so.
            sort (ComputationSort | Unset): Order the groups by this computation's value; `none` (also when left out) does
                not.
    """

    name: str
    type_: ComputationType
    expression: str | Unset = UNSET
    sort: ComputationSort | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        expression = self.expression

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if expression is not UNSET:
            field_dict["expression"] = expression
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_computation_type(d.pop("type"))

        expression = d.pop("expression", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: ComputationSort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = check_computation_sort(_sort)

        group_computation = cls(
            name=name,
            type_=type_,
            expression=expression,
            sort=sort,
        )

        return group_computation
