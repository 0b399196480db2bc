"""User rows (`auth_users`) and the JSON shape of a user.

Rows are read and written on a connection the caller holds: the flows decide which lookups share
a transaction, and which are plain reads.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from ..clock import Clock, iso
from .tables import AuthTables, new_id

ALTOGIC = "altogic"
"""The provider of users who sign up with a password (email or phone)."""

# Fields of the user data at sign-up that the server owns.
SYSTEM_FIELDS = frozenset(
    {"_id", "provider", "providerUserId", "email", "phone", "password", "signUpAt", "lastLoginAt"}
)
PROFILE_FIELDS = frozenset({"name", "profilePicture", "emailVerified", "phoneVerified"})


def normalize_email(email: str) -> str:
    """The address as stored: as given, except that the domain is lower-cased."""
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def provider_user_id(provider: str, email_key: str) -> str:
    """A stable, numeric-looking id for the stand-in provider's user."""
    raw = hashlib.sha256(f"{provider}:{email_key}".encode()).digest()
    return str(int.from_bytes(raw[:8], "big"))


@dataclass(frozen=True)
class Profile:
    """What the sign-up user data sets."""

    name: str | None
    profile_picture: str | None
    verified: bool
    extra: dict[str, Any]


def read_profile(data: str | Mapping[str, Any] | None, verified_flag: str) -> Profile:
    """Split `nameOrUserData` into the name, picture, the verification flag of this kind of
    sign-up (`emailVerified` or `phoneVerified`), and custom fields (system fields dropped)."""
    if data is None or isinstance(data, str):
        return Profile(data or None, None, False, {})
    name = data.get("name")
    picture = data.get("profilePicture")
    extra = {k: v for k, v in data.items() if k not in SYSTEM_FIELDS and k not in PROFILE_FIELDS}
    return Profile(
        name if isinstance(name, str) and name else None,
        picture if isinstance(picture, str) else None,
        data.get(verified_flag) is True,
        extra,
    )


class Users:
    """The `auth_users` table."""

    def __init__(self, tables: AuthTables, clock: Clock) -> None:
        self.table = tables.users
        self.clock = clock

    def get(self, conn: Connection, user_id: str) -> Row[Any] | None:
        users = self.table
        return conn.execute(select(users).where(users.c.id == user_id)).first()

    def find(self, conn: Connection, column: str, value: str) -> Row[Any] | None:
        """The user whose unique `column` (`email_key` or `phone`) holds `value`."""
        users = self.table
        return conn.execute(select(users).where(users.c[column] == value)).first()

    def find_from_provider(
        self, conn: Connection, provider: str, email_key: str
    ) -> Row[Any] | None:
        """The user who signed up with OAuth `provider` and this address (lower-cased)."""
        users = self.table
        return conn.execute(
            select(users).where(users.c.provider == provider, users.c.email_key == email_key)
        ).first()

    def set(self, conn: Connection, user_id: str, **values: Any) -> Row[Any]:
        """Update the user's columns; answer the updated row."""
        users = self.table
        conn.execute(update(users).where(users.c.id == user_id).values(**values))
        row = self.get(conn, user_id)
        assert row is not None
        return row

    def insert(self, conn: Connection, *, profile: Profile, extra: str, **values: Any) -> str:
        """Add a user who signs in with a password; answer their id. `values` hold the address
        or number, its verification flag and the password hash. Raises `IntegrityError` when a
        concurrent sign-up took the address or number."""
        now = self.clock.now()
        user_id = new_id(now)
        conn.execute(
            insert(self.table).values(
                id=user_id,
                provider=ALTOGIC,
                provider_user_id=user_id,
                name=profile.name,
                profile_picture=profile.profile_picture,
                extra=extra,
                sign_up_at=now,
                # As in Altogic's examples, lastLoginAt starts equal to signUpAt.
                last_login_at=now,
                **values,
            )
        )
        return user_id

    def insert_from_provider(
        self, conn: Connection, provider: str, email: str, name: str | None
    ) -> str:
        """Add a user who signed in with OAuth `provider` (their address counts as verified);
        answer their id."""
        now = self.clock.now()
        user_id = new_id(now)
        key = email.lower()
        conn.execute(
            insert(self.table).values(
                id=user_id,
                provider=provider,
                provider_user_id=provider_user_id(provider, key),
                email=email,
                email_key=key,
                email_verified=True,
                name=name or None,
                extra="{}",
                sign_up_at=now,
                last_login_at=now,
            )
        )
        return user_id

    @staticmethod
    def json(row: Row[Any]) -> dict[str, Any]:
        """The user as the API answers it."""
        user: dict[str, Any] = {
            "_id": row.id,
            "provider": row.provider,
            "providerUserId": row.provider_user_id,
        }
        if row.email is not None:
            user["email"] = row.email
        if row.phone is not None:
            user["phone"] = row.phone
        if row.name is not None:
            user["name"] = row.name
        if row.profile_picture is not None:
            user["profilePicture"] = row.profile_picture
        if row.email is not None:
            user["emailVerified"] = bool(row.email_verified)
        if row.phone is not None:
            user["phoneVerified"] = bool(row.phone_verified)
        user["signUpAt"] = iso(row.sign_up_at)
        user["lastLoginAt"] = iso(row.last_login_at)
        custom = json.loads(row.extra)
        # Custom fields never override the system fields (which read_profile drops anyway).
        user.update({k: v for k, v in custom.items() if k not in user and k not in SYSTEM_FIELDS})
        return user
