"""The auth manager: sign-up and sign-in with email, phone, SMS codes or OAuth; sessions;
verification, password reset and credential changes.

`client.auth` (sync) and `async_client.auth` (async) have the same methods; both send the calls
planned by the `plan_*` functions below. Methods that start a session (sign-up without pending
confirmation, sign-in, `get_auth_grant`, `verify_phone` after a sign-up) save the session and
user in the client's session storage, and the client sends the session from then on; `sign_out`
(of the held session) and `sign_out_all` forget it, as does any answer with a session error.

For server-side web apps, `session_cookie`, `removed_session_cookie` and
`session_token_from_cookies` build and read the `session_token` cookie the JavaScript client
uses, and `get_user_from_db_by_cookie` reads the user of the session in a request's cookies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import quote, unquote

from altogic_api.api.auth import (
    change_email,
    change_password,
    change_phone,
    get_all_sessions,
    get_auth_grant,
    get_user_from_db,
    resend_verification_code,
    resend_verification_email,
    reset_pwd_with_code,
    reset_pwd_with_token,
    send_magic_link_email,
    send_reset_pwd_code,
    send_reset_pwd_email,
    send_sign_in_code,
    sign_in_with_code,
    sign_in_with_email,
    sign_in_with_phone,
    sign_out,
    sign_out_all,
    sign_out_all_except_current,
    sign_up_with_email,
    sign_up_with_phone,
    verify_phone,
)
from altogic_api.models import (
    ChangeEmailRequest,
    ChangePasswordRequest,
    ChangePhoneRequest,
    ResetPwdWithCodeRequest,
    ResetPwdWithTokenRequest,
    SignInWithEmailRequest,
    SignInWithPhoneRequest,
    SignOutRequest,
    SignUpUserData,
    SignUpWithEmailRequest,
    SignUpWithPhoneRequest,
)
from altogic_api.types import UNSET, Unset

from ._call import Call, call
from .result import APIError, AuthResult, ErrorEntry, SessionsResult, UserResult, VoidResult
from .types import Session, User

if TYPE_CHECKING:
    from .client import AltogicClient, AsyncAltogicClient

Provider = Literal["google", "facebook", "twitter", "apple", "discord", "github"]
NameOrUserData = str | Mapping[str, Any] | None
"""The new user's name, or an object of user fields (`emailVerified: True` skips confirmation)."""

SESSION_COOKIE = "session_token"
COOKIE_ATTRIBUTES = "Path=/; HttpOnly; Secure; SameSite=None"
COOKIE_MAX_AGE = 31_536_000  # one year, as the JavaScript client sets it


# ---------------------------------------------------------------------------- plans
def _user_data(value: NameOrUserData) -> SignUpUserData | str | Unset | None:
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    return SignUpUserData.from_dict(value)


def plan_sign_up_with_email(
    email: str, password: str, name_or_user_data: NameOrUserData
) -> Call[AuthResult]:
    body = SignUpWithEmailRequest(
        email=email, password=password, name_or_user_data=_user_data(name_or_user_data)
    )
    return call(sign_up_with_email._get_kwargs(body=body), AuthResult, idempotent=False)


def plan_sign_up_with_phone(
    phone: str, password: str, name_or_user_data: NameOrUserData
) -> Call[AuthResult]:
    body = SignUpWithPhoneRequest(
        phone=phone, password=password, name_or_user_data=_user_data(name_or_user_data)
    )
    return call(sign_up_with_phone._get_kwargs(body=body), AuthResult, idempotent=False)


def plan_sign_in_with_email(email: str, password: str) -> Call[AuthResult]:
    body = SignInWithEmailRequest(email=email, password=password)
    return call(sign_in_with_email._get_kwargs(body=body), AuthResult, idempotent=False)


def plan_sign_in_with_phone(phone: str, password: str) -> Call[AuthResult]:
    body = SignInWithPhoneRequest(phone=phone, password=password)
    return call(sign_in_with_phone._get_kwargs(body=body), AuthResult, idempotent=False)


