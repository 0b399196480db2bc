"""Export and import: a backend's state as a folder of JSON files (never pickle), which a team
can keep beside its tests and load with `serve --import DIR` (as the Firebase emulators'
`--import` / `--export-on-exit` do).

The folder holds `altogic-local.json` (the format and the modules it holds) and one file (or
folder) per stateful module, written by the module's `export_to` and read by its `import_from`.
Files are written to a temporary name and renamed into place, so a folder is never left with a
half-written file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select

FORMAT = 1
MANIFEST = "altogic-local.json"


class SnapshotError(ValueError):
    """A folder that holds no export of this backend, or one it cannot read."""


def write_json(path: Path, value: Any) -> None:
    """Write `value` as JSON to `path`, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SnapshotError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise SnapshotError(f"{path} is not JSON: {exc}") from exc


def write_manifest(folder: Path, modules: list[str], exported_at: str) -> None:
    write_json(folder / MANIFEST, {"format": FORMAT, "modules": modules, "exportedAt": exported_at})


def read_manifest(folder: Path) -> list[str]:
    """The modules an export folder holds (raises `SnapshotError` for anything else)."""
    if not (folder / MANIFEST).is_file():
        raise SnapshotError(f"{folder} holds no export (no {MANIFEST}): see `altogic-local export`")
    manifest = read_json(folder / MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SnapshotError(f"{folder / MANIFEST}: not an export of format {FORMAT}")
    modules = manifest.get("modules")
    if not isinstance(modules, list) or not all(isinstance(name, str) for name in modules):
        raise SnapshotError(f"{folder / MANIFEST}: `modules` is not a list of module names")
    return modules


def dump_rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of `table`, as JSON-able column values (in primary-key order)."""
    order = list(table.primary_key.columns)
    rows = conn.execute(select(table).order_by(*order)).mappings()
    return [dict(row) for row in rows]


def load_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows `dump_rows` wrote; a column the table lacks is a `SnapshotError`."""
    if not rows:
        return
    columns = set(table.columns.keys())
    for row in rows:
        if not isinstance(row, dict) or not set(row) <= columns:
            raise SnapshotError(f"a row of {table.name} does not fit its columns: {row!r:.200}")
    conn.execute(insert(table), rows)
