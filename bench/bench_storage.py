"""Storage benchmarks: 256 MiB through the wrapper, and listing a few files out of many.

1. Transfers: a 256 MiB file uploaded from disk and downloaded to disk through the wrapper
   (`upload(name, Path)`, `download_to(path)`), sync and async, against the local backend in its
   own process; the yardstick is a bare Starlette route streaming the same bytes to or from disk
   (`servers.py bare-storage`, same uvicorn settings), driven by plain httpx with the same
   transport (the async one on aiohttp, as the async client). Each figure is the wrapper's
   throughput over the yardstick's (goal: at least 0.7), and the peak RSS growth of the client
   process and of the backend process during the wrapper's transfer (goal: under 32 MiB each:
   nothing holds the file in memory). Each client runs in a process of its own, so that its
   peak is its own.
2. Listing: `list_files` with an expression matching 100 files of one bucket, with 10k and then
   100k file rows in the backend; the time at 100k over the time at 10k (goal: at most 2, the
   filter running in SQL on the bucket's index).

Run standalone with `python bench/bench_storage.py`; `run()` returns the figures for
`make bench`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import yaml
from harness import Figure, serve

MIB = 1024 * 1024
SIZE = 256 * MIB
PIECE = 256 * 1024
RSS_GOAL = 32 * MIB
ROUNDS = 5
WARM_UP = "warm-up.bin"


# ---------------------------------------------------------------- memory
def _status_bytes(pid: int | str, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


class PeakRSS:
    """The peak growth of a process's resident memory over a stretch of time: Linux's peak
    (`VmHWM`) reset at the start (`clear_refs`), or, where that is not allowed, sampled every
    millisecond."""

    def __init__(self, pid: int | str) -> None:
        self.pid = pid
        self.base = _status_bytes(pid, "VmRSS")
        self.sampled = self.base
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            Path(f"/proc/{pid}/clear_refs").write_text("5")
            self.reset = True
        except OSError:
            self.reset = False
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.001):
            self.sampled = max(self.sampled, _status_bytes(self.pid, "VmRSS"))

    def growth(self) -> int:
        if self.reset:
            return _status_bytes(self.pid, "VmHWM") - self.base
        self._stop.set()
        assert self._thread is not None
        self._thread.join()
        return self.sampled - self.base


# ---------------------------------------------------------------- the client processes
def _file_pieces(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while piece := file.read(PIECE):
            yield piece


async def _async_file_pieces(path: Path) -> AsyncIterator[bytes]:
    for piece in _file_pieces(path):
        yield piece


def _wrapper_sync(url: str, direction: str, source: Path, target: Path) -> None:
    size = source.stat().st_size
    from altogic import create_client

    with create_client(url, "bench", timeout=600) as client:
        root = client.storage.root
        if direction == "upload":
            info, errors = root.upload(source.name, source)
            assert errors is None and info is not None and info["size"] == size, errors
        else:
            count, errors = root.file(source.name).download_to(target)
            assert errors is None and count == size, errors


async def _wrapper_async(url: str, direction: str, source: Path, target: Path) -> None:
    size = source.stat().st_size
    from altogic import create_async_client

    async with create_async_client(url, "bench", timeout=600) as client:
        root = client.storage.root
        if direction == "upload":
            info, errors = await root.upload(source.name, source)
            assert errors is None and info is not None and info["size"] == size, errors
        else:
            count, errors = await root.file(source.name).download_to(target)
            assert errors is None and count == size, errors


def _raw_sync(url: str, direction: str, source: Path, target: Path) -> None:
    size = source.stat().st_size
    import httpx

    with httpx.Client(timeout=600) as client:
        if direction == "upload":
            headers = {"Content-Length": str(size)}
            answer = client.post(
                f"{url}/bare/upload?name={source.name}",
                content=_file_pieces(source),
                headers=headers,
            )
            assert answer.status_code == 200 and answer.json()["size"] == size
        else:
            with (
                client.stream("POST", f"{url}/bare/download?name={source.name}") as answer,
                target.open("wb") as out,
            ):
                for chunk in answer.iter_bytes():
                    out.write(chunk)
            assert target.stat().st_size == size


async def _raw_async(url: str, direction: str, source: Path, target: Path) -> None:
    size = source.stat().st_size
    import httpx
    from httpx_aiohttp import AiohttpTransport

    async with httpx.AsyncClient(transport=AiohttpTransport(), timeout=600) as client:
        if direction == "upload":
            headers = {"Content-Length": str(size)}
            body = _async_file_pieces(source)
            answer = await client.post(
                f"{url}/bare/upload?name={source.name}", content=body, headers=headers
            )
            assert answer.status_code == 200 and answer.json()["size"] == size
        else:
            async with client.stream("POST", f"{url}/bare/download?name={source.name}") as answer:
                with target.open("wb") as out:
                    async for chunk in answer.aiter_bytes():
                        out.write(chunk)
            assert target.stat().st_size == size


def client_main(kind: str, url: str, direction: str, source: Path, target: Path) -> None:
    """The child process: a warm-up transfer of the small file beside `source`
    (`warm-up.bin`), then the measured one; prints its seconds and this process's peak RSS
    growth as JSON."""
    jobs: dict[str, Any] = {
        "wrapper-sync": _wrapper_sync,
        "wrapper-async": _wrapper_async,
        "raw-sync": _raw_sync,
        "raw-async": _raw_async,
    }
    job = jobs[kind]

    def once(path: Path) -> None:
        outcome = job(url, direction, path, target)
        if asyncio.iscoroutine(outcome):
            asyncio.run(outcome)

    once(source.parent / WARM_UP)  # imports and code paths, before the measure
    peak = PeakRSS("self")
    cpu = time.process_time()
    started = time.perf_counter()
    once(source)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss": peak.growth()}))


def _client(kind: str, url: str, direction: str, source: Path, target: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--client", kind, url, direction, str(source)]
    command.append(str(target))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} {direction} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ---------------------------------------------------------------- transfers
def transfers(rounds: int = ROUNDS) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "source.bin"
        block = os.urandom(MIB)
        with source.open("wb") as out:
            for _ in range(SIZE // MIB):
                out.write(block)
        (base / WARM_UP).write_bytes(block)
        app_file = base / "app.yaml"
        app_file.write_text(yaml.safe_dump({"storage": {"maxFileSize": 2 * SIZE}}))
        (base / "data").mkdir()
        (base / "bare").mkdir()
        figures: list[Figure] = []
        with (
            serve("altogic", app_file=app_file, data_dir=base / "data") as altogic,
            serve("bare-storage", data_dir=base / "bare") as bare,
        ):
            for flavour in ("sync", "async"):
                for direction in ("upload", "download"):
                    figures.append(
                        _transfer_figure(flavour, direction, altogic, bare, source, base, rounds)
                    )
        return figures


def _transfer_figure(
    flavour: str,
    direction: str,
    altogic: Any,
    bare: Any,
    source: Path,
    base: Path,
    rounds: int,
) -> Figure:
    wrapper_seconds: list[float] = []
    raw_seconds: list[float] = []
    wrapper_cpu: list[float] = []
    raw_cpu: list[float] = []
    client_rss: list[int] = []
    server_rss: list[int] = []
    target = base / "downloaded.bin"
    for _ in range(rounds):  # alternate, so that drift in the machine's load cancels out
        server = PeakRSS(altogic.pid)
        server_cpu = altogic.cpu_seconds() or 0.0
        outcome = _client(f"wrapper-{flavour}", altogic.url, direction, source, target)
        server_rss.append(server.growth())
        wrapper_seconds.append(outcome["seconds"])
        # The server's CPU includes the warm-up transfer of 1 MiB: a 0.4 % overestimate.
        wrapper_cpu.append(outcome["cpu"] + (altogic.cpu_seconds() or 0.0) - server_cpu)
        client_rss.append(outcome["rss"])
        target.unlink(missing_ok=True)
        server_cpu = bare.cpu_seconds() or 0.0
        outcome = _client(f"raw-{flavour}", bare.url, direction, source, target)
        raw_seconds.append(outcome["seconds"])
        raw_cpu.append(outcome["cpu"] + (bare.cpu_seconds() or 0.0) - server_cpu)
        target.unlink(missing_ok=True)
    wrapper, raw = statistics.median(wrapper_seconds), statistics.median(raw_seconds)
    ratio = raw / wrapper
    cpu_ratio = statistics.median(raw_cpu) / statistics.median(wrapper_cpu)
    client_peak, server_peak = max(client_rss), max(server_rss)
    met = ratio >= 0.7 and client_peak < RSS_GOAL and server_peak < RSS_GOAL
    return Figure(
        f"{flavour} {direction} of 256 MiB: wrapper + backend throughput / bare Starlette route",
        ratio,
        ">= 0.7; peak RSS growth < 32 MiB (client, backend)",
        met,
        f"median of {rounds} alternating runs: {SIZE / MIB / wrapper:.0f} MiB/s vs "
        f"{SIZE / MIB / raw:.0f} MiB/s (the same ratio from client + server CPU time: "
        f"{cpu_ratio:.2f}); peak RSS growth: client {client_peak / MIB:.1f} MiB, backend "
        f"{server_peak / MIB:.1f} MiB; disk to disk over a socket, each client in its own process",
    )


# ---------------------------------------------------------------- listing
LIST_SIZES = (10_000, 100_000)
TARGET_FILES = 200
"""Files in the bucket listed: half of them match the expression."""
LIST_EXPRESSION = "IN(tags, :tag)"
INSERT_BATCH = 5_000


def _seed_files(data_dir: Path, count: int) -> None:
    """A data folder whose storage holds `count` file rows: `TARGET_FILES` in the bucket
    `target`, half of them tagged `hit`, and the rest in the bucket `bulk`, tagged alike (so
    that only the bucket narrows the search). The rows are written in batches straight into the
    storage tables (all naming one blob): uploading 100k files would take the benchmark's time."""
    from altogic_local.app import create_app, started
    from altogic_local.config import AppConfig
    from altogic_local.jsonutil import dumps
    from altogic_local.storage.service import new_blob_id, new_id
    from sqlalchemy import insert

    app = create_app(AppConfig(), data_dir=data_dir)
    with started(app):
        service = app.state.modules["storage"].service
        writer = app.state.backend.blobs.writer()
        writer.write(b"x")
        blob = new_blob_id()
        writer.commit(blob)
        buckets = {
            name: service.create_bucket(name, True, [], None)["_id"] for name in ("target", "bulk")
        }
        now = "2026-01-01T00:00:00.000Z"
        for start in range(0, count, INSERT_BATCH):
            rows = []
            for index in range(start, min(start + INSERT_BATCH, count)):
                bucket = buckets["target" if index < TARGET_FILES else "bulk"]
                file_id = new_id(time.time())
                doc = {
                    "_id": file_id,
                    "bucketId": bucket,
                    "fileName": f"f{index}.txt",
                    "size": 1,
                    "encoding": "7bit",
                    "mimeType": "text/plain",
                    "publicPath": service.public_path(bucket, file_id),
                    "isPublic": True,
                    "tags": ["hit" if index % 2 else "miss"],
                    "uploadedAt": now,
                    "updatedAt": now,
                }
                rows.append(
                    {
                        "_id": file_id,
                        "bucket_id": bucket,
                        "file_name": doc["fileName"],
                        "size": 1,
                        "blob": blob,
                        "doc": dumps(doc).decode(),
                    }
                )
            with service.sql.transaction() as connection:
                connection.execute(insert(service.tables.files), rows)
        with app.state.backend.sql.transaction() as connection:
            connection.exec_driver_sql("ANALYZE")