def plan_sign_in_with_code(phone: str, code: str) -> Call[AuthResult]:
    request = sign_in_with_code._get_kwargs(code=code, phone=phone)
    return call(request, AuthResult, idempotent=False)


def plan_sign_out(session_token: str | None) -> Call[VoidResult]:
    body = SignOutRequest(token=session_token if session_token is not None else UNSET)
    return call(sign_out._get_kwargs(body=body), VoidResult, idempotent=True)


def plan_sign_out_all() -> Call[VoidResult]:
    return call(sign_out_all._get_kwargs(), VoidResult, idempotent=True)


def plan_sign_out_all_except_current() -> Call[VoidResult]:
    return call(sign_out_all_except_current._get_kwargs(), VoidResult, idempotent=True)


def plan_get_all_sessions() -> Call[SessionsResult]:
    return call(get_all_sessions._get_kwargs(), SessionsResult, idempotent=True)


def plan_get_user_from_db() -> Call[UserResult]:
    return call(get_user_from_db._get_kwargs(), UserResult, idempotent=True)


def plan_change_password(new_password: str, old_password: str) -> Call[VoidResult]:
    body = ChangePasswordRequest(new_password=new_password, old_password=old_password)
    return call(change_password._get_kwargs(body=body), VoidResult, idempotent=False)


def plan_get_auth_grant(access_token: str | None) -> Call[AuthResult]:
    # As in the JavaScript client, a missing token is sent as an empty key (which the server
    # refuses); there is no browser address bar to read it from.
    request = get_auth_grant._get_kwargs(key=access_token or "")
    return call(request, AuthResult, idempotent=False)


def plan_resend_verification_email(email: str) -> Call[VoidResult]:
    request = resend_verification_email._get_kwargs(email=email)
    return call(request, VoidResult, idempotent=False)


def plan_resend_verification_code(phone: str) -> Call[VoidResult]:
    request = resend_verification_code._get_kwargs(phone=phone)
    return call(request, VoidResult, idempotent=False)


def plan_send_magic_link_email(email: str) -> Call[VoidResult]:
    return call(send_magic_link_email._get_kwargs(email=email), VoidResult, idempotent=False)


def plan_send_reset_pwd_email(email: str) -> Call[VoidResult]:
    return call(send_reset_pwd_email._get_kwargs(email=email), VoidResult, idempotent=False)


def plan_send_reset_pwd_code(phone: str) -> Call[VoidResult]:
    return call(send_reset_pwd_code._get_kwargs(phone=phone), VoidResult, idempotent=False)


def plan_send_sign_in_code(phone: str) -> Call[VoidResult]:
    return call(send_sign_in_code._get_kwargs(phone=phone), VoidResult, idempotent=False)


def plan_reset_pwd_with_token(access_token: str, new_password: str) -> Call[VoidResult]:
    body = ResetPwdWithTokenRequest(new_password=new_password)
    request = reset_pwd_with_token._get_kwargs(body=body, key=access_token)
    return call(request, VoidResult, idempotent=False)


def plan_reset_pwd_with_code(phone: str, code: str, new_password: str) -> Call[VoidResult]:
    body = ResetPwdWithCodeRequest(new_password=new_password)
    request = reset_pwd_with_code._get_kwargs(body=body, phone=phone, code=code)
    return call(request, VoidResult, idempotent=False)


def plan_change_email(current_password: str, new_email: str) -> Call[UserResult]:
    body = ChangeEmailRequest(current_password=current_password, new_email=new_email)
    return call(change_email._get_kwargs(body=body), UserResult, idempotent=False)


def plan_change_phone(current_password: str, new_phone: str) -> Call[UserResult]:
    body = ChangePhoneRequest(current_password=current_password, new_phone=new_phone)
    return call(change_phone._get_kwargs(body=body), UserResult, idempotent=False)


def plan_verify_phone(phone: str, code: str) -> Call[AuthResult]:
    return call(verify_phone._get_kwargs(code=code, phone=phone), AuthResult, idempotent=False)


