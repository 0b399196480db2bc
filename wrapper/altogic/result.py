"""`Result(data, errors)`: what every call returns.

On success `errors` is None; on failure `data` is None and `errors` is an `APIError`. A result
is the tuple `(data, errors)`, so `data, errors = result` gives type checkers `T | None` and
`APIError | None`; otherwise it behaves as a frozen record of its fields (`data`, `errors`, and
`next` for a key page; a queued message's or a task run's result has `info`, the same as
`data`). `to_dict()` gives the shape the Altogic docs show for the call (`{data, errors}`,
`{errors}`, `{user, session, errors}`, `{info, errors}`, ...).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import FrozenInstanceError, dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

from .errors import AltogicError

if TYPE_CHECKING:
    # Not imported at run time: `altogic.types` imports the generated client's models, which
    # `import altogic` leaves for the first call (the shapes below are named in quotes).
    from .types import CacheEntry, MessageInfo, Session, SignUpResult, TaskInfo, User

T = TypeVar("T")

# The origin of errors produced inside this library rather than by the server.
CLIENT_ORIGIN = "client_error"
# Error codes after which the server no longer accepts the held session.
SESSION_ERROR_CODES = frozenset({"invalid_session_token", "missing_session_token"})


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    origin: str
    code: str
    message: str
    details: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"origin": self.origin, "code": self.code, "message": self.message}
        if self.details is not None:
            entry["details"] = self.details
        return entry

    @classmethod
    def from_json(cls, item: Any) -> ErrorEntry:
        """Read one item of a server error body, tolerating items that are not well formed."""
        if not isinstance(item, Mapping):
            return cls("server_error", "unknown_error", str(item))
        details = item.get("details")
        return cls(
            origin=str(item.get("origin", "server_error")),
            code=str(item.get("code", "unknown_error")),
            message=str(item.get("message", "")),
            details=dict(details) if isinstance(details, Mapping) else None,
        )


@dataclass(frozen=True, slots=True)
class APIError:
    status: int
    """The HTTP status, or 0 when no response was received."""
    status_text: str
    items: tuple[ErrorEntry, ...]

    @property
    def codes(self) -> list[str]:
        return [item.code for item in self.items]

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "statusText": self.status_text,
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_body(cls, status: int, status_text: str, body: Any) -> APIError:
        """Normalise an error body as the JavaScript client does: use `errors` when truthy (an
        array, or one item), else the body itself when it is an array, else `[body]`."""
        if isinstance(body, Mapping) and body.get("errors"):
            raw = body["errors"]
            items: Sequence[Any] = raw if isinstance(raw, list) else [raw]
        elif isinstance(body, list):
            items = body
        else:
            items = [body]
        return cls(status, status_text, tuple(ErrorEntry.from_json(item) for item in items))

    @classmethod
    def client(
        cls, code: str, message: str, *, status: int = 0, details: dict[str, Any] | None = None
    ) -> APIError:
        """An error produced by this library (network failure, timeout, bad response)."""
        status_text = "" if status == 0 else "Client Error"
        return cls(status, status_text, (ErrorEntry(CLIENT_ORIGIN, code, message, details),))


class Result(Generic[T], tuple[T | None, APIError | None]):
    """`(data, errors)`: a tuple, so that `data, errors = result` keeps both types (`T | None`
    and `APIError | None`) for type checkers. Compared, hashed and shown like a frozen
    dataclass of its fields: two results are equal when they are of the same class with equal
    fields."""

    __slots__ = ()

    _FIELDS: ClassVar[tuple[str, ...]] = ("data", "errors")
    """The constructor's arguments, in order: what equality, `repr` and pickling use."""
    _SHAPE: ClassVar[tuple[str, ...]] = ("data", "errors")
    __match_args__: ClassVar[tuple[str, ...]] = ("data", "errors")

    def __new__(cls, data: T | None = None, errors: APIError | None = None) -> Self:
        return tuple.__new__(cls, (data, errors))

    @property
    def data(self) -> T | None:
        return self[0]

    @property
    def errors(self) -> APIError | None:
        return self[1]

    @property
    def ok(self) -> bool:
        return self.errors is None

    def unwrap(self) -> T:
        """Return `data`, or raise `AltogicError` if the call failed."""
        if self.errors is not None:
            raise AltogicError(self.errors)
        return self.data  # type: ignore[return-value]  # None only where T allows it

    def to_dict(self) -> dict[str, Any]:
        """The result in the shape the Altogic docs show for this call."""
        shape = {name: getattr(self, name) for name in self._SHAPE}
        if shape.get("errors") is not None:
            shape["errors"] = shape["errors"].to_dict()
        return shape

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        """The success result for a decoded response body (raises on an unexpected shape; the
        client also checks `data` against the result's type, see `altogic._shapes`)."""
        return cls(payload)

    @classmethod
    def from_errors(cls, errors: APIError) -> Self:
        return cls(None, errors)

    # A frozen record rather than a plain tuple: its own equality, hash, repr and pickling.
    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._fields() == cast(Result[Any], other)._fields()

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__qualname__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._fields()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class VoidResult(Result[None]):
    """The result of a call whose success carries nothing (`{errors}` in the Altogic docs)."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("errors",)

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        return cls()


class KeysResult(Result[list["CacheEntry"]]):
    """A page of cache keys; `next` is the cursor of the following page (None at the end).
    Unpacks as `data, errors`, like every result."""

    # A tuple subclass cannot have slots of its own: `next` lives in the instance's `__dict__`.
    next: str | None

    _FIELDS: ClassVar[tuple[str, ...]] = ("data", "errors", "next")
    _SHAPE: ClassVar[tuple[str, ...]] = ("data", "next", "errors")
    __match_args__: ClassVar[tuple[str, ...]] = ("data", "errors", "next")

    def __new__(
        cls,
        data: list[CacheEntry] | None = None,
        errors: APIError | None = None,
        next: str | None = None,
    ) -> Self:
        result = super().__new__(cls, data, errors)
        object.__setattr__(result, "next", next)
        return result

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        data, cursor = payload["data"], payload["next"]
        if not isinstance(data, list) or not (cursor is None or isinstance(cursor, str)):
            raise TypeError("a key page has a `data` list and a `next` cursor")
        return cls(data, None, cursor)


class AuthResult(Result["SignUpResult"]):
    """A user and their session (`{user, session, errors}` in the Altogic docs); `session` is
    None while a sign-up awaits confirmation, and after a phone change."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("user", "session", "errors")

    @property
    def user(self) -> User | None:
        return None if self.data is None else self.data["user"]

    @property
    def session(self) -> Session | None:
        return None if self.data is None else self.data["session"]

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        """As the JavaScript client reads it, a missing `session` is null (`verifyPhone` after a
        phone change answers `{user}`); a session must have a token to be kept."""
        user, session = payload["user"], payload.get("session")
        if not isinstance(user, dict) or not (session is None or isinstance(session, dict)):
            raise TypeError("an auth answer has a `user` object and a `session` object or null")
        if session is not None and not (isinstance(token := session.get("token"), str) and token):
            raise TypeError("data.session.token should be a non-empty string")
        return cls(cast("SignUpResult", {"user": user, "session": session}))


