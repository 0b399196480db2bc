"""Multi-object writes are all-or-nothing, also when they span several write batches."""

from __future__ import annotations

import json

import pytest
from altogic_local.clock import ManualClock
from altogic_local.config import DatabaseSettings
from altogic_local.database.actions import Action, FieldUpdate
from altogic_local.database.service import CHUNK, DatabaseService
from altogic_local.database.store import Store
from altogic_local.engines.sql import SqliteEngine
from altogic_local.errors import ApiError


def test_a_failing_bulk_update_rolls_back_the_batches_already_written() -> None:
    settings = DatabaseSettings()
    store = Store(SqliteEngine(None), settings)
    store.open()
    service = DatabaseService(store, settings, ManualClock(start=0))
    count = CHUNK + 10
    service.create(
        "items", [{"i": i, "v": i} for i in range(count - 1)] + [{"i": -1, "v": "x"}], None
    )
    before = service.get_list("items", Action(limit=1000), False)
    with pytest.raises(ApiError) as raised:
        service.update_fields("items", [FieldUpdate("v", "increment", 1)], Action())
    assert raised.value.code == "invalid_update_instruction"
    assert service.get_list("items", Action(limit=1000), False) == before
    values = [item["v"] for item in json.loads(before)]
    assert values[:3] == [0, 1, 2] and len(values) == count
