"""Database benchmarks: a get-list with a filter on an indexed field, a sort and limit 20.

1. How the query scales: its time at 100k objects divided by its time at 10k (goal: at most 2,
   i.e. the index keeps the work independent of the model's size).
2. What the layers cost: the query through the wrapper (sync client, HTTP over a real socket to
   the local backend in its own process) divided by the very same SQL run directly on SQLite
   in-process.
3. Head-of-line blocking: the query's latency while slow aggregates run, over its latency on a
   quiet backend (goal: at most 2; reads run concurrently, each on its own connection).

Run standalone with `python bench/bench_database.py`; `run()` returns the figures for
`make bench`.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from altogic import create_client
from altogic.types import GroupComputation
from altogic_local.app import create_app, started
from altogic_local.clock import SystemClock
from altogic_local.config import AppConfig
from altogic_local.database.actions import Action
from altogic_local.database.service import DatabaseService
from altogic_local.database.store import Store
from altogic_local.engines.sql import SqliteEngine
from harness import Figure, server

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


def _seed(data_dir: Path, count: int) -> Path:
    """A data folder holding `count` products, and the app file declaring their model."""
    app_file = data_dir / "app.yaml"
    data_dir.mkdir(parents=True)
    app_file.write_text(yaml.safe_dump(CONFIG.model_dump(by_alias=True, include={"database"})))
    app = create_app(CONFIG, data_dir=data_dir)
    with started(app):
        _load(app.state.modules["database"].service, count)
        with app.state.backend.sql.transaction() as connection:
            connection.exec_driver_sql("ANALYZE")
    return app_file


def _raw_sql_seconds(data_dir: Path, action: Action, repeat: int) -> float:
    """The query's SQL run directly on the data folder's SQLite file, in this process."""
    sql = SqliteEngine(data_dir)
    try:
        store = Store(sql, CONFIG.database)
        store.open()
        service = DatabaseService(store, CONFIG.database, SystemClock())
        statement, _, _ = service.list_statement(MODEL, action)
        compiled = statement.compile(sql.engine)
        text, params = str(compiled), tuple(compiled.params.values())
        raw = sql.engine.raw_connection()
        try:
            cursor = raw.cursor()

            def raw_query() -> None:
                rows = cursor.execute(text, params).fetchall()
                assert len(rows) == 20

            return _median_seconds(raw_query, repeat)
        finally:
            raw.close()
    finally:
        sql.close()


def measure(count: int, repeat: int = 300) -> dict[str, float]:
    """Median seconds of the query through the wrapper (the backend in its own process) and as
    raw SQL, at `count` objects."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        app_file = _seed(data_dir, count)
        action = Action(expression=FILTER, sort=[("price", "desc")], limit=20)
        raw_seconds = _raw_sql_seconds(data_dir, action, repeat)
        with (
            server("altogic", app_file=app_file, data_dir=data_dir) as url,
            create_client(url, "bench") as client,
        ):
            query = client.db.model(MODEL).filter(FILTER).sort("price", "desc").limit(20)

            def wrapper_query() -> None:
                data, errors = query.get()
                assert errors is None and data is not None and len(data) == 20

            wrapper_seconds = _median_seconds(wrapper_query, repeat)
    return {"wrapper": wrapper_seconds, "sql": raw_seconds}


SLOW_COMPUTATIONS: list[GroupComputation] = [
    {"name": "n", "type": "count"},
    {"name": "total", "type": "sum", "expression": "price * price / (price + 1)"},
    {"name": "mean", "type": "avg", "expression": "price / (price + 2)"},
]


def head_of_line(count: int = 100_000, repeat: int = 60) -> Figure:
    """The latency of the small indexed get-list while slow aggregates run in other requests,
    divided by its latency on a quiet backend."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        app_file = _seed(data_dir, count)
        with (
            server("altogic", app_file=app_file, data_dir=data_dir) as url,
            create_client(url, "bench") as client,
        ):
            small = client.db.model(MODEL).filter(FILTER).sort("price", "desc").limit(20)

            def small_query() -> None:
                data, errors = small.get()
                assert errors is None and data is not None and len(data) == 20

            quiet = _median_seconds(small_query, repeat)
            slow_seconds: list[float] = []
            stop = threading.Event()

            def aggregate() -> None:
                with create_client(url, "bench", timeout=600) as other:
                    model = other.db.model(MODEL).group("ROUND(price / 10)")
                    while not stop.is_set():
                        started_at = time.perf_counter()
                        data, errors = model.compute(SLOW_COMPUTATIONS)
                        assert errors is None and data, errors
                        slow_seconds.append(time.perf_counter() - started_at)

            runner = threading.Thread(target=aggregate)
            runner.start()
            try:
                while not slow_seconds:  # one full aggregate first: it is really running
                    time.sleep(0.05)
                busy = _median_seconds(small_query, repeat)
            finally:
                stop.set()
                runner.join()
    ratio = busy / quiet
    return Figure(
        "db get-list latency while a slow aggregate runs / on a quiet backend",
        ratio,
        "<= 2",
        ratio <= 2,
        f"{busy * 1000:.1f} ms vs {quiet * 1000:.1f} ms; the aggregate (group and 3 computations "
        f"over {count:,} objects) took {statistics.median(slow_seconds) * 1000:.0f} ms each, "
        "run back to back from another client; the backend in its own process",
    )


def run() -> list[Figure]:
    figures = _scaling_figures()
    figures.append(head_of_line())
    return figures


def _scaling_figures() -> list[Figure]:
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
