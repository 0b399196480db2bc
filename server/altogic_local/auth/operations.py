"""The auth module's operations (client API, browser pages, emulator outbox); the semantics live
in `service.py`. Handlers are plain functions run in the thread pool: SQL and argon2 block."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from altogic_models import (
    ChangeEmailRequest,
    ChangePasswordRequest,
    ChangePhoneRequest,
    EmailLinkParametersQuery,
    EmulatorClearOutboxParametersQuery,
    EmulatorListOutboxParametersQuery,
    GetAuthGrantParametersQuery,
    OAuthProvider,
    OauthSubmitRequest,
    ResendVerificationCodeParametersQuery,
    ResendVerificationEmailParametersQuery,
    ResetPwdWithCodeParametersQuery,
    ResetPwdWithCodeRequest,
    ResetPwdWithTokenParametersQuery,
    ResetPwdWithTokenRequest,
    SendMagicLinkEmailParametersQuery,
    SendResetPwdCodeParametersQuery,
    SendResetPwdEmailParametersQuery,
    SendSignInCodeParametersQuery,
    SignInWithCodeParametersQuery,
    SignInWithEmailRequest,
    SignInWithPhoneRequest,
    SignOutRequest,
    SignUpUserData,
    SignUpWithEmailRequest,
    SignUpWithPhoneRequest,
    UserName,
    VerifyPhoneParametersQuery,
)
from pydantic import MISSING, BaseModel
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..errors import InvalidRequest
from ..jsonutil import dumps, empty_response, json_response
from ..operations import Operations
from ..sessions import SignedIn
from .pages import oauth_page

if TYPE_CHECKING:
    from .module import AuthModule

operations: Operations[AuthModule] = Operations()


def _user_agent(request: Request) -> str | None:
    return request.headers.get("user-agent")


def _base_url(auth: AuthModule, request: Request) -> str:
    """The backend's URL that emailed links point at: the configured or bound address, never
    the request's `Host` header (see `Backend.public_url`)."""
    return auth.backend.public_url(request.scope)


