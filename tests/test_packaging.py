"""The client stands on its own: generated code imports nothing hand-written, and the client
(`altogic`, `altogic_api`) installs and runs without the backend's `local` extra."""

from __future__ import annotations

import ast
import json
import subprocess
import venv
from pathlib import Path

import pytest
from altogic_local.runner import LocalServer

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = {"altogic_local", "altogic"}

CLIENT_SCRIPT = """
import json, sys
import altogic
from altogic import create_client

with create_client(sys.argv[1], "packaging") as client:
    client.cache.set("greeting", "hello")
    got = client.cache.get("greeting")
    created = client.db.model("notes").create({"text": "hi"})
backend = ("pydantic", "starlette", "sqlalchemy", "altogic_local", "altogic_models")
loaded = sorted(name for name in sys.modules if name.split(".")[0] in backend)
print(json.dumps({"got": got.data, "created": created.errors is None, "backend": loaded}))
"""


def test_generated_code_imports_nothing_hand_written() -> None:
    for path in (ROOT / "generated").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                assert module.split(".")[0] not in HAND_WRITTEN, f"{path} imports {module}"


def test_the_client_runs_without_the_local_extra(tmp_path: Path) -> None:
    environment = tmp_path / "client-only"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT)],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0 and "No matching distribution" in install.stderr:
        pytest.skip(f"no package index reachable: {install.stderr[-300:]}")
    assert install.returncode == 0, install.stderr[-2000:]
    missing = subprocess.run([str(python), "-c", "import pydantic"], capture_output=True, text=True)
    assert missing.returncode != 0, "the client-only environment has the backend's dependencies"
    with LocalServer() as server:
        ran = subprocess.run(
            [str(python), "-c", CLIENT_SCRIPT, server.url], capture_output=True, text=True
        )
    assert ran.returncode == 0, ran.stderr[-2000:]
    outcome = json.loads(ran.stdout)
    assert outcome == {"got": {"value": "hello"}, "created": True, "backend": []}