# ---------------------------------------------------------------------------- shared logic
def session_to_keep(result: AuthResult) -> tuple[Session, User] | None:
    """The session and user to save after a call that may start a session."""
    if result.errors is None and result.session is not None and result.user is not None:
        return result.session, result.user
    return None


def forgets_session(result: VoidResult, session_token: str | None, held: str | None) -> bool:
    """Whether a sign-out ended the held session (as the JavaScript client decides)."""
    return result.errors is None and (session_token is None or session_token == held)


def provider_url(base_url: str, provider: str) -> str:
    """Where to send a browser to sign in with an OAuth provider."""
    return f"{base_url}/_auth/{quote(provider, safe='')}"


def session_cookie(token: str) -> str:
    """The `Set-Cookie` value that stores `token` in the `session_token` cookie (as the
    JavaScript client's `setSessionCookie` does)."""
    return (
        f"{SESSION_COOKIE}={quote(token, safe='')}; Max-Age={COOKIE_MAX_AGE}; {COOKIE_ATTRIBUTES}"
    )


def removed_session_cookie() -> str:
    """The `Set-Cookie` value that deletes the `session_token` cookie."""
    return f"{SESSION_COOKIE}=; Max-Age=-1; {COOKIE_ATTRIBUTES}"


def session_token_from_cookies(cookie_header: str | None) -> str | None:
    """The `session_token` cookie's value in a request's `Cookie` header, or None."""
    for part in (cookie_header or "").split(";"):
        name, separator, value = part.strip().partition("=")
        if separator and name.strip() == SESSION_COOKIE:
            value = unquote(value.strip().strip('"'))
            return value or None
    return None


def missing_cookie_result() -> UserResult:
    """The JavaScript client's answer when a request carries no session cookie."""
    entry = ErrorEntry(
        "session_token_error",
        "session_token_not_found",
        f"Cannot identify the session token '{SESSION_COOKIE}' from the request headers",
    )
    return UserResult.from_errors(APIError(400, "Bad Request", (entry,)))


def _cookie_session(token: str) -> Session:
    return cast("Session", {"token": token})