def _check_text(value: Any, path: tuple[str, ...]) -> None:
    """Refuse strings that cannot be stored or hashed: JSON can carry unpaired surrogates
    (`"\\ud800"`), which are not Unicode text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            message = "Input should be valid Unicode text"
            raise InvalidRequest.one("body", "string_unicode", message, *path) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, path)
            _check_text(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, (*path, str(index)))


def _text(body: BaseModel) -> None:
    _check_text(body.model_dump(by_alias=True), ())


def _user_data(value: UserName | SignUpUserData | Any | None) -> str | dict[str, Any] | None:
    if isinstance(value, UserName):
        return value.root
    if isinstance(value, SignUpUserData):
        return value.model_dump(by_alias=True)
    return None


def _json(value: Any) -> Response:
    return json_response(dumps(value))


# ------------------------------------------------------------------ sign-up and sign-in
@operations("signUpWithEmail")
def sign_up_with_email(
    auth: AuthModule, request: Request, body: SignUpWithEmailRequest
) -> Response:
    _text(body)
    return _json(
        auth.service.sign_up_email(
            body.email,
            body.password,
            _user_data(body.name_or_user_data),
            _user_agent(request),
            _base_url(auth, request),
        )
    )


@operations("signUpWithPhone")
def sign_up_with_phone(
    auth: AuthModule, request: Request, body: SignUpWithPhoneRequest
) -> Response:
    _text(body)
    return _json(
        auth.service.sign_up_phone(
            body.phone, body.password, _user_data(body.name_or_user_data), _user_agent(request)
        )
    )


@operations("signInWithEmail")
def sign_in_with_email(
    auth: AuthModule, request: Request, body: SignInWithEmailRequest
) -> Response:
    _text(body)
    return _json(auth.service.sign_in_email(body.email, body.password, _user_agent(request)))


@operations("signInWithPhone")
def sign_in_with_phone(
    auth: AuthModule, request: Request, body: SignInWithPhoneRequest
) -> Response:
    _text(body)
    return _json(auth.service.sign_in_phone(body.phone, body.password, _user_agent(request)))


@operations("signInWithCode")
def sign_in_with_code(
    auth: AuthModule, request: Request, query: SignInWithCodeParametersQuery
) -> Response:
    return _json(auth.service.sign_in_with_code(query.phone, query.code, _user_agent(request)))


@operations("getAuthGrant")
def get_auth_grant(
    auth: AuthModule, request: Request, query: GetAuthGrantParametersQuery
) -> Response:
    return _json(auth.service.grant(query.key, _user_agent(request)))


@operations("verifyPhone")
def verify_phone(auth: AuthModule, request: Request, query: VerifyPhoneParametersQuery) -> Response:
    return _json(auth.service.verify_phone(query.phone, query.code, _user_agent(request)))


# ------------------------------------------------------------------ sessions
@operations("signOut")
def sign_out(auth: AuthModule, session: SignedIn, body: SignOutRequest) -> Response:
    _text(body)
    auth.service.sign_out(session, body.token if body.token is not MISSING else None)
    return empty_response()


@operations("signOutAll")
def sign_out_all(auth: AuthModule, session: SignedIn) -> Response:
    auth.service.sign_out_all(session, keep_current=False)
    return empty_response()


@operations("signOutAllExceptCurrent")
def sign_out_all_except_current(auth: AuthModule, session: SignedIn) -> Response:
    auth.service.sign_out_all(session, keep_current=True)
    return empty_response()


@operations("getAllSessions")
def get_all_sessions(auth: AuthModule, session: SignedIn) -> Response:
    return _json(auth.service.sessions(session))


@operations("getUserFromDB")
def get_user_from_db(auth: AuthModule, session: SignedIn) -> Response:
    return _json(auth.service.user(session))


# ------------------------------------------------------------------ credentials
@operations("changePassword")
def change_password(auth: AuthModule, session: SignedIn, body: ChangePasswordRequest) -> Response:
    _text(body)
    auth.service.change_password(session, body.new_password, body.old_password)
    return empty_response()


@operations("changeEmail")
def change_email(
    auth: AuthModule, request: Request, session: SignedIn, body: ChangeEmailRequest
) -> Response:
    _text(body)
    return _json(
        auth.service.change_email(
            session, body.current_password, body.new_email, _base_url(auth, request)
        )
    )


@operations("changePhone")
def change_phone(auth: AuthModule, session: SignedIn, body: ChangePhoneRequest) -> Response:
    _text(body)
    return _json(auth.service.change_phone(session, body.current_password, body.new_phone))


@operations("resetPwdWithToken")
def reset_pwd_with_token(
    auth: AuthModule, query: ResetPwdWithTokenParametersQuery, body: ResetPwdWithTokenRequest
) -> Response:
    _text(body)
    auth.service.reset_password_with_token(query.key, body.new_password)
    return empty_response()


@operations("resetPwdWithCode")
def reset_pwd_with_code(
    auth: AuthModule, query: ResetPwdWithCodeParametersQuery, body: ResetPwdWithCodeRequest
) -> Response:
    _text(body)
    auth.service.reset_password_with_code(query.phone, query.code, body.new_password)
    return empty_response()


# ------------------------------------------------------------------ emails and SMS messages
@operations("resendVerificationEmail")
def resend_verification_email(
    auth: AuthModule, request: Request, query: ResendVerificationEmailParametersQuery
) -> Response:
    auth.service.resend_verification_email(query.email, _base_url(auth, request))
    return empty_response()


@operations("sendMagicLinkEmail")
def send_magic_link_email(
    auth: AuthModule, request: Request, query: SendMagicLinkEmailParametersQuery
) -> Response:
    auth.service.send_magic_link(query.email, _base_url(auth, request))
    return empty_response()


@operations("sendResetPwdEmail")
def send_reset_pwd_email(
    auth: AuthModule, request: Request, query: SendResetPwdEmailParametersQuery
) -> Response:
    auth.service.send_reset_email(query.email, _base_url(auth, request))
    return empty_response()


@operations("resendVerificationCode")
def resend_verification_code(
    auth: AuthModule, query: ResendVerificationCodeParametersQuery
) -> Response:
    auth.service.resend_verification_code(query.phone)
    return empty_response()


@operations("sendSignInCode")
def send_sign_in_code(auth: AuthModule, query: SendSignInCodeParametersQuery) -> Response:
    auth.service.send_sign_in_code(query.phone)
    return empty_response()


@operations("sendResetPwdCode")
def send_reset_pwd_code(auth: AuthModule, query: SendResetPwdCodeParametersQuery) -> Response:
    auth.service.send_reset_code(query.phone)
    return empty_response()


# ------------------------------------------------------------------ browser routes
@operations("emailLink")
def email_link(auth: AuthModule, query: EmailLinkParametersQuery) -> Response:
    url = auth.service.follow_link(query.action.value, query.key)
    return RedirectResponse(url, status_code=303)


@operations("oauthStart")
async def oauth_start(auth: AuthModule, provider: OAuthProvider) -> Response:
    auth.service.check_provider(provider.value)
    return HTMLResponse(oauth_page(provider.value))


@operations("oauthSubmit")
def oauth_submit(auth: AuthModule, provider: OAuthProvider, body: OauthSubmitRequest) -> Response:
    _text(body)
    name = body.name if isinstance(body.name, str) else None
    url = auth.service.oauth_sign_in(provider.value, body.email, name)
    return RedirectResponse(url, status_code=303)


# ------------------------------------------------------------------ emulator outbox
@operations("emulatorListOutbox")
def emulator_list_outbox(auth: AuthModule, query: EmulatorListOutboxParametersQuery) -> Response:
    kind = query.kind.value if query.kind is not MISSING else None
    to = query.to if query.to is not MISSING else None
    return _json(auth.service.outbox(to, kind))


@operations("emulatorClearOutbox")
def emulator_clear_outbox(auth: AuthModule, query: EmulatorClearOutboxParametersQuery) -> Response:
    kind = query.kind.value if query.kind is not MISSING else None
    to = query.to if query.to is not MISSING else None
    auth.service.clear_outbox(to, kind)
    return empty_response()
