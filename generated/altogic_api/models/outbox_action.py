from typing import Literal

OutboxAction = Literal[
    "change-email",
    "change-phone",
    "email-confirm",
    "magic-link",
    "phone-confirm",
    "reset-pwd",
    "reset-pwd-code",
    "signin-code",
]

OUTBOX_ACTION_VALUES: set[OutboxAction] = {
    "change-email",
    "change-phone",
    "email-confirm",
    "magic-link",
    "phone-confirm",
    "reset-pwd",
    "reset-pwd-code",
    "signin-code",
}


def check_outbox_action(value: str) -> OutboxAction:
    if value in OUTBOX_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTBOX_ACTION_VALUES!r}"
    )
