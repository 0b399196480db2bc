"""Hypothesis profiles. `make test` (and so CI) runs every property test derandomized: the same
examples on every run, so a pass or a failure can be reproduced anywhere. `make explore` runs
them with fresh randomness and `EXPLORE_FACTOR` times the examples, to look for new failures;
a failure it finds becomes a case in the deterministic tables."""

from __future__ import annotations

import os

from hypothesis import settings

EXPLORING = os.environ.get("ALTOGIC_HYPOTHESIS_PROFILE") == "explore"
EXPLORE_FACTOR = 25

settings.register_profile("repeatable", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", derandomize=False, deadline=None, print_blob=True)
settings.load_profile("explore" if EXPLORING else "repeatable")


def examples(count: int) -> int:
    """`count` examples, or `EXPLORE_FACTOR` times as many when exploring."""
    return count * EXPLORE_FACTOR if EXPLORING else count
