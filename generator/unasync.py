"""Write the sync twins of the wrapper's async code: wrapper/altogic/_async/*.py -> _sync/*.py.

The async code is the hand-written source; its sync twin is the same code with the async tokens
replaced (`async def` -> `def`, `await x` -> `x`, `AsyncX` -> `X`, ...), as httpcore's
`scripts/unasync.py` does, then tidied by ruff (imports sorted and deduplicated, lines joined
where the shorter sync code fits). The twins are committed; `make check-generated` fails when they
differ from a fresh run.

Names that differ between the twins follow two patterns, so that one replacement serves all:
classes `AsyncX` -> `X`, and `..._async...` -> `..._sync...` in other names (modules, and the few
hand-written sync/async pairs the async code calls, such as `default_async_http`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wrapper" / "altogic" / "_async"
TARGET = ROOT / "wrapper" / "altogic" / "_sync"
RUFF = Path(sys.executable).parent / "ruff"

# (pattern, replacement), applied in this order to the whole text, docstrings included.
SUBSTITUTIONS: tuple[tuple[str, str], ...] = (
    # The sync twin sleeps with `time.sleep`; the async code imports `time` for its clocks too.
    (r"(?m)^import asyncio\n", ""),
    (r"\basyncio\.sleep\(", "time.sleep("),
    (r"\basync (def|with|for)\b", r"\1"),
    (r"\bawait ", ""),
    (r"\b__a(enter|exit|iter|next)__\b", r"__\1__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\baclose\(", "close("),
    (r"\bcreate_async_client\b", "create_client"),
    (r"\bAsync(?=[A-Z])", ""),  # AsyncAltogicClient -> AltogicClient, httpx.AsyncClient -> ...
    (r"_async\b", "_sync"),  # altogic._async.db -> altogic._sync.db
    (r"_async_", "_sync_"),  # default_async_http -> default_sync_http
    # `SessionStorage | AsyncSessionStorage` has become `SessionStorage | SessionStorage`.
    (r"\b([A-Za-z_][\w.]*) \| \1\b", r"\1"),
)

SYNC_PACKAGE = '''"""The sync clients and managers, generated from `altogic._async` (see there)."""
'''
HEADER = (
    "# Generated from wrapper/altogic/_async/{name} by generator/unasync.py (`make generate`).\n"
    "# Do not edit: change the async source and regenerate.\n"
)


def unasync(text: str) -> str:
    """The sync twin of the async source `text`."""
    for pattern, replacement in SUBSTITUTIONS:
        text = re.sub(pattern, replacement, text)
    return text


def _ruff(*args: str, path: Path, text: str) -> str:
    """`text` (the content of `path`) as the pinned ruff rewrites it, with the project's
    settings."""
    proc = subprocess.run(
        [str(RUFF), *args, "--stdin-filename", str(path), "-"],
        input=text,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"ruff {args[0]} failed on the sync twin {path.relative_to(ROOT)}")
    return proc.stdout


def sync_twin(source: Path, target: Path) -> str:
    """The content of the sync twin `target` of the async module `source`."""
    text = HEADER.format(name=source.name) + unasync(source.read_text(encoding="utf-8"))
    text = _ruff("check", "--fix-only", "--exit-zero", "--quiet", path=target, text=text)
    return _ruff("format", "--quiet", path=target, text=text)


def write_sync_twins(source_dir: Path = SOURCE, target_dir: Path = TARGET) -> None:
    """Replace `target_dir` by the sync twins of the modules of `source_dir` (nothing to do in a
    tree without the wrapper, such as the copy a test regenerates in)."""
    if not source_dir.is_dir():
        return
    shutil.rmtree(target_dir, ignore_errors=True)
    target_dir.mkdir(parents=True)
    (target_dir / "__init__.py").write_text(SYNC_PACKAGE, encoding="utf-8")
    for source in sorted(source_dir.glob("*.py")):
        if source.name != "__init__.py":
            target = target_dir / source.name
            target.write_text(sync_twin(source, target), encoding="utf-8")


if __name__ == "__main__":
    write_sync_twins()
