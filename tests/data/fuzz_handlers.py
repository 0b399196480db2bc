"""The functions of the fuzzed backend: the queue and task the spec's examples name, so that
fuzzing reaches the queue and task operations' success paths, not only `*_not_found`."""

from typing import Any

from altogic_local.functions import queue, task


@queue("emails", concurrency=2)
def emails(req: Any, ctx: Any) -> None:
    """Accept any message."""


@task("nightly", every="5 minutes")
def nightly(req: Any, ctx: Any) -> None:
    """Do nothing."""
