"""Database benchmarks: a get-list with a filter on an indexed field, a sort and limit 20.

1. How the query scales: its time at 100k objects divided by its time at 10k (goal: at most 2,
   i.e. the index keeps the work independent of the model's size).
2. What the layers cost: the query through the wrapper (sync client, HTTP over a real socket to
   the local backend) divided by the very same SQL run directly on SQLite in-process.

Run standalone with `python bench/bench_database.py`; `run()` returns the figures for
`make bench`.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from altogic import create_client
from altogic_local.app import create_app
from altogic_local.config import AppConfig
from altogic_local.database.service import Action, DatabaseService
from altogic_local.runner import LocalServer
from harness import Figure

MODEL = "products"
CONFIG = AppConfig.model_validate(
    {
        "database": {
            "models": {
                MODEL: {
                    "fields": {
                        "name": {"type": "text"},
                        "price": {"type": "decimal", "indexed": True},
                        "category": {"type": "text"},
                    }
                }
            }
        }
    }
)
FILTER = "price >= 900"
SIZES = (10_000, 100_000)
CHUNK = 1_000


def _median_seconds(run_once: Callable[[], Any], repeat: int) -> float:
    """The best of three medians of `repeat // 3` runs each, after a warm-up (so that a burst
    of noise on the machine does not decide the figure)."""
    for _ in range(max(3, repeat // 10)):
        run_once()
    medians = []
    for _ in range(3):
        timings = []
        for _ in range(max(1, repeat // 3)):
            started = time.perf_counter()
            run_once()
            timings.append(time.perf_counter() - started)
        medians.append(statistics.median(timings))
    return min(medians)


def _load(service: DatabaseService, count: int) -> None:
    rng = random.Random(count)
    for start in range(0, count, CHUNK):
        batch = [
            {
                "name": f"product {i}",
                "price": round(rng.uniform(0, 1000), 2),
                "category": rng.choice(["books", "music", "games", "tools"]),
            }
            for i in range(start, min(start + CHUNK, count))
        ]
        service.create(MODEL, batch, None)


def measure(count: int, repeat: int = 300) -> dict[str, float]:
    """Median seconds of the query through the wrapper and as raw SQL, at `count` objects."""
    app = create_app(CONFIG)
    database = app.state.modules["database"]
    store = database.store
    service = database.service
    _load(service, count)
    with store.sql.transaction() as connection:
        connection.exec_driver_sql("ANALYZE")

    action = Action(expression=FILTER, sort=[("price", "desc")], limit=20)
    statement, _, _ = service.list_statement(MODEL, action)
    compiled = statement.compile(store.sql.engine)
    sql, params = str(compiled), tuple(compiled.params.values())
    raw = store.sql.engine.raw_connection()
    try:
        cursor = raw.cursor()

        def raw_query() -> None:
            rows = cursor.execute(sql, params).fetchall()
            assert len(rows) == 20

        raw_seconds = _median_seconds(raw_query, repeat)
    finally:
        raw.close()

    with LocalServer(app) as server, create_client(server.url, "bench") as client:
        query = client.db.model(MODEL).filter(FILTER).sort("price", "desc").limit(20)

        def wrapper_query() -> None:
            data, errors = query.get()
            assert errors is None and data is not None and len(data) == 20

        wrapper_seconds = _median_seconds(wrapper_query, repeat)
    return {"wrapper": wrapper_seconds, "sql": raw_seconds}


def run() -> list[Figure]:
    small, large = (measure(count) for count in SIZES)
    scaling = large["wrapper"] / small["wrapper"]
    layers = large["wrapper"] / large["sql"]
    return [
        Figure(
            "db get-list (indexed filter, sort, limit 20): time at 100k / time at 10k",
            scaling,
            "<= 2",
            scaling <= 2,
            f"through the wrapper: {small['wrapper'] * 1000:.2f} ms at 10k, "
            f"{large['wrapper'] * 1000:.2f} ms at 100k (the SQL alone: "
            f"{large['sql'] / small['sql']:.2f})",
        ),
        Figure(
            "db get-list at 100k: wrapper over HTTP / same SQL on SQLite in-process",
            layers,
            "(reported)",
            True,
            f"{large['wrapper'] * 1000:.2f} ms vs {large['sql'] * 1000:.3f} ms: HTTP, the "
            "backend's validation and JSON encoding, and the client",
        ),
    ]


def main() -> None:
    timings = {count: measure(count) for count in SIZES}
    for count, figures in timings.items():
        print(
            f"{count:>7} objects: wrapper {figures['wrapper'] * 1000:.3f} ms, "
            f"raw SQL {figures['sql'] * 1000:.3f} ms"
        )
    small, large = timings[SIZES[0]], timings[SIZES[1]]
    print(f"scaling (wrapper, 100k / 10k): {large['wrapper'] / small['wrapper']:.2f} (goal <= 2)")
    print(f"scaling (raw SQL, 100k / 10k): {large['sql'] / small['sql']:.2f}")
    print(f"wrapper / raw SQL at 100k: {large['wrapper'] / large['sql']:.1f}")


if __name__ == "__main__":
    main()
