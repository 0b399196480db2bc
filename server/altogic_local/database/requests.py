"""From validated request bodies (the generated pydantic models) to plain data for the service,
with the checks a JSON schema states but the generated models do not enforce (`not`,
`if`/`then`)."""

from __future__ import annotations

from typing import Any, cast

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
from .actions import (
    ABSENT,
    Action,
    Computation,
    ComputationType,
    Direction,
    FieldLookup,
    FieldUpdate,
    Lookup,
    ModelLookup,
)
from .declarations import SYSTEM_FIELDS


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(400, ErrorCode.validation_error, message, {"field": field, "location": "body"})


def lookups_of(
    lookups: list[SimpleLookup | ComplexLookup] | Any | None, where: str
) -> list[Lookup] | None:
    if lookups is None or lookups is MISSING:
        return None
    result: list[Lookup] = []
    for index, lookup in enumerate(lookups):
        if isinstance(lookup, ComplexLookup):
            if lookup.name in SYSTEM_FIELDS:
                raise _invalid(f"{where}.{index}.name", f"`{lookup.name}` is a system field.")
            result.append(ModelLookup(lookup.name, lookup.model_name, lookup.query))
        else:
            result.append(FieldLookup(lookup.field))
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
        sort=[(entry.field, cast(Direction, entry.direction.value)) for entry in sort]
        if sort
        else None,
        omit=[path.root for path in omit] if omit else None,
        group=group_value,
    )


def values_of(values: DBValues | DBValuesList) -> dict[str, Any] | list[dict[str, Any]]:
    if isinstance(values, DBValuesList):
        return [item.model_dump() for item in values.root]
    return values.model_dump()


def computations_of(computations: list[GroupComputation]) -> list[Computation]:
    problems: list[dict[str, Any]] = []
    result: list[Computation] = []
    for index, computation in enumerate(computations):
        kind = cast(ComputationType, str(computation.type.value))
        expression = computation.expression if computation.expression is not MISSING else None
        if computation.name == "groupby":
            problems.append(_item(f"computations.{index}.name", "`groupby` is reserved."))
        if kind != "count" and expression is None:
            problems.append(
                _item(f"computations.{index}.expression", f"`{kind}` needs an `expression`.")
            )
        sort = computation.sort.value if computation.sort is not MISSING else "none"
        direction = None if sort == "none" else cast(Direction, sort)
        result.append(Computation(computation.name, kind, expression, direction))
    if problems:
        raise ApiError.many(400, problems)
    return result


def _item(field: str, message: str) -> dict[str, Any]:
    return error_item(ErrorCode.validation_error, message, {"field": field, "location": "body"})


def updates_of(updates: list[Any]) -> list[FieldUpdate]:
    return [
        FieldUpdate(
            update.field,
            update.update_type.value,
            ABSENT if update.value is MISSING else update.value,
        )
        for update in updates
    ]
