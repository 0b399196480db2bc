"""The auth manager: sign-up and sign-in with email, phone, SMS codes or OAuth; sessions;
verification, password reset and credential changes.

`client.auth` (sync) and `async_client.auth` (async) have the same methods; both send the calls
planned by the `plan_*` functions below. The async manager is `altogic._async.auth`; the sync one,
`altogic._sync.auth`, is generated from it. Methods that start a session (sign-up without pending
confirmation, sign-in, `get_auth_grant`, `verify_phone` after a sign-up) save the session and
user in the client's session storage, and the client sends the session from then on; `sign_out`
(of the held session) and `sign_out_all` forget it, as does any answer with a session error.

For server-side web apps, `session_cookie`, `removed_session_cookie` and
`session_token_from_cookies` build and read the `session_token` cookie the JavaScript client
uses, and `get_user_from_db_by_cookie` reads the user of the session in a request's cookies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
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
    OAuthProvider,
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
from ._lazy import lazy_attributes
from .result import APIError, AuthResult, ErrorEntry, SessionsResult, UserResult, VoidResult
from .types import Session, User

if TYPE_CHECKING:
    from ._async.auth import AsyncAuthManager as AsyncAuthManager
    from ._sync.auth import AuthManager as AuthManager
else:
    __getattr__ = lazy_attributes(
        __name__, AsyncAuthManager="altogic._async.auth", AuthManager="altogic._sync.auth"
    )

Provider = OAuthProvider
"""An OAuth provider that `sign_in_with_provider` accepts."""
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


def cookie_session(token: str) -> Session:
    """The session to hold for a `session_token` cookie: only its token is known."""
    return cast("Session", {"token": token})
