from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_message_request_message import SubmitMessageRequestMessage


T = TypeVar("T", bound="SubmitMessageRequest")


@_attrs_define
class SubmitMessageRequest:
    """
    Attributes:
        queue_name_or_id (str): The queue's name or id. Example: emails.
        message (SubmitMessageRequestMessage): The message handed to the queue's handler.
        delay (int | Unset): Seconds to wait before the message may be processed (at most 7 days).
    """

    queue_name_or_id: str
    message: SubmitMessageRequestMessage
    delay: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        queue_name_or_id = self.queue_name_or_id

        message = self.message.to_dict()

        delay = self.delay

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "queueNameOrId": queue_name_or_id,
                "message": message,
            }
        )
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.submit_message_request_message import SubmitMessageRequestMessage

        d = dict(src_dict)
        queue_name_or_id = d.pop("queueNameOrId")

        message = SubmitMessageRequestMessage.from_dict(d.pop("message"))

        delay = d.pop("delay", UNSET)

        submit_message_request = cls(
            queue_name_or_id=queue_name_or_id,
            message=message,
            delay=delay,
        )

        return submit_message_request
