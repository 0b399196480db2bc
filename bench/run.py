"""`make bench`: run every benchmark and write bench/RESULTS.md.

Each figure is a ratio of two measurements taken in the same run, on the same machine, so that
the machine's speed cancels out. Benchmarks live in `bench_*.py` modules with a `run()` function
returning `Figure`s.

`python bench/run.py bench_storage ...` runs only the modules named, and keeps the other
sections of bench/RESULTS.md as they were.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from harness import Figure  # noqa: E402

MODULES = ["bench_core", "bench_database", "bench_storage"]


def main() -> None:
    chosen = sys.argv[1:] or MODULES
    unknown = sorted(set(chosen) - set(MODULES))
    if unknown:
        raise SystemExit(f"unknown benchmark modules: {', '.join(unknown)} (known: {MODULES})")
    sections: list[tuple[str, list[Figure]]] = []
    for name in chosen:
        if not (BENCH / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        print(f"running {name} ...", flush=True)
        figures = list(module.run())
        for figure in figures:
            print(f"  {figure.name}: {figure.value:.2f} (goal {figure.goal})", flush=True)
        sections.append(((module.__doc__ or name).strip().splitlines()[0], figures))
    kept = {} if chosen == MODULES else _sections_of(BENCH / "RESULTS.md")
    write_results(sections, kept)
    print(f"wrote {BENCH / 'RESULTS.md'}")


def _sections_of(results: Path) -> dict[str, list[str]]:
    """The sections of a results file (its `## ` headings and what follows each), by title."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    if results.exists():
        for line in results.read_text().splitlines():
            if line.startswith("## "):
                current = sections.setdefault(line[3:], [])
            elif current is not None:
                current.append(line)
    return sections


def write_results(
    sections: list[tuple[str, list[Figure]]], kept: dict[str, list[str]] | None = None
) -> None:
    """Write bench/RESULTS.md: the sections measured now, in place of the `kept` ones of a
    former run of the same titles (the other kept ones stay, with their former date)."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench`. Every figure is a ratio of two measurements taken in the same",
        "run on the same machine.",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC (each section says when it was measured)",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
        f"- Python {platform.python_version()}",
        "",
    ]
    measured = dict(sections)
    now = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    order = list(kept or {}) + [title for title in measured if title not in (kept or {})]
    for title in order:
        if title not in measured:
            former = (kept or {})[title]
            while former and not former[-1].strip():
                former = former[:-1]
            lines += [f"## {title}", *former, ""]
            continue
        figures = measured[title]
        lines += [
            f"## {title}",
            "",
            f"Measured {now}.",
            "",
            "| figure | measured | goal | met | how |",
            "|---|---|---|---|---|",
        ]
        for figure in figures:
            met = "yes" if figure.met else "**no**"
            lines.append(
                f"| {figure.name} | {figure.value:.2f} | {figure.goal} | {met} | {figure.detail} |"
            )
        lines.append("")
    (BENCH / "RESULTS.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
