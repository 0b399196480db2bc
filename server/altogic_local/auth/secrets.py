"""One-time secrets (`auth_tokens`): emailed link keys, SMS codes and redirect access tokens.

A secret's purpose says what it is for: `link:<action>` (a key in an emailed link),
`sms:<action>` (a 6-digit code sent by SMS), `access:grant` / `access:reset` (a token handed to
the redirect URL). Secrets are made with `secrets`, stored only as SHA-256 digests, live for the
app's token lifetime, and work once (`consume`).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select

from ..clock import Clock
from .sessions import digest
from .tables import AuthTables


class OneTimeSecrets:
    """The `auth_tokens` table. Every method works on a connection the caller holds."""

    def __init__(self, tables: AuthTables, clock: Clock, lifetime: int) -> None:
        self.table = tables.tokens
        self.clock = clock
        self.lifetime = lifetime
        """Seconds a secret stays valid."""

    def issue(
        self,
        conn: Connection,
        purpose: str,
        user_id: str,
        target: str | None,
        action: str | None = None,
        *,
        replace: bool = True,
    ) -> str:
        """Create a single-use secret: a 6-digit code for `sms:` purposes, otherwise a random
        URL-safe token of 192 bits. With `replace`, earlier secrets of the same purpose for the
        user stop working."""
        tokens = self.table
        now = self.clock.now()
        conn.execute(delete(tokens).where(tokens.c.user_id == user_id, tokens.c.expires_at <= now))
        if replace:
            conn.execute(
                delete(tokens).where(tokens.c.user_id == user_id, tokens.c.purpose == purpose)
            )
        if purpose.startswith("sms:"):
            secret = f"{100_000 + secrets.randbelow(900_000)}"
        else:
            secret = secrets.token_urlsafe(24)
        conn.execute(
            insert(tokens).values(
                purpose=purpose,
                secret_hash=digest(secret),
                user_id=user_id,
                target=target,
                action=action,
                expires_at=now + self.lifetime,
            )
        )
        return secret

    def find_token(self, conn: Connection, secret: str, purposes: Iterable[str]) -> Row[Any] | None:
        """The live token `secret` among `purposes` (found by its digest)."""
        tokens = self.table
        return conn.execute(
            select(tokens).where(
                tokens.c.secret_hash == digest(secret),
                tokens.c.purpose.in_(list(purposes)),
                tokens.c.expires_at > self.clock.now(),
            )
        ).first()

    def find_code(
        self, conn: Connection, code: str, target: str, purposes: Iterable[str]
    ) -> Row[Any] | None:
        """The live SMS code sent to `target` for one of `purposes` that equals `code`."""
        tokens = self.table
        candidates = conn.execute(
            select(tokens).where(
                tokens.c.target == target,
                tokens.c.purpose.in_(list(purposes)),
                tokens.c.expires_at > self.clock.now(),
            )
        ).all()
        wanted = digest(code)
        found = None
        for row in candidates:
            if hmac.compare_digest(row.secret_hash, wanted):
                found = row
        return found

    def consume(self, conn: Connection, token: Row[Any]) -> None:
        """Make `token` stop working."""
        tokens = self.table
        conn.execute(delete(tokens).where(tokens.c.id == token.id))
