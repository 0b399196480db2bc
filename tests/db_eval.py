"""Evaluating one expression against stored documents through the production path: the store
keeps the documents in SQLite, the compiler turns the expression into SQL, and SQLite computes
the value (as JSON). Shared by the expression table and the property test."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from altogic_local.clock import ManualClock, iso
from altogic_local.config import DatabaseSettings
from altogic_local.database.expression.compiler import (
    Env,
    beyond_sqlite_limits,
    compile_value,
    too_complex,
)
from altogic_local.database.expression.values import json_of
from altogic_local.database.models import resolve
from altogic_local.database.query import source
from altogic_local.database.service import DatabaseService
from altogic_local.database.store import Store
from altogic_local.engines.sql import SqliteEngine
from sqlalchemy.exc import OperationalError

NOW = 1_704_164_645.678  # 2024-01-02T03:04:05.678Z


class Evaluator:
    """A model holding `documents`; `value(expression)` evaluates it for each, in order."""

    def __init__(self, documents: Sequence[dict[str, Any]], model: str = "things") -> None:
        self.settings = DatabaseSettings()
        self.store = Store(SqliteEngine(None), self.settings)
        self.store.open()
        self.clock = ManualClock(start=NOW)
        self.model = model
        service = DatabaseService(self.store, self.settings, self.clock)
        if documents:
            service.create(model, list(documents), None)

    def values(self, expression: str) -> list[Any]:
        ref = resolve(self.settings, self.model)
        tables = self.store.get(self.model)
        assert tables is not None
        rows = source(tables, ref)
        env = Env(rows.scope(), now=iso(self.clock.now()))
        value = compile_value(expression, env)
        statement = rows_select(rows, json_of(value))
        try:
            with self.store.sql.transaction() as connection:
                return [json.loads(text) for text in connection.execute(statement).scalars()]
        except (OperationalError, RecursionError) as error:
            if beyond_sqlite_limits(error):  # as the routes answer it
                raise too_complex() from error
            raise

    def value(self, expression: str) -> Any:
        (result,) = self.values(expression)
        return result


def rows_select(rows: Any, column: Any) -> Any:
    from sqlalchemy import select

    return select(column).select_from(rows.froms).where(*rows.conditions).order_by(*rows.order)