def _median_listing(bucket: Any, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        files, errors = bucket.list_files(LIST_EXPRESSION, tag="hit", limit=100)
        timings.append(time.perf_counter() - started)
        assert errors is None and files is not None and len(files) == 100, errors
    return statistics.median(timings)


def _listing_seconds(rounds: int = 5, repeat: int = 40) -> dict[int, float]:
    """The seconds of listing the 100 matching files of `target` through the wrapper, with each
    of `LIST_SIZES` file rows in a backend of its own process: the best of `rounds` medians,
    taken from the backends in turn (so that drift in the machine's load cancels out)."""
    from altogic import create_client

    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        buckets = {}
        for count in LIST_SIZES:
            data_dir = Path(folder) / str(count)
            data_dir.mkdir()
            _seed_files(data_dir, count)
            served = stack.enter_context(serve("altogic", data_dir=data_dir))
            client = stack.enter_context(create_client(served.url, "bench"))
            buckets[count] = client.storage.bucket("target")
            _median_listing(buckets[count], repeat)  # warm-up
        medians: dict[int, list[float]] = {count: [] for count in LIST_SIZES}
        for _ in range(rounds):
            for count, bucket in buckets.items():
                medians[count].append(_median_listing(bucket, repeat))
        return {count: min(values) for count, values in medians.items()}


def listing_figure() -> Figure:
    seconds = _listing_seconds()
    small, large = (seconds[count] for count in LIST_SIZES)
    ratio = large / small
    return Figure(
        "list_files: 100 files filtered by an expression, time at 100k file rows / at 10k",
        ratio,
        "<= 2",
        ratio <= 2,
        f"bucket.list_files({LIST_EXPRESSION!r}, tag='hit', limit=100) over a bucket of "
        f"{TARGET_FILES} files, the other rows in another bucket: {small * 1000:.1f} ms at 10k, "
        f"{large * 1000:.1f} ms at 100k (sync client, the backend in its own process)",
    )


def run() -> list[Figure]:
    return [*transfers(), listing_figure()]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        kind, url, direction, source, target = sys.argv[2:7]
        client_main(kind, url, direction, Path(source), Path(target))
    else:
        figures = [listing_figure()] if sys.argv[1:] == ["--listing"] else run()
        for figure in figures:
            print(f"{figure.name}: {figure.value:.2f} (goal {figure.goal}) {figure.detail}")
