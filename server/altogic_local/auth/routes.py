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
from fastapi.exceptions import RequestValidationError
from pydantic import MISSING, BaseModel, StringConstraints, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..errors import error_item, error_response
from ..http import Routes, json_body, optional_body, optional_query, path_param, query
from ..jsonutil import dumps, empty_response, json_response
from .pages import oauth_page
from .service import AuthService
from .sessions import AUTH_PREFIX, auth_service, require_session

routes = Routes()

Phone: TypeAdapter[str] = TypeAdapter(
    Annotated[str, StringConstraints(min_length=8, max_length=16, pattern=r"^\+[1-9][0-9]{6,14}$")]
)
Code: TypeAdapter[str] = TypeAdapter(
    Annotated[str, StringConstraints(min_length=6, max_length=6, pattern=r"^[0-9]{6}$")]
)
Key: TypeAdapter[str] = TypeAdapter(Annotated[str, StringConstraints(min_length=1, max_length=512)])
RawEmail: TypeAdapter[str] = TypeAdapter(
    Annotated[str, StringConstraints(min_length=3, max_length=254)]
)
OutboxTo: TypeAdapter[str] = TypeAdapter(
    Annotated[str, StringConstraints(min_length=1, max_length=254)]
)
Provider: TypeAdapter[OAuthProvider] = TypeAdapter(OAuthProvider)
LinkAction: TypeAdapter[EmailLinkAction] = TypeAdapter(EmailLinkAction)
Kind: TypeAdapter[OutboxKind] = TypeAdapter(OutboxKind)

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


def _query_email(request: Request) -> str:
    """The address in the query string. The JS client does not URL-encode it, so a `+` arrives
    as a space; a space is never valid in an address, so every space is read as `+`."""
    raw = query(request, "email", RawEmail)
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
    try:
        body = await json_body(request, model)
    except RequestValidationError as exc:
        errors = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            if loc[:2] == ("body", "nameOrUserData") and loc[2:3] and loc[2] in _UNION_MEMBERS:
                loc = loc[:2] + loc[3:]
            errors.append({**error, "loc": loc})
        raise RequestValidationError(errors) from None
    _text(body)
    return body


async def _body(request: Request, model: type[M]) -> M:
    body = await json_body(request, model)
    _text(body)
    return body


def _user_data(value: UserName | SignUpUserData | Any | None) -> str | dict[str, Any] | None:
    if isinstance(value, UserName):
        return value.root
    if isinstance(value, SignUpUserData):
        return value.model_dump(by_alias=True)
    return None


def _json(value: Any) -> Response:
    return json_response(dumps(value))


# ------------------------------------------------------------------ sign-up and sign-in
@routes.post(f"{AUTH_PREFIX}/signup-email")
async def sign_up_with_email(request: Request) -> Response:
    body = await _sign_up_body(request, SignUpWithEmailRequest)
    result = await run_in_threadpool(
        _service(request).sign_up_email,
        body.email,
        body.password,
        _user_data(body.name_or_user_data),
        _user_agent(request),
        _base_url(request),
    )
    return _json(result)


@routes.post(f"{AUTH_PREFIX}/signup-phone")
async def sign_up_with_phone(request: Request) -> Response:
    body = await _sign_up_body(request, SignUpWithPhoneRequest)
    result = await run_in_threadpool(
        _service(request).sign_up_phone,
        body.phone,
        body.password,
        _user_data(body.name_or_user_data),
        _user_agent(request),
    )
    return _json(result)


@routes.post(f"{AUTH_PREFIX}/signin-email")
async def sign_in_with_email(request: Request) -> Response:
    body = await _body(request, SignInWithEmailRequest)
    result = await run_in_threadpool(
        _service(request).sign_in_email, body.email, body.password, _user_agent(request)
    )
    return _json(result)


