"""Shared benchmark plumbing: server processes, timing, figures."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    goal: str
    met: bool
    detail: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    url: str
    pid: int

    def cpu_seconds(self) -> float | None:
        """CPU time the server process has used so far (Linux), or None where unknown."""
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def serve(
    kind: str,
    latency_ms: float = 0.0,
    *,
    app_file: Path | None = None,
    data_dir: Path | None = None,
) -> Iterator[Served]:
    """Run `bench/servers.py KIND` in a subprocess until it accepts connections."""
    port = free_port()
    command = [sys.executable, str(BENCH / "servers.py"), kind, str(port)]
    command += ["--latency-ms", str(latency_ms)]
    if app_file is not None:
        command += ["--app", str(app_file)]
    if data_dir is not None:
        command += ["--data", str(data_dir)]
    process = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"bench server {kind!r} did not start") from None
                time.sleep(0.05)
        yield Served(f"http://127.0.0.1:{port}", process.pid)
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def server(
    kind: str,
    latency_ms: float = 0.0,
    *,
    app_file: Path | None = None,
    data_dir: Path | None = None,
) -> Iterator[str]:
    """Like `serve`, yielding only the URL."""
    with serve(kind, latency_ms, app_file=app_file, data_dir=data_dir) as served:
        yield served.url


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