# ---------------------------------------------------------------------------- managers
class AuthManager:
    """`client.auth`: users and sessions."""

    def __init__(self, client: AltogicClient) -> None:
        self._client = client

    def _starting_session(self, planned: Call[AuthResult]) -> AuthResult:
        result = self._client._send(planned)
        kept = session_to_keep(result)
        if kept is not None:
            self._client._session.save(*kept)
        return result

    def sign_up_with_email(
        self, email: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """Create a user. With email confirmation on (the default) `session` is None and a
        confirmation email is sent; otherwise the user is signed in."""
        return self._starting_session(plan_sign_up_with_email(email, password, name_or_user_data))

    def sign_up_with_phone(
        self, phone: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """Create a user with a phone number (E.164, e.g. `+15555555555`). With phone
        confirmation on, `session` is None and an SMS code is sent (see `verify_phone`)."""
        return self._starting_session(plan_sign_up_with_phone(phone, password, name_or_user_data))

    def sign_in_with_email(self, email: str, password: str) -> AuthResult:
        """Sign in with an email address and password."""
        return self._starting_session(plan_sign_in_with_email(email, password))

    def sign_in_with_phone(self, phone: str, password: str) -> AuthResult:
        """Sign in with a phone number and password."""
        return self._starting_session(plan_sign_in_with_phone(phone, password))

    def sign_in_with_code(self, phone: str, code: str) -> AuthResult:
        """Sign in with the SMS code that `send_sign_in_code` sent."""
        return self._starting_session(plan_sign_in_with_code(phone, code))

    def sign_in_with_provider(self, provider: Provider) -> str:
        """The URL to open in a browser to sign in with an OAuth provider. The browser comes back
        to the app's redirect URL with an `access_token` for `get_auth_grant`."""
        return provider_url(self._client.settings.base_url, provider)

    def get_auth_grant(self, access_token: str | None = None) -> AuthResult:
        """Exchange the `access_token` of a redirect (email confirmation, magic link, OAuth) for
        a session."""
        return self._starting_session(plan_get_auth_grant(access_token))

    def verify_phone(self, phone: str, code: str) -> AuthResult:
        """Confirm a phone number with an SMS code: after a sign-up this signs the user in;
        after `change_phone` it changes the number (and `session` is None)."""
        return self._starting_session(plan_verify_phone(phone, code))

    def sign_out(self, session_token: str | None = None) -> VoidResult:
        """End the held session, or the session `session_token` of the same user."""
        held = self._client._session.token
        result = self._client._send(plan_sign_out(session_token))
        if forgets_session(result, session_token, held):
            self._client._session.clear()
        return result

    def sign_out_all(self) -> VoidResult:
        """End every session of the user, the held one included."""
        result = self._client._send(plan_sign_out_all())
        if result.errors is None:
            self._client._session.clear()
        return result

    def sign_out_all_except_current(self) -> VoidResult:
        """End every session of the user except the held one."""
        return self._client._send(plan_sign_out_all_except_current())

    def get_all_sessions(self) -> SessionsResult:
        """The user's active sessions."""
        return self._client._send(plan_get_all_sessions())

    def get_user_from_db(self) -> UserResult:
        """The signed-in user, as stored now."""
        return self._client._send(plan_get_user_from_db())

    def change_password(self, new_password: str, old_password: str) -> VoidResult:
        """Replace the user's password."""
        return self._client._send(plan_change_password(new_password, old_password))

    def change_email(self, current_password: str, new_email: str) -> UserResult:
        """Change the user's email address (after confirming it by email, when confirmation is
        on)."""
        return self._client._send(plan_change_email(current_password, new_email))

    def change_phone(self, current_password: str, new_phone: str) -> UserResult:
        """Change the user's phone number (after `verify_phone`, when confirmation is on)."""
        return self._client._send(plan_change_phone(current_password, new_phone))

    def resend_verification_email(self, email: str) -> VoidResult:
        """Send the email-confirmation link again."""
        return self._client._send(plan_resend_verification_email(email))

    def resend_verification_code(self, phone: str) -> VoidResult:
        """Send the phone-confirmation code again."""
        return self._client._send(plan_resend_verification_code(phone))

    def send_magic_link_email(self, email: str) -> VoidResult:
        """Email a sign-in link; its redirect carries an `access_token` for `get_auth_grant`."""
        return self._client._send(plan_send_magic_link_email(email))

    def send_reset_pwd_email(self, email: str) -> VoidResult:
        """Email a password-reset link; its redirect carries an `access_token` for
        `reset_pwd_with_token`."""
        return self._client._send(plan_send_reset_pwd_email(email))

    def send_reset_pwd_code(self, phone: str) -> VoidResult:
        """Send a password-reset code by SMS, for `reset_pwd_with_code`."""
        return self._client._send(plan_send_reset_pwd_code(phone))

    def send_sign_in_code(self, phone: str) -> VoidResult:
        """Send a sign-in code by SMS, for `sign_in_with_code`."""
        return self._client._send(plan_send_sign_in_code(phone))

    def reset_pwd_with_token(self, access_token: str, new_password: str) -> VoidResult:
        """Set a new password with the token of a password-reset redirect."""
        return self._client._send(plan_reset_pwd_with_token(access_token, new_password))

    def reset_pwd_with_code(self, phone: str, code: str, new_password: str) -> VoidResult:
        """Set a new password with an SMS code from `send_reset_pwd_code`."""
        return self._client._send(plan_reset_pwd_with_code(phone, code, new_password))

    # -------------------------------------------------------------- local state
    def get_session(self) -> Session | None:
        """The held session, from the session storage."""
        return self._client._session.get_session()

    def get_user(self) -> User | None:
        """The signed-in user as last saved in the session storage."""
        return self._client._session.get_user()

    def set_session(self, session: Session) -> None:
        """Hold `session` (send its token from now on) and save it in the storage."""
        self._client._session.set_session(session)

    def set_user(self, user: User) -> None:
        """Save `user` in the session storage."""
        self._client._session.set_user(user)

    def clear_local_data(self) -> None:
        """Remove the session and user from the storage (the session is still sent)."""
        self._client._session.clear_local_data()

    def invalidate_session(self) -> None:
        """Forget the session: stop sending it and remove it and the user from the storage."""
        self._client._session.clear()

    # -------------------------------------------------------------- cookies
    session_cookie = staticmethod(session_cookie)
    removed_session_cookie = staticmethod(removed_session_cookie)
    session_token_from_cookies = staticmethod(session_token_from_cookies)

    def get_user_from_db_by_cookie(self, cookie_header: str | None) -> UserResult:
        """The user of the session in a request's `Cookie` header (`session_token`). The token
        becomes the held session. Without the cookie: a 400 `session_token_not_found` error,
        and no request is made. On an error, answer with `removed_session_cookie()`."""
        token = session_token_from_cookies(cookie_header)
        if token is None:
            return missing_cookie_result()
        self._client._session.set_session(_cookie_session(token))
        return self._client._send(plan_get_user_from_db())


class AsyncAuthManager:
    """`async_client.auth`: the async twin of `AuthManager`."""

    def __init__(self, client: AsyncAltogicClient) -> None:
        self._client = client

    async def _starting_session(self, planned: Call[AuthResult]) -> AuthResult:
        result = await self._client._send(planned)
        kept = session_to_keep(result)
        if kept is not None:
            await self._client._session.save(*kept)
        return result

    async def sign_up_with_email(
        self, email: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """See `AuthManager.sign_up_with_email`."""
        return await self._starting_session(
            plan_sign_up_with_email(email, password, name_or_user_data)
        )

    async def sign_up_with_phone(
        self, phone: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """See `AuthManager.sign_up_with_phone`."""
        return await self._starting_session(
            plan_sign_up_with_phone(phone, password, name_or_user_data)
        )

    async def sign_in_with_email(self, email: str, password: str) -> AuthResult:
        """See `AuthManager.sign_in_with_email`."""
        return await self._starting_session(plan_sign_in_with_email(email, password))

    async def sign_in_with_phone(self, phone: str, password: str) -> AuthResult:
        """See `AuthManager.sign_in_with_phone`."""
        return await self._starting_session(plan_sign_in_with_phone(phone, password))

    async def sign_in_with_code(self, phone: str, code: str) -> AuthResult:
        """See `AuthManager.sign_in_with_code`."""
        return await self._starting_session(plan_sign_in_with_code(phone, code))

    def sign_in_with_provider(self, provider: Provider) -> str:
        """See `AuthManager.sign_in_with_provider` (no request is made)."""
        return provider_url(self._client.settings.base_url, provider)

    async def get_auth_grant(self, access_token: str | None = None) -> AuthResult:
        """See `AuthManager.get_auth_grant`."""
        return await self._starting_session(plan_get_auth_grant(access_token))

    async def verify_phone(self, phone: str, code: str) -> AuthResult:
        """See `AuthManager.verify_phone`."""
        return await self._starting_session(plan_verify_phone(phone, code))

    async def sign_out(self, session_token: str | None = None) -> VoidResult:
        """See `AuthManager.sign_out`."""
        await self._client._session.restore()
        held = self._client._session.token
        result = await self._client._send(plan_sign_out(session_token))
        if forgets_session(result, session_token, held):
            await self._client._session.clear()
        return result

    async def sign_out_all(self) -> VoidResult:
        """See `AuthManager.sign_out_all`."""
        result = await self._client._send(plan_sign_out_all())
        if result.errors is None:
            await self._client._session.clear()
        return result

    async def sign_out_all_except_current(self) -> VoidResult:
        """See `AuthManager.sign_out_all_except_current`."""
        return await self._client._send(plan_sign_out_all_except_current())

    async def get_all_sessions(self) -> SessionsResult:
        """See `AuthManager.get_all_sessions`."""
        return await self._client._send(plan_get_all_sessions())

    async def get_user_from_db(self) -> UserResult:
        """See `AuthManager.get_user_from_db`."""
        return await self._client._send(plan_get_user_from_db())

    async def change_password(self, new_password: str, old_password: str) -> VoidResult:
        """See `AuthManager.change_password`."""
        return await self._client._send(plan_change_password(new_password, old_password))

    async def change_email(self, current_password: str, new_email: str) -> UserResult:
        """See `AuthManager.change_email`."""
        return await self._client._send(plan_change_email(current_password, new_email))

    async def change_phone(self, current_password: str, new_phone: str) -> UserResult:
        """See `AuthManager.change_phone`."""
        return await self._client._send(plan_change_phone(current_password, new_phone))

    async def resend_verification_email(self, email: str) -> VoidResult:
        """See `AuthManager.resend_verification_email`."""
        return await self._client._send(plan_resend_verification_email(email))

    async def resend_verification_code(self, phone: str) -> VoidResult:
        """See `AuthManager.resend_verification_code`."""
        return await self._client._send(plan_resend_verification_code(phone))

    async def send_magic_link_email(self, email: str) -> VoidResult:
        """See `AuthManager.send_magic_link_email`."""
        return await self._client._send(plan_send_magic_link_email(email))

    async def send_reset_pwd_email(self, email: str) -> VoidResult:
        """See `AuthManager.send_reset_pwd_email`."""
        return await self._client._send(plan_send_reset_pwd_email(email))

    async def send_reset_pwd_code(self, phone: str) -> VoidResult:
        """See `AuthManager.send_reset_pwd_code`."""
        return await self._client._send(plan_send_reset_pwd_code(phone))

    async def send_sign_in_code(self, phone: str) -> VoidResult:
        """See `AuthManager.send_sign_in_code`."""
        return await self._client._send(plan_send_sign_in_code(phone))

    async def reset_pwd_with_token(self, access_token: str, new_password: str) -> VoidResult:
        """See `AuthManager.reset_pwd_with_token`."""
        return await self._client._send(plan_reset_pwd_with_token(access_token, new_password))

    async def reset_pwd_with_code(self, phone: str, code: str, new_password: str) -> VoidResult:
        """See `AuthManager.reset_pwd_with_code`."""
        return await self._client._send(plan_reset_pwd_with_code(phone, code, new_password))

    # -------------------------------------------------------------- local state
    async def get_session(self) -> Session | None:
        """See `AuthManager.get_session`."""
        return await self._client._session.get_session()

    async def get_user(self) -> User | None:
        """See `AuthManager.get_user`."""
        return await self._client._session.get_user()

    async def set_session(self, session: Session) -> None:
        """See `AuthManager.set_session`."""
        await self._client._session.set_session(session)

    async def set_user(self, user: User) -> None:
        """See `AuthManager.set_user`."""
        await self._client._session.set_user(user)

    async def clear_local_data(self) -> None:
        """See `AuthManager.clear_local_data`."""
        await self._client._session.restore()  # the held token stays
        await self._client._session.clear_local_data()

    async def invalidate_session(self) -> None:
        """See `AuthManager.invalidate_session`."""
        await self._client._session.clear()

    # -------------------------------------------------------------- cookies
    session_cookie = staticmethod(session_cookie)
    removed_session_cookie = staticmethod(removed_session_cookie)
    session_token_from_cookies = staticmethod(session_token_from_cookies)

    async def get_user_from_db_by_cookie(self, cookie_header: str | None) -> UserResult:
        """See `AuthManager.get_user_from_db_by_cookie`."""
        token = session_token_from_cookies(cookie_header)
        if token is None:
            return missing_cookie_result()
        await self._client._session.set_session(_cookie_session(token))
        return await self._client._send(plan_get_user_from_db())
