"""Settings for every test of this folder: cheap password hashing (argon2id's default costs take
64 MiB and tens of milliseconds per hash, which adds up over a test suite)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def altogic_config() -> dict[str, Any]:
    return {"auth": {"passwordHashing": {"timeCost": 1, "memoryCost": 1024, "parallelism": 1}}}