@routes.post(f"{AUTH_PREFIX}/signin-phone")
async def sign_in_with_phone(request: Request) -> Response:
    body = await _body(request, SignInWithPhoneRequest)
    result = await run_in_threadpool(
        _service(request).sign_in_phone, body.phone, body.password, _user_agent(request)
    )
    return _json(result)


def _phone_and_code(request: Request) -> tuple[str, str]:
    """`phone` and `code` from the query string, validated together (one error per field)."""
    errors: list[Any] = []
    values: dict[str, str] = {}
    for name, adapter in (("code", Code), ("phone", Phone)):
        try:
            values[name] = query(request, name, adapter)
        except RequestValidationError as exc:
            errors += exc.errors()
    if errors:
        raise RequestValidationError(errors)
    return values["phone"], values["code"]


@routes.post(f"{AUTH_PREFIX}/signin-code")
async def sign_in_with_code(request: Request) -> Response:
    phone, code = _phone_and_code(request)
    result = await run_in_threadpool(
        _service(request).sign_in_with_code, phone, code, _user_agent(request)
    )
    return _json(result)


@routes.get(f"{AUTH_PREFIX}/grant")
async def get_auth_grant(request: Request) -> Response:
    key = query(request, "key", Key)
    result = await run_in_threadpool(_service(request).grant, key, _user_agent(request))
    return _json(result)


@routes.post(f"{AUTH_PREFIX}/verify-phone")
async def verify_phone(request: Request) -> Response:
    phone, code = _phone_and_code(request)
    result = await run_in_threadpool(
        _service(request).verify_phone, phone, code, _user_agent(request)
    )
    return _json(result)


# ------------------------------------------------------------------ sessions
@routes.post(f"{AUTH_PREFIX}/signout")
async def sign_out(request: Request) -> Response:
    signed_in = await require_session(request)
    body = await optional_body(request, SignOutRequest)
    _text(body)
    token = body.token if body.token is not MISSING else None
    await run_in_threadpool(_service(request).sign_out, signed_in, token)
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/signout-all")
async def sign_out_all(request: Request) -> Response:
    signed_in = await require_session(request)
    await run_in_threadpool(_service(request).sign_out_all, signed_in, keep_current=False)
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/signout-all-except")
async def sign_out_all_except_current(request: Request) -> Response:
    signed_in = await require_session(request)
    await run_in_threadpool(_service(request).sign_out_all, signed_in, keep_current=True)
    return empty_response()


@routes.get(f"{AUTH_PREFIX}/sessions")
async def get_all_sessions(request: Request) -> Response:
    signed_in = await require_session(request)
    return _json(await run_in_threadpool(_service(request).sessions, signed_in))


@routes.get(f"{AUTH_PREFIX}/user")
async def get_user_from_db(request: Request) -> Response:
    signed_in = await require_session(request)
    return _json(await run_in_threadpool(_service(request).user, signed_in))


# ------------------------------------------------------------------ credentials
@routes.post(f"{AUTH_PREFIX}/change-pwd")
async def change_password(request: Request) -> Response:
    signed_in = await require_session(request)
    body = await _body(request, ChangePasswordRequest)
    await run_in_threadpool(
        _service(request).change_password, signed_in, body.new_password, body.old_password
    )
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/change-email")
async def change_email(request: Request) -> Response:
    signed_in = await require_session(request)
    body = await _body(request, ChangeEmailRequest)
    user = await run_in_threadpool(
        _service(request).change_email,
        signed_in,
        body.current_password,
        body.new_email,
        _base_url(request),
    )
    return _json(user)


@routes.post(f"{AUTH_PREFIX}/change-phone")
async def change_phone(request: Request) -> Response:
    signed_in = await require_session(request)
    body = await _body(request, ChangePhoneRequest)
    user = await run_in_threadpool(
        _service(request).change_phone, signed_in, body.current_password, body.new_phone
    )
    return _json(user)


