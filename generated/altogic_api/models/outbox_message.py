from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbox_action import OutboxAction, check_outbox_action
from ..models.outbox_kind import OutboxKind, check_outbox_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboxMessage")


@_attrs_define
class OutboxMessage:
    """An email or SMS message the local backend stored instead of sending. Emails have
    `subject` and `link`; SMS messages have `code`.

        Attributes:
            field_id (str): A 24-character hexadecimal id.
            kind (OutboxKind): Whether an outbox message is an email or an SMS message.
            to (str): The recipient's email address or phone number.
            text (str): The message text, which contains the link or the code.
            action (OutboxAction): What an outbox message is for. Emails: `email-confirm`, `magic-link`, `reset-pwd`,
                `change-email`. SMS: `phone-confirm` (sign-up confirmation), `signin-code`,
                `reset-pwd-code`, `change-phone`.
            created_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
            subject (str | Unset): The email's subject (emails only).
            link (str | Unset): The absolute URL of the link to follow (emails only; see `emailLink`).
            code (str | Unset): The 6-digit code (SMS only).
    """

    field_id: str
    kind: OutboxKind
    to: str
    text: str
    action: OutboxAction
    created_at: datetime.datetime
    subject: str | Unset = UNSET
    link: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        kind: str = self.kind

        to = self.to

        text = self.text

        action: str = self.action

        created_at = self.created_at.isoformat()

        subject = self.subject

        link = self.link

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "kind": kind,
                "to": to,
                "text": text,
                "action": action,
                "createdAt": created_at,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if link is not UNSET:
            field_dict["link"] = link
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        kind = check_outbox_kind(d.pop("kind"))

        to = d.pop("to")

        text = d.pop("text")

        action = check_outbox_action(d.pop("action"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        subject = d.pop("subject", UNSET)

        link = d.pop("link", UNSET)

        code = d.pop("code", UNSET)

        outbox_message = cls(
            field_id=field_id,
            kind=kind,
            to=to,
            text=text,
            action=action,
            created_at=created_at,
            subject=subject,
            link=link,
            code=code,
        )

        outbox_message.additional_properties = d
        return outbox_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
