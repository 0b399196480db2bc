"""Where the client keeps the signed-in user's session between calls and between runs.

A storage is any object with `get`, `set` and `remove` over string keys and string values, like
the browser's localStorage the JavaScript client uses; its methods may be plain or `async` (the
async client accepts both). Two keys are used: `"session"` and `"user"`, each holding JSON text.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable


@runtime_checkable
class SessionStorage(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def remove(self, key: str) -> None: ...


@runtime_checkable
class AsyncSessionStorage(Protocol):
    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str) -> None: ...

    async def remove(self, key: str) -> None: ...


class MemoryStorage:
    """Keeps the session for the life of the process (the default)."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._items.get(key)

    def set(self, key: str, value: str) -> None:
        self._items[key] = value

    def remove(self, key: str) -> None:
        self._items.pop(key, None)


class FileStorage:
    """Keeps the session in a JSON file readable only by its owner, so that it survives restarts.

    Writes replace the file atomically. The file holds a JSON object of the stored strings.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(content, dict):
            return {}
        return {str(k): v for k, v in content.items() if isinstance(v, str)}

    def _write(self, items: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(items, file, indent=2)
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            items = self._read()
            items[key] = value
            self._write(items)

    def remove(self, key: str) -> None:
        with self._lock:
            items = self._read()
            if items.pop(key, None) is not None:
                self._write(items)
