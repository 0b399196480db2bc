"""The official JavaScript client's request shapes (altogic@2.3.9), sent as raw HTTP: every
query-builder call sends `query` with all seven keys (`null` when unset), object calls send
`options` with their defaults and leave `id` out when the object has none."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from altogic_local.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

DB = "/_api/rest/v1/db"
HEADERS = {"X-Client": "altogic-js", "X-Client-Key": "js-key"}


def query(**set_: Any) -> dict[str, Any]:
    """A JS DBAction: all seven keys, null unless set."""
    keys = ("expression", "lookups", "page", "limit", "sort", "omit", "group")
    return {key: set_.get(key) for key in keys}


@pytest.fixture
def http() -> Iterator[TestClient]:
    with TestClient(create_app(), headers=HEADERS) as client:
        yield client


def post(http: TestClient, path: str, body: dict[str, Any]) -> Any:
    response = http.post(f"{DB}/{path}", json=body)
    assert response.status_code == 200, response.text
    return response.json() if response.content else None


def test_every_operation_accepts_the_javascript_client_shapes(http: TestClient) -> None:
    created = post(
        http,
        "create",
        {
            "values": [{"name": "Ada", "n": 1}, {"name": "Bob", "n": 2}],
            "query": query(),
            "model": "users",
        },
    )
    ada, bob = created
    one = post(
        http,
        "create",
        {"values": {"name": "Cy", "n": 3}, "query": query(omit=["n"]), "model": "users"},
    )
    assert "n" not in one
    profile = post(
        http,
        "set",
        {
            "values": {"bio": "x"},
            "parentId": ada["_id"],
            "returnTop": False,
            "query": query(),
            "model": "users.profile",
        },
    )
    assert profile["_parent"] == ada["_id"]
    pets = post(
        http,
        "append",
        {
            "values": [{"p": 1}],
            "parentId": ada["_id"],
            "returnTop": True,
            "query": query(),
            "model": "users.pets",
        },
    )
    assert pets["_id"] == ada["_id"]
    listed = post(
        http,
        "get-list",
        {
            "query": query(
                expression="n >= 1", sort=[{"field": "n", "direction": "desc"}], limit=2, page=1
            ),
            "returnCountInfo": True,
            "model": "users",
        },
    )
    assert listed["info"] == {"count": 3, "totalPages": 2, "currentPage": 1, "pageSize": 2}
    computed = post(
        http,
        "compute",
        {
            "query": query(group=["name"]),
            "computations": [{"name": "total", "type": "sum", "expression": "n", "sort": "desc"}],
            "model": "users",
        },
    )
    assert computed[0] == {"groupby": {"name": "Cy"}, "total": 3}
    assert (
        post(http, "get-single", {"query": query(expression="name == 'Bob'"), "model": "users"})[
            "_id"
        ]
        == bob["_id"]
    )
    assert len(post(http, "get-random", {"query": query(), "count": 2, "model": "users"})) == 2
    assert post(
        http,
        "update",
        {"values": {"vip": True}, "query": query(expression="n > 1"), "model": "users"},
    ) == {"totalMatch": 2, "updated": 2}
    assert post(
        http,
        "update-fields",
        {
            "updates": [{"field": "n", "updateType": "increment", "value": 10}],
            "query": query(),
            "model": "users",
        },
    ) == {"totalMatch": 3, "updated": 3}
    found = post(
        http,
        "search-text",
        {"query": query(), "returnCountInfo": False, "text": "ada", "model": "users"},
    )
    assert [user["_id"] for user in found] == [ada["_id"]]
    fuzzy = post(
        http,
        "fuzzy-search",
        {"query": query(), "text": "Adda", "fieldName": "name", "model": "users"},
    )
    assert [user["_id"] for user in fuzzy] == [ada["_id"]]
    got = post(
        http, "object/get", {"options": {"cache": "nocache"}, "id": ada["_id"], "model": "users"}
    )
    assert got["profile"] == profile
    got = post(
        http,
        "object/get",
        {
            "options": {"cache": "nocache"},
            "id": ada["_id"],
            "lookups": [{"name": "other", "modelName": "users", "query": "lookup.n > this.n"}],
            "model": "users",
        },
    )
    assert got["other"]["_id"] == bob["_id"]
    made = post(
        http,
        "object/create",
        {
            "values": {"name": "Di"},
            "options": {"cache": "nocache", "returnTop": False},
            "model": "users",
        },
    )
    sub = post(
        http,
        "object/set",
        {
            "values": {"bio": "y"},
            "options": {"cache": "nocache", "returnTop": False},
            "parentId": made["_id"],
            "model": "users.profile",
        },
    )
    item = post(
        http,
        "object/append",
        {
            "values": {"p": 2},
            "options": {"cache": "nocache", "returnTop": False},
            "id": made["_id"],
            "parentId": made["_id"],
            "model": "users.pets",
        },
    )
    updated = post(
        http,
        "object/update",
        {
            "values": {"bio": "z"},
            "options": {"cache": "1day", "returnTop": False},
            "id": sub["_id"],
            "model": "users.profile",
        },
    )
    assert updated["bio"] == "z"
    fields = post(
        http,
        "object/update-fields",
        {
            "updates": [{"field": "p", "updateType": "multiply", "value": 3}],
            "options": {"cache": "nocache", "returnTop": True},
            "id": item["_id"],
            "model": "users.pets",
        },
    )
    assert fields["pets"][0]["p"] == 6
    assert (
        post(
            http,
            "object/delete",
            {
                "options": {"removeFromCache": True, "returnTop": False},
                "id": item["_id"],
                "model": "users.pets",
            },
        )
        is None
    )
    assert post(http, "delete", {"query": query(expression="name == 'Di'"), "model": "users"}) == {
        "totalMatch": 1,
        "deleted": 1,
    }
    stats = http.get(f"{DB}/stats")
    assert stats.status_code == 200 and stats.json()["objectsCount"] == 3


def test_missing_id_is_reported_by_the_server(http: TestClient) -> None:
    response = http.post(
        f"{DB}/object/get", json={"options": {"cache": "nocache"}, "model": "users"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["details"] == {"field": "id", "location": "body"}
