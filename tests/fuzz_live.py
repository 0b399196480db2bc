"""`make fuzz`: a longer schemathesis CLI pass against the backend on a real socket.

Writes JUnit and HAR reports to fuzz-report/ and exits with schemathesis's status.

    python -m tests.fuzz_live [--max-examples N] [--max-time SECONDS] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from altogic_local.runner import LocalServer

from .fuzz_hooks import URL_ENV
from .fuzzing import ROOT, SCHEMATHESIS_CONFIG, fuzz_app, not_implemented, reset_state

REPORT_DIR = ROOT / "fuzz-report"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--max-time", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()

    app = fuzz_app()
    with LocalServer(app) as server:
        reset_state(app)
        # Every case of a session-only operation gets a fresh session of the seeded user
        # (tests/fuzz_hooks.py), so a case that signs sessions out cannot end the others'.
        environment = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "tests.fuzz_hooks",
            URL_ENV: server.url,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file",
            str(SCHEMATHESIS_CONFIG),
            "run",
            str(ROOT / "spec" / "altogic.yaml"),
            "--url",
            server.url,
            "--max-examples",
            str(args.max_examples),
            "--max-time",
            str(args.max_time),
            "--report",
            "junit,har",
            "--report-dir",
            str(REPORT_DIR),
        ]
        if args.seed is not None:
            command += ["--seed", str(args.seed)]
        for operation_id in not_implemented(app):
            command += ["--exclude-operation-id", operation_id]
        print("$", " ".join(command), flush=True)
        status = subprocess.call(command, cwd=ROOT, env=environment)
    print(f"reports in {REPORT_DIR}")
    return status


if __name__ == "__main__":
    sys.exit(main())
