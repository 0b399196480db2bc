"""`altogic-local`: the banner once the port is bound, one line for a port in use, `--version`,
`-h`, the access log and the outbox lines at `--log-level info`, the missing-extra message."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

COMMAND = [sys.executable, "-m", "altogic_local.cli"]


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *arguments], capture_output=True, text=True, timeout=60)


def test_version_and_short_help() -> None:
    version = _run("--version")
    assert version.returncode == 0 and re.fullmatch(
        r"altogic-local \d+\.\d+\.\d+\S*\n", version.stdout
    )
    helped = _run("-h")
    assert helped.returncode == 0
    assert all(command in helped.stdout for command in ("serve", "outbox", "reset"))
    assert "--log-level" in _run("serve", "-h").stdout


def test_a_port_in_use_is_one_line_and_exit_code_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _run("serve", "--memory", "--port", str(port))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]
    assert "listening" not in done.stdout


def test_the_banner_comes_once_bound_and_the_log_shows_requests_and_outbox(
    tmp_path: Path,
) -> None:
    app_file = tmp_path / "app.yaml"
    app_file.write_text("clientKeys: [{key: k-1}]\nemulatorToken: the-emulator-token-1\n")
    command = [*COMMAND, "serve", "--port", "0", "--data", str(tmp_path / "data")]
    process = subprocess.Popen(
        [*command, "--app", str(app_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.fullmatch(
            r"Altogic local backend listening on (http://127\.0\.0\.1:\d+)\n", first
        )
        assert match, first
        url = match.group(1)
        banner = [process.stdout.readline() for _ in range(6)]
        text = "".join(banner)
        assert f"{url}/docs" in text and "--token the-emulator-token-1" in text
        assert str((tmp_path / "data").resolve()) in text and str(app_file.resolve()) in text
        # The port was bound before the banner: the backend answers as soon as it has started.
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.post(
                    url + "/_api/rest/v1/auth/signup-email",
                    json={"email": "ada@example.com", "password": "secret-123"},
                    headers={"X-Client-Key": "k-1"},
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert answer.status_code == 200
        lines: list[str] = []
        while not any('"POST /_api/rest/v1/auth/signup-email' in line for line in lines):
            lines.append(process.stdout.readline())
        log = "".join(lines)
        assert re.search(
            r"outbox: email to ada@example\.com \[email-confirm\], link "
            + re.escape(url)
            + r"/_auth/email-link\?",
            log,
        ), log
    finally:
        process.terminate()
        process.wait(30)


def test_without_the_local_extra_the_command_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None\n"
        "from altogic_local.command import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "altogic-local needs the local backend's dependencies (missing: uvicorn): "
        "pip install 'altogic[local]'"
    )
