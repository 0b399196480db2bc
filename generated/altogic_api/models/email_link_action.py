from typing import Literal

EmailLinkAction = Literal["change-email", "email-confirm", "magic-link", "reset-pwd"]

EMAIL_LINK_ACTION_VALUES: set[EmailLinkAction] = {
    "change-email",
    "email-confirm",
    "magic-link",
    "reset-pwd",
}


def check_email_link_action(value: str) -> EmailLinkAction:
    if value in EMAIL_LINK_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_LINK_ACTION_VALUES!r}"
    )
