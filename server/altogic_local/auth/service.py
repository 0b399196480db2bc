"""Authentication flows: sign-up, sign-in (password, SMS code, emailed link, OAuth), verification,
password resets, address changes, sessions.

The flows use collaborators, each in its own module: `Users` (user rows and their JSON shape),
`StoredSessions` (session rows) and the `SessionCache`, `OneTimeSecrets` (link keys, SMS codes,
access tokens), `Throttle` (failed attempts), `Outbox` (the messages sent), and the two
`Channel`s, email and phone. Where Altogic's email and phone flows are twins they are written
once over a channel; where they differ (emailed links are followed in a browser and answer with
redirects; SMS codes are typed back, are throttled, and `verifyPhone` signs the user in) the
difference is written out.

Every method is synchronous (SQL and argon2 both block) and is called from a worker thread.
Passwords are hashed and checked outside database transactions, so a slow hash never holds the
database's write lock. Lookups that only read use `sql.read()` (reads run concurrently), changes
`sql.transaction()` (writes are serialised). Every change that ends sessions drops them from the
session cache once its transaction has committed (see `sessions.py`), and every change a user's
sockets hear of (`user:signin`, `user:signout`, `user:pwdchange`, ...) is told to the backend's
`UserEvents` once committed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Row, delete, inspect
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..clock import Clock
from ..engines.sql import SqlEngine
from ..errors import ApiError, ErrorCode
from ..events import UserEvent, UserEventName, UserEvents
from ..jsonutil import dumps
from ..sessions import SignedIn
from ..snapshots import SnapshotError, dump_rows, load_rows, read_json, write_json
from .channels import Channel, EmailChannel, PhoneChannel
from .links import with_query
from .outbox import Outbox
from .passwords import Passwords
from .secrets import OneTimeSecrets
from .sessions import LiveSession, SessionCache, SessionLifetime, StoredSessions, digest
from .settings import AuthSettings
from .tables import AuthTables, define_tables
from .throttle import Throttle
from .tokens import SessionKey
from .users import ALTOGIC, Users, normalize_email, read_profile

INVALID_LINK = "Invalid or expired access token"


def _unauthorized(code: ErrorCode, message: str) -> ApiError:
    return ApiError(401, code, message)


def _invalid_access_token() -> ApiError:
    return ApiError(
        403, ErrorCode.invalid_access_token, "The token or code is invalid or has expired."
    )


def _invalid_session() -> ApiError:
    return _unauthorized(ErrorCode.invalid_session_token, "The session is no longer valid.")


def _user_not_found() -> ApiError:
    return ApiError(
        404, ErrorCode.user_not_found, "No user has this email address or phone number."
    )


def _invalid_provider() -> ApiError:
    return _unauthorized(
        ErrorCode.invalid_provider,
        "This account signs in with an OAuth provider and has no password, email or SMS sign-in.",
    )


def _too_short(field: str, minimum: int) -> ApiError:
    return ApiError(
        400,
        ErrorCode.validation_error,
        f"`{field}`: the password needs at least {minimum} characters",
        {"field": field, "location": "body"},
    )


class AuthService:
    def __init__(
        self,
        sql: SqlEngine,
        settings: AuthSettings,
        clock: Clock,
        sessions: SessionCache | None = None,
        data_dir: Path | None = None,
        events: UserEvents | None = None,
    ) -> None:
        self.sql = sql
        self.events = events if events is not None else UserEvents()
        """Told of committed changes to users' sessions and accounts."""
        self.settings = settings
        self.clock = clock
        self.tables: AuthTables = define_tables(sql.metadata)
        self.passwords = Passwords(settings.password_hashing)
        self.sessions_cache = sessions if sessions is not None else SessionCache()
        """Resolved sessions; every change that ends sessions drops them from here, once the
        change is committed."""
        self.users = Users(self.tables, clock)
        self.session_key = SessionKey(data_dir)
        """What session tokens are derived from: a file in `data_dir`, or a key in memory."""
        self.session_lifetime = SessionLifetime(settings.session_lifetime)
        self.session_rows = StoredSessions(
            self.tables, clock, self.session_key, self.session_lifetime
        )
        self.secrets = OneTimeSecrets(self.tables, clock, settings.token_lifetime)
        self.throttle = Throttle(
            sql, self.tables, clock, settings.max_failed_attempts, settings.failed_attempts_window
        )
        self.messages = Outbox(sql, self.tables, clock)
        self.email_channel = EmailChannel(self.users, self.secrets, self.messages, settings)
        self.phone_channel = PhoneChannel(self.users, self.secrets, self.messages, settings)

    def start(self) -> None:
        """Create the tables and load the session key (a new key ends the stored sessions,
        whose tokens it cannot derive)."""
        self.create_tables()
        if self.session_key.load():
            with self.sql.transaction() as conn:
                self.session_rows.delete_all(conn)

    def create_tables(self) -> None:
        """Create the tables that do not exist yet. A sessions table of an earlier layout (one
        that kept tokens, or had no expiry) is dropped first: its users sign in again."""
        sessions = self.tables.sessions
        with self.sql.transaction() as conn:
            inspector = inspect(conn)
            if inspector.has_table(sessions.name):
                columns = {column["name"] for column in inspector.get_columns(sessions.name)}
                if columns != {column.name for column in sessions.columns}:
                    sessions.drop(conn)
        self.sql.create_tables(self.tables.all())

    def reset(self) -> None:
        """Delete every user, session, token, message and failed attempt."""
        with self.sql.transaction() as conn:
            for table in reversed(self.tables.all()):
                conn.execute(delete(table))
        self.sessions_cache.clear()

    # ------------------------------------------------------------------ export and import
    def export_to(self, folder: Path) -> None:
        """Write the users (with their password hashes, so they can sign in) to `auth.json`.
        Sessions, links, codes, the outbox and failed attempts are not part of an export: they
        are tied to this run (a session's token to this backend's key)."""
        with self.sql.read() as conn:
            users = dump_rows(conn, self.tables.users)
        write_json(folder / "auth.json", {"users": users})

    def import_from(self, folder: Path) -> None:
        exported = read_json(folder / "auth.json")
        if not isinstance(exported, dict) or not isinstance(exported.get("users"), list):
            raise SnapshotError(f"{folder / 'auth.json'}: expected an object with `users`")
        try:
            with self.sql.transaction() as conn:
                load_rows(conn, self.tables.users, exported["users"])
        except SQLAlchemyError as exc:
            raise SnapshotError(f"{folder / 'auth.json'}: {exc.__class__.__name__}: {exc}") from exc

    # ------------------------------------------------------------------ sign-up
    def _check_password(self, password: str, field: str) -> None:
        minimum = self.settings.password_min_length
        if len(password) < minimum:
            raise _too_short(field, minimum)

    # ------------------------------------------------------------------ user events
    def _tell(
        self,
        name: UserEventName,
        user_id: str,
        session: Mapping[str, Any] | None,
        user: Mapping[str, Any] | None = None,
    ) -> None:
        """Tell the listeners of user events (call once the change is committed)."""
        if not self.events.listened:
            return
        if user is None:
            with self.sql.read() as conn:
                row = self.users.get(conn, user_id)
            user = None if row is None else Users.json(row)
        self.events.emit(UserEvent(name, user_id, session, user))

    def _signed_in(self, answer: dict[str, Any]) -> dict[str, Any]:
        """Tell `user:signin` of the session `answer` (`{user, session}`) holds, if any."""
        session = answer.get("session")
        if session is not None:
            self._tell(UserEventName.signin, session["userId"], session, answer["user"])
        return answer

    def _ended(self, user_id: str, rows: Iterable[Row[Any]]) -> None:
        """Tell one `user:signout` per ended session."""
        if not self.events.listened:
            return
        user: Mapping[str, Any] | None = None
        for row in rows:
            session = self.session_rows.json(row)
            if user is None:
                with self.sql.read() as conn:
                    found = self.users.get(conn, user_id)
                user = None if found is None else Users.json(found)
            self.events.emit(UserEvent(UserEventName.signout, user_id, session, user))

    # ------------------------------------------------------------------ sign-up
    def sign_up_email(
        self,
        email: str,
        password: str,
        data: str | Mapping[str, Any] | None,
        user_agent: str | None,
        base_url: str,
    ) -> dict[str, Any]:
        answer = self._sign_up(self.email_channel, email, password, data, user_agent, base_url)
        return self._signed_in(answer)

    def sign_up_phone(
        self,
        phone: str,
        password: str,
        data: str | Mapping[str, Any] | None,
        user_agent: str | None,
    ) -> dict[str, Any]:
        answer = self._sign_up(self.phone_channel, phone, password, data, user_agent, None)
        return self._signed_in(answer)

    def _sign_up(
        self,
        channel: Channel,
        address: str,
        password: str,
        data: str | Mapping[str, Any] | None,
        user_agent: str | None,
        base_url: str | None,
    ) -> dict[str, Any]:
        """Add the user; sign them in, or, when the channel's confirmation is on (and the data
        does not mark the address verified), send the confirmation and answer no session."""
        self._check_password(password, "password")
        address = channel.normalize(address)
        profile = read_profile(data, channel.verified_flag)
        extra = dumps(profile.extra, field="nameOrUserData").decode("utf-8")
        password_hash = self.passwords.hash(password)
        confirm = channel.confirmation and not profile.verified
        with self.sql.transaction() as conn:
            if channel.find(conn, address) is not None:
                raise channel.taken(address)
            try:
                user_id = self.users.insert(
                    conn,
                    profile=profile,
                    extra=extra,
                    password_hash=password_hash,
                    **channel.columns(address, verified=profile.verified),
                )
            except IntegrityError as exc:  # a concurrent sign-up took the address or number
                raise channel.taken() from exc
            if confirm:
                channel.send(conn, user_id, address, channel.confirm_action, base_url)
                user = self.users.get(conn, user_id)
                assert user is not None
                return {"user": Users.json(user), "session": None}
            return self._sign_in(conn, user_id, user_agent)

    def _sign_in(self, conn: Connection, user_id: str, user_agent: str | None) -> dict[str, Any]:
        """Set `lastLoginAt`, create a session, and answer `{user, session}`."""
        user = self.users.set(conn, user_id, last_login_at=self.clock.now())
        session = self.session_rows.create(conn, user_id, user_agent)
        return {"user": Users.json(user), "session": self.session_rows.json(session)}

    # ------------------------------------------------------------------ sign-in with a password
    def sign_in_email(self, email: str, password: str, user_agent: str | None) -> dict[str, Any]:
        return self._signed_in(
            self._password_sign_in(self.email_channel, email, password, user_agent)
        )

    def sign_in_phone(self, phone: str, password: str, user_agent: str | None) -> dict[str, Any]:
        return self._signed_in(
            self._password_sign_in(self.phone_channel, phone, password, user_agent)
        )

    def _password_sign_in(
        self, channel: Channel, address: str, password: str, user_agent: str | None
    ) -> dict[str, Any]:
        with self.throttle.attempt(channel.subject(address)) as attempt:
            with self.sql.read() as conn:
                user = channel.find(conn, address)
            if user is not None and user.provider != ALTOGIC:
                user = None
            stored_hash = user.password_hash if user is not None else None
            if not self.passwords.verify(stored_hash, password):
                attempt.failed()
                raise _unauthorized(
                    ErrorCode.invalid_sign_in_credentials,
                    "Invalid credentials. Email, phone or password provided is invalid.",
                )
            assert user is not None
            if channel.confirmation and not channel.is_verified(user):
                raise channel.not_verified()
            new_hash = (
                self.passwords.hash(password)
                if self.passwords.needs_rehash(user.password_hash)
                else None
            )
            with self.sql.transaction() as conn:
                attempt.succeeded(conn)
                if new_hash is not None:
                    self.users.set(conn, user.id, password_hash=new_hash)
                return self._sign_in(conn, user.id, user_agent)

    # ------------------------------------------------------------------ secrets sent to an address
    def resend_verification_email(self, email: str, base_url: str) -> None:
        self._resend_verification(self.email_channel, email, base_url)

    def resend_verification_code(self, phone: str) -> None:
        self._resend_verification(self.phone_channel, phone, None)

    def send_reset_email(self, email: str, base_url: str) -> None:
        self._send_reset(self.email_channel, email, base_url)

    def send_reset_code(self, phone: str) -> None:
        self._send_reset(self.phone_channel, phone, None)

    # The two ways of signing in with a secret are not twins: a magic link needs email
    # confirmation switched on and a confirmed address; an SMS code needs SMS sign-in switched
    # on, and a confirmed number only when phone confirmation is on.
    def send_magic_link(self, email: str, base_url: str) -> None:
        self.email_channel.check_confirmation_on()
        self._send_secret(self.email_channel, email, "magic-link", base_url, must_be_verified=True)

    def send_sign_in_code(self, phone: str) -> None:
        self._check_sms_sign_in()
        must_be_verified = self.settings.phone_confirmation
        self._send_secret(
            self.phone_channel, phone, "signin-code", None, must_be_verified=must_be_verified
        )

    def _resend_verification(self, channel: Channel, address: str, base_url: str | None) -> None:
        channel.check_confirmation_on()
        with self.sql.transaction() as conn:
            user = self._password_user(conn, channel, address)
            if channel.is_verified(user):
                raise channel.already_verified()
            to = channel.address_of(user)
            channel.send(conn, user.id, to, channel.confirm_action, base_url)

    def _send_reset(self, channel: Channel, address: str, base_url: str | None) -> None:
        channel.check_confirmation_on()
        self._send_secret(channel, address, channel.reset_action, base_url, must_be_verified=True)

    def _send_secret(
        self,
        channel: Channel,
        address: str,
        action: str,
        base_url: str | None,
        *,
        must_be_verified: bool,
    ) -> None:
        with self.sql.transaction() as conn:
            user = self._password_user(conn, channel, address)
            if must_be_verified and not channel.is_verified(user):
                raise channel.not_verified()
            channel.send(conn, user.id, channel.address_of(user), action, base_url)

    def _password_user(self, conn: Connection, channel: Channel, address: str) -> Row[Any]:
        """The user with this address, who must sign in with a password (not OAuth)."""
        user = channel.find(conn, address)
        if user is None:
            raise _user_not_found()
        if user.provider != ALTOGIC:
            raise _invalid_provider()
        return user

    def _check_sms_sign_in(self) -> None:
        if not self.settings.sms_code_sign_in:
            raise _unauthorized(
                ErrorCode.sms_auth_codes_disabled,
                "Signing in with SMS codes is switched off for this app.",
            )

    # ------------------------------------------------------------------ emailed links
    def follow_link(self, action: str, key: str) -> str:
        """Act on an emailed link; answer the URL to redirect the browser to."""
        redirect = self.settings.redirect_url
        changed: dict[str, Any] | None = None
        with self.sql.transaction() as conn:
            url, changed = self._follow_link(conn, action, key, redirect)
        if changed is not None:
            self._tell(UserEventName.emailchange, changed["_id"], None, changed)
        return url

    def _follow_link(
        self, conn: Connection, action: str, key: str, redirect: str
    ) -> tuple[str, dict[str, Any] | None]:
        """The redirect URL, and the user whose email changed (if it did)."""
        email = self.email_channel
        failure = with_query(
            redirect, [("status", "400"), ("action", action), ("error", INVALID_LINK)]
        )
        token = self.secrets.find_token(conn, key, [f"link:{action}"])
        if token is None:
            return failure, None
        self.secrets.consume(conn, token)
        user = self.users.get(conn, token.user_id)
        if user is None:
            return failure, None
        if action == "change-email":
            owner = email.find(conn, token.target)
            if owner is not None and owner.id != user.id:
                message = f"The email address {token.target} is already used by another account."
                return with_query(
                    redirect, [("status", "409"), ("action", action), ("error", message)]
                ), None
            changed = self.users.set(conn, user.id, **email.columns(token.target, verified=True))
            return with_query(redirect, [("status", "200"), ("action", action)]), Users.json(
                changed
            )
        if user.email_key != email.key(str(token.target)):  # the address changed meanwhile
            return failure, None
        if action == "email-confirm":
            self.users.set(conn, user.id, email_verified=True)
        purpose = "access:reset" if action == "reset-pwd" else "access:grant"
        access = self.secrets.issue(conn, purpose, user.id, None, action, replace=False)
        return with_query(
            redirect, [("status", "200"), ("access_token", access), ("action", action)]
        ), None

    def _take_access_token(self, conn: Connection, key: str, wanted: str) -> Row[Any]:
        token = self.secrets.find_token(conn, key, ["access:grant", "access:reset"])
        if token is None:
            raise _invalid_access_token()
        if token.purpose != wanted:
            raise _unauthorized(
                ErrorCode.invalid_token_type, "This access token was issued for another purpose."
            )
        self.secrets.consume(conn, token)
        return token

    def grant(self, key: str, user_agent: str | None) -> dict[str, Any]:
        with self.sql.transaction() as conn:
            token = self._take_access_token(conn, key, "access:grant")
            answer = self._sign_in(conn, token.user_id, user_agent)
        return self._signed_in(answer)

    def reset_password_with_token(self, key: str, new_password: str) -> None:
        self._check_password(new_password, "newPassword")
        with self.sql.transaction() as conn:
            token = self._take_access_token(conn, key, "access:reset")
        self._set_password(token.user_id, new_password, keep_session=None)

    # ------------------------------------------------------------------ SMS codes
    def _take_code(self, phone: str, code: str, purposes: Iterable[str]) -> Row[Any]:
        """Check and consume a code; a wrong one counts as a failed attempt for the number."""
        with self.throttle.attempt(self.phone_channel.subject(phone)) as attempt:
            with self.sql.transaction() as conn:
                token = self.secrets.find_code(conn, code, phone, purposes)
                if token is not None:
                    self.secrets.consume(conn, token)
                    attempt.succeeded(conn)
            if token is None:
                attempt.failed()
                raise _invalid_access_token()
            return token

    def sign_in_with_code(self, phone: str, code: str, user_agent: str | None) -> dict[str, Any]:
        self._check_sms_sign_in()
        token = self._take_code(phone, code, ["sms:signin-code"])
        with self.sql.transaction() as conn:
            user = self.users.get(conn, token.user_id)
            if user is None or user.phone != phone:
                raise _invalid_access_token()
            answer = self._sign_in(conn, user.id, user_agent)
        return self._signed_in(answer)

    def verify_phone(self, phone: str, code: str, user_agent: str | None) -> dict[str, Any]:
        """Confirm a number: a sign-up's (which signs the user in) or a change's (which does not,
        and answers no session)."""
        channel = self.phone_channel
        token = self._take_code(phone, code, ["sms:phone-confirm", "sms:change-phone"])
        with self.sql.transaction() as conn:
            user = self.users.get(conn, token.user_id)
            if user is None:
                raise _invalid_access_token()
            if token.purpose == "sms:phone-confirm":
                if user.phone != phone:
                    raise _invalid_access_token()
                self.users.set(conn, user.id, phone_verified=True)
                answer = self._sign_in(conn, user.id, user_agent)
            else:
                owner = channel.find(conn, phone)
                if owner is not None and owner.id != user.id:
                    raise channel.taken(phone)
                user = self.users.set(conn, user.id, **channel.columns(phone, verified=True))
                answer = {"user": Users.json(user), "session": None}
        if answer["session"] is None:
            self._tell(UserEventName.phonechange, user.id, None, answer["user"])
            return answer
        return self._signed_in(answer)

    def reset_password_with_code(self, phone: str, code: str, new_password: str) -> None:
        self._check_password(new_password, "newPassword")
        token = self._take_code(phone, code, ["sms:reset-pwd-code"])
        self._set_password(token.user_id, new_password, keep_session=None)

    # ------------------------------------------------------------------ signed-in user
    def find_session(self, token: str, token_digest: str) -> LiveSession | None:
        """The live stored session whose token has digest `token_digest`, its expiry pushed
        back when due (see `CachedSessions`)."""
        with self.sql.read() as conn:
            row = self.session_rows.find(conn, token_digest)
        if row is None:
            return None
        expires_at: float = row.expires_at
        if self.session_lifetime.renewal_due(expires_at, self.clock.now()):
            renewed = self.renew_session(row.id)
            if renewed is None:
                return None
            expires_at = renewed
        return LiveSession(SignedIn(row.id, row.user_id, token), expires_at)

    def renew_session(self, session_id: str) -> float | None:
        """Push back the expiry of a live session (see `CachedSessions`)."""
        with self.sql.transaction() as conn:
            return self.session_rows.renew(conn, session_id)

    def session_json(self, signed_in: SignedIn) -> dict[str, Any] | None:
        """The stored session `signed_in` stands for, as the API answers it (None: gone)."""
        with self.sql.read() as conn:
            rows = self.session_rows.of_user(conn, signed_in.user_id)
        row = next((row for row in rows if row.id == signed_in.session_id), None)
        return None if row is None else self.session_rows.json(row)

    def user(self, signed_in: SignedIn) -> dict[str, Any]:
        with self.sql.read() as conn:
            user = self.users.get(conn, signed_in.user_id)
        if user is None:
            raise _invalid_session()
        return Users.json(user)

    def sessions(self, signed_in: SignedIn) -> list[dict[str, Any]]:
        with self.sql.read() as conn:
            rows = self.session_rows.of_user(conn, signed_in.user_id)
        return [self.session_rows.json(row) for row in rows]

    def sign_out(self, signed_in: SignedIn, token: str | None) -> None:
        with self.sql.transaction() as conn:
            ended = signed_in.session_id
            if token is not None:
                row = self.session_rows.find(conn, digest(token))
                if row is None:
                    return
                if row.user_id != signed_in.user_id:
                    raise ApiError(
                        403, ErrorCode.permission_denied, "The session belongs to another user."
                    )
                ended = row.id
            rows = self._sessions_of(conn, signed_in.user_id, only=ended)
            self.session_rows.delete(conn, ended)
        self.sessions_cache.forget_session(ended)
        self._ended(signed_in.user_id, rows)

    def sign_out_all(self, signed_in: SignedIn, *, keep_current: bool) -> None:
        kept = signed_in.session_id if keep_current else None
        with self.sql.transaction() as conn:
            rows = self._sessions_of(conn, signed_in.user_id, keep=kept)
            self.session_rows.delete_of_user(conn, signed_in.user_id, except_session=kept)
        self.sessions_cache.forget_user(signed_in.user_id, except_session=kept)
        self._ended(signed_in.user_id, rows)

    def _sessions_of(
        self, conn: Connection, user_id: str, *, only: str | None = None, keep: str | None = None
    ) -> list[Row[Any]]:
        """The user's sessions about to end (`only` that one, or all but `keep`), for the
        `user:signout` events; none when nobody listens."""
        if not self.events.listened:
            return []
        rows = self.session_rows.of_user(conn, user_id)
        return [row for row in rows if (row.id == only if only is not None else row.id != keep)]

    def _check_current_password(self, signed_in: SignedIn, password: str) -> Row[Any]:
        """The signed-in user, once `password` is theirs; a wrong one counts as a failure."""
        with self.sql.read() as conn:
            user = self.users.get(conn, signed_in.user_id)
        if user is None:
            raise _invalid_session()
        if user.provider != ALTOGIC or user.password_hash is None:
            raise _invalid_provider()
        with self.throttle.attempt(f"user:{signed_in.user_id}") as attempt:
            if not self.passwords.verify(user.password_hash, password):
                attempt.failed()
                raise _unauthorized(ErrorCode.invalid_credentials, "The password is not correct.")
            with self.sql.transaction() as conn:
                attempt.succeeded(conn)
        return user

    def _set_password(self, user_id: str, password: str, *, keep_session: SignedIn | None) -> None:
        """Set the user's password and end their sessions, but `keep_session`; tell
        `user:pwdchange` (with the session that changed it, if any)."""
        password_hash = self.passwords.hash(password)
        kept = keep_session.session_id if keep_session is not None else None
        session = None
        with self.sql.transaction() as conn:
            user = self.users.set(conn, user_id, password_hash=password_hash)
            if kept is not None and self.events.listened:
                rows = self.session_rows.of_user(conn, user_id)
                session = next(
                    (self.session_rows.json(row) for row in rows if row.id == kept), None
                )
            self.session_rows.delete_of_user(conn, user_id, except_session=kept)
        self.sessions_cache.forget_user(user_id, except_session=kept)
        self._tell(UserEventName.pwdchange, user_id, session, Users.json(user))

    def change_password(self, signed_in: SignedIn, new_password: str, old_password: str) -> None:
        """Change the password and end the user's other sessions (as Altogic does); the calling
        session stays."""
        self._check_password(new_password, "newPassword")
        user = self._check_current_password(signed_in, old_password)
        self._set_password(user.id, new_password, keep_session=signed_in)

    def change_email(
        self, signed_in: SignedIn, password: str, new_email: str, base_url: str
    ) -> dict[str, Any]:
        return self._change_address(self.email_channel, signed_in, password, new_email, base_url)

    def change_phone(self, signed_in: SignedIn, password: str, new_phone: str) -> dict[str, Any]:
        return self._change_address(self.phone_channel, signed_in, password, new_phone, None)

    def _change_address(
        self,
        channel: Channel,
        signed_in: SignedIn,
        password: str,
        new: str,
        base_url: str | None,
    ) -> dict[str, Any]:
        """Change the address at once (unverified) when the channel's confirmation is off;
        otherwise send the new address a secret that confirms it (`follow_link`,
        `verify_phone`), and answer the user unchanged."""
        new = channel.normalize(new)
        user = self._check_current_password(signed_in, password)
        with self.sql.transaction() as conn:
            if channel.find(conn, new) is not None:
                raise channel.taken(new)
            if channel.confirmation:
                channel.send(conn, user.id, new, channel.change_action, base_url)
                return Users.json(user)
            user = self.users.set(conn, user.id, **channel.columns(new, verified=False))
        answer = Users.json(user)
        event = (
            UserEventName.emailchange
            if channel is self.email_channel
            else UserEventName.phonechange
        )
        session = self.session_json(signed_in) if self.events.listened else None
        self._tell(event, user.id, session, answer)
        return answer

    # ------------------------------------------------------------------ OAuth
    def check_provider(self, provider: str) -> None:
        if provider not in self.settings.providers:
            raise ApiError(
                403,
                ErrorCode.not_allowed,
                f"Signing in with {provider} is switched off for this app.",
            )

    def oauth_sign_in(self, provider: str, email: str, name: str | None) -> str:
        """Find or create the provider's user; answer the URL to redirect the browser to."""
        self.check_provider(provider)
        redirect = self.settings.redirect_url
        email = normalize_email(email)
        with self.sql.transaction() as conn:
            user = self.users.find_from_provider(conn, provider, email.lower())
            if user is not None:
                action = "oauth-signin"
                user_id = user.id
                self.users.set(conn, user_id, last_login_at=self.clock.now())
            elif self.email_channel.find(conn, email) is not None:
                message = (
                    f"An account with the same email ({email}) already exists; sign in with "
                    "the method it was created with."
                )
                return with_query(redirect, [("status", "409"), ("error", message)])
            else:
                action = "oauth-signup"
                user_id = self.users.insert_from_provider(conn, provider, email, name)
            access = self.secrets.issue(conn, "access:grant", user_id, None, action, replace=False)
        return with_query(
            redirect, [("status", "200"), ("access_token", access), ("action", action)]
        )

    # ------------------------------------------------------------------ outbox
    def outbox(self, to: str | None, kind: str | None) -> list[dict[str, Any]]:
        return self.messages.messages(to, kind)

    def clear_outbox(self, to: str | None, kind: str | None) -> None:
        self.messages.clear(to, kind)
