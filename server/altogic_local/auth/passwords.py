"""Password hashing with argon2id (argon2-cffi). Only hashes are stored; nothing here logs."""

from __future__ import annotations

import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .settings import PasswordHashing


class Passwords:
    """Hashes and checks passwords with the app's argon2id cost parameters."""

    def __init__(self, settings: PasswordHashing) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_cost,
            parallelism=settings.parallelism,
        )
        self._dummy: str | None = None
        self._lock = threading.Lock()

    def hash(self, password: str) -> str:
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
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _dummy_hash(self) -> str:
        with self._lock:
            if self._dummy is None:
                self._dummy = self._hasher.hash("altogic-local: no such account")
            return self._dummy
