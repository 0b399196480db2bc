"""`altogic-local functions`: the endpoints, queues and tasks of the app's handler file, loaded
without serving them, as text and as JSON; a bad handler file is one line and exit code 1."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from altogic_local.functions.listing import describe, listing
from altogic_local.functions.loader import load_functions

COMMAND = [sys.executable, "-m", "altogic_local.cli"]

HANDLERS = """\
from altogic_local.functions import endpoint, queue, task


@endpoint("GET", "/todos/{id}", session=True)
def get_todo(req, ctx):
    return {}


@endpoint("POST", "/reports", api_key=True, access_groups=["admin"], enabled=False)
def report(req, ctx):
    return {}


@queue("emails", concurrency=3)
def send_email(req, ctx):
    pass


@task("nightly", cron="0 3 * * *")
def nightly(req, ctx):
    pass


@task("often", every="5 minutes")
def often(req, ctx):
    pass
"""


def _run(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *arguments], capture_output=True, text=True, timeout=60, cwd=cwd
    )


@pytest.fixture
def app_file(tmp_path: Path) -> Path:
    (tmp_path / "handlers.py").write_text(HANDLERS)
    (tmp_path / "app.yaml").write_text("functions: handlers.py\n")
    return tmp_path / "app.yaml"


def _moment(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()


def test_functions_prints_endpoints_queues_and_tasks(app_file: Path) -> None:
    before = time.time()
    done = _run("functions", "--app", str(app_file))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Handler file: {(app_file.parent / 'handlers.py').resolve()}"
    text = done.stdout
    assert "Endpoints (2)" in text and "Queues (1)" in text and "Tasks (2)" in text
    get_line = next(line for line in lines if "/todos/{id}" in line)
    assert get_line.split()[:3] == ["GET", "/todos/{id}", "session"]
    assert "get_todo (handlers.py:4)" in get_line
    report_line = next(line for line in lines if "/reports" in line)
    assert "access groups: admin, api key, disabled" in report_line
    emails = next(line for line in lines if line.strip().startswith("emails"))
    assert emails.split()[:2] == ["emails", "3"]
    nightly = next(line for line in lines if line.strip().startswith("nightly"))
    assert "cron 0 3 * * *" in nightly
    next_run = next(word for word in nightly.split() if word.endswith("Z"))
    assert next_run.endswith("T03:00:00.000Z") and before < _moment(next_run) <= before + 86_400

    # The same from the folder holding app.yaml, which is the default.
    assert _run("functions", cwd=app_file.parent).stdout == text


def test_functions_json(app_file: Path) -> None:
    before = time.time()
    done = _run("functions", "--app", str(app_file), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [(e["method"], e["path"]) for e in found["endpoints"]] == [
        ("GET", "/todos/{id}"),
        ("POST", "/reports"),
    ]
    report = found["endpoints"][1]
    assert report["apiKey"] and report["session"] and report["accessGroups"] == ["admin"]
    assert report["enabled"] is False and report["handler"] == "report" and report["line"] == 9
    assert found["queues"] == [
        {
            "name": "emails",
            "concurrency": 3,
            "handler": "send_email",
            "file": str((app_file.parent / "handlers.py").resolve()),
            "line": 14,
        }
    ]
    often = found["tasks"][1]
    assert often["name"] == "often" and often["schedule"] == "every 5 minutes"
    assert before < _moment(often["nextRun"]) <= time.time() + 300
    assert _moment(often["nextRun"]) % 300 == 0


def test_listing_at_a_given_time(app_file: Path) -> None:
    loaded = load_functions(str(app_file.parent / "handlers.py"))
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp()
    found = listing(loaded, now)
    assert [t["nextRun"] for t in found["tasks"]] == [
        "2026-01-03T03:00:00.000Z",
        "2026-01-02T03:05:00.000Z",
    ]
    assert "2026-01-03T03:00:00.000Z" in describe(found)


def test_a_bad_handler_file_is_one_line_and_exit_code_1(app_file: Path) -> None:
    (app_file.parent / "handlers.py").write_text(HANDLERS.replace("concurrency=3", "workers=3"))
    done = _run("functions", "--app", str(app_file))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: {app_file.parent / 'handlers.py'}:14: unknown option workers for a queue "
        "(allowed: concurrency)"
    ]
    assert done.stdout == ""


def test_no_app_file_or_no_handler_file(tmp_path: Path) -> None:
    missing = _run("functions", cwd=tmp_path)
    assert missing.returncode == 2 and "app.yaml" in missing.stderr
    (tmp_path / "app.yaml").write_text("appParams: {a: 1}\n")
    none = _run("functions", cwd=tmp_path)
    assert none.returncode == 0 and "names no handler file" in none.stdout
    assert json.loads(_run("functions", "--json", cwd=tmp_path).stdout)["endpoints"] == []
