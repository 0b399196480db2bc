"""Session tokens, derived from the session's id with a key kept in the data folder.

`getAllSessions` answers every session with its token (so that one can be ended with
`signOut`), but the database keeps no token: a session's token is the HMAC-SHA256 of its id under
the backend's session key (256 random bits), and the database keeps its SHA-256 digest, which is
how a `Session` header is looked up. A copy of the database alone gives neither a token nor a way
to make one.

Deriving the token instead of encrypting it at rest gives the same protection (the key and the
database are both needed) with the standard library alone: there is no ciphertext to keep, no
nonce to manage, and no dependency to add to the backend.

The key is the file `session.key` in the data folder (hex, mode 0600), made on first start; a
backend that keeps nothing (no data folder) keeps its key in memory. Sessions made under another
key (the file was removed) cannot be listed any more, so a new key ends every stored session.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_FILE = "session.key"
KEY_BYTES = 32


class SessionKey:
    """The key session tokens are derived from (see the module's docstring)."""

    def __init__(self, data_dir: Path | None) -> None:
        self.path = None if data_dir is None else data_dir / KEY_FILE
        self._key: bytes | None = secrets.token_bytes(KEY_BYTES) if self.path is None else None

    def load(self) -> bool:
        """Read the key file, or make it when there is none. Answers whether the key is new
        (then sessions stored under an earlier key can no longer be listed). A key in memory is
        made once, when the backend is built: loading it again changes nothing."""
        if self.path is None:
            return False
        try:
            self._key = self._read(self.path)
            return False
        except FileNotFoundError:
            pass
        key = secrets.token_bytes(KEY_BYTES)
        if self._create(self.path, key):
            self._key = key
            return True
        self._key = self._read(self.path)  # another process made it first
        return False

    def token(self, session_id: str) -> str:
        """The token of the session `session_id`: 43 URL-safe characters."""
        if self._key is None:
            raise RuntimeError(
                "the session key is not loaded yet (the auth module has not started)"
            )
        mac = hmac.new(self._key, f"session:{session_id}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")

    @staticmethod
    def _read(path: Path) -> bytes:
        text = path.read_text().strip()
        try:
            key = bytes.fromhex(text)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise RuntimeError(
                f"{path} does not hold a session key ({KEY_BYTES} bytes in hex); remove it to "
                "make a new one (which ends every stored session)"
            )
        return key

    @staticmethod
    def _create(path: Path, key: bytes) -> bool:
        """Write `key` to `path`, readable by the owner only, unless the file exists (then
        answer False). The key is written in full before the file appears under its name."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w") as file:
                file.write(key.hex() + "\n")
                file.flush()
                os.fsync(file.fileno())
            try:
                os.link(partial, path)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links
                if path.exists():
                    return False
                os.replace(partial, path)
            return True
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
