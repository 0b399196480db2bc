"""Sending planned calls over one pooled httpx client, with timeouts and retries: the decisions,
shared by the async transport (`_async/transport.py`) and its generated sync twin.

Every outcome becomes a `Result`: HTTP errors are normalised as the JavaScript client does, and
connection failures, timeouts and undecodable bodies become client-side errors (status 0 where
there is no HTTP status). Nothing here raises for a network or API failure, nor for an answer it
cannot read: any exception while decoding a body or reading its shape (nesting too deep for the
JSON decoder, a wrong type, a missing key, ...) is an `invalid_response` error with the status.

Retries use exponential backoff with jitter. A request is retried when it cannot have reached the
server (the connection failed), when the server says it did not process it (429, or 503 with
`Retry-After`), and, for idempotent calls only, after timeouts, dropped connections and gateway
errors; never when a streamed upload body (an iterator, an unseekable file) or a download
destination (a file object that cannot seek back) cannot start again (`Call.repeatable`), nor
after reading the body or writing the download failed on this side (`_streams.py`).
`Retry-After` is honoured when it asks for at most `MAX_RETRY_AFTER` seconds; a longer wait
comes back as the error, so that no call blocks for long (e.g. on a sign-in lockout). Every call
has a total deadline (`_deadline.py`): no retry waits past it (the failure comes back instead),
and a call still running when it passes answers a `timeout` error.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

import httpx

from ._call import Call, R
from ._deadline import Deadline, DeadlineExceeded
from ._streams import LocalIOError
from .expressions import iso_date
from .result import APIError

logger = logging.getLogger("altogic")

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 10.0
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Retry:
    delay: float


@dataclass(frozen=True)
class Opened:
    """A success answer of a `keep_open` call, its body not read yet (the caller streams it and
    closes it)."""

    response: httpx.Response


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s ... capped at 8 s, minus up to 25 %."""
    delay = min(INITIAL_BACKOFF * float(2**attempt), MAX_BACKOFF)
    return delay * (1 - 0.25 * random.random())


def retry_after(response: httpx.Response) -> float | None:
    """The server's `Retry-After`, in seconds (given as seconds or as an HTTP date)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _aiohttp_cause(exc: Exception) -> BaseException | None:
    """The aiohttp exception behind an httpx one raised by the aiohttp transport. That transport
    maps every aiohttp connection error to `ConnectTimeout`, even a connection dropped after the
    request was sent, so the cause decides what really happened."""
    cause = exc.__cause__
    if cause is not None and type(cause).__module__.partition(".")[0] == "aiohttp":
        return cause
    return None


def _is_timeout(exc: Exception) -> bool:
    if isinstance(exc, DeadlineExceeded):
        return True
    cause = _aiohttp_cause(exc)
    if cause is not None:
        return isinstance(cause, asyncio.TimeoutError)
    return isinstance(exc, httpx.TimeoutException)


def _never_sent(exc: Exception) -> bool:
    """Whether the request certainly did not reach the server (the connection failed)."""
    cause = _aiohttp_cause(exc)
    if cause is not None:
        import aiohttp

        return isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _may_retry_after_send(exc: Exception) -> bool:
    return isinstance(exc, httpx.TransportError)


def _network_error(exc: Exception, status: int) -> APIError:
    if _is_timeout(exc):
        return APIError.client("timeout", f"The request timed out ({type(exc).__name__}).")
    if isinstance(exc, httpx.DecodingError):  # a body whose content encoding is broken
        message = f"The server's answer could not be decoded: {exc}"
        return APIError.client("invalid_response", message, status=status)
    detail = str(exc) or type(exc).__name__
    url = _url_of(exc)
    message = f"The request to {url} failed: {detail}" if url else f"The request failed: {detail}"
    if url and _never_sent(exc) and _is_local(url):
        message += " (is the local backend running? Start it with `altogic-local serve`.)"
    return APIError.client("network_error", message)


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0")


def _url_of(exc: Exception) -> str | None:
    """The URL (without its query) of the request `exc` failed, when httpx says."""
    try:
        request = exc.request if isinstance(exc, httpx.RequestError) else None
    except RuntimeError:  # an httpx error raised without its request
        return None
    return None if request is None else str(request.url.copy_with(query=None))


def _is_local(url: str) -> bool:
    host = httpx.URL(url).host
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def deadline_error() -> APIError:
    """The error of a call whose deadline passed (`_deadline.py`)."""
    return APIError.client("timeout", "The call did not finish within its timeout.")


def encoding_error(exc: BaseException) -> APIError:
    return APIError.client("invalid_request", f"The request could not be encoded as JSON: {exc}")


def _json_default(value: Any) -> Any:
    """Encode the values JavaScript's JSON.stringify would: dates as ISO-8601 UTC strings."""
    if isinstance(value, datetime.date):
        return iso_date(value)
    raise TypeError(f"{type(value).__name__} values cannot be sent as JSON")


