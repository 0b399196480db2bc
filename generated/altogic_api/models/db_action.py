from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complex_lookup import ComplexLookup
    from ..models.simple_lookup import SimpleLookup
    from ..models.sort_entry import SortEntry


T = TypeVar("T", bound="DBAction")


@_attrs_define
class DBAction:
    """The query modifiers of a query-builder call. The JavaScript client sends all seven keys on
    every call, `null` when unset; other clients may leave keys out. Each operation says which
    modifiers it uses; the others are ignored, not refused.

        Attributes:
            expression (None | str | Unset): The filter; `null` or absent matches every object.
            lookups (list[ComplexLookup | SimpleLookup] | None | Unset): Lookups, attached in order before the filter and
                sort run, so both can use the
                looked-up values.
            page (int | None | Unset): The 1-based page number; default 1.
            limit (int | None | Unset): The page size; default 100. A value above the server's configured maximum (1000
                unless configured lower) is reduced to it; `CountInfo.pageSize` shows the size used.
            sort (list[SortEntry] | None | Unset): Sort keys, most significant first.
            omit (list[str] | None | Unset): Field paths to leave out of every returned object. `_id` is never left out.
            group (list[str] | None | str | Unset): For `modelCompute`: an array of field paths, or an expression whose
                value is the
                group key.
    """

    expression: None | str | Unset = UNSET
    lookups: list[ComplexLookup | SimpleLookup] | None | Unset = UNSET
    page: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    sort: list[SortEntry] | None | Unset = UNSET
    omit: list[str] | None | Unset = UNSET
    group: list[str] | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_lookup import SimpleLookup

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        lookups: list[dict[str, Any]] | None | Unset
        if isinstance(self.lookups, Unset):
            lookups = UNSET
        elif isinstance(self.lookups, list):
            lookups = []
            for lookups_type_0_item_data in self.lookups:
                lookups_type_0_item: dict[str, Any]
                if isinstance(lookups_type_0_item_data, SimpleLookup):
                    lookups_type_0_item = lookups_type_0_item_data.to_dict()
                else:
                    lookups_type_0_item = lookups_type_0_item_data.to_dict()

                lookups.append(lookups_type_0_item)

        else:
            lookups = self.lookups

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        sort: list[dict[str, Any]] | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, list):
            sort = []
            for sort_type_0_item_data in self.sort:
                sort_type_0_item = sort_type_0_item_data.to_dict()
                sort.append(sort_type_0_item)

        else:
            sort = self.sort

        omit: list[str] | None | Unset
        if isinstance(self.omit, Unset):
            omit = UNSET
        elif isinstance(self.omit, list):
            omit = self.omit

        else:
            omit = self.omit

        group: list[str] | None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, list):
            group = self.group

        else:
            group = self.group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expression is not UNSET:
            field_dict["expression"] = expression
        if lookups is not UNSET:
            field_dict["lookups"] = lookups
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if omit is not UNSET:
            field_dict["omit"] = omit
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complex_lookup import ComplexLookup
        from ..models.simple_lookup import SimpleLookup
        from ..models.sort_entry import SortEntry

        d = dict(src_dict)

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_lookups(
            data: object,
        ) -> list[ComplexLookup | SimpleLookup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lookups_type_0 = []
                _lookups_type_0 = data
                for lookups_type_0_item_data in _lookups_type_0:

                    def _parse_lookups_type_0_item(
                        data: object,
                    ) -> ComplexLookup | SimpleLookup:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_lookup_type_0 = SimpleLookup.from_dict(
                                data
                            )

                            return componentsschemas_lookup_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_lookup_type_1 = ComplexLookup.from_dict(data)

                        return componentsschemas_lookup_type_1

                    lookups_type_0_item = _parse_lookups_type_0_item(
                        lookups_type_0_item_data
                    )

                    lookups_type_0.append(lookups_type_0_item)

                return lookups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComplexLookup | SimpleLookup] | None | Unset, data)

        lookups = _parse_lookups(d.pop("lookups", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_sort(data: object) -> list[SortEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sort_type_0 = []
                _sort_type_0 = data
                for sort_type_0_item_data in _sort_type_0:
                    sort_type_0_item = SortEntry.from_dict(sort_type_0_item_data)

                    sort_type_0.append(sort_type_0_item)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SortEntry] | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        def _parse_omit(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                omit_type_0 = cast(list[str], data)

                return omit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        omit = _parse_omit(d.pop("omit", UNSET))

        def _parse_group(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_type_0 = cast(list[str], data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        db_action = cls(
            expression=expression,
            lookups=lookups,
            page=page,
            limit=limit,
            sort=sort,
            omit=omit,
            group=group,
        )

        return db_action
