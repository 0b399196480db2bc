"""HTTP routes of the auth module (client API, browser pages, emulator outbox); the semantics
live in `service.py`."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from altogic_models import (
    ChangeEmailRequest,
    ChangePasswordRequest,
    ChangePhoneRequest,
    EmailLinkAction,
    OAuthProvider,
    OauthSubmitRequest,
    OutboxKind,
    ResetPwdWithCodeRequest,
    ResetPwdWithTokenRequest,
    SignInWithEmailRequest,
    SignInWithPhoneRequest,
    SignOutRequest,
    SignUpUserData,
    SignUpWithEmailRequest,
    SignUpWithPhoneRequest,
    UserName,
)
from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import MISSING, BaseModel, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..errors import error_item, error_response
from ..jsonutil import dumps, empty_response, json_response, optional_body
from .pages import oauth_page
from .service import AuthService
from .sessions import AUTH_PREFIX, RequiredSession, auth_service

router = APIRouter()

PHONE_PATTERN = r"^\+[1-9][0-9]{6,14}$"
Phone = Annotated[str, Query(min_length=8, max_length=16, pattern=PHONE_PATTERN)]
Code = Annotated[str, Query(min_length=6, max_length=6, pattern=r"^[0-9]{6}$")]
Key = Annotated[str, Query(min_length=1, max_length=512)]
RawEmail = Annotated[str, Query(min_length=3, max_length=254)]

# Query-string addresses get exactly the constraints the spec gives body addresses.
_email: TypeAdapter[str] = TypeAdapter(
    Annotated[str, *SignInWithEmailRequest.model_fields["email"].metadata]
)


def _service(request: Request) -> AuthService:
    return auth_service(request)


def _user_agent(request: Request) -> str | None:
    return request.headers.get("user-agent")


def _base_url(request: Request) -> str:
    return str(request.base_url)


def _query_email(raw: str) -> str:
    """An address from the query string. The JS client does not URL-encode it, so a `+` arrives
    as a space; a space is never valid in an address, so every space is read as `+`."""
    try:
        return _email.validate_python(raw.replace(" ", "+"))
    except ValidationError as exc:
        errors = [{**error, "loc": ("query", "email")} for error in exc.errors()]
        raise RequestValidationError(errors) from None


def _check_text(value: Any, path: tuple[str, ...]) -> None:
    """Refuse strings that cannot be stored or hashed: JSON can carry unpaired surrogates
    (`"\\ud800"`), which are not Unicode text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            error = {
                "loc": ("body", *path),
                "msg": "Input should be valid Unicode text",
                "type": "string_unicode",
            }
            raise RequestValidationError([error]) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, path)
            _check_text(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, (*path, str(index)))


def _text(body: BaseModel) -> None:
    _check_text(body.model_dump(by_alias=True), ())


M = TypeVar("M", bound=BaseModel)
_UNION_MEMBERS = ("UserName", "SignUpUserData")


async def _sign_up_body(request: Request, model: type[M]) -> M:
    """The sign-up body. `nameOrUserData` is a name or an object, and pydantic reports a bad
    value once per union member (`nameOrUserData.UserName`, `nameOrUserData.SignUpUserData`);
    the member names are dropped so that each field gets one error."""
    raw = await request.body()
    if not raw.strip():
        raise RequestValidationError(
            [{"loc": ("body",), "msg": "Field required", "type": "missing"}]
        )
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            if loc[:1] == ("nameOrUserData",) and loc[1:2] and loc[1] in _UNION_MEMBERS:
                loc = loc[:1] + loc[2:]
            errors.append({**error, "loc": ("body", *loc)})
        raise RequestValidationError(errors) from None


def _user_data(value: UserName | SignUpUserData | Any | None) -> str | dict[str, Any] | None:
    if isinstance(value, UserName):
        return value.root
    if isinstance(value, SignUpUserData):
        return value.model_dump(by_alias=True)
    return None


def _json(value: Any) -> Response:
    return json_response(dumps(value))


# ------------------------------------------------------------------ sign-up and sign-in
@router.post(f"{AUTH_PREFIX}/signup-email")
async def sign_up_with_email(request: Request) -> Response:
    body = await _sign_up_body(request, SignUpWithEmailRequest)
    _text(body)
    result = await run_in_threadpool(
        _service(request).sign_up_email,
        body.email,
        body.password,
        _user_data(body.name_or_user_data),
        _user_agent(request),
        _base_url(request),
    )
    return _json(result)


