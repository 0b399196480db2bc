"""Where objects live: one SQLite table per top-level model, plus its full-text index.

Each model's table holds `seq` (creation order), `_id` (unique, indexed) and `doc`, the whole
object as JSON text with its embedded sub-objects. Declared indexed fields get expression indexes
on `json_extract(doc, <path>)`, which filters and sorts on those fields use. An FTS5 table per
model holds the searchable text of each object under the same rowid.

The table names are generated (`db_model_<n>`) and recorded with the model name in `db_models`,
so model names (which are case-sensitive) never become SQL identifiers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    TableClause,
    Text,
    bindparam,
    cast,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
    update,
)
from sqlalchemy.schema import CreateIndex

from ..engines.sql import SqlEngine
from ..jsonutil import dumps
from . import jsonsql
from .documents import Document
from .expression.numbers import SQL_FUNCTIONS
from .models import ModelRef
from .paths import json_path
from .search import FUZZY_FUNCTION, fuzzy_score, searchable_text
from .settings import DatabaseSettings

FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2'"


@dataclass(frozen=True)
class ModelTables:
    name: str
    table: Table
    fts: TableClause
    """The FTS5 table (`rowid`, `body`); its name is `fts.name`."""


class Store:
    def __init__(self, sql: SqlEngine, settings: DatabaseSettings) -> None:
        self.sql = sql
        self.settings = settings
        self.metadata = MetaData()
        self.registry = Table(
            "db_models",
            self.metadata,
            Column("name", String, primary_key=True),
            Column("number", Integer, nullable=False, unique=True),
        )
        self._models: dict[str, ModelTables] = {}
        self._ready: set[str] = set()
        """Models whose tables and indexes this process has made sure of."""
        self._lock = threading.Lock()
        sql.on_connect(_install_functions)

    def open(self) -> None:
        """Create the registry of models if needed, read it, and create the declared models."""
        with self.sql.transaction() as connection:
            self.registry.create(connection, checkfirst=True)
            rows = connection.execute(select(self.registry.c.name, self.registry.c.number))
            for name, number in rows:
                self._models[name] = self._tables(name, number)
        for name in self.settings.models:
            self.ensure(name)

    def reset(self) -> None:
        """Drop every model's tables and forget the models, then create the declared ones."""
        with self._lock, self.sql.transaction() as connection:
            for tables in self._models.values():
                connection.execute(text(f"DROP TABLE IF EXISTS {tables.fts.name}"))
                tables.table.drop(connection, checkfirst=True)
            connection.execute(delete(self.registry))
            self._models.clear()
            self._ready.clear()
        for name in self.settings.models:
            self.ensure(name)

    # ------------------------------------------------------------ models
    def get(self, name: str) -> ModelTables | None:
        """The tables of the top-level model `name`, if it has been created."""
        return self._models.get(name)

    def names(self) -> list[str]:
        return sorted(self._models)

    def ensure(self, name: str) -> ModelTables:
        """The tables of `name`, creating them (and the declared indexes) if needed. Creation is
        committed on its own, so a later failed write cannot leave the registry behind."""
        with self._lock:
            existing = self._models.get(name)
            if existing is not None and name in self._ready:
                return existing
            with self.sql.transaction() as connection:
                if existing is None:
                    number = connection.execute(
                        select(func.coalesce(func.max(self.registry.c.number), 0) + 1)
                    ).scalar_one()
                    connection.execute(insert(self.registry).values(name=name, number=number))
                    existing = self._tables(name, number)
                self._create(connection, existing)
            self._models[name] = existing
            self._ready.add(name)
            return existing

    def phantom(self, name: str) -> ModelTables:
        """Tables for a model that has none yet: queries are compiled against them (so that bad
        expressions are still reported) but never run."""
        model_table = Table(
            "db_model_none",
            MetaData(),
            Column("seq", Integer, primary_key=True),
            Column("_id", String(24)),
            Column("doc", Text),
        )
        fts = table("db_model_none_fts", column("rowid", Integer), column("body", Text))
        return ModelTables(name, model_table, fts)

    def _tables(self, name: str, number: int) -> ModelTables:
        table_name = f"db_model_{number}"
        model_table = self.metadata.tables.get(table_name)
        if model_table is None:
            model_table = Table(
                table_name,
                self.metadata,
                Column("seq", Integer, primary_key=True, autoincrement=True),
                Column("_id", String(24), nullable=False, unique=True),
                Column("doc", Text, nullable=False),
                sqlite_autoincrement=True,
            )
        fts = table(f"{table_name}_fts", column("rowid", Integer), column("body", Text))
        return ModelTables(name, model_table, fts)

    def _create(self, connection: Connection, tables: ModelTables) -> None:
        tables.table.create(connection, checkfirst=True)
        create_fts = f"CREATE VIRTUAL TABLE IF NOT EXISTS {tables.fts.name} USING fts5"
        connection.execute(text(f"{create_fts}(body, {FTS_OPTIONS})"))
        declared = self.settings.models.get(tables.name)
        for field, declaration in (declared.fields if declared else {}).items():
            path = json_path((field,))
            if declaration.indexed and path is not None:
                # An Index joins its table's `indexes` when made: make it once per table, or the
                # table's next CREATE (after a reset dropped it) would create it twice.
                name = f"ix_{tables.table.name}_{field}"
                index = next((ix for ix in tables.table.indexes if ix.name == name), None)
                if index is None:
                    index = Index(name, jsonsql.extract(tables.table.c.doc, path))
                connection.execute(CreateIndex(index, if_not_exists=True))

    # ------------------------------------------------------------ writing documents
    def insert(
        self,
        connection: Connection,
        tables: ModelTables,
        ref: ModelRef,
        documents: Sequence[Document],
    ) -> None:
        connection.execute(
            insert(tables.table),
            [{"_id": doc["_id"], "doc": dumps(doc).decode()} for doc in documents],
        )
        self._index_text(connection, tables, ref, documents)

    def _index_text(
        self,
        connection: Connection,
        tables: ModelTables,
        ref: ModelRef,
        documents: Iterable[Document],
    ) -> None:
        rows = [
            {"object_id": doc["_id"], "body": body}
            for doc in documents
            if (body := searchable_text(doc, ref))
        ]
        if rows:
            seq = (
                select(tables.table.c.seq)
                .where(tables.table.c._id == bindparam("object_id"))
                .scalar_subquery()
            )
            connection.execute(insert(tables.fts).values(rowid=seq, body=bindparam("body")), rows)

    def replace(
        self,
        connection: Connection,
        tables: ModelTables,
        ref: ModelRef,
        documents: Sequence[Document],
    ) -> None:
        """Store new versions of existing documents (matched by `_id`)."""
        if not documents:
            return
        connection.execute(
            update(tables.table)
            .where(tables.table.c._id == bindparam("object_id"))
            .values(doc=bindparam("doc")),
            [{"object_id": doc["_id"], "doc": dumps(doc).decode()} for doc in documents],
        )
        self._forget_text(connection, tables, [doc["_id"] for doc in documents])
        self._index_text(connection, tables, ref, documents)

    def delete(self, connection: Connection, tables: ModelTables, ids: Sequence[str]) -> int:
        if not ids:
            return 0
        self._forget_text(connection, tables, ids)
        result = connection.execute(delete(tables.table).where(tables.table.c._id.in_(ids)))
        return int(result.rowcount)

    def _forget_text(self, connection: Connection, tables: ModelTables, ids: Sequence[str]) -> None:
        seqs = select(tables.table.c.seq).where(tables.table.c._id.in_(ids))
        connection.execute(delete(tables.fts).where(tables.fts.c.rowid.in_(seqs)))

    def load(
        self, connection: Connection, tables: ModelTables, ids: Sequence[str]
    ) -> list[Document]:
        """The documents with these `_id`s, in creation order."""
        rows = connection.execute(
            select(tables.table.c.doc)
            .where(tables.table.c._id.in_(ids))
            .order_by(tables.table.c.seq)
        )
        return [json.loads(doc) for (doc,) in rows]

    # ------------------------------------------------------------ statistics
    def stats(self) -> dict[str, Any]:
        models: list[dict[str, Any]] = []
        with self.sql.read(self.settings.query_timeout) as connection:
            for name in sorted(set(self._models) | set(self.settings.models)):
                tables = self._models.get(name)
                count, size = 0, 0
                if tables is not None:
                    count, size = connection.execute(
                        select(
                            func.count(),
                            func.coalesce(
                                func.sum(func.length(cast(tables.table.c.doc, LargeBinary))), 0
                            ),
                        )
                    ).one()
                if count or name in self.settings.models:
                    models.append({"name": name, "objectsCount": count, "size": size})
        return {
            "modelsCount": len(models),
            "objectsCount": sum(model["objectsCount"] for model in models),
            "storageSize": sum(model["size"] for model in models),
            "models": models,
        }


def _install_functions(dbapi_connection: Any) -> None:
    """Register the fuzzy-match scorer and the functions compiled expressions call."""
    dbapi_connection.create_function(FUZZY_FUNCTION, 2, fuzzy_score, deterministic=True)
    for name, (arguments, function) in SQL_FUNCTIONS.items():
        dbapi_connection.create_function(name, arguments, function, deterministic=True)
