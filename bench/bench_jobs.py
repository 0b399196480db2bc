"""Message queues: 2,000 messages through a no-op queue handler, beside huey.

The local backend runs in its own process with its data in a folder (`--data`: messages are
persisted in SQLite), and an app whose `@queue("noop", concurrency=2)` handler does nothing. The
bench submits 2,000 messages over HTTP (`POST queue`) from 4 threads, each with its own
keep-alive connection, while the workers run them, then reads every message's `startedAt` /
`completedAt` from the emulator's listing.

The yardstick is huey (2.x) with its SQLite storage, the same 2,000 no-op jobs enqueued from 4
threads of this process and run by `huey_consumer` in its own process with 2 worker threads,
polling every 10 ms at most. Huey was chosen because it is a well-known Python job queue that
persists jobs in SQLite, as this backend does, and needs no server: arq and saq need Redis,
procrastinate needs PostgreSQL, none of which this machine runs.

Figures (medians of 3 alternating rounds):
- throughput: messages completed per second from the first submit to the last completion, the
  backend's over huey's (information; the backend's includes an HTTP request per message);
- latency: p50 and p99 from the moment the client submits a message to the moment its handler
  starts, in milliseconds, for both, and the ratio of the p50s.

Run standalone with `python bench/bench_jobs.py`; `run()` returns the figures for `make bench`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from harness import Figure, median, serve

MESSAGES = 2000
ROUNDS = 3
SUBMITTERS = 4
HANDLERS = """
from altogic_local.functions import queue


@queue("noop", concurrency=2)
def noop(req, ctx):
    pass
"""
HUEY_APP = """
import time
from huey import SqliteHuey

huey = SqliteHuey(filename={path!r}, results=True)


@huey.task()
def noop(submitted):
    started = time.time()
    return [submitted, started, time.time()]
"""


def _timestamp(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _in_threads(work: Callable[[range], None]) -> None:
    """`work` on SUBMITTERS threads, each with its share of the messages."""
    threads = [
        threading.Thread(target=work, args=(range(i, MESSAGES, SUBMITTERS),))
        for i in range(SUBMITTERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _backend_round(folder: Path) -> dict[str, float]:
    app = folder / "app.yaml"
    (folder / "handlers.py").write_text(HANDLERS)
    app.write_text("functions: handlers.py\n")
    data = folder / "data"
    with serve("altogic", app_file=app, data_dir=data) as served:
        headers = {"X-Client-Key": "bench"}
        with httpx.Client(base_url=served.url, headers=headers, timeout=60) as http:
            http.post("/_api/rest/v1/queue", json={"queueNameOrId": "noop", "message": {}})
            time.sleep(0.5)
            http.post("/_emulator/reset", json={})
            submitted: dict[str, float] = {}

            def submit(part: range) -> None:
                with httpx.Client(base_url=served.url, headers=headers, timeout=60) as own:
                    for n in part:
                        before = time.time()
                        answer = own.post(
                            "/_api/rest/v1/queue",
                            json={"queueNameOrId": "noop", "message": {"n": n}},
                        )
                        submitted[answer.json()["messageId"]] = before

            first = time.time()
            _in_threads(submit)
            messages = "/_emulator/queues/noop/messages"
            while any(  # cheap polls: is any message still waiting or running?
                http.get(messages, params={"status": status, "limit": 1}).json()
                for status in ("pending", "processing")
            ):
                time.sleep(0.05)
            listed = http.get(messages, params={"limit": MESSAGES}).json()
            assert len(listed) == MESSAGES and all(m["status"] == "completed" for m in listed)
    latencies = [(_timestamp(m["startedAt"]) - submitted[m["messageId"]]) * 1000 for m in listed]
    last = max(_timestamp(m["completedAt"]) for m in listed)
    return {
        "throughput": MESSAGES / (last - first),
        "p50": _percentile(latencies, 0.5),
        "p99": _percentile(latencies, 0.99),
    }


def _huey_round(folder: Path) -> dict[str, float]:
    database = folder / "huey.sqlite3"
    (folder / "huey_app.py").write_text(HUEY_APP.format(path=str(database)))
    sys.path.insert(0, str(folder))
    try:
        import huey_app  # type: ignore[import-not-found]

        consumer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "huey.bin.huey_consumer",
                "huey_app.huey",
                "--workers=2",
                "--worker-type=thread",
                "--delay=0.001",
                "--max-delay=0.01",
                "--quiet",
            ],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(folder)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            huey_app.noop(time.time()).get(blocking=True, timeout=30)  # warm up
            results: list[Any] = []

            def enqueue(part: range) -> None:
                results.extend(huey_app.noop(time.time()) for _ in part)

            first = time.time()
            _in_threads(enqueue)
            runs: list[Any] = [result.get(blocking=True, timeout=120) for result in results]
        finally:
            consumer.terminate()
            consumer.wait(10)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop("huey_app", None)
    latencies = [(started - submitted) * 1000 for submitted, started, _ in runs]
    last = max(done for _, _, done in runs)
    return {
        "throughput": MESSAGES / (last - first),
        "p50": _percentile(latencies, 0.5),
        "p99": _percentile(latencies, 0.99),
    }


def run() -> list[Figure]:
    ours: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    for _ in range(ROUNDS):
        with tempfile.TemporaryDirectory() as folder:
            ours.append(_backend_round(Path(folder)))
        with tempfile.TemporaryDirectory() as folder:
            theirs.append(_huey_round(Path(folder)))

    def mid(rounds: list[dict[str, float]], key: str) -> float:
        return median([r[key] for r in rounds])

    throughput = mid(ours, "throughput") / mid(theirs, "throughput")
    p50 = mid(ours, "p50") / mid(theirs, "p50")
    detail = (
        f"backend {mid(ours, 'throughput'):.0f} msg/s, p50 {mid(ours, 'p50'):.1f} ms, "
        f"p99 {mid(ours, 'p99'):.1f} ms; huey (SQLite, 2 threads) "
        f"{mid(theirs, 'throughput'):.0f} msg/s, p50 {mid(theirs, 'p50'):.1f} ms, "
        f"p99 {mid(theirs, 'p99'):.1f} ms; spread of the backend's throughput "
        f"{statistics.pstdev([r['throughput'] for r in ours]):.0f} msg/s"
    )
    return [
        Figure(
            f"{MESSAGES} queue messages: throughput vs huey",
            throughput,
            "information",
            True,
            detail,
        ),
        Figure(
            f"{MESSAGES} queue messages: submit-to-start p50 vs huey (lower is better)",
            p50,
            "information",
            True,
            detail,
        ),
    ]


NOTES = textwrap.dedent(
    """\
    The queue benchmark's yardstick is huey with SQLite storage (no server needed; arq and saq
    need Redis, procrastinate PostgreSQL). The backend's figures include one HTTP request per
    submitted message; huey's producers write to SQLite directly.
    """
)


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.2f} ({figure.detail})")
