from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ComplexLookup")


@_attrs_define
class ComplexLookup:
    """Adds the field `name` holding the first object of `modelName` (in creation order) for which
    `query` is true; `query` reads the outer object with `this.<field>` and the candidate with
    `lookup.<field>`. When no object matches, the field is left out of the result. When `name`
    is also a stored field, the looked-up value replaces it in the result.

        Attributes:
            name (str): The name of one field of the model itself (no dot path, no NUL character).
            model_name (str): A top-level model name, or a dot path from a top-level model down to a sub-model
                (`users.addresses`, `employee.department.address`), at most 10 names deep. Each name
                follows the rules of `ModelName`.
            query (str): A string in Altogic's expression language, which the `modelGet` operation describes. A
                JSON schema cannot express its syntax: a string that does not parse (or holds only
                spaces) answers 400 `invalid_expression` with `details.position` (the 0-based character
                offset), and a call of an unknown function answers 400 `invalid_function` with
                `details.function`. Operators written as words (`and`, `or`, `not`) are not part of the
                language (`&&`, `||`, `!`); the message says so.
    """

    name: str
    model_name: str
    query: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model_name = self.model_name

        query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "modelName": model_name,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        model_name = d.pop("modelName")

        query = d.pop("query")

        complex_lookup = cls(
            name=name,
            model_name=model_name,
            query=query,
        )

        return complex_lookup
