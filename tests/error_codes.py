"""Every error answer of the whole test run, checked against the spec's `x-error-codes`.

`conftest.py` registers `RECORDER` with `altogic_local.app.error_listeners` before any app is
built, and fails the run at its end if an operation answered a code (with a status) its
`x-error-codes` does not list. Answers that belong to no operation are checked against the
spec's top-level `x-error-codes`, which every operation may also give (`not_implemented` for an
operation no module serves yet, `backend_not_started` before the lifespan has run, the codes of
the app's own endpoints). A 500 (`internal_error`, a bug) always fails the run, whatever the
operation; `function_error` (an app's handler failed) is the app's, not the backend's.
"""

from __future__ import annotations

import threading
from collections import Counter

from altogic_local.spec import operation_specs, routeless_error_codes


class Recorder:
    def __init__(self) -> None:
        self.seen: Counter[tuple[str | None, int, str]] = Counter()
        self._lock = threading.Lock()

    def __call__(self, operation: str | None, status: int, codes: list[str]) -> None:
        with self._lock:
            for code in codes:
                self.seen[(operation, status, code)] += 1

    def unlisted(self) -> list[str]:
        """The answers the spec does not list, as readable lines."""
        specs = operation_specs()
        anywhere = routeless_error_codes()
        problems = []
        for (operation, status, code), count in sorted(
            self.seen.items(), key=lambda item: (str(item[0][0]), item[0][1], item[0][2])
        ):
            allowed = set(anywhere.get(status, ()))
            if operation is not None:
                allowed |= specs[operation].error_codes.get(status, frozenset())
            expected_5xx = ("backend_not_started", "function_error")
            if code not in allowed or (status >= 500 and code not in expected_5xx):
                where = operation or "(no operation)"
                problems.append(f"{where} answered {status} {code} ({count}x)")
        return problems

    def operations_seen(self) -> set[str]:
        return {operation for operation, _, _ in self.seen if operation is not None}


RECORDER = Recorder()
