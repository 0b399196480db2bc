"""Password hashing with argon2id (argon2-cffi). Only hashes are stored; nothing here logs.

Every argon2id hash takes `memoryCost` KiB while it runs (64 MiB by default), so hashes run at
most `slots` at a time: a semaphore sized to the processor cores and to a quarter of the memory
available when the backend starts (`hashing_slots`). Further hashes wait for a slot, so a burst
of sign-ins queues instead of exhausting memory. Flows ask the failed-attempt throttle before
they hash (see `throttle.py`), so a refused attempt costs no hash at all.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .settings import PasswordHashing

MEMORY_SHARE = 4
"""Hashes in flight may take at most 1/MEMORY_SHARE of the memory available at start."""


def hashing_slots(cpus: int, available_memory: int | None, memory_cost_kib: int) -> int:
    """How many hashes may run at once: one per core, as many as fit in a quarter of the
    available memory (bytes; None when unknown), and at least one."""
    slots = max(1, cpus)
    if available_memory is not None:
        slots = min(slots, available_memory // MEMORY_SHARE // (memory_cost_kib * 1024))
    return max(1, slots)


def usable_cpus() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes of memory available to this process: the system's available memory, or what its
    control group's limit leaves, whichever is lower (None when neither can be read)."""
    found: list[int] = []
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                found.append(int(line.split()[1]) * 1024)
    except (OSError, ValueError, IndexError):
        pass
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit != "max":
            current = int(Path("/sys/fs/cgroup/memory.current").read_text())
            found.append(max(0, int(limit) - current))
    except (OSError, ValueError):
        pass
    if not found:
        try:
            found.append(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
        except (AttributeError, OSError, ValueError):
            return None
    return min(found)


class Passwords:
    """Hashes and checks passwords with the app's argon2id cost parameters, at most `slots`
    at a time (default: `hashing_slots` of this machine)."""

    def __init__(self, settings: PasswordHashing, slots: int | None = None) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost,
            parallelism=settings.parallelism,
        )
        self.slots = (
            slots
            if slots is not None
            else hashing_slots(usable_cpus(), available_memory(), settings.memory_cost)
        )
        """How many hashes may run at once."""
        self._slots = threading.BoundedSemaphore(self.slots)
        self._dummy: str | None = None
        self._lock = threading.Lock()

    def hash(self, password: str) -> str:
        with self._slots:
            return self._hasher.hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        """Whether `password` matches `stored_hash`. With no hash (an unknown account, or one
        without a password) a dummy hash is checked instead, so that the answer takes as long
        either way and does not tell whether the account exists."""
        if stored_hash is None:
            self._verify(self._dummy_hash(), password)
            return False
        return self._verify(stored_hash, password)

    def needs_rehash(self, stored_hash: str) -> bool:
        """Whether the hash was made with other cost parameters than the current ones."""
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except InvalidHashError:
            return True

    def _verify(self, stored_hash: str, password: str) -> bool:
        with self._slots:
            try:
                return self._hasher.verify(stored_hash, password)
            except (VerificationError, InvalidHashError):
                return False

    def _dummy_hash(self) -> str:
        with self._lock:
            if self._dummy is None:
                self._dummy = self.hash("altogic-local: no such account")
            return self._dummy