@routes.post(f"{AUTH_PREFIX}/reset-pwd")
async def reset_pwd_with_token(request: Request) -> Response:
    key = query(request, "key", Key)
    body = await _body(request, ResetPwdWithTokenRequest)
    await run_in_threadpool(_service(request).reset_password_with_token, key, body.new_password)
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/reset-pwd-code")
async def reset_pwd_with_code(request: Request) -> Response:
    phone, code = _phone_and_code(request)
    body = await _body(request, ResetPwdWithCodeRequest)
    await run_in_threadpool(
        _service(request).reset_password_with_code, phone, code, body.new_password
    )
    return empty_response()


# ------------------------------------------------------------------ emails and SMS messages
@routes.post(f"{AUTH_PREFIX}/resend")
async def resend_verification_email(request: Request) -> Response:
    email = _query_email(request)
    await run_in_threadpool(_service(request).resend_verification_email, email, _base_url(request))
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/send-magic")
async def send_magic_link_email(request: Request) -> Response:
    email = _query_email(request)
    await run_in_threadpool(_service(request).send_magic_link, email, _base_url(request))
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/send-reset")
async def send_reset_pwd_email(request: Request) -> Response:
    email = _query_email(request)
    await run_in_threadpool(_service(request).send_reset_email, email, _base_url(request))
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/resend-code")
async def resend_verification_code(request: Request) -> Response:
    phone = query(request, "phone", Phone)
    await run_in_threadpool(_service(request).resend_verification_code, phone)
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/send-code")
async def send_sign_in_code(request: Request) -> Response:
    phone = query(request, "phone", Phone)
    await run_in_threadpool(_service(request).send_sign_in_code, phone)
    return empty_response()


@routes.post(f"{AUTH_PREFIX}/send-reset-code")
async def send_reset_pwd_code(request: Request) -> Response:
    phone = query(request, "phone", Phone)
    await run_in_threadpool(_service(request).send_reset_code, phone)
    return empty_response()


# ------------------------------------------------------------------ browser routes
# `/_auth/email-link` comes before `/_auth/{provider}`, which would otherwise match it.
@routes.get("/_auth/email-link")
async def email_link(request: Request) -> Response:
    errors: list[Any] = []
    try:
        action = query(request, "action", LinkAction)
    except RequestValidationError as exc:
        errors += exc.errors()
    try:
        key = query(request, "key", Key)
    except RequestValidationError as exc:
        errors += exc.errors()
    if errors:
        raise RequestValidationError(errors)
    url = await run_in_threadpool(_service(request).follow_link, action.value, key)
    return RedirectResponse(url, status_code=303)


@routes.get("/_auth/{provider}")
async def oauth_start(request: Request) -> Response:
    provider = path_param(request, "provider", Provider)
    _service(request).check_provider(provider.value)
    return HTMLResponse(oauth_page(provider.value))


@routes.post("/_auth/{provider}")
async def oauth_submit(request: Request) -> Response:
    if request.path_params["provider"] == "email-link":  # that path only takes GET
        message = "POST is not allowed here; use GET, HEAD."
        allow = {"Allow": "GET, HEAD"}
        return error_response(405, [error_item("method_not_allowed", message)], allow)
    provider = path_param(request, "provider", Provider)
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
    url = await run_in_threadpool(_service(request).oauth_sign_in, provider.value, body.email, name)
    return RedirectResponse(url, status_code=303)


# ------------------------------------------------------------------ emulator outbox
def _outbox_filters(request: Request) -> tuple[str | None, str | None]:
    to = optional_query(request, "to", OutboxTo)
    kind = optional_query(request, "kind", Kind)
    return to, kind.value if kind is not None else None


@routes.get("/_emulator/outbox")
async def emulator_list_outbox(request: Request) -> Response:
    to, kind = _outbox_filters(request)
    return _json(await run_in_threadpool(_service(request).outbox, to, kind))


@routes.delete("/_emulator/outbox")
async def emulator_clear_outbox(request: Request) -> Response:
    to, kind = _outbox_filters(request)
    await run_in_threadpool(_service(request).clear_outbox, to, kind)
    return empty_response()
