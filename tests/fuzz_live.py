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

from .fuzzing import (
    ROOT,
    SCHEMATHESIS_CONFIG,
    SESSION_TOKEN_ENV,
    fuzz_app,
    not_implemented,
    reset_state,
    sign_in,
)

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
        # Session-only operations use a session of the seeded user (until a case signs it out).
        environment = {**os.environ, SESSION_TOKEN_ENV: sign_in(app)}
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