@router.post(f"{AUTH_PREFIX}/signup-phone")
async def sign_up_with_phone(request: Request) -> Response:
    body = await _sign_up_body(request, SignUpWithPhoneRequest)
    _text(body)
    result = await run_in_threadpool(
        _service(request).sign_up_phone,
        body.phone,
        body.password,
        _user_data(body.name_or_user_data),
        _user_agent(request),
    )
    return _json(result)


@router.post(f"{AUTH_PREFIX}/signin-email")
async def sign_in_with_email(request: Request, body: SignInWithEmailRequest) -> Response:
    _text(body)
    result = await run_in_threadpool(
        _service(request).sign_in_email, body.email, body.password, _user_agent(request)
    )
    return _json(result)


@router.post(f"{AUTH_PREFIX}/signin-phone")
async def sign_in_with_phone(request: Request, body: SignInWithPhoneRequest) -> Response:
    _text(body)
    result = await run_in_threadpool(
        _service(request).sign_in_phone, body.phone, body.password, _user_agent(request)
    )
    return _json(result)


@router.post(f"{AUTH_PREFIX}/signin-code")
async def sign_in_with_code(request: Request, code: Code, phone: Phone) -> Response:
    result = await run_in_threadpool(
        _service(request).sign_in_with_code, phone, code, _user_agent(request)
    )
    return _json(result)


@router.get(f"{AUTH_PREFIX}/grant")
async def get_auth_grant(request: Request, key: Key) -> Response:
    result = await run_in_threadpool(_service(request).grant, key, _user_agent(request))
    return _json(result)


@router.post(f"{AUTH_PREFIX}/verify-phone")
async def verify_phone(request: Request, code: Code, phone: Phone) -> Response:
    result = await run_in_threadpool(
        _service(request).verify_phone, phone, code, _user_agent(request)
    )
    return _json(result)


# ------------------------------------------------------------------ sessions
@router.post(f"{AUTH_PREFIX}/signout")
async def sign_out(request: Request, signed_in: RequiredSession) -> Response:
    body = await optional_body(request, SignOutRequest)
    _text(body)
    token = body.token if body.token is not MISSING else None
    await run_in_threadpool(_service(request).sign_out, signed_in, token)
    return empty_response()


@router.post(f"{AUTH_PREFIX}/signout-all")
async def sign_out_all(request: Request, signed_in: RequiredSession) -> Response:
    await run_in_threadpool(_service(request).sign_out_all, signed_in, keep_current=False)
    return empty_response()


@router.post(f"{AUTH_PREFIX}/signout-all-except")
async def sign_out_all_except_current(request: Request, signed_in: RequiredSession) -> Response:
    await run_in_threadpool(_service(request).sign_out_all, signed_in, keep_current=True)
    return empty_response()


@router.get(f"{AUTH_PREFIX}/sessions")
async def get_all_sessions(request: Request, signed_in: RequiredSession) -> Response:
    return _json(await run_in_threadpool(_service(request).sessions, signed_in))


@router.get(f"{AUTH_PREFIX}/user")
async def get_user_from_db(request: Request, signed_in: RequiredSession) -> Response:
    return _json(await run_in_threadpool(_service(request).user, signed_in))


# ------------------------------------------------------------------ credentials
@router.post(f"{AUTH_PREFIX}/change-pwd")
async def change_password(
    request: Request, body: ChangePasswordRequest, signed_in: RequiredSession
) -> Response:
    _text(body)
    await run_in_threadpool(
        _service(request).change_password, signed_in, body.new_password, body.old_password
    )
    return empty_response()


@router.post(f"{AUTH_PREFIX}/change-email")
async def change_email(
    request: Request, body: ChangeEmailRequest, signed_in: RequiredSession
) -> Response:
    _text(body)
    user = await run_in_threadpool(
        _service(request).change_email,
        signed_in,
        body.current_password,
        body.new_email,
        _base_url(request),
    )
    return _json(user)


@router.post(f"{AUTH_PREFIX}/change-phone")
async def change_phone(
    request: Request, body: ChangePhoneRequest, signed_in: RequiredSession
) -> Response:
    _text(body)
    user = await run_in_threadpool(
        _service(request).change_phone, signed_in, body.current_password, body.new_phone
    )
    return _json(user)


@router.post(f"{AUTH_PREFIX}/reset-pwd")
async def reset_pwd_with_token(
    request: Request, key: Key, body: ResetPwdWithTokenRequest
) -> Response:
    _text(body)
    await run_in_threadpool(_service(request).reset_password_with_token, key, body.new_password)
    return empty_response()


