from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emulator_queue_message_message import EmulatorQueueMessageMessage
    from ..models.message_info_errors_type_0 import MessageInfoErrorsType0


T = TypeVar("T", bound="EmulatorQueueMessage")


@_attrs_define
class EmulatorQueueMessage:
    """A queue message as the emulator lists it, the message itself included.

    Attributes:
        message_id (str): A 24-character hexadecimal id.
        queue_id (str): A 24-character hexadecimal id.
        queue_name (str):
        submitted_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        status (JobStatus): The state of a queued message or a task run.
        message (EmulatorQueueMessageMessage): The submitted message.
        attempts (int): How many times a worker started it: more than once when a stop of the backend cut
            a run (messages are delivered at least once).
        delay (int | Unset): The delay the message was submitted with, in seconds.
        started_at (datetime.datetime | None | Unset): When the handler started; `null` until then.
        completed_at (datetime.datetime | None | Unset): When the handler finished; `null` until then.
        errors (MessageInfoErrorsType0 | None | Unset): The handler's error when `status` is `errors`, else `null`.
    """

    message_id: str
    queue_id: str
    queue_name: str
    submitted_at: datetime.datetime
    status: JobStatus
    message: EmulatorQueueMessageMessage
    attempts: int
    delay: int | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    errors: MessageInfoErrorsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_info_errors_type_0 import MessageInfoErrorsType0

        message_id = self.message_id

        queue_id = self.queue_id

        queue_name = self.queue_name

        submitted_at = self.submitted_at.isoformat()

        status: str = self.status

        message = self.message.to_dict()

        attempts = self.attempts

        delay = self.delay

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, MessageInfoErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
                "queueId": queue_id,
                "queueName": queue_name,
                "submittedAt": submitted_at,
                "status": status,
                "message": message,
                "attempts": attempts,
            }
        )
        if delay is not UNSET:
            field_dict["delay"] = delay
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emulator_queue_message_message import EmulatorQueueMessageMessage
        from ..models.message_info_errors_type_0 import MessageInfoErrorsType0

        d = dict(src_dict)
        message_id = d.pop("messageId")

        queue_id = d.pop("queueId")

        queue_name = d.pop("queueName")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submittedAt"))

        status = check_job_status(d.pop("status"))

        message = EmulatorQueueMessageMessage.from_dict(d.pop("message"))

        attempts = d.pop("attempts")

        delay = d.pop("delay", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_errors(data: object) -> MessageInfoErrorsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = MessageInfoErrorsType0.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageInfoErrorsType0 | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        emulator_queue_message = cls(
            message_id=message_id,
            queue_id=queue_id,
            queue_name=queue_name,
            submitted_at=submitted_at,
            status=status,
            message=message,
            attempts=attempts,
            delay=delay,
            started_at=started_at,
            completed_at=completed_at,
            errors=errors,
        )

        emulator_queue_message.additional_properties = d
        return emulator_queue_message

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
