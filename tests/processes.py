"""The local backend in a process of its own (`altogic-local serve`), for tests whose attack
would hold the process it runs in."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_WAIT = 60.0  # seconds: a bound on start-up, not a measured duration


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server_process(
    *options: str,
    app_file: Path | None = None,
    data_dir: Path | None = None,
    kill: bool = False,
    port: int | None = None,
) -> Iterator[str]:
    """`altogic-local serve` on `port` (default: a free one; `--memory` unless `data_dir`);
    yields its URL, and stops it with SIGTERM (a clean stop) at the end, or SIGKILL with
    `kill`."""
    port = port or _free_port()
    command = [sys.executable, "-m", "altogic_local.cli", "serve", "--port", str(port)]
    command += ["--memory"] if data_dir is None else ["--data", str(data_dir)]
    if "--log-level" not in options:  # its stderr is read only at the end: keep it short
        command += ["--log-level", "warning"]
    command += options
    if app_file is not None:
        command += ["--app", str(app_file)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_WAIT
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    error = process.stderr.read().decode() if process.stderr else ""
                    raise RuntimeError(f"the backend did not start: {error}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        if kill:
            process.kill()  # SIGKILL: no clean stop
        else:
            process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
