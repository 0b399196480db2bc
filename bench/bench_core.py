"""The core figures (issue 3): client overhead, async concurrency, backend throughput, import time.

python bench/bench_core.py
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from altogic import create_async_client, create_client
from harness import Figure, Served, median, serve, server

CLIENT_KEY = "bench-client-key"
KEY = "greeting"


def client_overhead(rounds: int = 15, batch: int = 200) -> Figure:
    """Wrapper `cache.get` round trip vs the same request through a raw `httpx.Client`."""
    with server("altogic") as url:
        client = create_client(url, CLIENT_KEY)
        client.cache.set(KEY, "Hello world!")
        raw = httpx.Client(headers={"X-Client-Key": CLIENT_KEY})
        target = f"{url}/_api/rest/v1/cache"

        def wrapper_batch() -> float:
            started = time.perf_counter()
            for _ in range(batch):
                client.cache.get(KEY)
            return time.perf_counter() - started

        def raw_batch() -> float:
            started = time.perf_counter()
            for _ in range(batch):
                raw.get(target, params={"key": KEY}).json()
            return time.perf_counter() - started

        wrapper_batch(), raw_batch()  # warm up both connections
        ratios = []
        for _ in range(rounds):
            ratios.append(wrapper_batch() / raw_batch())
        client.close()
        raw.close()
    ratio = median(ratios)
    return Figure(
        "wrapper cache.get round trip / raw httpx.Client",
        ratio,
        "<= 1.10",
        ratio <= 1.10,
        f"median of {rounds} alternating batches of {batch} sequential requests",
    )


async def _sequential_vs_concurrent(url: str, count: int) -> float:
    async with create_async_client(url, CLIENT_KEY) as client:
        await client.cache.set(KEY, "Hello world!")
        await asyncio.gather(*(client.cache.get(KEY) for _ in range(count)))  # warm the pool
        started = time.perf_counter()
        for _ in range(count):
            await client.cache.get(KEY)
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        results = await asyncio.gather(*(client.cache.get(KEY) for _ in range(count)))
        concurrent = time.perf_counter() - started
        assert all(result.errors is None for result in results)
    return sequential / concurrent


def async_concurrency(count: int = 200, latency_ms: float = 20.0) -> list[Figure]:
    """200 concurrent `cache.get` through the async client vs 200 sequential."""
    with server("altogic", latency_ms) as url:
        remote = asyncio.run(_sequential_vs_concurrent(url, count))
    with server("altogic") as url:
        loopback = asyncio.run(_sequential_vs_concurrent(url, count))
    return [
        Figure(
            f"async: {count} concurrent cache.get vs {count} sequential (speed-up)",
            remote,
            ">= 5",
            remote >= 5,
            f"{latency_ms:g} ms added per response to stand in for the network distance to an "
            "Altogic environment",
        ),
        Figure(
            f"async: {count} concurrent vs sequential, bare loopback (speed-up)",
            loopback,
            "(information)",
            True,
            "no added latency: client and one server process share 2 cores, so CPU bounds it",
        ),
    ]


def _wrk_rate(url: str, seconds: int) -> float:
    command = ["wrk", "-t1", "-c32", f"-d{seconds}s", "-H", f"X-Client-Key: {CLIENT_KEY}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match or "Non-2xx" in output:
        raise RuntimeError(f"wrk failed:\n{output}")
    return float(match.group(1))


async def _python_rate(url: str, seconds: float, connections: int = 32) -> float:
    """A minimal keep-alive HTTP/1.1 load generator, for machines without wrk."""
    host, port = url.removeprefix("http://").split("/")[0].split(":")
    path = "/" + url.removeprefix("http://").split("/", 1)[1]
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nX-Client-Key: {CLIENT_KEY}\r\n\r\n"
    ).encode()
    deadline = time.perf_counter() + seconds
    done = 0

    async def worker() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.perf_counter() < deadline:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            done += 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return done / (time.perf_counter() - started)


def backend_throughput(seconds: int = 3, rounds: int = 3) -> Figure:
    """Backend requests/s for `cache.get` vs a bare Starlette route returning the same JSON."""
    use_wrk = shutil.which("wrk") is not None

    def rate(url: str) -> float:
        if use_wrk:
            return _wrk_rate(url, seconds)
        return asyncio.run(_python_rate(url, seconds))

    def measure(served: Served) -> tuple[float, float | None]:
        """Requests/s, and server CPU seconds per request where the platform tells."""
        target = f"{served.url}/_api/rest/v1/cache?key={KEY}"
        cpu_before = served.cpu_seconds()
        requests_per_second = rate(target)
        cpu_after = served.cpu_seconds()
        if cpu_before is None or cpu_after is None:
            return requests_per_second, None
        return requests_per_second, (cpu_after - cpu_before) / (requests_per_second * seconds)

    rates: list[float] = []
    cpu_ratios: list[float] = []
    with serve("altogic") as altogic_server, serve("bare") as bare_server:
        create_client(altogic_server.url, CLIENT_KEY).cache.set(KEY, "Hello world!")
        measure(altogic_server), measure(bare_server)  # warm up
        for _ in range(rounds):  # alternate, so that drift in the machine's load cancels out
            altogic, altogic_cpu = measure(altogic_server)
            bare, bare_cpu = measure(bare_server)
            rates.append(altogic / bare)
            if altogic_cpu and bare_cpu:
                cpu_ratios.append(bare_cpu / altogic_cpu)
    ratio = median(rates)
    tool = "wrk -t1 -c32" if use_wrk else "a Python keep-alive load generator, 32 connections"
    detail = (
        f"median of {rounds} alternating {seconds} s runs of {tool} against one uvicorn process "
        f"each (last run {altogic:,.0f} vs {bare:,.0f} req/s)"
    )
    if cpu_ratios:
        detail += (
            f"; the same ratio from server CPU time per request: {median(cpu_ratios):.2f} "
            "(insensitive to other load on the machine)"
        )
    return Figure(
        "backend cache.get requests/s / bare Starlette route", ratio, ">= 0.6", ratio >= 0.6, detail
    )


def _import_seconds(module: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - started


def import_time(runs: int = 15) -> Figure:
    """`python -c "import altogic"` vs `python -c "import httpx"`."""
    _import_seconds("altogic"), _import_seconds("httpx")  # warm the file cache
    altogic, plain = [], []
    for _ in range(runs):
        altogic.append(_import_seconds("altogic"))
        plain.append(_import_seconds("httpx"))
    ratio = median(altogic) / median(plain)
    return Figure(
        'python -c "import altogic" / python -c "import httpx"',
        ratio,
        "<= 1.5",
        ratio <= 1.5,
        f"median of {runs} runs each: {median(altogic) * 1000:.0f} ms vs "
        f"{median(plain) * 1000:.0f} ms (interpreter start-up included)",
    )


def run() -> list[Figure]:
    return [client_overhead(), *async_concurrency(), backend_throughput(), import_time()]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.2f} (goal {figure.goal}) - {figure.detail}")
