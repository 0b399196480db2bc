"""`make bench`: run every benchmark and write bench/RESULTS.md.

Each figure is a ratio of two measurements taken in the same run, on the same machine, so that
the machine's speed cancels out. Benchmarks live in `bench_*.py` modules with a `run()` function
returning `Figure`s, and optionally `NOTES`, text written below their table.
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

MODULES = [
    "bench_core",
    "bench_database",
    "bench_storage",
    "bench_cache",
    "bench_functions",
    "bench_realtime",
]
NOTES: dict[str, str] = {}
"""The `NOTES` of each module run, by section title."""


def main() -> None:
    sections: list[tuple[str, list[Figure]]] = []
    for name in MODULES:
        if not (BENCH / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        print(f"running {name} ...", flush=True)
        figures = list(module.run())
        for figure in figures:
            print(f"  {figure.name}: {figure.value:.2f} (goal {figure.goal})", flush=True)
        sections.append(((module.__doc__ or name).strip().splitlines()[0], figures))
        NOTES[sections[-1][0]] = getattr(module, "NOTES", "")
    write_results(sections)
    print(f"wrote {BENCH / 'RESULTS.md'}")


def write_results(sections: list[tuple[str, list[Figure]]]) -> None:
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench`. Every figure is a ratio of two measurements taken in the same",
        "run on the same machine.",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
        f"- Python {platform.python_version()}",
        "",
    ]
    for title, figures in sections:
        lines += [
            f"## {title}",
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
        if NOTES.get(title):
            lines += [NOTES[title].strip(), ""]
    (BENCH / "RESULTS.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
