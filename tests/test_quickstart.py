"""The README's first command: the quickstart runs end to end against an embedded backend."""

from __future__ import annotations

import subprocess
import sys

from .spec_tools import ROOT


def test_quickstart_runs_every_section() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout
    sections = ("== cache", "== auth", "== database", "== storage", "== functions", "== realtime")
    for section in sections:
        assert section in output
    assert "failed" not in output.replace("now fails", "")
    assert "{'data': {'value': 'Hello world!'}, 'errors': None}" in output
    assert "exchanged the access token for a session: errors=None" in output
    assert "deleted: {'totalMatch': 1, 'deleted': 1}" in output
    assert "upload: [##############################] 100% of 3,145,736 bytes" in output
    assert "a second 'sunset.png' is stored as: sunset-1.png" in output
    assert "download_to(path) wrote: 3145736 bytes, same: True" in output
    assert "GET public URL: 200" in output and "GET after make_private(): 403" in output
    assert "GET /hello?name=Ada: Hello, Ada!" in output
    assert "wait_for_message -> status: completed" in output
    assert "the handler's cache write: {'to': 'ada@example.com'}" in output
    assert "a refused message's errors: {'code': 'bad_address'" in output
    assert "task.run_once('nightly') -> status: completed" in output
    assert "ada sees a member join: {'name': 'Bob'}" in output
    assert "get_members('lobby'): ['Ada', 'Bob']" in output
    assert (
        "bob hears: {'channel': 'lobby', 'message': {'from': 'Ada', 'text': 'Hi Bob!'}}" in output
    )
    assert "ada hears: {'from': 'Bob', 'text': 'Hello Ada!'}" in output
    assert "ada sees a member leave: {'name': 'Bob'}" in output
