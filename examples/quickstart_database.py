"""Quickstart, database section: models, objects, queries, sub-objects, lookups, compute,
search and page-by-page iteration. `run(client)` takes a sync client connected to any local
backend (zero configuration: models are created by their first write)."""

from __future__ import annotations

from typing import Any

from altogic import AltogicClient
from altogic.types import ComplexLookup


def show(label: str, value: Any) -> None:
    print(f"  {label}: {value}")


def run(client: AltogicClient) -> None:
    print("== database")
    books = client.db.model("qs_books")
    created, errors = books.create(
        [
            {
                "title": "Dune",
                "year": 1965,
                "genre": "sci-fi",
                "tags": ["classic"],
                "summary": "A desert planet and its spice",
            },
            {
                "title": "Neuromancer",
                "year": 1984,
                "genre": "sci-fi",
                "summary": "The first cyberpunk novel",
            },
            {
                "title": "Emma",
                "year": 1815,
                "genre": "novel",
                "tags": ["classic"],
                "summary": "A comedy of manners",
            },
        ]
    )
    assert errors is None and created is not None
    show("created", [book["title"] for book in created])

    # Values go in as named placeholders (quoted by the client), never with f-strings.
    since = 1900
    recent, _ = (
        client.db.model("qs_books").filter("year > :since", since=since).sort("year", "desc").get()
    )
    show("after 1900, newest first", [book["title"] for book in recent or []])

    tag = "classic"
    page, _ = client.db.model("qs_books").filter("IN(tags, :tag)", tag=tag).limit(1).get(True)
    assert page is not None
    show("classics, page 1 of size 1", (page["info"], [b["title"] for b in page["data"]]))

    dune = created[0]
    review, _ = client.db.model("qs_books.reviews").append({"stars": 5}, dune["_id"])
    show("appended sub-object", review)
    book, _ = (
        client.db.model("qs_books")
        .object(dune["_id"])
        .update_fields([{"field": "year", "updateType": "increment", "value": 1}])
    )
    show("after update_fields", (book or {}).get("year"))

    client.db.model("qs_loans").create({"book": "Dune", "reader": "Ada"})
    lookup: ComplexLookup = {
        "name": "loan",
        "modelName": "qs_loans",
        "query": "lookup.book == this.title",
    }
    lent, _ = client.db.model("qs_books").lookup(lookup).filter("EXISTS(loan)").get()
    show("lent books (complex lookup)", [(b["title"], b["loan"]["reader"]) for b in lent or []])

    stats, _ = (
        client.db.model("qs_books")
        .group(["genre"])
        .compute(
            [
                {"name": "count", "type": "count"},
                {"name": "avgYear", "type": "avg", "expression": "year"},
            ]
        )
    )
    show("per genre", stats)

    found, _ = client.db.model("qs_books").search_text('desert "cyberpunk novel"')
    show("full-text search", [b["title"] for b in found or []])
    fuzzy, _ = client.db.model("qs_books").search_fuzzy("title", "neuromancr")
    show("fuzzy search", [b["title"] for b in fuzzy or []])

    iterator = client.db.model("qs_books").sort("year").iter(page_size=2)
    show("every book, 2 per request", [b["title"] for b in iterator])

    bad = client.db.model("qs_books").filter("year >").get()
    show("a bad filter", bad.errors.items[0].message if bad.errors else None)
    deleted, _ = client.db.model("qs_books").filter("genre == :genre", genre="novel").delete()
    show("deleted", deleted)


if __name__ == "__main__":
    from altogic import create_client
    from altogic_local.runner import LocalServer

    with LocalServer() as server, create_client(server.url, "quickstart") as demo_client:
        run(demo_client)