class UserResult(Result["User"]):
    """A user (`{user, errors}` in the Altogic docs)."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("user", "errors")

    @property
    def user(self) -> User | None:
        return self.data

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        if not isinstance(payload, dict):
            raise TypeError("a user is a JSON object")
        return cls(payload)  # type: ignore[arg-type]


class SessionsResult(Result[list["Session"]]):
    """The user's sessions (`{sessions, errors}` in the Altogic docs)."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("sessions", "errors")

    @property
    def sessions(self) -> list[Session] | None:
        return self.data

    @classmethod
    def from_payload(cls, payload: Any) -> Self:
        if not isinstance(payload, list):
            raise TypeError("sessions come as a JSON array")
        return cls(payload)


class MessageResult(Result["MessageInfo | None"]):
    """A queued message's `MessageInfo` (`{info, errors}` in the Altogic docs): `info` is the
    same as `data`. The status of a message the backend does not know (or no longer keeps) is None,
    without an error."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("info", "errors")

    @property
    def info(self) -> MessageInfo | None:
        return self.data


class TaskResult(Result["TaskInfo | None"]):
    """A task run's `TaskInfo` (`{info, errors}` in the Altogic docs): `info` is the same as
    `data`. The status of a run the backend does not know (or no longer keeps) is None, without
    an error."""

    __slots__ = ()

    _SHAPE: ClassVar[tuple[str, ...]] = ("info", "errors")

    @property
    def info(self) -> TaskInfo | None:
        return self.data
