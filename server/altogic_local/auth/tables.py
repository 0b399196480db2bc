"""The auth module's tables on the shared SQL database (all named `auth_*`), and their row ids."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)


def new_id(now: float) -> str:
    """A 24-hex id: seconds since the epoch, then 8 random bytes (like a MongoDB ObjectId)."""
    return f"{int(now) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


@dataclass(frozen=True)
class AuthTables:
    users: Table
    sessions: Table
    tokens: Table
    outbox: Table
    failures: Table

    def all(self) -> list[Table]:
        """Every table, referenced tables first."""
        return [self.users, self.sessions, self.tokens, self.outbox, self.failures]


def define_tables(metadata: MetaData) -> AuthTables:
    users = Table(
        "auth_users",
        metadata,
        Column("id", String(24), primary_key=True),
        Column("provider", String(16), nullable=False),
        Column("provider_user_id", String(64), nullable=False),
        Column("email", String(254)),
        # The address lower-cased: addresses are unique and compared case-insensitively.
        Column("email_key", String(254), unique=True),
        Column("phone", String(16), unique=True),
        Column("password_hash", Text),
        Column("email_verified", Boolean, nullable=False, default=False),
        Column("phone_verified", Boolean, nullable=False, default=False),
        Column("name", Text),
        Column("profile_picture", Text),
        # Custom user fields given at sign-up, as a JSON object.
        Column("extra", Text, nullable=False, default="{}"),
        Column("sign_up_at", Float, nullable=False),
        Column("last_login_at", Float, nullable=False),
        UniqueConstraint("provider", "provider_user_id"),
    )
    sessions = Table(
        "auth_sessions",
        metadata,
        # `seq` orders sessions by creation (several may share a creation time).
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("id", String(24), nullable=False, unique=True),
        # Sessions are found by the SHA-256 of their token, so that finding one does not
        # compare the secret itself. The token is not kept: `getAllSessions` derives it from
        # `id` with the session key of the data folder (`tokens.py`).
        Column("token_hash", String(64), nullable=False, unique=True),
        Column(
            "user_id",
            String(24),
            ForeignKey("auth_users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column("created_at", Float, nullable=False),
        # Pushed back as the session is used (`sessions.py`: a sliding expiry).
        Column("expires_at", Float, nullable=False, index=True),
        Column("user_agent", Text, nullable=False),
        Column("access_group_keys", Text, nullable=False, default="[]"),
    )
    tokens = Table(
        "auth_tokens",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        # `link:<action>` (emailed keys), `access:grant` / `access:reset` (redirect tokens),
        # `sms:<action>` (6-digit codes).
        Column("purpose", String(32), nullable=False),
        Column("secret_hash", String(64), nullable=False, index=True),
        Column(
            "user_id",
            String(24),
            ForeignKey("auth_users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        # The address or number the link or code went to (the new one for a change).
        Column("target", String(254)),
        # For access tokens: the redirect action they came from.
        Column("action", String(32)),
        Column("expires_at", Float, nullable=False),
    )
    outbox = Table(
        "auth_outbox",
        metadata,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("id", String(24), nullable=False, unique=True),
        Column("kind", String(8), nullable=False),
        Column("to", String(254), nullable=False),
        Column("to_key", String(254), nullable=False, index=True),
        Column("action", String(32), nullable=False),
        Column("subject", Text),
        Column("text", Text, nullable=False),
        Column("link", Text),
        Column("code", String(6)),
        Column("created_at", Float, nullable=False),
    )
    failures = Table(
        "auth_failures",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("subject", String(300), nullable=False, index=True),
        Column("at", Float, nullable=False),
    )
    return AuthTables(users, sessions, tokens, outbox, failures)
