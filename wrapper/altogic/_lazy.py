"""Module attributes imported on first access (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_attributes(module: str, **sources: str) -> Callable[[str], Any]:
    """A module `__getattr__` that imports each attribute named in `sources` from the module named
    there, on first access.

    `altogic.cache` (for instance) exposes its managers, which live in `altogic._async.cache` and
    `altogic._sync.cache` and import the plans of `altogic.cache`: importing them at the top of
    `altogic.cache` would be circular.
    """

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return getattr(importlib.import_module(source), name)

    return __getattr__