@router.post(f"{AUTH_PREFIX}/reset-pwd-code")
async def reset_pwd_with_code(
    request: Request, phone: Phone, code: Code, body: ResetPwdWithCodeRequest
) -> Response:
    _text(body)
    await run_in_threadpool(
        _service(request).reset_password_with_code, phone, code, body.new_password
    )
    return empty_response()


# ------------------------------------------------------------------ emails and SMS messages
@router.post(f"{AUTH_PREFIX}/resend")
async def resend_verification_email(request: Request, email: RawEmail) -> Response:
    await run_in_threadpool(
        _service(request).resend_verification_email, _query_email(email), _base_url(request)
    )
    return empty_response()


@router.post(f"{AUTH_PREFIX}/send-magic")
async def send_magic_link_email(request: Request, email: RawEmail) -> Response:
    await run_in_threadpool(
        _service(request).send_magic_link, _query_email(email), _base_url(request)
    )
    return empty_response()


@router.post(f"{AUTH_PREFIX}/send-reset")
async def send_reset_pwd_email(request: Request, email: RawEmail) -> Response:
    await run_in_threadpool(
        _service(request).send_reset_email, _query_email(email), _base_url(request)
    )
    return empty_response()


@router.post(f"{AUTH_PREFIX}/resend-code")
async def resend_verification_code(request: Request, phone: Phone) -> Response:
    await run_in_threadpool(_service(request).resend_verification_code, phone)
    return empty_response()


@router.post(f"{AUTH_PREFIX}/send-code")
async def send_sign_in_code(request: Request, phone: Phone) -> Response:
    await run_in_threadpool(_service(request).send_sign_in_code, phone)
    return empty_response()


@router.post(f"{AUTH_PREFIX}/send-reset-code")
async def send_reset_pwd_code(request: Request, phone: Phone) -> Response:
    await run_in_threadpool(_service(request).send_reset_code, phone)
    return empty_response()


# ------------------------------------------------------------------ browser routes
# `/_auth/email-link` comes before `/_auth/{provider}`, which would otherwise match it.
@router.get("/_auth/email-link")
async def email_link(request: Request, action: EmailLinkAction, key: Key) -> Response:
    url = await run_in_threadpool(_service(request).follow_link, action.value, key)
    return RedirectResponse(url, status_code=303)


@router.get("/_auth/{provider}")
async def oauth_start(request: Request, provider: OAuthProvider) -> Response:
    _service(request).check_provider(provider.value)
    return HTMLResponse(oauth_page(provider.value))


@router.post("/_auth/{provider}")
async def oauth_submit(request: Request, provider: str) -> Response:
    if provider == "email-link":  # matched by the pattern, but that path only takes GET
        message = "POST is not allowed here; use GET."
        return error_response(405, [error_item("method_not_allowed", message)], {"Allow": "GET"})
    try:
        chosen = OAuthProvider(provider)
    except ValueError:
        raise RequestValidationError(
            [
                {
                    "loc": ("path", "provider"),
                    "msg": "Input should be a known provider",
                    "type": "enum",
                }
            ]
        ) from None
    async with request.form(max_files=0, max_fields=16) as form:
        fields: dict[str, Any] = {}
        for field, value in form.multi_items():
            fields[field] = value if not isinstance(value, UploadFile) else None
    try:
        body = OauthSubmitRequest.model_validate(fields)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        raise RequestValidationError(errors) from None
    _text(body)
    name = body.name if isinstance(body.name, str) else None
    url = await run_in_threadpool(_service(request).oauth_sign_in, chosen.value, body.email, name)
    return RedirectResponse(url, status_code=303)


# ------------------------------------------------------------------ emulator outbox
OutboxTo = Annotated[str | None, Query(min_length=1, max_length=254)]


@router.get("/_emulator/outbox")
async def emulator_list_outbox(
    request: Request, to: OutboxTo = None, kind: OutboxKind | None = None
) -> Response:
    messages = await run_in_threadpool(
        _service(request).outbox, to, kind.value if kind is not None else None
    )
    return _json(messages)


@router.delete("/_emulator/outbox")
async def emulator_clear_outbox(
    request: Request, to: OutboxTo = None, kind: OutboxKind | None = None
) -> Response:
    await run_in_threadpool(
        _service(request).clear_outbox, to, kind.value if kind is not None else None
    )
    return empty_response()
