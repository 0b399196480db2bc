from typing import Literal

OutboxKind = Literal["email", "sms"]

OUTBOX_KIND_VALUES: set[OutboxKind] = {
    "email",
    "sms",
}


def check_outbox_kind(value: str) -> OutboxKind:
    if value in OUTBOX_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTBOX_KIND_VALUES!r}"
    )
