"""From validated request bodies (the generated pydantic models) to plain data for the service,
with the checks a JSON schema states but the generated models do not enforce (`not`,
`if`/`then`)."""

from __future__ import annotations

from typing import Any

from altogic_models import (
    ComplexLookup,
    DBAction,
    DBValues,
    DBValuesList,
    Expression,
    GroupComputation,
    GroupFields,
    SimpleLookup,
)
from pydantic import MISSING

from ..errors import ApiError, ErrorCode, error_item
from .declarations import SYSTEM_FIELDS
from .service import Action


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(400, ErrorCode.validation_error, message, {"field": field, "location": "body"})


def lookups_of(
    lookups: list[SimpleLookup | ComplexLookup] | Any | None, where: str
) -> list[dict[str, Any]] | None:
    if lookups is None or lookups is MISSING:
        return None
    result: list[dict[str, Any]] = []
    for index, lookup in enumerate(lookups):
        if isinstance(lookup, ComplexLookup):
            if lookup.name in SYSTEM_FIELDS:
                raise _invalid(f"{where}.{index}.name", f"`{lookup.name}` is a system field.")
            result.append(
                {"name": lookup.name, "modelName": lookup.model_name, "query": lookup.query}
            )
        else:
            result.append({"field": lookup.field})
    return result


def action_of(query: DBAction | Any) -> Action:
    if query is MISSING or query is None:
        return Action()

    def given(value: Any) -> Any:
        return None if value is MISSING else value

    expression = given(query.expression)
    group = given(query.group)
    if isinstance(group, GroupFields):
        group_value: list[str] | str | None = [path.root for path in group.root]
    elif isinstance(group, Expression):
        group_value = group.root
    else:
        group_value = None
    sort = given(query.sort)
    omit = given(query.omit)
    return Action(
        expression=expression.root if isinstance(expression, Expression) else None,
        lookups=lookups_of(given(query.lookups), "query.lookups"),
        page=given(query.page),
        limit=given(query.limit),
        sort=[(entry.field, str(entry.direction)) for entry in sort] if sort else None,
        omit=[path.root for path in omit] if omit else None,
        group=group_value,
    )


def values_of(values: DBValues | DBValuesList) -> dict[str, Any] | list[dict[str, Any]]:
    if isinstance(values, DBValuesList):
        return [item.model_dump() for item in values.root]
    return values.model_dump()


def computations_of(computations: list[GroupComputation]) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    result: list[dict[str, Any]] = []
    for index, computation in enumerate(computations):
        kind = str(computation.type)
        expression = computation.expression if computation.expression is not MISSING else None
        if computation.name == "groupby":
            problems.append(_item(f"computations.{index}.name", "`groupby` is reserved."))
        if kind != "count" and expression is None:
            problems.append(
                _item(f"computations.{index}.expression", f"`{kind}` needs an `expression`.")
            )
        sort = computation.sort
        result.append(
            {
                "name": computation.name,
                "type": kind,
                "expression": expression,
                "sort": "none" if sort is MISSING else str(sort),
            }
        )
    if problems:
        raise ApiError.many(400, problems)
    return result


def _item(field: str, message: str) -> dict[str, Any]:
    return error_item(ErrorCode.validation_error, message, {"field": field, "location": "body"})


def updates_of(updates: list[Any]) -> list[dict[str, Any]]:
    result = []
    for update in updates:
        item: dict[str, Any] = {"field": update.field, "updateType": str(update.update_type)}
        if update.value is not MISSING:
            item["value"] = update.value
        result.append(item)
    return result
