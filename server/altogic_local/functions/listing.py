"""`altogic-local functions`: what a handler file declares, as JSON-shaped data and as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..clock import iso
from . import Origin
from .loader import Functions, is_file_reference

__all__ = ["describe", "listing"]


def _where(handler: Any, origin: Origin) -> dict[str, Any]:
    return {
        "handler": getattr(handler, "__name__", repr(handler)),
        "file": origin.file,
        "line": origin.line,
    }


def listing(functions: Functions, now: float) -> dict[str, Any]:
    """The endpoints, queues and tasks of `functions`; each task's next run is the first one
    after `now` (seconds since the epoch), in ISO-8601 UTC."""
    endpoints = [
        {
            "method": definition.method,
            "path": definition.path,
            "session": definition.session or bool(definition.access_groups),
            "apiKey": definition.api_key,
            "accessGroups": list(definition.access_groups),
            "enabled": definition.enabled,
            **_where(definition.handler, definition.origin),
        }
        for definition in functions.endpoints
    ]
    queues = [
        {
            "name": definition.name,
            "concurrency": definition.concurrency,
            **_where(definition.handler, definition.origin),
        }
        for definition in functions.queues
    ]
    tasks = []
    for task in functions.tasks:
        timing = task.timing
        tasks.append(
            {
                "name": task.name,
                "schedule": timing.description if timing else None,
                "cron": timing.cron if timing else None,
                "nextRun": iso(timing.next_after(now)) if timing else None,
                **_where(task.handler, task.origin),
            }
        )
    source = functions.source
    if source is not None and is_file_reference(source):
        source = str(Path(source).resolve())
    return {"source": source, "endpoints": endpoints, "queues": queues, "tasks": tasks}


def _options(endpoint: dict[str, Any]) -> str:
    options = []
    if endpoint["accessGroups"]:
        options.append("access groups: " + ", ".join(endpoint["accessGroups"]))
    elif endpoint["session"]:
        options.append("session")
    if endpoint["apiKey"]:
        options.append("api key")
    if not endpoint["enabled"]:
        options.append("disabled")
    return ", ".join(options) or "-"


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return [
        "  "
        + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def describe(found: dict[str, Any]) -> str:
    """`listing`'s data as text, one table per kind."""
    if found["source"] is None:
        return "The app names no handler file (`functions:` in app.yaml)."

    def at(item: dict[str, Any]) -> str:
        return f"{item['handler']} ({Path(item['file']).name}:{item['line']})"

    lines = [f"Handler file: {found['source']}", ""]
    endpoints, queues, tasks = found["endpoints"], found["queues"], found["tasks"]
    lines.append(f"Endpoints ({len(endpoints)})")
    if endpoints:
        header = ["METHOD", "PATH", "OPTIONS", "HANDLER"]
        rows = [[e["method"], e["path"], _options(e), at(e)] for e in endpoints]
        lines += _table([header, *rows])
    lines += ["", f"Queues ({len(queues)})"]
    if queues:
        header = ["NAME", "CONCURRENCY", "HANDLER"]
        lines += _table([header, *([q["name"], str(q["concurrency"]), at(q)] for q in queues)])
    lines += ["", f"Tasks ({len(tasks)})"]
    if tasks:
        header = ["NAME", "SCHEDULE", "NEXT RUN (UTC)", "HANDLER"]
        rows = [[t["name"], t["schedule"] or "-", t["nextRun"] or "-", at(t)] for t in tasks]
        lines += _table([header, *rows])
    return "\n".join(lines)
