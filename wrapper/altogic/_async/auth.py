"""The auth manager: sign-up and sign-in with email, phone, SMS codes or OAuth; sessions;
verification, password reset and credential changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .._call import Call
from ..auth import (
    NameOrUserData,
    Provider,
    cookie_session,
    forgets_session,
    missing_cookie_result,
    plan_change_email,
    plan_change_password,
    plan_change_phone,
    plan_get_all_sessions,
    plan_get_auth_grant,
    plan_get_user_from_db,
    plan_resend_verification_code,
    plan_resend_verification_email,
    plan_reset_pwd_with_code,
    plan_reset_pwd_with_token,
    plan_send_magic_link_email,
    plan_send_reset_pwd_code,
    plan_send_reset_pwd_email,
    plan_send_sign_in_code,
    plan_sign_in_with_code,
    plan_sign_in_with_email,
    plan_sign_in_with_phone,
    plan_sign_out,
    plan_sign_out_all,
    plan_sign_out_all_except_current,
    plan_sign_up_with_email,
    plan_sign_up_with_phone,
    plan_verify_phone,
    provider_url,
    removed_session_cookie,
    session_cookie,
    session_to_keep,
    session_token_from_cookies,
)
from ..result import AuthResult, SessionsResult, UserResult, VoidResult
from ..types import Session, User
from .sender import AsyncSender

if TYPE_CHECKING:
    from ..realtime import Listener
    from .realtime import AsyncRealtimeManager


class AsyncAuthManager:
    """`client.auth`: users and sessions."""

    def __init__(
        self, sender: AsyncSender, realtime: Callable[[], AsyncRealtimeManager] | None = None
    ) -> None:
        self._sender = sender
        self._realtime = realtime

    def on_user_event(self, callback: Listener) -> None:
        """Call `callback(event_name, session)`, or `callback(event_name, session, user)` when
        the server sends the user, for each event of the signed-in user pushed over realtime:
        `user:signin`, `user:signout`, `user:update`, `user:delete`, `user:pwdchange`,
        `user:emailchange`, `user:phonechange`. Opens the realtime connection (see
        `client.realtime` for where the callback runs)."""
        if self._realtime is not None:
            self._realtime().on_user_event(callback)

    async def _starting_session(self, planned: Call[AuthResult]) -> AuthResult:
        result = await self._sender.send(planned)
        kept = session_to_keep(result)
        if kept is not None:
            await self._sender.session.save(*kept)
        return result

    async def sign_up_with_email(
        self, email: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """Create a user. With email confirmation on (the default) `session` is None and a
        confirmation email is sent; otherwise the user is signed in."""
        planned = plan_sign_up_with_email(email, password, name_or_user_data)
        return await self._starting_session(planned)

    async def sign_up_with_phone(
        self, phone: str, password: str, name_or_user_data: NameOrUserData = None
    ) -> AuthResult:
        """Create a user with a phone number (E.164, e.g. `+15555555555`). With phone
        confirmation on, `session` is None and an SMS code is sent (see `verify_phone`)."""
        planned = plan_sign_up_with_phone(phone, password, name_or_user_data)
        return await self._starting_session(planned)

    async def sign_in_with_email(self, email: str, password: str) -> AuthResult:
        """Sign in with an email address and password."""
        return await self._starting_session(plan_sign_in_with_email(email, password))

    async def sign_in_with_phone(self, phone: str, password: str) -> AuthResult:
        """Sign in with a phone number and password."""
        return await self._starting_session(plan_sign_in_with_phone(phone, password))

    async def sign_in_with_code(self, phone: str, code: str) -> AuthResult:
        """Sign in with the SMS code that `send_sign_in_code` sent."""
        return await self._starting_session(plan_sign_in_with_code(phone, code))

    def sign_in_with_provider(self, provider: Provider) -> str:
        """The URL to open in a browser to sign in with an OAuth provider (no request is made).
        The browser comes back to the app's redirect URL with an `access_token` for
        `get_auth_grant`."""
        return provider_url(self._sender.base_url, provider)

    async def get_auth_grant(self, access_token: str | None = None) -> AuthResult:
        """Exchange the `access_token` of a redirect (email confirmation, magic link, OAuth) for
        a session."""
        return await self._starting_session(plan_get_auth_grant(access_token))

    async def verify_phone(self, phone: str, code: str) -> AuthResult:
        """Confirm a phone number with an SMS code: after a sign-up this signs the user in;
        after `change_phone` it changes the number (and `session` is None)."""
        return await self._starting_session(plan_verify_phone(phone, code))

    async def sign_out(self, session_token: str | None = None) -> VoidResult:
        """End the held session, or the session `session_token` of the same user."""
        await self._sender.session.restore()
        held = self._sender.session.token
        result = await self._sender.send(plan_sign_out(session_token))
        if forgets_session(result, session_token, held):
            await self._sender.session.clear()
        return result

    async def sign_out_all(self) -> VoidResult:
        """End every session of the user, the held one included."""
        result = await self._sender.send(plan_sign_out_all())
        if result.errors is None:
            await self._sender.session.clear()
        return result

    async def sign_out_all_except_current(self) -> VoidResult:
        """End every session of the user except the held one."""
        return await self._sender.send(plan_sign_out_all_except_current())

    async def get_all_sessions(self) -> SessionsResult:
        """The user's active sessions."""
        return await self._sender.send(plan_get_all_sessions())

    async def get_user_from_db(self) -> UserResult:
        """The signed-in user, as stored now."""
        return await self._sender.send(plan_get_user_from_db())

    async def change_password(self, new_password: str, old_password: str) -> VoidResult:
        """Replace the user's password."""
        return await self._sender.send(plan_change_password(new_password, old_password))

    async def change_email(self, current_password: str, new_email: str) -> UserResult:
        """Change the user's email address (after confirming it by email, when confirmation is
        on)."""
        return await self._sender.send(plan_change_email(current_password, new_email))

    async def change_phone(self, current_password: str, new_phone: str) -> UserResult:
        """Change the user's phone number (after `verify_phone`, when confirmation is on)."""
        return await self._sender.send(plan_change_phone(current_password, new_phone))

    async def resend_verification_email(self, email: str) -> VoidResult:
        """Send the email-confirmation link again."""
        return await self._sender.send(plan_resend_verification_email(email))

    async def resend_verification_code(self, phone: str) -> VoidResult:
        """Send the phone-confirmation code again."""
        return await self._sender.send(plan_resend_verification_code(phone))

    async def send_magic_link_email(self, email: str) -> VoidResult:
        """Email a sign-in link; its redirect carries an `access_token` for `get_auth_grant`."""
        return await self._sender.send(plan_send_magic_link_email(email))

    async def send_reset_pwd_email(self, email: str) -> VoidResult:
        """Email a password-reset link; its redirect carries an `access_token` for
        `reset_pwd_with_token`."""
        return await self._sender.send(plan_send_reset_pwd_email(email))

    async def send_reset_pwd_code(self, phone: str) -> VoidResult:
        """Send a password-reset code by SMS, for `reset_pwd_with_code`."""
        return await self._sender.send(plan_send_reset_pwd_code(phone))

    async def send_sign_in_code(self, phone: str) -> VoidResult:
        """Send a sign-in code by SMS, for `sign_in_with_code`."""
        return await self._sender.send(plan_send_sign_in_code(phone))

    async def reset_pwd_with_token(self, access_token: str, new_password: str) -> VoidResult:
        """Set a new password with the token of a password-reset redirect."""
        return await self._sender.send(plan_reset_pwd_with_token(access_token, new_password))

    async def reset_pwd_with_code(self, phone: str, code: str, new_password: str) -> VoidResult:
        """Set a new password with an SMS code from `send_reset_pwd_code`."""
        return await self._sender.send(plan_reset_pwd_with_code(phone, code, new_password))

    # -------------------------------------------------------------- local state
    async def get_session(self) -> Session | None:
        """The held session, from the session storage."""
        return await self._sender.session.get_session()

    async def get_user(self) -> User | None:
        """The signed-in user as last saved in the session storage."""
        return await self._sender.session.get_user()

    async def set_session(self, session: Session) -> None:
        """Hold `session` (send its token from now on) and save it in the storage."""
        await self._sender.session.set_session(session)

    async def set_user(self, user: User) -> None:
        """Save `user` in the session storage."""
        await self._sender.session.set_user(user)

    async def clear_local_data(self) -> None:
        """Remove the session and user from the storage (the session is still sent)."""
        await self._sender.session.restore()  # the held token stays
        await self._sender.session.clear_local_data()

    async def invalidate_session(self) -> None:
        """Forget the session: stop sending it and remove it and the user from the storage."""
        await self._sender.session.clear()

    # -------------------------------------------------------------- cookies
    session_cookie = staticmethod(session_cookie)
    removed_session_cookie = staticmethod(removed_session_cookie)
    session_token_from_cookies = staticmethod(session_token_from_cookies)

    async def get_user_from_db_by_cookie(self, cookie_header: str | None) -> UserResult:
        """The user of the session in a request's `Cookie` header (`session_token`). The token
        becomes the held session. Without the cookie: a 400 `session_token_not_found` error,
        and no request is made. On an error, answer with `removed_session_cookie()`."""
        token = session_token_from_cookies(cookie_header)
        if token is None:
            return missing_cookie_result()
        await self._sender.session.set_session(cookie_session(token))
        return await self._sender.send(plan_get_user_from_db())
