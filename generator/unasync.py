"""Write the sync twins of the wrapper's async code: wrapper/altogic/_async/*.py -> _sync/*.py.

The async code is the hand-written source; its sync twin is the same code with the async tokens
replaced (`async def` -> `def`, `await x` -> `x`, `AsyncX` -> `X`, ...), as httpcore's
`scripts/unasync.py` does; `wrapper_code.py` then tidies it with ruff (imports sorted and
deduplicated, lines joined where the shorter sync code fits) and writes it. The twins are
committed; `make check-generated` fails when they differ from a fresh run.

Names that differ between the twins follow two patterns, so that one replacement serves all:
classes `AsyncX` -> `X`, and `..._async...` -> `..._sync...` in other names (modules, and the few
hand-written sync/async pairs the async code calls, such as `default_async_http`).
"""

from __future__ import annotations

import re
from pathlib import Path

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


def sync_twins(source_dir: Path) -> dict[str, str]:
    """The sync twin of each module of the async package `source_dir`, by file name (before
    formatting)."""
    twins = {"__init__.py": SYNC_PACKAGE}
    for source in sorted(source_dir.glob("*.py")):
        if source.name != "__init__.py":
            text = unasync(source.read_text(encoding="utf-8"))
            twins[source.name] = HEADER.format(name=source.name) + text
    return twins