def encode_json(body: Any) -> bytes:
    """The JSON request body; raises ValueError/TypeError for values JSON cannot carry."""
    text = json.dumps(body, default=_json_default, ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def _decode_json(content: bytes) -> Any:
    return json.loads(content) if content.strip() else None


def _snippet(content: bytes) -> str:
    return content[:200].decode("utf-8", "replace")


def _invalid_response(message: str, status: int, content: bytes) -> APIError:
    details = {"body": _snippet(content)}
    return APIError.client("invalid_response", message, status=status, details=details)


def local_error(error: LocalIOError) -> APIError:
    """The error of a call whose upload body could not be read, or whose download could not be
    written (`_streams.py`)."""
    return APIError.client(error.code, str(error))


def stream_error(exc: Exception, status: int) -> APIError:
    """The error that ends the streaming of an answer's body."""
    if isinstance(exc, LocalIOError):
        return local_error(exc)
    return _network_error(exc, status)


def outcome_of_exception(
    call: Call[R], exc: Exception, attempt: int, retries: int, deadline: Deadline, status: int = 0
) -> R | Retry:
    """The outcome of an attempt that raised `exc` (`status`: of the answer whose body was being
    read, if any). A failure to read the upload body or to write the download is not retried;
    nor is a call whose body or destination cannot start again (`Call.repeatable`)."""
    failure = exc if isinstance(exc, LocalIOError) else None
    if failure is None and call.upload is not None:
        failure = call.upload.failure
    if failure is not None:
        return call.fail(local_error(failure))
    if (
        call.repeatable
        and attempt < retries
        and (_never_sent(exc) or (call.idempotent and _may_retry_after_send(exc)))
    ):
        delay = backoff(attempt)
        if deadline.allows(delay):
            return Retry(delay)
    return call.fail(_network_error(exc, status))


def retry_delay(call: Call[Any], response: httpx.Response, attempt: int) -> float | None:
    """How long to wait before sending `call` again after `response`, or None not to."""
    status = response.status_code
    if status not in RETRY_STATUSES or not call.repeatable:
        return None
    wait = retry_after(response)
    if wait is not None and wait > MAX_RETRY_AFTER:
        return None
    # 429, and 503 with Retry-After, say the request was not processed: any call may be repeated.
    unprocessed = status == 429 or (status == 503 and wait is not None)
    if not (call.idempotent or unprocessed):
        return None
    return backoff(attempt) if wait is None else wait


def outcome_of_response(
    call: Call[R],
    response: httpx.Response,
    content: bytes,
    attempt: int,
    retries: int,
    deadline: Deadline,
) -> R | Retry:
    """The outcome of an attempt answered with `response`, whose body is `content`."""
    status = response.status_code
    if 200 <= status < 300:
        return _success(call, status, content)
    delay = retry_delay(call, response, attempt) if attempt < retries else None
    if delay is not None and deadline.allows(delay):
        return Retry(delay)
    return call.fail(_failure(status, response.reason_phrase or "Bad Request", content))


def _failure(status: int, status_text: str, content: bytes) -> APIError:
    try:
        return APIError.from_body(status, status_text, _decode_json(content))
    except Exception:  # not JSON, or JSON too deeply nested to decode or to read
        message = f"The server answered {status} with a body that is not a JSON error."
        return _invalid_response(message, status, content)


def _success(call: Call[R], status: int, content: bytes) -> R:
    if call.sink is not None:  # the body was written to the destination as it arrived
        try:
            return call.parse(call.sink.finish())
        except LocalIOError as error:
            return call.fail(local_error(error))
    try:
        return call.parse(content if call.body == "bytes" else _decode_json(content))
    except Exception as exc:  # any failure to decode or read the answer, RecursionError included
        detail = str(exc) or type(exc).__name__
        message = f"The server's answer could not be read: {detail}"
        return call.fail(_invalid_response(message, status, content))


def log_request(call: Call[Any], started: float, status: int | str) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug("%s %s -> %s (%.1f ms)", call.method, call.path, status, elapsed)


def request_arguments(
    call: Call[Any], base_url: str, headers: dict[str, str], timeout: httpx.Timeout | None
) -> dict[str, Any]:
    arguments = dict(call.request)
    arguments["url"] = base_url + call.path
    if "json" in arguments:
        arguments["content"] = encode_json(arguments.pop("json"))
    extra = arguments.get("headers")
    arguments["headers"] = {**headers, **extra} if extra else headers
    if timeout is not None:
        arguments["timeout"] = timeout
    return arguments
