"""The outbox (`auth_outbox`): emails and SMS messages are not sent, they are kept here for a
person (`altogic-local outbox`) or a test (`GET /_emulator/outbox`) to read."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ..clock import Clock, iso
from ..engines.sql import SqlEngine
from .tables import AuthTables, new_id

LOGGER = "altogic_local.outbox"
logger = logging.getLogger(LOGGER)
"""Each message put in the outbox, at info level (`altogic-local serve` prints them)."""

MAILS = {
    "email-confirm": (
        "Confirm your email address",
        "Confirm your email address by following this link: {link}",
    ),
    "magic-link": ("Your sign-in link", "Follow this link to sign in: {link}"),
    "reset-pwd": ("Reset your password", "Follow this link to reset your password: {link}"),
    "change-email": (
        "Confirm your new email address",
        "Follow this link to confirm your new email address: {link}",
    ),
}
SMS_TEXTS = {
    "phone-confirm": "Your verification code is {code}",
    "signin-code": "Your sign-in code is {code}",
    "reset-pwd-code": "Your password reset code is {code}",
    "change-phone": "Your code to confirm your new phone number is {code}",
}


class Outbox:
    """Messages by kind (`email`, `sms`) and recipient (compared case-insensitively)."""

    def __init__(self, sql: SqlEngine, tables: AuthTables, clock: Clock) -> None:
        self.sql = sql
        self.table = tables.outbox
        self.clock = clock

    def mail(self, conn: Connection, to: str, action: str, link: str) -> None:
        """Send the email of `action` (see `MAILS`), which carries `link`."""
        subject, text = MAILS[action]
        self._store(
            conn,
            kind="email",
            to=to,
            action=action,
            subject=subject,
            text=text.format(link=link),
            link=link,
            code=None,
        )

    def sms(self, conn: Connection, to: str, action: str, code: str) -> None:
        """Send the SMS message of `action` (see `SMS_TEXTS`), which carries `code`."""
        self._store(
            conn,
            kind="sms",
            to=to,
            action=action,
            subject=None,
            text=SMS_TEXTS[action].format(code=code),
            link=None,
            code=code,
        )

    def _store(self, conn: Connection, **values: Any) -> None:
        now = self.clock.now()
        carries = f"link {values['link']}" if values["link"] else f"code {values['code']}"
        logger.info(
            "outbox: %s to %s [%s], %s", values["kind"], values["to"], values["action"], carries
        )
        conn.execute(
            insert(self.table).values(
                id=new_id(now), to_key=values["to"].lower(), created_at=now, **values
            )
        )

    def messages(self, to: str | None, kind: str | None) -> list[dict[str, Any]]:
        """The messages sent to `to` (all when None) of `kind` (all when None), oldest first."""
        outbox = self.table
        with self.sql.read() as conn:
            rows = conn.execute(
                select(outbox).where(*self._filter(to, kind)).order_by(outbox.c.seq)
            ).all()
        messages = []
        for row in rows:
            message: dict[str, Any] = {"_id": row.id, "kind": row.kind, "to": row.to}
            if row.subject is not None:
                message["subject"] = row.subject
            message.update({"text": row.text, "action": row.action})
            if row.link is not None:
                message["link"] = row.link
            if row.code is not None:
                message["code"] = row.code
            message["createdAt"] = iso(row.created_at)
            messages.append(message)
        return messages

    def clear(self, to: str | None, kind: str | None) -> None:
        """Delete the messages `messages(to, kind)` answers."""
        with self.sql.transaction() as conn:
            conn.execute(delete(self.table).where(*self._filter(to, kind)))

    def _filter(self, to: str | None, kind: str | None) -> list[Any]:
        outbox = self.table
        conditions = []
        if to is not None:
            conditions.append(outbox.c.to_key == to.lower())
        if kind is not None:
            conditions.append(outbox.c.kind == kind)
        return conditions
