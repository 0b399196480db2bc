"""Declared indexed fields get real SQL indexes, and filters and sorts on them use them (shown
by SQLite's EXPLAIN QUERY PLAN on the exact statement `get-list` runs)."""

from __future__ import annotations

from typing import Any

import pytest
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig
from altogic_local.database.actions import Action
from altogic_local.database.service import DatabaseService
from altogic_local.database.store import Store
from altogic_local.engines.sql import SqliteEngine

CONFIG = AppConfig.model_validate(
    {
        "database": {
            "models": {
                "products": {
                    "fields": {
                        "price": {"type": "decimal", "indexed": True},
                        "sku": {"type": "text", "indexed": True},
                        "name": {"type": "text"},
                    }
                }
            }
        }
    }
)


@pytest.fixture
def service() -> DatabaseService:
    store = Store(SqliteEngine(None), CONFIG.database)
    store.open()
    service = DatabaseService(store, CONFIG.database, ManualClock(start=1_750_000_000))
    products = [{"price": i % 500, "sku": f"s{i}", "name": f"n{i}"} for i in range(2000)]
    service.create("products", products, None)
    with store.sql.transaction() as connection:
        connection.exec_driver_sql("ANALYZE")
    return service


def plan(service: DatabaseService, action: Action) -> str:
    statement, _, _ = service.list_statement("products", action)
    sql = service.store.sql
    assert isinstance(sql, SqliteEngine)
    compiled = statement.compile(sql.engine)
    with service.store.sql.transaction() as connection:
        rows = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())
        ).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


def matches(service: DatabaseService, action: Action) -> list[Any]:
    import json

    statement, _, _ = service.list_statement("products", action)
    with service.store.sql.transaction() as connection:
        return [json.loads(row) for row in connection.execute(statement).scalars()]


def test_a_filter_on_an_indexed_field_searches_its_index(service: DatabaseService) -> None:
    action = Action(expression="price >= 450 && price < 452", sort=[("price", "desc")], limit=20)
    text = plan(service, action)
    assert "SEARCH db_model_1 USING INDEX ix_db_model_1_price" in text, text
    found = matches(service, action)
    assert len(found) == 8 and {item["price"] for item in found} == {450, 451}


def test_equality_on_an_indexed_text_field_and_on_id(service: DatabaseService) -> None:
    text = plan(service, Action(expression="sku == 's42'"))
    assert "USING INDEX ix_db_model_1_sku" in text, text
    (item,) = matches(service, Action(expression="sku == 's42'"))
    text = plan(service, Action(expression=f"_id == '{item['_id']}'"))
    assert "USING INDEX sqlite_autoindex_db_model_1_1" in text, text


def test_a_field_without_index_is_scanned(service: DatabaseService) -> None:
    text = plan(service, Action(expression="name == 'n42'"))
    assert "SCAN db_model_1" in text and "USING INDEX" not in text, text


def test_models_objects_and_indexes_survive_a_restart(tmp_path: Any) -> None:
    settings = CONFIG.database
    clock = ManualClock(start=1_750_000_000)
    store = Store(SqliteEngine(tmp_path), settings)
    store.open()
    first = DatabaseService(store, settings, clock)
    first.create("products", [{"price": 1, "sku": "a"}], None)
    first.create("notes", {"text": "hello world"}, None)
    first.store.sql.close()
    store = Store(SqliteEngine(tmp_path), settings)
    store.open()
    again = DatabaseService(store, settings, clock)
    assert again.get_list("notes", Action(), False).startswith(b'[{"_id":')
    assert b'"hello world"' in again.search_text("notes", "hello", Action(), False)
    assert b'"sku":"a"' in again.get_list("products", Action(expression="price == 1"), False)
    assert "USING INDEX ix_db_model_1_price" in plan(again, Action(expression="price == 1"))
