"""The emulator module: what the local backend serves about itself."""

from __future__ import annotations

from ..module import Module
from .operations import operations


class EmulatorModule(Module):
    name = "emulator"
    operations = operations
    stateful = False

    async def reset(self) -> None:
        """Nothing to forget: the module holds no state."""
