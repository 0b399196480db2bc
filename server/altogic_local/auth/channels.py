"""The two ways a user is reached: an email address or a phone number.

The email and phone flows of Altogic's API are twins (sign up, sign in with a password, resend
the verification, send a reset, change the address or number). A `Channel` holds what differs
between the twins, so that the flows in `service.py` are written once:
- how an address is normalised, compared (`key`) and looked up, which columns hold it and which
  one says it is verified, which sign-up data flag marks it verified;
- which setting switches its confirmation on;
- how a one-time secret reaches it: an emailed link (`link:` keys) or an SMS code (`sms:`);
- the error codes and messages of each.
What is not a twin (emailed links are followed in a browser with redirects; SMS codes are typed
back, throttled, and `verifyPhone` signs the user in) stays in the flows, written out.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from sqlalchemy import Connection, Row

from ..errors import ApiError, ErrorCode
from .links import email_link
from .outbox import Outbox
from .secrets import OneTimeSecrets
from .settings import AuthSettings
from .users import Users, normalize_email


class Channel(ABC):
    """An email address or a phone number: see the module's docstring."""

    name: ClassVar[str]
    """`email` or `phone`: the users column holding the address as given, the `param` of a
    409's details, and the prefix of the failed-attempt subject."""
    key_column: ClassVar[str]
    """The unique users column an address is looked up by (holding `key(address)`)."""
    verified_column: ClassVar[str]
    verified_flag: ClassVar[str]
    """The sign-up user data field that marks the address verified from the start."""
    confirm_action: ClassVar[str]
    reset_action: ClassVar[str]
    change_action: ClassVar[str]
    # (code, message) of each error
    taken_error: ClassVar[tuple[ErrorCode, str]]
    not_verified_error: ClassVar[tuple[ErrorCode, str]]
    already_verified_error: ClassVar[tuple[ErrorCode, str]]
    confirmation_off_error: ClassVar[tuple[ErrorCode, str]]

    def __init__(
        self, users: Users, secrets: OneTimeSecrets, outbox: Outbox, settings: AuthSettings
    ) -> None:
        self.users = users
        self.secrets = secrets
        self.outbox = outbox
        self.settings = settings

    # ------------------------------------------------------------------ addresses
    @abstractmethod
    def normalize(self, address: str) -> str:
        """The address as stored when a user gives it (sign-up, change)."""

    @abstractmethod
    def key(self, address: str) -> str:
        """The address as compared: what `key_column` holds."""

    @abstractmethod
    def columns(self, address: str, *, verified: bool) -> dict[str, Any]:
        """The users columns that set the address and whether it is verified."""

    def find(self, conn: Connection, address: str) -> Row[Any] | None:
        """The user with this address."""
        return self.users.find(conn, self.key_column, self.key(address))

    def address_of(self, user: Row[Any]) -> str:
        return str(getattr(user, self.name))

    def is_verified(self, user: Row[Any]) -> bool:
        return bool(getattr(user, self.verified_column))

    def subject(self, address: str) -> str:
        """Whom failed sign-ins with this address count against."""
        return f"{self.name}:{self.key(address)}"

    # ------------------------------------------------------------------ confirmation
    @property
    @abstractmethod
    def confirmation(self) -> bool:
        """Whether new addresses must be confirmed (the app's setting)."""

    def check_confirmation_on(self) -> None:
        if not self.confirmation:
            raise ApiError(401, *self.confirmation_off_error)

    # ------------------------------------------------------------------ one-time secrets
    @abstractmethod
    def send(
        self, conn: Connection, user_id: str, to: str, action: str, base_url: str | None
    ) -> None:
        """Issue the user a one-time secret for `action` and send it to `to` (through the
        outbox). `base_url` is the backend's URL, which emailed links point at."""

    # ------------------------------------------------------------------ errors
    def taken(self, value: str | None = None) -> ApiError:
        """409: another user has the address (`value`: the address, when it is told)."""
        details = None if value is None else {"value": value, "param": self.name}
        return ApiError(409, *self.taken_error, details)

    def not_verified(self) -> ApiError:
        return ApiError(401, *self.not_verified_error)

    def already_verified(self) -> ApiError:
        return ApiError(401, *self.already_verified_error)


class EmailChannel(Channel):
    """Addresses are stored as given but for the domain, compared case-insensitively; secrets
    are keys in emailed links, which the browser follows to the backend."""

    name = "email"
    key_column = "email_key"
    verified_column = "email_verified"
    verified_flag = "emailVerified"
    confirm_action = "email-confirm"
    reset_action = "reset-pwd"
    change_action = "change-email"
    taken_error = (ErrorCode.email_not_unique, "A user with the provided email already exists.")
    not_verified_error = (
        ErrorCode.email_not_verified,
        "The email address has not been confirmed yet.",
    )
    already_verified_error = (
        ErrorCode.email_already_verified,
        "The email address is already confirmed.",
    )
    confirmation_off_error = (
        ErrorCode.email_verification_disabled,
        "Email address confirmation is switched off.",
    )

    def normalize(self, address: str) -> str:
        return normalize_email(address)

    def key(self, address: str) -> str:
        return address.lower()

    def columns(self, address: str, *, verified: bool) -> dict[str, Any]:
        return {"email": address, "email_key": address.lower(), "email_verified": verified}

    @property
    def confirmation(self) -> bool:
        return self.settings.email_confirmation

    def send(
        self, conn: Connection, user_id: str, to: str, action: str, base_url: str | None
    ) -> None:
        if base_url is None:
            raise TypeError("an emailed link needs the backend's base URL")
        key = self.secrets.issue(conn, f"link:{action}", user_id, to)
        self.outbox.mail(conn, to, action, email_link(base_url, action, key))


class PhoneChannel(Channel):
    """Numbers are stored and compared as given (the spec's pattern checks them); secrets are
    6-digit codes sent by SMS, which the user types back."""

    name = "phone"
    key_column = "phone"
    verified_column = "phone_verified"
    verified_flag = "phoneVerified"
    confirm_action = "phone-confirm"
    reset_action = "reset-pwd-code"
    change_action = "change-phone"
    taken_error = (
        ErrorCode.phone_not_unique,
        "A user with the provided phone number already exists.",
    )
    not_verified_error = (
        ErrorCode.phone_not_verified,
        "The phone number has not been confirmed yet.",
    )
    already_verified_error = (
        ErrorCode.phone_already_verified,
        "The phone number is already confirmed.",
    )
    confirmation_off_error = (
        ErrorCode.phone_verification_disabled,
        "Phone number confirmation is switched off.",
    )

    def normalize(self, address: str) -> str:
        return address

    def key(self, address: str) -> str:
        return address

    def columns(self, address: str, *, verified: bool) -> dict[str, Any]:
        return {"phone": address, "phone_verified": verified}

    @property
    def confirmation(self) -> bool:
        return self.settings.phone_confirmation

    def send(
        self, conn: Connection, user_id: str, to: str, action: str, base_url: str | None
    ) -> None:
        code = self.secrets.issue(conn, f"sms:{action}", user_id, to)
        self.outbox.sms(conn, to, action, code)
