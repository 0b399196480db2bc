"""The generated parts of the hand-written wrapper, written by `make generate` next to the code
they serve and checked by `make check-generated` like generated/:

- wrapper/altogic/_sync/: the sync clients and managers, the twins of wrapper/altogic/_async/
  (unasync.py);
- wrapper/altogic/types.py: the TypedDicts of the spec's fixed shapes (typed_dicts.py);
- wrapper/altogic/_rules.py: the rules the spec sets on the request values the wrapper checks
  before sending (request_rules.py).

Both are formatted with the pinned ruff and the project's settings, so that they pass `make lint`
as they are.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from request_rules import rules_module
from typed_dicts import types_module
from unasync import sync_twins

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "wrapper" / "altogic"
ASYNC_DIR = WRAPPER / "_async"
SYNC_DIR = WRAPPER / "_sync"
TYPES = WRAPPER / "types.py"
RULES = WRAPPER / "_rules.py"
OUTPUTS = (SYNC_DIR, TYPES, RULES)
RUFF = Path(sys.executable).parent / "ruff"


def tidy(path: Path, text: str) -> str:
    """`text`, the content of `path`, with ruff's fixes (imports) applied, then formatted."""
    for command in (["check", "--fix-only", "--exit-zero"], ["format"]):
        proc = subprocess.run(
            [str(RUFF), *command, "--quiet", "--stdin-filename", str(path), "-"],
            input=text,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"ruff {command[0]} failed on {path.relative_to(ROOT)}")
        text = proc.stdout
    return text


def generate(spec: Path) -> None:
    """Write the outputs; nothing to do in a tree without the wrapper (such as the copy of the
    spec and generators that tests/test_generated.py regenerates in)."""
    if not ASYNC_DIR.is_dir():
        return
    texts = {SYNC_DIR / name: text for name, text in sync_twins(ASYNC_DIR).items()}
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    texts[TYPES] = types_module(document)
    texts[RULES] = rules_module(document)
    shutil.rmtree(SYNC_DIR, ignore_errors=True)
    SYNC_DIR.mkdir()
    for path, text in texts.items():
        path.write_text(tidy(path, text), encoding="utf-8")
