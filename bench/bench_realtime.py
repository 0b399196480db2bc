"""Realtime fan-out (issue 13): one sender → 50 subscribers vs a bare python-socketio server.

python bench/bench_realtime.py

Each server runs in its own process (`bench/servers.py altogic` with an app file that lifts the
per-socket rate limit, and `bench/servers.py bare-realtime`); the 50 subscribers are python-socketio
`AsyncClient`s (WebSocket) spread over several processes, so that the clients are not the
bottleneck. Two phases of 2,000 messages each: latency (messages paced, each stamped with the
sender's monotonic clock; a subscriber's latency is its arrival time minus the stamp) and
throughput (messages sent back to back; messages/s from the first send to the last arrival at
every subscriber).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import statistics
import sys
import tempfile
import time
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import socketio
from harness import Figure, serve

SUBSCRIBERS = 50
PROCESSES = 2
MESSAGES = 2_000
PACE = 0.02
"""Seconds between two messages of the latency phase (50 messages/s, 2,500 deliveries/s): below
what either server delivers on a small machine, so that latency is not queueing behind a
backlog (sent back to back, both servers fall behind and "latency" is the length of the queue)."""
CHANNEL = "bench"
AUTH = {"clientKey": "bench-client-key", "echoMessages": False}
APP_YAML = "realtime:\n  messagesPerSecond: 1000000\n  burst: 1000000\n"

NOTES = """\
The backend checks each event (rate limit, size bound, payload), keeps presence, and handles a
socket's events one after another so that its messages keep their order (`async_handlers=False`);
the bare server, with python-socketio's defaults, handles each event in a task of its own.
"""


def _subscriber(url: str, clients: int, ready: EventType, results: Any) -> None:
    asyncio.run(_subscribe(url, clients, ready, results))


async def _subscribe(url: str, clients: int, ready: EventType, results: Any) -> None:
    latencies: list[float] = []
    last_arrival = 0.0
    expected = clients * MESSAGES * 2
    received = 0
    done = asyncio.Event()

    async def tick(data: dict[str, Any]) -> None:
        nonlocal received, last_arrival
        now = time.monotonic()
        message = data["message"]
        if message["phase"] == "latency":
            latencies.append(now - message["t"])
        else:
            last_arrival = max(last_arrival, now)
        received += 1
        if received == expected:
            done.set()

    connections = []
    for _ in range(clients):
        client = socketio.AsyncClient(reconnection=False)
        client.on("tick", tick)
        await client.connect(url, auth=AUTH, transports=["websocket"], wait_timeout=10)
        await client.emit("join", {"channel": CHANNEL, "echo": False})
        connections.append(client)
    ready.set()
    try:
        await asyncio.wait_for(done.wait(), 600)
    except TimeoutError:
        pass
    finally:
        results.put((latencies, last_arrival, received, expected))
        for client in connections:
            await client.disconnect()


async def _send(url: str, results: Any, processes: int) -> tuple[float, list[Any]]:
    """Send both phases, then wait for every subscriber process's results (the sender stays
    connected until all is delivered); answers when the throughput phase started, and them."""
    sender = socketio.AsyncClient(reconnection=False)
    await sender.connect(url, auth=AUTH, transports=["websocket"], wait_timeout=10)
    try:
        for i in range(MESSAGES):
            message = {"phase": "latency", "i": i, "t": time.monotonic()}
            await sender.emit(
                "message", {"channel": CHANNEL, "eventName": "tick", "message": message}
            )
            await asyncio.sleep(PACE)
        await asyncio.sleep(0.5)
        start = time.monotonic()
        for i in range(MESSAGES):
            message = {"phase": "throughput", "i": i, "t": 0.0}
            await sender.emit(
                "message", {"channel": CHANNEL, "eventName": "tick", "message": message}
            )
        loop = asyncio.get_running_loop()
        found = [await loop.run_in_executor(None, results.get, True, 600) for _ in range(processes)]
        return start, found
    finally:
        await sender.disconnect()


def measure(url: str) -> tuple[float, float, float]:
    """p50 and p99 latency (ms) and messages/s of one server."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = []
    readies = []
    for n in range(PROCESSES):
        ready = context.Event()
        clients = SUBSCRIBERS // PROCESSES + (1 if n < SUBSCRIBERS % PROCESSES else 0)
        process = context.Process(target=_subscriber, args=(url, clients, ready, results))
        process.start()
        processes.append(process)
        readies.append(ready)
    for ready in readies:
        if not ready.wait(60):
            raise RuntimeError("the subscribers did not connect")
    time.sleep(1.0)  # every join handled
    start, found = asyncio.run(_send(url, results, len(processes)))
    latencies: list[float] = []
    last = 0.0
    for each, arrival, received, expected in found:
        if received != expected:
            raise RuntimeError(f"subscribers received {received} of {expected} messages")
        latencies += each
        last = max(last, arrival)
    for process in processes:
        process.join(30)
    quantiles = statistics.quantiles(latencies, n=100)
    return quantiles[49] * 1000, quantiles[98] * 1000, MESSAGES / (last - start)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        app_file = Path(folder) / "app.yaml"
        app_file.write_text(APP_YAML)
        with serve("bare-realtime") as bare:
            bare_p50, bare_p99, bare_rate = measure(bare.url)
        with serve("altogic", app_file=app_file) as ours:
            p50, p99, rate = measure(ours.url)
    how = (
        f"1 sender → {SUBSCRIBERS} subscribers, {MESSAGES:,} messages; "
        f"backend p50 {p50:.2f} ms / p99 {p99:.2f} ms / {rate:,.0f} msg/s; "
        f"bare python-socketio p50 {bare_p50:.2f} ms / p99 {bare_p99:.2f} ms / "
        f"{bare_rate:,.0f} msg/s"
    )
    return [
        Figure(
            "realtime p50 latency vs bare python-socketio",
            p50 / bare_p50,
            "≤ 1.5",
            p50 / bare_p50 <= 1.5,
            how,
        ),
        Figure(
            "realtime p99 latency vs bare python-socketio",
            p99 / bare_p99,
            "≤ 1.5",
            p99 / bare_p99 <= 1.5,
            "as above",
        ),
        Figure(
            "realtime messages/s vs bare python-socketio",
            rate / bare_rate,
            "≥ 0.7",
            rate / bare_rate >= 0.7,
            "as above",
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.2f} (goal {figure.goal}) {figure.detail}")
