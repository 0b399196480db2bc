"""The core figures (issue 3): client overhead, async concurrency, backend throughput, import time.

python bench/bench_core.py
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
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


def _wrk_rate(url: str, seconds: int, headers: dict[str, str] | None = None) -> float:
    command = ["wrk", "-t1", "-c32", f"-d{seconds}s", "-H", f"X-Client-Key: {CLIENT_KEY}", url]
    for name, value in (headers or {}).items():
        command[-1:-1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match or "Non-2xx" in output:
        raise RuntimeError(f"wrk failed:\n{output}")
    return float(match.group(1))


async def _python_rate(
    url: str, seconds: float, headers: dict[str, str] | None = None, connections: int = 32
) -> float:
    """A minimal keep-alive HTTP/1.1 load generator, for machines without wrk."""
    host, port = url.removeprefix("http://").split("/")[0].split(":")
    path = "/" + url.removeprefix("http://").split("/", 1)[1]
    extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nX-Client-Key: {CLIENT_KEY}\r\n{extra}\r\n"
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


def _rate(url: str, seconds: int, headers: dict[str, str] | None = None) -> float:
    """Requests/s of GET `url` under load (wrk where installed)."""
    if shutil.which("wrk") is not None:
        return _wrk_rate(url, seconds, headers)
    return asyncio.run(_python_rate(url, seconds, headers))


def _load_tool() -> str:
    if shutil.which("wrk") is not None:
        return "wrk -t1 -c32"
    return "a Python keep-alive load generator, 32 connections"


def backend_throughput(seconds: int = 3, rounds: int = 3) -> Figure:
    """Backend requests/s for `cache.get` vs a bare Starlette route returning the same JSON."""

    def rate(url: str) -> float:
        return _rate(url, seconds)

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
    detail = (
        f"median of {rounds} alternating {seconds} s runs of {_load_tool()} against one uvicorn "
        f"process each (last run {altogic:,.0f} vs {bare:,.0f} req/s)"
    )
    if cpu_ratios:
        detail += (
            f"; the same ratio from server CPU time per request: {median(cpu_ratios):.2f} "
            "(insensitive to other load on the machine)"
        )
    return Figure(
        "backend cache.get requests/s / bare Starlette route", ratio, ">= 0.6", ratio >= 0.6, detail
    )


ENFORCED_APP = """\
clientKeys:
  - key: bench-client-key
    enforceSession: true
auth:
  passwordHashing: {timeCost: 1, memoryCost: 1024, parallelism: 1}
"""


def _session_token(url: str) -> str:
    body = {
        "email": "bench@example.com",
        "password": "bench-password",
        "nameOrUserData": {"emailVerified": True},
    }
    response = httpx.post(
        f"{url}/_api/rest/v1/auth/signup-email", json=body, headers={"X-Client-Key": CLIENT_KEY}
    )
    response.raise_for_status()
    token: str = response.json()["session"]["token"]
    return token


def session_check(seconds: int = 3, rounds: int = 3) -> Figure:
    """`cache.get` requests/s under a client key that enforces sessions (every call's session
    is checked) vs the same without enforcement."""
    with tempfile.TemporaryDirectory() as folder:
        app_file = Path(folder) / "app.yaml"
        app_file.write_text(ENFORCED_APP)
        with serve("altogic", app_file=app_file) as enforced, serve("altogic") as plain:
            session = {"Session": _session_token(enforced.url)}
            target = f"/_api/rest/v1/cache?key={KEY}"
            _rate(enforced.url + target, 1, session), _rate(plain.url + target, 1)  # warm up
            ratios = []
            for _ in range(rounds):
                checked = _rate(enforced.url + target, seconds, session)
                unchecked = _rate(plain.url + target, seconds)
                ratios.append(checked / unchecked)
    ratio = median(ratios)
    return Figure(
        "session-enforced cache.get requests/s / without session enforcement",
        ratio,
        ">= 0.8",
        ratio >= 0.8,
        f"median of {rounds} alternating {seconds} s runs of {_load_tool()} (last run "
        f"{checked:,.0f} vs {unchecked:,.0f} req/s); resolved sessions are kept in memory",
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
    return [
        client_overhead(),
        *async_concurrency(),
        backend_throughput(),
        session_check(),
        import_time(),
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.value:.2f} (goal {figure.goal}) - {figure.detail}")
