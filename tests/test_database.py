"""The database module end to end: every operation through both clients (sync and async, over
ASGI and a real socket) against the real local backend."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from altogic import APIError, Result
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig
from altogic_local.testing import TestBackend

pytestmark = pytest.mark.anyio

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
START = "2025-06-15T15:06:40.000Z"  # the ManualClock's start (1_750_000_000)

DECLARED: dict[str, Any] = {
    "authors": {
        "fields": {
            "name": {"type": "text", "required": True, "searchable": True},
            "email": {"type": "email"},
            "age": {"type": "integer", "indexed": True},
            "rating": {"type": "decimal"},
            "active": {"type": "boolean", "default": True},
            "born": {"type": "date-time"},
            "genre": {"type": "option-list", "options": ["fiction", "poetry"]},
            "tags": {"type": "basic-values-list", "itemType": "text"},
            "home": {"type": "geo-point"},
            "meta": {"type": "json"},
            "bio": {"type": "rich-text", "searchable": True},
            "address": {
                "type": "object",
                "fields": {"city": {"type": "text", "required": True}, "zip": {"type": "text"}},
            },
            "books": {
                "type": "object-list",
                "fields": {
                    "title": {"type": "text", "required": True},
                    "year": {"type": "integer"},
                },
            },
        }
    },
    "posts": {
        "fields": {
            "title": {"type": "text", "searchable": True},
            "author": {"type": "reference", "model": "authors"},
            "likes": {"type": "integer"},
        }
    },
    "silent": {"fields": {"n": {"type": "integer"}}},
}


@pytest.fixture
def altogic_config() -> AppConfig:
    return AppConfig.model_validate({"database": {"models": DECLARED}})


async def go(value: Any) -> Any:
    """Await what the async client returns; take what the sync client returns."""
    return await value if inspect.isawaitable(value) else value


def db(api: Any) -> Any:
    return api._target.db


def codes(errors: APIError | None) -> list[str]:
    assert errors is not None
    return errors.codes


def without_ids(value: Any) -> Any:
    """A JSON value without `_id`, `_parent`, `createdAt` and `updatedAt`, for comparisons."""
    if isinstance(value, dict):
        system = {"_id", "_parent", "createdAt", "updatedAt"}
        return {k: without_ids(v) for k, v in value.items() if k not in system}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


async def seed_notes(api: Any) -> list[dict[str, Any]]:
    notes = [
        {"title": "alpha", "n": 3, "kind": "a", "tags": ["x", "y"]},
        {"title": "beta", "n": 1, "kind": "b", "tags": ["y"]},
        {"title": "gamma", "n": 2, "kind": "a", "tags": []},
        {"title": "delta", "n": 5, "kind": "b"},
        {"title": "epsilon", "n": 4, "kind": "c", "tags": ["x"]},
    ]
    data, errors = await go(db(api).model("notes").create(notes))
    assert errors is None
    return list(data)


# ---------------------------------------------------------------- create
async def test_create_one_object_assigns_ids_and_timestamps(api: Any) -> None:
    result = await go(
        db(api).model("notes").create({"title": "hello", "n": 1, "_id": "x", "createdAt": "y"})
    )
    assert isinstance(result, Result) and result.errors is None
    note: Any = result.data
    assert OBJECT_ID.fullmatch(note["_id"])
    assert note == {
        "_id": note["_id"],
        "title": "hello",
        "n": 1,
        "createdAt": START,
        "updatedAt": START,
    }
    assert list(note) == ["_id", "title", "n", "createdAt", "updatedAt"]


async def test_embedded_objects_and_list_items_get_ids_and_parents(api: Any) -> None:
    data, errors = await go(
        db(api)
        .model("people")
        .create(
            {
                "name": "Ada",
                "address": {"city": "London", "geo": {"lat": 1}},
                "pets": [{"n": "a"}, {"n": "b"}],
                "mixed": [1, {"k": 1}],
            }
        )
    )
    assert errors is None
    address = data["address"]
    assert address["_parent"] == data["_id"] and OBJECT_ID.fullmatch(address["_id"])
    assert address["geo"]["_parent"] == address["_id"]
    assert [pet["_parent"] for pet in data["pets"]] == [data["_id"], data["_id"]]
    assert len({pet["_id"] for pet in data["pets"]}) == 2
    assert data["mixed"] == [1, {"k": 1}]  # not a list of objects: stored as given
    assert "createdAt" not in address


async def test_create_a_list_answers_in_order_and_honours_omit(api: Any) -> None:
    data, errors = await go(
        db(api).model("notes").omit("secret").create([{"t": 1, "secret": "s"}, {"t": 2}])
    )
    assert errors is None
    assert [without_ids(item) for item in data] == [{"t": 1}, {"t": 2}]
    stored, _ = await go(db(api).model("notes").sort("t").get())
    assert [item.get("secret") for item in stored] == ["s", None]


async def test_declared_fields_are_converted_defaulted_and_unknown_ones_dropped(api: Any) -> None:
    data, errors = await go(
        db(api)
        .model("authors")
        .create(
            {
                "name": "Ada",
                "age": "36",
                "rating": "4.5",
                "born": "1815-12-10T00:00:00+01:00",
                "tags": [1, "b"],
                "unknown": 1,
                "address": {"city": "London", "extra": True},
            }
        )
    )
    assert errors is None
    assert without_ids(data) == {
        "name": "Ada",
        "age": 36,
        "rating": 4.5,
        "active": True,
        "born": "1815-12-09T23:00:00.000Z",
        "tags": ["1", "b"],
        "address": {"city": "London"},
    }


async def test_wrong_field_types_give_one_error_per_field_and_store_nothing(api: Any) -> None:
    result = await go(
        db(api)
        .model("authors")
        .create(
            [
                {"name": "Ok"},
                {
                    "age": "old",
                    "email": "nope",
                    "genre": "jazz",
                    "home": [200, 0],
                    "active": "maybe",
                    "books": [{"year": 1}],
                },
            ]
        )
    )
    assert result.data is None and result.errors is not None
    assert result.errors.status == 400
    fields = sorted(item.details["field"] for item in result.errors.items)
    assert fields == [
        "values.1.active",
        "values.1.age",
        "values.1.books.0.title",
        "values.1.email",
        "values.1.genre",
        "values.1.home",
        "values.1.name",
    ]
    assert set(codes(result.errors)) == {"validation_error"}
    data, _ = await go(db(api).model("authors").get())
    assert data == []


# ---------------------------------------------------------------- reading
async def test_get_filters_sorts_pages_and_counts(api: Any) -> None:
    await seed_notes(api)
    model = db(api).model("notes")
    data, errors = await go(model.filter("n >= 2").sort("n", "desc").limit(2).page(1).get())
    assert errors is None and [note["title"] for note in data] == ["delta", "epsilon"]
    data, _ = await go(model.page(2).get())
    assert [note["title"] for note in data] == ["alpha", "gamma"]
    data, _ = await go(model.page(3).get(True))
    assert data == {
        "info": {"count": 4, "totalPages": 2, "currentPage": 3, "pageSize": 2},
        "data": [],
    }
    data, _ = await go(
        db(api).model("notes").sort("kind").sort("n", "desc").omit("tags", "kind").get()
    )
    assert [without_ids(note) for note in data] == [
        {"title": "alpha", "n": 3},
        {"title": "gamma", "n": 2},
        {"title": "delta", "n": 5},
        {"title": "beta", "n": 1},
        {"title": "epsilon", "n": 4},
    ]


async def test_default_order_is_creation_order_and_missing_models_are_empty(api: Any) -> None:
    await seed_notes(api)
    data, _ = await go(db(api).model("notes").get())
    assert [note["n"] for note in data] == [3, 1, 2, 5, 4]
    assert (await go(db(api).model("nothing").get())).to_dict() == {"data": [], "errors": None}
    data, _ = await go(db(api).model("nothing").get(True))
    assert data["info"] == {"count": 0, "totalPages": 0, "currentPage": 1, "pageSize": 100}


async def test_sort_puts_missing_values_first_ascending_and_last_descending(api: Any) -> None:
    await go(db(api).model("s").create([{"v": 2}, {}, {"v": None}, {"v": 1}]))
    data, _ = await go(db(api).model("s").sort("v").get())
    assert [item.get("v", "-") for item in data] == ["-", None, 1, 2]
    data, _ = await go(db(api).model("s").sort("v", "desc").get())
    assert [item.get("v", "-") for item in data] == [2, 1, "-", None]


async def test_get_single_and_get_random(api: Any) -> None:
    await seed_notes(api)
    data, errors = await go(db(api).model("notes").filter("kind == 'b'").get_single())
    assert errors is None and data["title"] == "beta"
    data, _ = await go(db(api).model("notes").filter("kind == 'b'").sort("n", "desc").get_single())
    assert data["title"] == "delta"
    assert (await go(db(api).model("notes").filter("n > 100").get_single())).data is None
    data, _ = await go(db(api).model("notes").filter("kind == 'a'").omit("tags").get_random(5))
    assert sorted(note["title"] for note in data) == ["alpha", "gamma"]
    assert all("tags" not in note for note in data)
    data, _ = await go(db(api).model("notes").get_random(2))
    assert len(data) == 2 and len({note["_id"] for note in data}) == 2


async def test_expressions_on_stored_objects(api: Any) -> None:
    await seed_notes(api)

    async def titles(expression: str) -> list[str]:
        data, errors = await go(db(api).model("notes").filter(expression).get())
        assert errors is None, errors
        return [note["title"] for note in data]

    assert await titles("IN(tags, 'x')") == ["alpha", "epsilon"]
    assert await titles("this.n > 2 && kind != 'c'") == ["alpha", "delta"]
    assert await titles("!EXISTS(tags)") == ["delta"]
    assert await titles("SIZE(tags) == 0 || STARTSWITH(title, 'e')") == ["gamma", "epsilon"]
    assert await titles("createdAt >= '2025-06-15' && n * 2 == 10") == ["delta"]
    assert await titles("IN(['beta', 'gamma'], title)") == ["beta", "gamma"]


# ---------------------------------------------------------------- sub-objects
async def test_set_and_append_sub_objects_with_return_top(api: Any) -> None:
    top, _ = await go(db(api).model("users").create({"name": "Ada"}))
    profile, errors = await go(db(api).model("users.profile").set({"bio": "math"}, top["_id"]))
    assert errors is None
    assert profile == {"_id": profile["_id"], "bio": "math", "_parent": top["_id"]}
    item, _ = await go(db(api).model("users.addresses").append({"city": "London"}, top["_id"]))
    assert item["_parent"] == top["_id"]
    items, _ = await go(
        db(api).model("users.addresses").append([{"city": "Paris"}, {"city": "Rome"}], top["_id"])
    )
    assert [entry["city"] for entry in items] == ["Paris", "Rome"]
    whole, _ = await go(
        db(api).model("users.addresses.phones").append({"n": "1"}, item["_id"], return_top=True)
    )
    assert whole["_id"] == top["_id"] and whole["updatedAt"] == START
    assert [a["city"] for a in whole["addresses"]] == ["London", "Paris", "Rome"]
    assert whole["addresses"][0]["phones"][0]["_parent"] == item["_id"]
    assert whole["profile"] == profile
    replaced, _ = await go(db(api).model("users.profile").set({"bio": "poetry"}, top["_id"], True))
    assert replaced["profile"]["bio"] == "poetry" and replaced["profile"]["_id"] != profile["_id"]


async def test_sub_model_queries_and_objects_by_id(api: Any, altogic_clock: ManualClock) -> None:
    top, _ = await go(
        db(api)
        .model("users")
        .create(
            {"name": "Ada", "addresses": [{"city": "London", "n": 1}, {"city": "Paris", "n": 2}]}
        )
    )
    paris = top["addresses"][1]
    data, errors = await go(db(api).model("users.addresses").filter("n > 1").get())
    assert errors is None and data == [paris]
    found, _ = await go(db(api).model("users.addresses").object(paris["_id"]).get())
    assert found == paris
    altogic_clock.advance(60)
    updated, _ = await go(db(api).model("users.addresses").object(paris["_id"]).update({"n": 20}))
    assert updated == {**paris, "n": 20}
    whole, _ = await go(
        db(api)
        .model("users.addresses")
        .object(paris["_id"])
        .update_fields({"field": "n", "updateType": "increment", "value": 1}, return_top=True)
    )
    assert whole["addresses"][1]["n"] == 21 and whole["updatedAt"] == "2025-06-15T15:07:40.000Z"
    gone, _ = await go(
        db(api).model("users.addresses").object(paris["_id"]).delete(return_top=True)
    )
    assert [a["city"] for a in gone["addresses"]] == ["London"]
    result = await go(db(api).model("users.addresses").object(paris["_id"]).delete())
    assert codes(result.errors) == ["object_not_found"] and result.errors.status == 404


async def test_deleting_an_object_sub_model_unsets_it(api: Any) -> None:
    top, _ = await go(db(api).model("users").create({"name": "Ada", "profile": {"bio": "x"}}))
    result = await go(db(api).model("users.profile").object(top["profile"]["_id"]).delete())
    assert result.to_dict() == {"data": None, "errors": None}
    data, _ = await go(db(api).model("users").object(top["_id"]).get())
    assert "profile" not in data


async def test_set_and_append_refuse_the_wrong_kind_of_sub_model(api: Any) -> None:
    top, _ = await go(
        db(api).model("users").create({"name": "Ada", "tags": ["a"], "pets": [{"n": 1}]})
    )
    result = await go(db(api).model("users.name").set({"x": 1}, top["_id"]))
    assert codes(result.errors) == ["invalid_model_type"] and result.errors.status == 409
    result = await go(db(api).model("users.tags").append({"x": 1}, top["_id"]))
    assert codes(result.errors) == ["invalid_model_type"]
    result = await go(db(api).model("users.pets").set({"x": 1}, top["_id"]))
    assert codes(result.errors) == ["invalid_model_type"]
    result = await go(db(api).model("users.pets").append({"x": 1}, "0" * 24))
    assert codes(result.errors) == ["parent_not_found"] and result.errors.status == 404
    author, _ = await go(db(api).model("authors").create({"name": "Ada"}))
    result = await go(db(api).model("authors.books").set({"title": "x"}, author["_id"]))
    assert codes(result.errors) == ["invalid_model_type"]
    result = await go(db(api).model("authors.books").append({"year": "x"}, author["_id"]))
    assert sorted(item.details["field"] for item in result.errors.items) == [
        "values.title",
        "values.year",
    ]


# ---------------------------------------------------------------- lookups
async def test_simple_lookup_replaces_a_declared_reference(api: Any) -> None:
    author, _ = await go(db(api).model("authors").create({"name": "Ada", "age": 36}))
    await go(
        db(api)
        .model("posts")
        .create([{"title": "one", "author": author["_id"]}, {"title": "two", "author": "0" * 24}])
    )
    data, errors = await go(db(api).model("posts").lookup({"field": "author"}).sort("title").get())
    assert errors is None
    assert data[0]["author"] == author
    assert "author" not in data[1]
    data, _ = await go(
        db(api).model("posts").lookup({"field": "author"}).filter("author.age > 30").get()
    )
    assert [post["title"] for post in data] == ["one"]
    found, _ = await go(db(api).model("posts").object(data[0]["_id"]).get([{"field": "author"}]))
    assert found["author"]["name"] == "Ada"


async def test_complex_lookup_attaches_the_first_match_before_filter_and_sort(api: Any) -> None:
    await seed_notes(api)
    await go(
        db(api)
        .model("likes")
        .create(
            [
                {"note": "beta", "who": "x"},
                {"note": "beta", "who": "y"},
                {"note": "delta", "who": "z"},
            ]
        )
    )
    lookup = {"name": "liked", "modelName": "likes", "query": "lookup.note == this.title"}
    data, errors = await go(
        db(api)
        .model("notes")
        .lookup(lookup)
        .filter("EXISTS(liked)")
        .sort("liked.who", "desc")
        .get()
    )
    assert errors is None
    assert [(note["title"], note["liked"]["who"]) for note in data] == [
        ("delta", "z"),
        ("beta", "x"),
    ]
    data, _ = await go(db(api).model("notes").lookup(lookup).filter("!EXISTS(liked)").get())
    assert all("liked" not in note for note in data) and len(data) == 3


async def test_a_simple_lookup_needs_a_declared_reference(api: Any) -> None:
    category, _ = await go(db(api).model("categories").create({"slug": "books"}))
    product, _ = await go(
        db(api).model("products").create({"name": "p", "category": category["_id"]})
    )
    products = db(api).model("products")
    result = await go(
        products.lookup({"field": "category"}).filter("category.slug == 'books'").get()
    )
    assert result.errors is not None and result.errors.status == 400
    assert codes(result.errors) == ["invalid_join_or_lookup"]
    item = result.errors.items[0]
    assert item.details == {
        "field": "query.lookups.0.field",
        "location": "body",
        "model": "products",
    }
    assert "app.yaml" in item.message and "complex lookup" in item.message
    assert "categories" not in item.message  # the model is not guessed from the field's name
    # In a declared model: a field that is not a reference, a field that is not declared.
    for field in ("title", "nope"):
        result = await go(db(api).model("posts").lookup({"field": field}).get())
        assert codes(result.errors) == ["invalid_join_or_lookup"], field
        assert f"`{field}`" in result.errors.items[0].message
    # Every operation that takes lookups refuses it, and changes nothing.
    lookup = {"field": "category"}
    answers = [
        await go(db(api).model("products").lookup(lookup).get_single()),
        await go(db(api).model("products").lookup(lookup).get_random(1)),
        await go(db(api).model("products").lookup(lookup).update({"name": "q"})),
        await go(
            db(api)
            .model("products")
            .lookup(lookup)
            .update_fields({"field": "name", "updateType": "set", "value": "q"})
        ),
        await go(db(api).model("products").lookup(lookup).delete()),
        await go(db(api).model("products").lookup(lookup).search_text("p")),
        await go(db(api).model("products").lookup(lookup).search_fuzzy("name", "p")),
    ]
    for answer in answers:
        assert codes(answer.errors) == ["invalid_join_or_lookup"]
    by_id = await go(db(api).model("products").object(product["_id"]).get([lookup]))
    assert codes(by_id.errors) == ["invalid_join_or_lookup"]
    assert by_id.errors.items[0].details["field"] == "lookups.0.field"
    data, _ = await go(db(api).model("products").get())
    assert data == [product]
    # The complex lookup the message suggests finds the category.
    complex_lookup = {
        "name": "category",
        "modelName": "categories",
        "query": "lookup._id == this.category",
    }
    data, errors = await go(
        db(api).model("products").lookup(complex_lookup).filter("category.slug == 'books'").get()
    )
    assert errors is None and [found["category"] for found in data] == [category]


# ---------------------------------------------------------------- compute
async def test_compute_groups_by_fields_expressions_and_list_elements(api: Any) -> None:
    await seed_notes(api)
    model = db(api).model("notes")
    data, errors = await go(
        model.group(["kind"]).compute(
            [
                {"name": "count", "type": "count"},
                {"name": "total", "type": "sum", "expression": "n"},
                {"name": "big", "type": "countif", "expression": "n > 2"},
                {"name": "avg", "type": "avg", "expression": "n"},
                {"name": "low", "type": "min", "expression": "n"},
                {"name": "high", "type": "max", "expression": "title"},
            ]
        )
    )
    assert errors is None
    assert data == [
        {
            "groupby": {"kind": "a"},
            "count": 2,
            "total": 5,
            "big": 1,
            "avg": 2.5,
            "low": 2,
            "high": "gamma",
        },
        {
            "groupby": {"kind": "b"},
            "count": 2,
            "total": 6,
            "big": 1,
            "avg": 3.0,
            "low": 1,
            "high": "delta",
        },
        {
            "groupby": {"kind": "c"},
            "count": 1,
            "total": 4,
            "big": 1,
            "avg": 4.0,
            "low": 4,
            "high": "epsilon",
        },
    ]
    data, _ = await go(
        db(api)
        .model("notes")
        .group("n > 2")
        .compute({"name": "n", "type": "count", "sort": "desc"})
    )
    assert data == [{"groupby": {"group": True}, "n": 3}, {"groupby": {"group": False}, "n": 2}]
    data, _ = await go(
        db(api).model("notes").group(["tags.$"]).compute({"name": "n", "type": "count"})
    )
    assert data == [{"groupby": {"tags.$": "x"}, "n": 2}, {"groupby": {"tags.$": "y"}, "n": 2}]
    data, _ = await go(
        db(api)
        .model("notes")
        .filter("n > 1")
        .compute({"name": "s", "type": "sum", "expression": "n"})
    )
    assert data == [{"groupby": {}, "s": 14}]
    data, _ = await go(
        db(api).model("notes").filter("n > 100").compute({"name": "s", "type": "count"})
    )
    assert data == []
    data, _ = await go(
        db(api)
        .model("notes")
        .group(["kind"])
        .page(2)
        .limit(1)
        .compute({"name": "n", "type": "count"})
    )
    assert data == [{"groupby": {"kind": "b"}, "n": 2}]


# ---------------------------------------------------------------- updates and deletes
async def test_update_sets_values_on_matches_and_counts_changes(
    api: Any, altogic_clock: ManualClock
) -> None:
    await seed_notes(api)
    altogic_clock.advance(1)
    data, errors = await go(
        db(api).model("notes").filter("kind == 'a'").update({"kind": "A", "extra": {"k": 1}})
    )
    assert errors is None and data == {"totalMatch": 2, "updated": 2}
    data, _ = await go(db(api).model("notes").filter("kind == 'A'").update({"kind": "A"}))
    assert data == {"totalMatch": 2, "updated": 0}
    notes, _ = await go(db(api).model("notes").filter("kind == 'A'").get())
    assert [note["updatedAt"] for note in notes] == ["2025-06-15T15:06:41.000Z"] * 2
    assert all(note["extra"]["_parent"] == note["_id"] for note in notes)
    data, _ = await go(db(api).model("notes").update({"seen": True}))
    assert data == {"totalMatch": 5, "updated": 5}


async def test_update_fields_instructions(api: Any) -> None:
    note, _ = await go(
        db(api).model("notes").create({"n": 5, "f": 1.5, "tags": ["a", "b", "a"], "o": {"x": 1}})
    )
    updates = [
        {"field": "n", "updateType": "increment", "value": 2},
        {"field": "n", "updateType": "decrement", "value": 1},
        {"field": "n", "updateType": "multiply", "value": 3},
        {"field": "f", "updateType": "min", "value": 0.5},
        {"field": "g", "updateType": "max", "value": 7},
        {"field": "c", "updateType": "increment", "value": 1},
        {"field": "tags", "updateType": "pull", "value": "a"},
        {"field": "tags", "updateType": "push", "value": "c"},
        {"field": "tags", "updateType": "shift"},
        {"field": "list", "updateType": "push", "value": 1},
        {"field": "list", "updateType": "pop"},
        {"field": "o.x", "updateType": "set", "value": 2},
        {"field": "o.y", "updateType": "unset"},
        {"field": "gone", "updateType": "unset"},
    ]
    data, errors = await go(db(api).model("notes").object(note["_id"]).update_fields(updates))
    assert errors is None
    assert without_ids(data) == {
        "n": 18,
        "f": 0.5,
        "tags": ["c"],
        "o": {"x": 2},
        "g": 7,
        "c": 1,
        "list": [],
    }
    info, _ = await go(
        db(api)
        .model("notes")
        .filter("n == 18")
        .update_fields({"field": "n", "updateType": "set", "value": 1})
    )
    assert info == {"totalMatch": 1, "updated": 1}


async def test_bad_update_instructions_change_nothing(api: Any) -> None:
    await go(db(api).model("notes").create([{"n": 1, "t": "text"}, {"n": 2, "t": 5}]))
    result = await go(
        db(api)
        .model("notes")
        .update_fields(
            [
                {"field": "n", "updateType": "increment", "value": 1},
                {"field": "t", "updateType": "increment", "value": 1},
            ]
        )
    )
    assert codes(result.errors) == ["invalid_update_instruction"]
    assert result.errors.items[0].details == {"field": "t", "index": 1, "location": "body"}
    data, _ = await go(db(api).model("notes").get())
    assert [note["n"] for note in data] == [1, 2]
    for updates, code in [
        ({"field": "n", "updateType": "push", "value": 1}, "invalid_update_instruction"),
        ({"field": "n.x", "updateType": "set", "value": 1}, "invalid_update_instruction"),
        ({"field": "n", "updateType": "increment", "value": "1"}, "validation_error"),
        ({"field": "n", "updateType": "set"}, "validation_error"),
        ({"field": "_id", "updateType": "set", "value": "x"}, "validation_error"),
    ]:
        result = await go(db(api).model("notes").update_fields(updates))
        assert codes(result.errors) == [code], updates
    author, _ = await go(db(api).model("authors").create({"name": "Ada", "age": 3}))
    result = await go(
        db(api)
        .model("authors")
        .object(author["_id"])
        .update_fields({"field": "age", "updateType": "increment", "value": 0.5})
    )
    assert codes(result.errors) == ["invalid_update_instruction"]


async def test_delete_by_query_and_by_id(api: Any) -> None:
    notes = await seed_notes(api)
    data, errors = await go(db(api).model("notes").filter("kind == 'b'").delete())
    assert errors is None and data == {"totalMatch": 2, "deleted": 2}
    result = await go(db(api).model("notes").object(notes[0]["_id"]).delete())
    assert result.to_dict() == {"data": None, "errors": None}
    result = await go(db(api).model("notes").object(notes[0]["_id"]).delete())
    assert codes(result.errors) == ["object_not_found"]
    data, _ = await go(db(api).model("notes").get())
    assert [note["title"] for note in data] == ["gamma", "epsilon"]
    data, _ = await go(db(api).model("notes").delete())
    assert data == {"totalMatch": 2, "deleted": 2}
    assert (await go(db(api).model("notes").object(notes[2]["_id"]).get())).to_dict() == {
        "data": None,
        "errors": None,
    }


async def test_delete_sub_objects_by_query(api: Any) -> None:
    top, _ = await go(
        db(api).model("users").create({"pets": [{"n": 1}, {"n": 2}, {"n": 3}], "profile": {"n": 2}})
    )
    data, _ = await go(db(api).model("users.pets").filter("n >= 2").delete())
    assert data == {"totalMatch": 2, "deleted": 2}
    data, _ = await go(db(api).model("users.profile").filter("n == 2").delete())
    assert data == {"totalMatch": 1, "deleted": 1}
    user, _ = await go(db(api).model("users").object(top["_id"]).get())
    assert [pet["n"] for pet in user["pets"]] == [1] and "profile" not in user


# ---------------------------------------------------------------- search
async def test_search_text_ors_words_matches_phrases_and_ranks(api: Any) -> None:
    await go(
        db(api)
        .model("docs")
        .create(
            [
                {"body": "The quick brown fox", "n": 1},
                {"body": "A brown dog, quick and lazy; quick!", "n": 2},
                {"body": "Crème brûlée recipe", "n": 3},
                {"body": "nothing here", "n": 4},
            ]
        )
    )
    data, errors = await go(db(api).model("docs").search_text("quick"))
    assert errors is None and [doc["n"] for doc in data] == [2, 1]
    data, _ = await go(db(api).model("docs").search_text("fox creme"))
    assert sorted(doc["n"] for doc in data) == [1, 3]
    data, _ = await go(db(api).model("docs").search_text('"brown fox"'))
    assert [doc["n"] for doc in data] == [1]
    data, _ = await go(db(api).model("docs").filter("n > 1").search_text("quick brown", True))
    assert data["info"] == {"count": 1, "totalPages": 1, "currentPage": 1, "pageSize": 100}
    assert [doc["n"] for doc in data["data"]] == [2]
    assert (await go(db(api).model("docs").search_text("-- !!"))).data == []


async def test_search_text_uses_declared_searchable_fields(api: Any) -> None:
    await go(
        db(api)
        .model("authors")
        .create(
            [
                {"name": "Ada", "bio": "<p>poet</p>", "genre": "poetry"},
                {"name": "Bob", "email": "poet@x.org"},
            ]
        )
    )
    data, _ = await go(db(api).model("authors").search_text("poet"))
    assert [author["name"] for author in data] == ["Ada"]
    result = await go(db(api).model("silent").search_text("x"))
    assert codes(result.errors) == ["not_searchable_model"]


async def test_search_fuzzy_tolerates_typos(api: Any) -> None:
    await go(
        db(api)
        .model("docs")
        .create(
            [{"body": "quick brown fox"}, {"body": "quack"}, {"body": "qiuck fix"}, {"body": 5}]
        )
    )
    data, errors = await go(db(api).model("docs").search_fuzzy("body", "quick fox"))
    assert errors is None
    assert [doc["body"] for doc in data] == ["quick brown fox", "qiuck fix", "quack"]
    result = await go(db(api).model("authors").search_fuzzy("email", "x"))
    assert codes(result.errors) == ["not_searchable_field"]


# ---------------------------------------------------------------- iteration and stats
async def test_iter_walks_every_page_lazily(api: Any) -> None:
    await go(db(api).model("many").create([{"i": i} for i in range(23)]))
    iterator = db(api).model("many").filter("i >= 0").sort("i").iter(page_size=5)
    if hasattr(iterator, "__aiter__"):
        seen = [item["i"] async for item in iterator]
    else:
        seen = [item["i"] for item in iterator]
    assert seen == list(range(23)) and iterator.errors is None
    broken = db(api).model("many").filter("i +").iter(page_size=5)
    items = [x async for x in broken] if hasattr(broken, "__aiter__") else list(broken)
    assert items == [] and codes(broken.errors) == ["invalid_expression"]


async def test_stats(api: Any) -> None:
    await seed_notes(api)
    data, errors = await go(db(api).get_stats())
    assert errors is None
    notes = next(model for model in data["models"] if model["name"] == "notes")
    assert notes["objectsCount"] == 5 and notes["size"] > 100
    assert {model["name"] for model in data["models"]} == {"authors", "notes", "posts", "silent"}
    assert data["objectsCount"] == 5 and data["modelsCount"] == 4
    assert data["storageSize"] == notes["size"]


# ---------------------------------------------------------------- bad input
async def test_bad_expressions_name_the_position(api: Any) -> None:
    result = await go(db(api).model("notes").filter("n > ").get())
    assert result.errors is not None and result.errors.status == 400
    assert result.errors.items[0].code == "invalid_expression"
    assert result.errors.items[0].details == {"position": 4, "field": "query.expression"}
    result = await go(db(api).model("notes").filter("SUMM(n)").get())
    assert codes(result.errors) == ["invalid_function"]
    lookup = {"name": "x", "modelName": "notes", "query": "lookup.("}
    result = await go(db(api).model("notes").lookup(lookup).get())
    assert result.errors.items[0].details["field"] == "query.lookups.0.query"
    result = await go(db(api).model("notes").group("n +").compute({"name": "n", "type": "count"}))
    await go(db(api).model("notes").create({"n": 1}))
    result = await go(db(api).model("notes").group("n +").compute({"name": "n", "type": "count"}))
    assert codes(result.errors) == ["invalid_expression"]
    result = await go(
        db(api).model("notes").compute({"name": "s", "type": "sum", "expression": "'a' * 2"})
    )
    assert codes(result.errors) == ["invalid_expression"]


@pytest.mark.altogic_socket(False)
def test_empty_filters_are_refused_not_read_as_match_everything(
    altogic_backend: TestBackend,
) -> None:
    """The backend's own check (the wrapper refuses an empty filter before sending it, see
    test_db_builder_errors.py), so the request is sent raw, as any other client could."""
    rest = "/_api/rest/v1/db"
    with altogic_backend.http(headers={"X-Client-Key": "k"}) as http:
        assert http.post(f"{rest}/create", json={"model": "notes", "values": {"n": 1}}).is_success
        for expression in ("", " ", "\n\t "):
            for op in ("get-list", "delete"):
                answer = http.post(
                    f"{rest}/{op}", json={"model": "notes", "query": {"expression": expression}}
                )
                assert answer.status_code == 400, (op, repr(expression), answer.text)
                error = answer.json()["errors"][0]
                assert "empty" in error["message"], repr(expression)
                assert error["details"]["field"] == "query.expression"
        listed = http.post(f"{rest}/get-list", json={"model": "notes", "query": {}}).json()
        assert [note["n"] for note in listed] == [1]


@pytest.mark.parametrize(
    ("expression", "advice"),
    [
        ("a and b", "use `&&`"),
        ("a AND b", "use `&&`"),
        ("a or b", "use `||`"),
        ("not a", "use `!`"),
        ("a && not b", "use `!`"),
        ("a = 1", "use `==`"),
    ],
)
async def test_operators_from_other_languages_get_advice(
    api: Any, expression: str, advice: str
) -> None:
    result = await go(db(api).model("notes").filter(expression).get())
    assert codes(result.errors) == ["invalid_expression"]
    assert advice in result.errors.items[0].message
    assert "position" in result.errors.items[0].details


async def test_bad_ids_and_bodies(api: Any) -> None:
    result = await go(db(api).model("notes").object("not-an-id").get())
    assert codes(result.errors) == ["validation_error"] and result.errors.status == 400
    result = await go(db(api).model("notes").object().delete())
    assert result.errors.items[0].details == {"field": "id", "location": "body"}
    result = await go(db(api).model("notes.sub").set({"a": 1}, "1234"))
    assert codes(result.errors) == ["validation_error"]
    result = await go(db(api).model("bad name").get())
    assert codes(result.errors) == ["validation_error"]
    result = await go(db(api).model("notes").compute({"name": "groupby", "type": "count"}))
    assert codes(result.errors) == ["validation_error"]
    result = await go(db(api).model("notes").compute({"name": "s", "type": "sum"}))
    assert codes(result.errors) == ["validation_error"]
    result = await go(
        db(api).model("notes").lookup({"name": "_id", "modelName": "x", "query": "true"}).get()
    )
    assert codes(result.errors) == ["validation_error"]
    result = await go(
        db(api)
        .model("notes")
        .create({"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})
    )
    assert codes(result.errors) == ["validation_error"]


class TestStrictMode:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return AppConfig.model_validate({"database": {"strict": True, "models": DECLARED}})

    async def test_unknown_models_are_refused(self, api: Any) -> None:
        result = await go(db(api).model("notes").create({"a": 1}))
        assert codes(result.errors) == ["model_not_found"] and result.errors.status == 404
        result = await go(db(api).model("notes").get())
        assert codes(result.errors) == ["model_not_found"]
        result = await go(db(api).model("authors.nope").get())
        assert codes(result.errors) == ["model_not_found"]
        lookup = {"name": "x", "modelName": "nope", "query": "true"}
        result = await go(db(api).model("authors").lookup(lookup).get())
        assert codes(result.errors) == ["model_not_found"]
        data, errors = await go(db(api).model("authors").create({"name": "Ada"}))
        assert errors is None and data["active"] is True

    async def test_unknown_fields_in_values_are_refused_naming_the_declared_ones(
        self, api: Any
    ) -> None:
        authors = db(api).model("authors")
        result = await go(
            authors.create(
                {
                    "name": "Ada",
                    "colour": "red",
                    "address": {"city": "London", "country": "UK"},
                    "books": [{"title": "Notes", "isbn": "1"}],
                    "_id": "ignored, as ever",
                }
            )
        )
        assert result.errors is not None and result.errors.status == 400
        assert set(codes(result.errors)) == {"validation_error"}
        messages = {item.details["field"]: item.message for item in result.errors.items}
        assert sorted(messages) == [
            "values.address.country",
            "values.books.0.isbn",
            "values.colour",
        ]
        assert "strict mode" in messages["values.colour"]
        assert "`name`" in messages["values.colour"] and "`books`" in messages["values.colour"]
        assert "`city`, `zip`" in messages["values.address.country"]
        data, _ = await go(authors.get())
        assert data == []
        ada, errors = await go(authors.create({"name": "Ada"}))
        assert errors is None
        answers = {
            "update": await go(authors.filter("name == 'Ada'").update({"colour": "red"})),
            "object update": await go(authors.object(ada["_id"]).update({"colour": "red"})),
            "set": await go(
                db(api).model("authors.address").set({"city": "L", "country": "UK"}, ada["_id"])
            ),
            "append": await go(
                db(api).model("authors.books").append({"title": "t", "isbn": "1"}, ada["_id"])
            ),
        }
        for name, answer in answers.items():
            assert answer.errors is not None and answer.errors.status == 400, name
            assert codes(answer.errors) == ["validation_error"], name
        assert answers["update"].errors.items[0].details["field"] == "values.colour"
        assert answers["set"].errors.items[0].details["field"] == "values.country"
        assert answers["append"].errors.items[0].details["field"] == "values.isbn"
        stored, _ = await go(authors.object(ada["_id"]).get())
        assert stored == ada

    @pytest.mark.parametrize(
        ("expression", "unknown", "shown"),
        [
            ("active == False", "False", "write `false`"),
            ("active != True", "True", "write `true`"),
            ("name == None", "None", "write `null`"),
            ("name == me", "me", "`active`"),
            ("colour == 'red'", "colour", "`active`"),
            ("this.colour == 'red'", "colour", "`createdAt`"),
            ("address.country == 'UK'", "address.country", "`city`, `zip`"),
            ("name.first == 'Ada'", "name.first", "text field"),
        ],
    )
    async def test_unknown_fields_in_filters_are_refused_naming_the_declared_ones(
        self, api: Any, expression: str, unknown: str, shown: str
    ) -> None:
        ada, _ = await go(db(api).model("authors").create({"name": "Ada", "active": False}))
        result = await go(db(api).model("authors").filter(expression).get())
        assert codes(result.errors) == ["invalid_expression"] and result.errors.status == 400
        item = result.errors.items[0]
        assert item.details["field"] == "query.expression"
        assert item.details["unknownField"] == unknown
        assert f"`{unknown}`" in item.message and shown in item.message
        deleted = await go(db(api).model("authors").filter(expression).delete())
        assert codes(deleted.errors) == ["invalid_expression"]
        assert (await go(db(api).model("authors").get())).data == [ada]

    async def test_declared_and_system_fields_can_be_filtered_on(self, api: Any) -> None:
        ada, _ = await go(
            db(api).model("authors").create({"name": "Ada", "address": {"city": "London"}})
        )
        for expression in (
            "active == true && this.name == 'Ada'",
            "_id == '" + ada["_id"] + "' && createdAt <= NOW() && updatedAt != null",
            "address.city == 'London' && address._id != null && address._parent == _id",
            "ANYITEMTRUE(tags, this == 'x') || SIZE(books) == 0 || !EXISTS(books)",
            "EXISTS(meta.anything.below.a.json.field) || true",
        ):
            data, errors = await go(db(api).model("authors").filter(expression).get())
            assert errors is None and [found["_id"] for found in data] == [ada["_id"]], expression

    async def test_paths_through_references_and_lookups_are_checked(self, api: Any) -> None:
        ada, _ = await go(db(api).model("authors").create({"name": "Ada", "age": 36}))
        await go(db(api).model("posts").create({"title": "one", "author": ada["_id"]}))
        result = await go(db(api).model("posts").filter("author.age > 30").get())
        assert codes(result.errors) == ["invalid_expression"]
        assert result.errors.items[0].details["reason"] == "not_looked_up"
        assert '{"field": "author"}' in result.errors.items[0].message
        looked_up = db(api).model("posts").lookup({"field": "author"})
        data, errors = await go(looked_up.filter("author.age > 30").sort("author.name").get())
        assert errors is None and [post["title"] for post in data] == ["one"]
        result = await go(
            db(api).model("posts").lookup({"field": "author"}).filter("author.agee > 30").get()
        )
        assert codes(result.errors) == ["invalid_expression"]
        item = result.errors.items[0]
        assert item.details["unknownField"] == "author.agee" and "`age`" in item.message
        writer = {"name": "writer", "modelName": "authors", "query": "lookup._id == this.author"}
        result = await go(db(api).model("posts").lookup(writer).filter("writer.nme == 'Ada'").get())
        assert result.errors.items[0].details["unknownField"] == "writer.nme"
        bad_query = {**writer, "query": "lookup.id == this.author"}
        result = await go(db(api).model("posts").lookup(bad_query).get())
        assert codes(result.errors) == ["invalid_expression"]
        assert result.errors.items[0].details["field"] == "query.lookups.0.query"
        assert result.errors.items[0].details["unknownField"] == "id"
        assert "`_id`" in result.errors.items[0].message

    async def test_sorts_and_groups_on_unknown_fields_are_refused(self, api: Any) -> None:
        await go(db(api).model("authors").create({"name": "Ada", "tags": ["x"]}))
        result = await go(db(api).model("authors").sort("name").sort("colour", "desc").get())
        assert codes(result.errors) == ["validation_error"] and result.errors.status == 400
        item = result.errors.items[0]
        assert item.details["field"] == "query.sort.1.field"
        assert item.details["unknownField"] == "colour" and "`name`" in item.message
        count = {"name": "n", "type": "count"}
        result = await go(db(api).model("authors").group(["tags.$", "colour.$"]).compute(count))
        assert codes(result.errors) == ["validation_error"]
        assert result.errors.items[0].details["field"] == "query.group.1"
        result = await go(db(api).model("authors").group(["colour"]).compute(count))
        assert result.errors.items[0].details["field"] == "query.group.0"
        result = await go(db(api).model("authors").group("LOWER(colour)").compute(count))
        assert codes(result.errors) == ["invalid_expression"]
        assert result.errors.items[0].details["field"] == "query.group"
        total = {"name": "s", "type": "sum", "expression": "agee"}
        result = await go(db(api).model("authors").compute(total))
        assert result.errors.items[0].details["field"] == "computations.0.expression"
        data, errors = await go(db(api).model("authors").group(["tags.$"]).compute(count))
        assert errors is None and data == [{"groupby": {"tags.$": "x"}, "n": 1}]


async def test_queries_too_deep_for_sqlite_are_refused_and_many_lookups_work(api: Any) -> None:
    await go(db(api).model("m").create({"a": 1, "b": [1]}))
    for expression in ("IF(" * 20 + "a" + ", 1, 2)" * 20, "[" * 31 + "]" * 31, "-" * 40 + "a"):
        result = await go(db(api).model("m").filter(expression).get())
        assert codes(result.errors) == ["invalid_expression"], expression
    model = db(api).model("m")
    for index in range(20):
        model.lookup({"name": f"l{index}", "modelName": "m", "query": "lookup.a == this.a"})
    data, errors = await go(model.filter("EXISTS(l19.a)").get())
    assert errors is None and data[0]["l19"]["a"] == 1 and data[0]["l0"]["_id"] == data[0]["_id"]


async def test_a_field_path_with_nul_is_refused_where_it_enters(api: Any) -> None:
    await go(db(api).model("nul").create({"name": "a"}))
    lookup = {"name": "x\u0000", "modelName": "nul", "query": "true"}
    count = {"name": "n", "type": "count"}
    answers = [
        await go(db(api).model("nul").sort("name\u0000x").get()),
        await go(db(api).model("nul").omit("name\u0000x").get()),
        await go(db(api).model("nul").lookup(lookup).get()),
        await go(db(api).model("nul").group(["name\u0000"]).compute(count)),
        await go(db(api).model("nul").search_fuzzy("na\u0000me", "a")),
    ]
    for answer in answers:
        assert answer.errors is not None and answer.errors.status == 400
        assert set(codes(answer.errors)) == {"validation_error"}
