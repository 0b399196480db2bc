"""Query builder arguments the client cannot send as asked are `invalid_request` results, never
exceptions, and nothing is sent (issue 10): sort directions other than asc/desc (in any case),
and an empty filter, which would otherwise match every object."""

from __future__ import annotations

import inspect
from typing import Any

import pytest


async def go(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.mark.anyio
async def test_sort_takes_asc_and_desc_in_any_case(api: Any) -> None:
    todos = api._target.db.model("todos")
    assert (await go(todos.create([{"n": 1}, {"n": 2}]))).errors is None
    for direction, expected in (("DESC", [2, 1]), ("Asc", [1, 2]), ("desc", [2, 1])):
        answer = await go(api._target.db.model("todos").sort("n", direction).get())
        assert answer.errors is None and [o["n"] for o in answer.data] == expected


@pytest.mark.anyio
@pytest.mark.parametrize("direction", [-1, 1, "down", None, "ascending"])
async def test_any_other_sort_direction_is_an_invalid_request(api: Any, direction: Any) -> None:
    answer = await go(api._target.db.model("todos").sort("n", direction).get())
    assert answer.data is None and answer.errors.status == 0
    assert answer.errors.codes == ["invalid_request"]
    assert repr(direction) in answer.errors.items[0].message


@pytest.mark.anyio
@pytest.mark.parametrize("expression", [None, "", "   "])
async def test_an_empty_filter_is_refused_not_every_object(api: Any, expression: Any) -> None:
    assert (await go(api._target.db.model("todos").create({"n": 1}))).errors is None
    query = api._target.db.model("todos").filter(expression)
    for answer in (
        await go(query.get()),
        await go(query.delete()),
        await go(query.update({"n": 2})),
    ):
        assert answer.errors is not None and answer.errors.codes == ["invalid_request"]
        assert "leave filter() out" in answer.errors.items[0].message
    still = await go(api._target.db.model("todos").get())
    assert [o["n"] for o in still.data] == [1]  # nothing was deleted or updated
