"""The `altogic-local` command's entry point. It imports nothing beyond the standard library
before the command itself, so that a missing `local` extra is one line saying what to install
rather than a traceback."""

from __future__ import annotations

import sys

INSTALL = "pip install 'altogic[local]'"


def main() -> None:
    try:
        from .cli import main as run
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] in ("altogic", "altogic_local"):
            raise  # a broken install of this package, not a missing extra
        print(
            f"altogic-local needs the local backend's dependencies (missing: {exc.name}): "
            f"{INSTALL}",
            file=sys.stderr,
        )
        sys.exit(1)
    run()


if __name__ == "__main__":
    main()
