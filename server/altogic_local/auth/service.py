"""Authentication semantics: users, sessions, one-time links, tokens and codes, the outbox.

Every method is synchronous (SQL and argon2 both block) and is called from a worker thread.
Passwords are hashed outside database transactions, so a slow hash never holds the database lock.
Secrets are created with `secrets`, stored as SHA-256 digests where they only need checking, and
compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Connection, Row, and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..clock import Clock, iso
from ..engines.sql import SqlEngine
from ..errors import ApiError, ErrorCode
from ..jsonutil import dumps
from ..sessions import SignedIn
from .passwords import Passwords
from .sessions import SessionCache, digest
from .settings import AuthSettings
from .tables import AuthTables, define_tables
from .useragent import parse_user_agent

ALTOGIC = "altogic"
INVALID_LINK = "Invalid or expired access token"
EMAIL_TAKEN = "A user with the provided email already exists."
PHONE_TAKEN = "A user with the provided phone number already exists."

# Fields of the user data at sign-up that the server owns.
SYSTEM_FIELDS = frozenset(
    {"_id", "provider", "providerUserId", "email", "phone", "password", "signUpAt", "lastLoginAt"}
)
PROFILE_FIELDS = frozenset({"name", "profilePicture", "emailVerified", "phoneVerified"})

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


def new_id(now: float) -> str:
    """A 24-hex id: seconds since the epoch, then 8 random bytes (like a MongoDB ObjectId)."""
    return f"{int(now) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def with_query(url: str, params: Iterable[tuple[str, str]]) -> str:
    """`url` with `params` added to its query string."""
    parts = urlsplit(url)
    query = [*parse_qsl(parts.query, keep_blank_values=True), *params]
    return urlunsplit(parts._replace(query=urlencode(query)))


def normalize_email(email: str) -> str:
    """The address as stored: as given, except that the domain is lower-cased."""
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def _unauthorized(code: ErrorCode, message: str) -> ApiError:
    return ApiError(401, code, message)


def _invalid_access_token() -> ApiError:
    return ApiError(
        403, ErrorCode.invalid_access_token, "The token or code is invalid or has expired."
    )


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


@dataclass(frozen=True)
class Profile:
    """What the sign-up user data sets."""

    name: str | None
    profile_picture: str | None
    verified: bool
    extra: dict[str, Any]


def read_profile(data: str | Mapping[str, Any] | None, verified_flag: str) -> Profile:
    """Split `nameOrUserData` into the name, picture, the verification flag of this kind of
    sign-up (`emailVerified` or `phoneVerified`), and custom fields (system fields dropped)."""
    if data is None or isinstance(data, str):
        return Profile(data or None, None, False, {})
    name = data.get("name")
    picture = data.get("profilePicture")
    extra = {k: v for k, v in data.items() if k not in SYSTEM_FIELDS and k not in PROFILE_FIELDS}
    return Profile(
        name if isinstance(name, str) and name else None,
        picture if isinstance(picture, str) else None,
        data.get(verified_flag) is True,
        extra,
    )


class AuthService:
    def __init__(
        self,
        sql: SqlEngine,
        settings: AuthSettings,
        clock: Clock,
        sessions: SessionCache | None = None,
    ) -> None:
        self.sql = sql
        self.settings = settings
        self.clock = clock
        self.tables: AuthTables = define_tables(sql.metadata)
        self.passwords = Passwords(settings.password_hashing)
        self.sessions_cache = sessions if sessions is not None else SessionCache()
        """Resolved sessions; every change that ends sessions drops them from here, once the
        change is committed."""

    def create_tables(self) -> None:
        self.sql.create_tables(self.tables.all())

    def reset(self) -> None:
        """Delete every user, session, token, message and failed attempt."""
        with self.sql.transaction() as conn:
            for table in reversed(self.tables.all()):
                conn.execute(delete(table))
        self.sessions_cache.clear()

    # ------------------------------------------------------------------ shapes
    def user_json(self, row: Row[Any]) -> dict[str, Any]:
        user: dict[str, Any] = {
            "_id": row.id,
            "provider": row.provider,
            "providerUserId": row.provider_user_id,
        }
        if row.email is not None:
            user["email"] = row.email
        if row.phone is not None:
            user["phone"] = row.phone
        if row.name is not None:
            user["name"] = row.name
        if row.profile_picture is not None:
            user["profilePicture"] = row.profile_picture
        if row.email is not None:
            user["emailVerified"] = bool(row.email_verified)
        if row.phone is not None:
            user["phoneVerified"] = bool(row.phone_verified)
        user["signUpAt"] = iso(row.sign_up_at)
        user["lastLoginAt"] = iso(row.last_login_at)
        custom = json.loads(row.extra)
        # Custom fields never override the system fields (which read_profile drops anyway).
        user.update({k: v for k, v in custom.items() if k not in user and k not in SYSTEM_FIELDS})
        return user

    @staticmethod
    def session_json(row: Row[Any]) -> dict[str, Any]:
        return {
            "userId": row.user_id,
            "token": row.token,
            "creationDtm": iso(row.created_at),
            "accessGroupKeys": json.loads(row.access_group_keys),
            "userAgent": json.loads(row.user_agent),
        }

    # ------------------------------------------------------------------ rows
    def _user(self, conn: Connection, user_id: str) -> Row[Any] | None:
        users = self.tables.users
        return conn.execute(select(users).where(users.c.id == user_id)).first()

    def _user_by_email(self, conn: Connection, email: str) -> Row[Any] | None:
        users = self.tables.users
        return conn.execute(select(users).where(users.c.email_key == email.lower())).first()

    def _user_by_phone(self, conn: Connection, phone: str) -> Row[Any] | None:
        users = self.tables.users
        return conn.execute(select(users).where(users.c.phone == phone)).first()

    def _set_user(self, conn: Connection, user_id: str, **values: Any) -> Row[Any]:
        users = self.tables.users
        conn.execute(update(users).where(users.c.id == user_id).values(**values))
        row = self._user(conn, user_id)
        assert row is not None
        return row

    def _new_session(self, conn: Connection, user_id: str, user_agent: str | None) -> Row[Any]:
        sessions = self.tables.sessions
        now = self.clock.now()
        token = secrets.token_urlsafe(32)
        session_id = new_id(now)
        conn.execute(
            insert(sessions).values(
                id=session_id,
                token_hash=digest(token),
                token=token,
                user_id=user_id,
                created_at=now,
                user_agent=json.dumps(parse_user_agent(user_agent)),
                access_group_keys="[]",
            )
        )
        row = conn.execute(select(sessions).where(sessions.c.id == session_id)).first()
        assert row is not None
        return row

    def _sign_in(self, conn: Connection, user_id: str, user_agent: str | None) -> dict[str, Any]:
        """Set `lastLoginAt`, create a session, and answer `{user, session}`."""
        user = self._set_user(conn, user_id, last_login_at=self.clock.now())
        session = self._new_session(conn, user_id, user_agent)
        return {"user": self.user_json(user), "session": self.session_json(session)}

    # ------------------------------------------------------------------ one-time secrets
    def _issue(
        self,
        conn: Connection,
        purpose: str,
        user_id: str,
        target: str | None,
        action: str | None = None,
        *,
        replace: bool = True,
    ) -> str:
        """Create a single-use secret: a 6-digit code for `sms:` purposes, otherwise a random
        URL-safe token of 192 bits. With `replace`, earlier secrets of the same purpose for the
        user stop working."""
        tokens = self.tables.tokens
        now = self.clock.now()
        conn.execute(delete(tokens).where(tokens.c.user_id == user_id, tokens.c.expires_at <= now))
        if replace:
            conn.execute(
                delete(tokens).where(tokens.c.user_id == user_id, tokens.c.purpose == purpose)
            )
        if purpose.startswith("sms:"):
            secret = f"{100_000 + secrets.randbelow(900_000)}"
        else:
            secret = secrets.token_urlsafe(24)
        conn.execute(
            insert(tokens).values(
                purpose=purpose,
                secret_hash=digest(secret),
                user_id=user_id,
                target=target,
                action=action,
                expires_at=now + self.settings.token_lifetime,
            )
        )
        return secret

    def _find_token(
        self, conn: Connection, secret: str, purposes: Iterable[str]
    ) -> Row[Any] | None:
        """The live token `secret` among `purposes` (found by its digest)."""
        tokens = self.tables.tokens
        return conn.execute(
            select(tokens).where(
                tokens.c.secret_hash == digest(secret),
                tokens.c.purpose.in_(list(purposes)),
                tokens.c.expires_at > self.clock.now(),
            )
        ).first()

    def _find_code(
        self, conn: Connection, code: str, target: str, purposes: Iterable[str]
    ) -> Row[Any] | None:
        """The live SMS code sent to `target` for one of `purposes` that equals `code`."""
        tokens = self.tables.tokens
        candidates = conn.execute(
            select(tokens).where(
                tokens.c.target == target,
                tokens.c.purpose.in_(list(purposes)),
                tokens.c.expires_at > self.clock.now(),
            )
        ).all()
        wanted = digest(code)
        found = None
        for row in candidates:
            if hmac.compare_digest(row.secret_hash, wanted):
                found = row
        return found

    def _consume(self, conn: Connection, token: Row[Any]) -> None:
        tokens = self.tables.tokens
        conn.execute(delete(tokens).where(tokens.c.id == token.id))

    # ------------------------------------------------------------------ failed attempts
    def _check_not_blocked(self, conn: Connection, subject: str) -> None:
        failures = self.tables.failures
        now = self.clock.now()
        window = self.settings.failed_attempts_window
        conn.execute(
            delete(failures).where(failures.c.subject == subject, failures.c.at <= now - window)
        )
        count, oldest = conn.execute(
            select(func.count(), func.min(failures.c.at)).where(failures.c.subject == subject)
        ).one()
        if count >= self.settings.max_failed_attempts:
            wait = max(1, int(oldest + window - now + 0.999))
            raise ApiError(
                429,
                ErrorCode.rate_limit_exceeded,
                f"Too many failed attempts; try again in {wait} seconds.",
                {"retryAfter": wait},
                headers={"Retry-After": str(wait)},
            )

    def _record_failure(self, subject: str) -> None:
        failures = self.tables.failures
        with self.sql.transaction() as conn:
            conn.execute(insert(failures).values(subject=subject, at=self.clock.now()))

    def _clear_failures(self, conn: Connection, subject: str) -> None:
        failures = self.tables.failures
        conn.execute(delete(failures).where(failures.c.subject == subject))

    # ------------------------------------------------------------------ outbox
    def _mail(self, conn: Connection, base_url: str, to: str, action: str, key: str) -> None:
        link = with_query(base_url.rstrip("/") + "/_auth/email-link", [("action", action)])
        link = f"{link}&key={key}"
        subject, text = MAILS[action]
        self._store_message(
            conn,
            kind="email",
            to=to,
            action=action,
            subject=subject,
            text=text.format(link=link),
            link=link,
            code=None,
        )

    def _sms(self, conn: Connection, to: str, action: str, code: str) -> None:
        self._store_message(
            conn,
            kind="sms",
            to=to,
            action=action,
            subject=None,
            text=SMS_TEXTS[action].format(code=code),
            link=None,
            code=code,
        )

    def _store_message(self, conn: Connection, **values: Any) -> None:
        now = self.clock.now()
        conn.execute(
            insert(self.tables.outbox).values(
                id=new_id(now), to_key=values["to"].lower(), created_at=now, **values
            )
        )

    def outbox(self, to: str | None, kind: str | None) -> list[dict[str, Any]]:
        outbox = self.tables.outbox
        with self.sql.read() as conn:
            rows = conn.execute(
                select(outbox).where(*self._outbox_filter(to, kind)).order_by(outbox.c.seq)
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

    def clear_outbox(self, to: str | None, kind: str | None) -> None:
        outbox = self.tables.outbox
        with self.sql.transaction() as conn:
            conn.execute(delete(outbox).where(*self._outbox_filter(to, kind)))

    def _outbox_filter(self, to: str | None, kind: str | None) -> list[Any]:
        outbox = self.tables.outbox
        conditions = []
        if to is not None:
            conditions.append(outbox.c.to_key == to.lower())
        if kind is not None:
            conditions.append(outbox.c.kind == kind)
        return conditions

    # ------------------------------------------------------------------ sign-up
    def _check_password(self, password: str, field: str) -> None:
        minimum = self.settings.password_min_length
        if len(password) < minimum:
            raise _too_short(field, minimum)

    def sign_up_email(
        self,
        email: str,
        password: str,
        data: str | Mapping[str, Any] | None,
        user_agent: str | None,
        base_url: str,
    ) -> dict[str, Any]:
        self._check_password(password, "password")
        email = normalize_email(email)
        profile = read_profile(data, "emailVerified")
        extra = dumps(profile.extra, field="nameOrUserData").decode("utf-8")
        password_hash = self.passwords.hash(password)
        confirm = self.settings.email_confirmation and not profile.verified
        with self.sql.transaction() as conn:
            if self._user_by_email(conn, email) is not None:
                raise ApiError(
                    409, ErrorCode.email_not_unique, EMAIL_TAKEN, {"value": email, "param": "email"}
                )
            user_id = self._insert_user(
                conn,
                email=email,
                email_key=email.lower(),
                password_hash=password_hash,
                email_verified=profile.verified,
                profile=profile,
                extra=extra,
            )
            if confirm:
                key = self._issue(conn, "link:email-confirm", user_id, email)
                self._mail(conn, base_url, email, "email-confirm", key)
                user = self._user(conn, user_id)
                assert user is not None
                return {"user": self.user_json(user), "session": None}
            return self._sign_in(conn, user_id, user_agent)

    def sign_up_phone(
        self,
        phone: str,
        password: str,
        data: str | Mapping[str, Any] | None,
        user_agent: str | None,
    ) -> dict[str, Any]:
        self._check_password(password, "password")
        profile = read_profile(data, "phoneVerified")
        extra = dumps(profile.extra, field="nameOrUserData").decode("utf-8")
        password_hash = self.passwords.hash(password)
        confirm = self.settings.phone_confirmation and not profile.verified
        with self.sql.transaction() as conn:
            if self._user_by_phone(conn, phone) is not None:
                raise ApiError(
                    409, ErrorCode.phone_not_unique, PHONE_TAKEN, {"value": phone, "param": "phone"}
                )
            user_id = self._insert_user(
                conn,
                phone=phone,
                password_hash=password_hash,
                phone_verified=profile.verified,
                profile=profile,
                extra=extra,
            )
            if confirm:
                code = self._issue(conn, "sms:phone-confirm", user_id, phone)
                self._sms(conn, phone, "phone-confirm", code)
                user = self._user(conn, user_id)
                assert user is not None
                return {"user": self.user_json(user), "session": None}
            return self._sign_in(conn, user_id, user_agent)

    def _insert_user(self, conn: Connection, *, profile: Profile, extra: str, **values: Any) -> str:
        now = self.clock.now()
        user_id = new_id(now)
        try:
            conn.execute(
                insert(self.tables.users).values(
                    id=user_id,
                    provider=ALTOGIC,
                    provider_user_id=user_id,
                    name=profile.name,
                    profile_picture=profile.profile_picture,
                    extra=extra,
                    sign_up_at=now,
                    # As in Altogic's examples, lastLoginAt starts equal to signUpAt.
                    last_login_at=now,
                    **values,
                )
            )
        except IntegrityError as exc:  # a concurrent sign-up took the address or number
            if "email" in values:
                raise ApiError(409, ErrorCode.email_not_unique, EMAIL_TAKEN) from exc
            raise ApiError(409, ErrorCode.phone_not_unique, PHONE_TAKEN) from exc
        return user_id

    # ------------------------------------------------------------------ sign-in
    def _password_sign_in(
        self,
        subject: str,
        find: Callable[[Connection], Row[Any] | None],
        password: str,
        user_agent: str | None,
        verified_column: str,
        confirmation: bool,
        not_verified: ApiError,
    ) -> dict[str, Any]:
        with self.sql.transaction() as conn:
            self._check_not_blocked(conn, subject)
            user = find(conn)
        if user is not None and user.provider != ALTOGIC:
            user = None
        if not self.passwords.verify(user.password_hash if user is not None else None, password):
            self._record_failure(subject)
            raise _unauthorized(
                ErrorCode.invalid_sign_in_credentials,
                "Invalid credentials. Email, phone or password provided is invalid.",
            )
        assert user is not None
        if confirmation and not getattr(user, verified_column):
            raise not_verified
        new_hash = (
            self.passwords.hash(password)
            if self.passwords.needs_rehash(user.password_hash)
            else None
        )
        with self.sql.transaction() as conn:
            self._clear_failures(conn, subject)
            if new_hash is not None:
                self._set_user(conn, user.id, password_hash=new_hash)
            return self._sign_in(conn, user.id, user_agent)

    def sign_in_email(self, email: str, password: str, user_agent: str | None) -> dict[str, Any]:
        return self._password_sign_in(
            f"email:{email.lower()}",
            lambda conn: self._user_by_email(conn, email),
            password,
            user_agent,
            "email_verified",
            self.settings.email_confirmation,
            _unauthorized(
                ErrorCode.email_not_verified, "The email address has not been confirmed yet."
            ),
        )

    def sign_in_phone(self, phone: str, password: str, user_agent: str | None) -> dict[str, Any]:
        return self._password_sign_in(
            f"phone:{phone}",
            lambda conn: self._user_by_phone(conn, phone),
            password,
            user_agent,
            "phone_verified",
            self.settings.phone_confirmation,
            _unauthorized(
                ErrorCode.phone_not_verified, "The phone number has not been confirmed yet."
            ),
        )

    # ------------------------------------------------------------------ SMS codes
    def _check_sms_sign_in(self) -> None:
        if not self.settings.sms_code_sign_in:
            raise _unauthorized(
                ErrorCode.sms_auth_codes_disabled,
                "Signing in with SMS codes is switched off for this app.",
            )

    def _phone_user(self, conn: Connection, phone: str) -> Row[Any]:
        user = self._user_by_phone(conn, phone)
        if user is None:
            raise _user_not_found()
        if user.provider != ALTOGIC:
            raise _invalid_provider()
        return user

    def _check_phone_confirmation(self) -> None:
        if not self.settings.phone_confirmation:
            raise _unauthorized(
                ErrorCode.phone_verification_disabled, "Phone number confirmation is switched off."
            )

    def send_sign_in_code(self, phone: str) -> None:
        self._check_sms_sign_in()
        with self.sql.transaction() as conn:
            user = self._phone_user(conn, phone)
            if self.settings.phone_confirmation and not user.phone_verified:
                raise _unauthorized(
                    ErrorCode.phone_not_verified, "The phone number has not been confirmed yet."
                )
            code = self._issue(conn, "sms:signin-code", user.id, phone)
            self._sms(conn, phone, "signin-code", code)

    def resend_verification_code(self, phone: str) -> None:
        self._check_phone_confirmation()
        with self.sql.transaction() as conn:
            user = self._phone_user(conn, phone)
            if user.phone_verified:
                raise _unauthorized(
                    ErrorCode.phone_already_verified, "The phone number is already confirmed."
                )
            code = self._issue(conn, "sms:phone-confirm", user.id, phone)
            self._sms(conn, phone, "phone-confirm", code)

    def send_reset_code(self, phone: str) -> None:
        self._check_phone_confirmation()
        with self.sql.transaction() as conn:
            user = self._phone_user(conn, phone)
            if not user.phone_verified:
                raise _unauthorized(
                    ErrorCode.phone_not_verified, "The phone number has not been confirmed yet."
                )
            code = self._issue(conn, "sms:reset-pwd-code", user.id, phone)
            self._sms(conn, phone, "reset-pwd-code", code)

    def _take_code(
        self, conn: Connection, phone: str, code: str, purposes: Iterable[str]
    ) -> Row[Any]:
        """Check and consume a code, counting a wrong one as a failed attempt for the number.
        Raises before anything is written when the number is blocked or the code is wrong."""
        self._check_not_blocked(conn, f"phone:{phone}")
        row = self._find_code(conn, code, phone, purposes)
        if row is None:
            raise _invalid_access_token()
        self._consume(conn, row)
        self._clear_failures(conn, f"phone:{phone}")
        return row

    def _code_step(self, phone: str, code: str, purposes: Iterable[str]) -> Row[Any]:
        try:
            with self.sql.transaction() as conn:
                return self._take_code(conn, phone, code, purposes)
        except ApiError as exc:
            if exc.code == ErrorCode.invalid_access_token:
                self._record_failure(f"phone:{phone}")
            raise

    def sign_in_with_code(self, phone: str, code: str, user_agent: str | None) -> dict[str, Any]:
        self._check_sms_sign_in()
        token = self._code_step(phone, code, ["sms:signin-code"])
        with self.sql.transaction() as conn:
            user = self._user(conn, token.user_id)
            if user is None or user.phone != phone:
                raise _invalid_access_token()
            return self._sign_in(conn, user.id, user_agent)

    def verify_phone(self, phone: str, code: str, user_agent: str | None) -> dict[str, Any]:
        token = self._code_step(phone, code, ["sms:phone-confirm", "sms:change-phone"])
        with self.sql.transaction() as conn:
            user = self._user(conn, token.user_id)
            if user is None:
                raise _invalid_access_token()
            if token.purpose == "sms:phone-confirm":
                if user.phone != phone:
                    raise _invalid_access_token()
                self._set_user(conn, user.id, phone_verified=True)
                return self._sign_in(conn, user.id, user_agent)
            owner = self._user_by_phone(conn, phone)
            if owner is not None and owner.id != user.id:
                raise ApiError(
                    409, ErrorCode.phone_not_unique, PHONE_TAKEN, {"value": phone, "param": "phone"}
                )
            user = self._set_user(conn, user.id, phone=phone, phone_verified=True)
            return {"user": self.user_json(user), "session": None}

    def reset_password_with_code(self, phone: str, code: str, new_password: str) -> None:
        self._check_password(new_password, "newPassword")
        token = self._code_step(phone, code, ["sms:reset-pwd-code"])
        self._set_password(token.user_id, new_password, end_sessions=True)

    def _set_password(self, user_id: str, password: str, *, end_sessions: bool) -> None:
        password_hash = self.passwords.hash(password)
        with self.sql.transaction() as conn:
            self._set_user(conn, user_id, password_hash=password_hash)
            if end_sessions:
                sessions = self.tables.sessions
                conn.execute(delete(sessions).where(sessions.c.user_id == user_id))
        if end_sessions:
            self.sessions_cache.forget_user(user_id)

    # ------------------------------------------------------------------ emailed links
    def _check_email_confirmation(self) -> None:
        if not self.settings.email_confirmation:
            raise _unauthorized(
                ErrorCode.email_verification_disabled, "Email address confirmation is switched off."
            )

    def _email_user(self, conn: Connection, email: str) -> Row[Any]:
        user = self._user_by_email(conn, email)
        if user is None:
            raise _user_not_found()
        if user.provider != ALTOGIC:
            raise _invalid_provider()
        return user

    def resend_verification_email(self, email: str, base_url: str) -> None:
        self._check_email_confirmation()
        with self.sql.transaction() as conn:
            user = self._email_user(conn, email)
            if user.email_verified:
                raise _unauthorized(
                    ErrorCode.email_already_verified, "The email address is already confirmed."
                )
            key = self._issue(conn, "link:email-confirm", user.id, user.email)
            self._mail(conn, base_url, user.email, "email-confirm", key)

    def _send_link(self, email: str, base_url: str, action: str) -> None:
        self._check_email_confirmation()
        with self.sql.transaction() as conn:
            user = self._email_user(conn, email)
            if not user.email_verified:
                raise _unauthorized(
                    ErrorCode.email_not_verified, "The email address has not been confirmed yet."
                )
            key = self._issue(conn, f"link:{action}", user.id, user.email)
            self._mail(conn, base_url, user.email, action, key)

    def send_magic_link(self, email: str, base_url: str) -> None:
        self._send_link(email, base_url, "magic-link")

    def send_reset_email(self, email: str, base_url: str) -> None:
        self._send_link(email, base_url, "reset-pwd")

    def follow_link(self, action: str, key: str) -> str:
        """Act on an emailed link; answer the URL to redirect the browser to."""
        redirect = self.settings.redirect_url
        failure = with_query(
            redirect, [("status", "400"), ("action", action), ("error", INVALID_LINK)]
        )
        with self.sql.transaction() as conn:
            token = self._find_token(conn, key, [f"link:{action}"])
            if token is None:
                return failure
            self._consume(conn, token)
            user = self._user(conn, token.user_id)
            if user is None:
                return failure
            if action == "change-email":
                owner = self._user_by_email(conn, token.target)
                if owner is not None and owner.id != user.id:
                    message = (
                        f"The email address {token.target} is already used by another account."
                    )
                    return with_query(
                        redirect, [("status", "409"), ("action", action), ("error", message)]
                    )
                self._set_user(
                    conn,
                    user.id,
                    email=token.target,
                    email_key=token.target.lower(),
                    email_verified=True,
                )
                return with_query(redirect, [("status", "200"), ("action", action)])
            if user.email_key != str(token.target).lower():  # the address changed meanwhile
                return failure
            if action == "email-confirm":
                self._set_user(conn, user.id, email_verified=True)
            purpose = "access:reset" if action == "reset-pwd" else "access:grant"
            access = self._issue(conn, purpose, user.id, None, action, replace=False)
            return with_query(
                redirect, [("status", "200"), ("access_token", access), ("action", action)]
            )

    # ------------------------------------------------------------------ access tokens
    def _take_access_token(self, conn: Connection, key: str, wanted: str) -> Row[Any]:
        token = self._find_token(conn, key, ["access:grant", "access:reset"])
        if token is None:
            raise _invalid_access_token()
        if token.purpose != wanted:
            raise _unauthorized(
                ErrorCode.invalid_token_type, "This access token was issued for another purpose."
            )
        self._consume(conn, token)
        return token

    def grant(self, key: str, user_agent: str | None) -> dict[str, Any]:
        with self.sql.transaction() as conn:
            token = self._take_access_token(conn, key, "access:grant")
            return self._sign_in(conn, token.user_id, user_agent)

    def reset_password_with_token(self, key: str, new_password: str) -> None:
        self._check_password(new_password, "newPassword")
        with self.sql.transaction() as conn:
            token = self._take_access_token(conn, key, "access:reset")
        self._set_password(token.user_id, new_password, end_sessions=True)

    # ------------------------------------------------------------------ signed-in user
    def find_session(self, token: str, token_digest: str) -> SignedIn | None:
        """The stored session whose token has digest `token_digest` (see `CachedSessions`)."""
        sessions = self.tables.sessions
        with self.sql.read() as conn:
            row = conn.execute(
                select(sessions.c.id, sessions.c.user_id).where(
                    sessions.c.token_hash == token_digest
                )
            ).first()
        return None if row is None else SignedIn(row.id, row.user_id, token)

    def user(self, signed_in: SignedIn) -> dict[str, Any]:
        with self.sql.read() as conn:
            user = self._user(conn, signed_in.user_id)
        if user is None:
            raise _unauthorized(ErrorCode.invalid_session_token, "The session is no longer valid.")
        return self.user_json(user)

    def sessions(self, signed_in: SignedIn) -> list[dict[str, Any]]:
        sessions = self.tables.sessions
        with self.sql.read() as conn:
            rows = conn.execute(
                select(sessions)
                .where(sessions.c.user_id == signed_in.user_id)
                .order_by(sessions.c.seq)
            ).all()
        return [self.session_json(row) for row in rows]

    def sign_out(self, signed_in: SignedIn, token: str | None) -> None:
        sessions = self.tables.sessions
        with self.sql.transaction() as conn:
            ended = signed_in.session_id
            if token is not None:
                row = conn.execute(
                    select(sessions.c.id, sessions.c.user_id).where(
                        sessions.c.token_hash == digest(token)
                    )
                ).first()
                if row is None:
                    return
                if row.user_id != signed_in.user_id:
                    raise ApiError(
                        403, ErrorCode.permission_denied, "The session belongs to another user."
                    )
                ended = row.id
            conn.execute(delete(sessions).where(sessions.c.id == ended))
        self.sessions_cache.forget_session(ended)

    def sign_out_all(self, signed_in: SignedIn, *, keep_current: bool) -> None:
        sessions = self.tables.sessions
        condition = sessions.c.user_id == signed_in.user_id
        if keep_current:
            condition = and_(condition, sessions.c.id != signed_in.session_id)
        with self.sql.transaction() as conn:
            conn.execute(delete(sessions).where(condition))
        kept = signed_in.session_id if keep_current else None
        self.sessions_cache.forget_user(signed_in.user_id, except_session=kept)

    def _check_current_password(self, signed_in: SignedIn, password: str) -> Row[Any]:
        """The signed-in user, once `password` is theirs; a wrong one counts as a failure."""
        subject = f"user:{signed_in.user_id}"
        with self.sql.transaction() as conn:
            user = self._user(conn, signed_in.user_id)
            if user is None:
                raise _unauthorized(
                    ErrorCode.invalid_session_token, "The session is no longer valid."
                )
            if user.provider != ALTOGIC or user.password_hash is None:
                raise _invalid_provider()
            self._check_not_blocked(conn, subject)
        if not self.passwords.verify(user.password_hash, password):
            self._record_failure(subject)
            raise _unauthorized(ErrorCode.invalid_credentials, "The password is not correct.")
        with self.sql.transaction() as conn:
            self._clear_failures(conn, subject)
        return user

    def change_password(self, signed_in: SignedIn, new_password: str, old_password: str) -> None:
        self._check_password(new_password, "newPassword")
        user = self._check_current_password(signed_in, old_password)
        self._set_password(user.id, new_password, end_sessions=False)

    def change_email(
        self, signed_in: SignedIn, password: str, new_email: str, base_url: str
    ) -> dict[str, Any]:
        new_email = normalize_email(new_email)
        user = self._check_current_password(signed_in, password)
        with self.sql.transaction() as conn:
            if self._user_by_email(conn, new_email) is not None:
                raise ApiError(
                    409,
                    ErrorCode.email_not_unique,
                    EMAIL_TAKEN,
                    {"value": new_email, "param": "email"},
                )
            if self.settings.email_confirmation:
                key = self._issue(conn, "link:change-email", user.id, new_email)
                self._mail(conn, base_url, new_email, "change-email", key)
            else:
                user = self._set_user(
                    conn,
                    user.id,
                    email=new_email,
                    email_key=new_email.lower(),
                    email_verified=False,
                )
            return self.user_json(user)

    def change_phone(self, signed_in: SignedIn, password: str, new_phone: str) -> dict[str, Any]:
        user = self._check_current_password(signed_in, password)
        with self.sql.transaction() as conn:
            if self._user_by_phone(conn, new_phone) is not None:
                raise ApiError(
                    409,
                    ErrorCode.phone_not_unique,
                    PHONE_TAKEN,
                    {"value": new_phone, "param": "phone"},
                )
            if self.settings.phone_confirmation:
                code = self._issue(conn, "sms:change-phone", user.id, new_phone)
                self._sms(conn, new_phone, "change-phone", code)
            else:
                user = self._set_user(conn, user.id, phone=new_phone, phone_verified=False)
            return self.user_json(user)

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
        users = self.tables.users
        email = normalize_email(email)
        key = email.lower()
        with self.sql.transaction() as conn:
            user = conn.execute(
                select(users).where(users.c.provider == provider, users.c.email_key == key)
            ).first()
            if user is not None:
                action = "oauth-signin"
                user_id = user.id
                self._set_user(conn, user_id, last_login_at=self.clock.now())
            elif self._user_by_email(conn, email) is not None:
                message = (
                    f"An account with the same email ({email}) already exists; sign in with "
                    "the method it was created with."
                )
                return with_query(redirect, [("status", "409"), ("error", message)])
            else:
                action = "oauth-signup"
                now = self.clock.now()
                user_id = new_id(now)
                conn.execute(
                    insert(users).values(
                        id=user_id,
                        provider=provider,
                        provider_user_id=provider_user_id(provider, key),
                        email=email,
                        email_key=key,
                        email_verified=True,
                        name=name or None,
                        extra="{}",
                        sign_up_at=now,
                        last_login_at=now,
                    )
                )
            access = self._issue(conn, "access:grant", user_id, None, action, replace=False)
        return with_query(
            redirect, [("status", "200"), ("access_token", access), ("action", action)]
        )


def provider_user_id(provider: str, email_key: str) -> str:
    """A stable, numeric-looking id for the stand-in provider's user."""
    raw = hashlib.sha256(f"{provider}:{email_key}".encode()).digest()
    return str(int.from_bytes(raw[:8], "big"))
