# Generated from wrapper/altogic/_async/transport.py by generator/unasync.py (`make generate`).
# Do not edit: change the async source and regenerate.
"""Sending a planned call, retrying as `altogic._transport` decides, within the call's deadline
(`altogic._deadline`)."""

from __future__ import annotations

import time

import httpx

from .._call import Call, R
from .._deadline import (
    Deadline,
    DeadlineExceeded,
    body_reader_sync,
    call_total,
    limit_sync,
    total_seconds,
)
from .._streams import chunks_sync
from .._transport import (
    Opened,
    Retry,
    deadline_error,
    encoding_error,
    log_request,
    logger,
    outcome_of_exception,
    outcome_of_response,
    request_arguments,
)


class Transport:
    """Sends calls over one pooled httpx client; every outcome is a `Result`, never an
    exception, and every call ends within the client's timeout."""

    def __init__(
        self, base_url: str, client: httpx.Client, retries: int, timeout: httpx.Timeout | None
    ) -> None:
        self.base_url = base_url
        self.client = client
        self.retries = retries
        self.timeout = timeout
        """Sent with each first attempt (None: the httpx client's own)."""
        self.phases = client.timeout if timeout is None else timeout
        self.total = total_seconds(self.phases)
        self.read_body = body_reader_sync(client)

    def send(self, call: Call[R], headers: dict[str, str]) -> R:
        outcome = self.open(call, headers)
        if isinstance(outcome, Opened):  # not a `keep_open` call: not reached
            outcome.response.close()
            raise TypeError("send() was given a call whose answer is streamed: use open()")
        return outcome

    def open(self, call: Call[R], headers: dict[str, str]) -> R | Opened:
        """Send `call`; a `keep_open` call's success answer comes back `Opened`, its body unread
        (the deadline then no longer applies: each read has the read timeout)."""
        if call.error is not None:  # refused while planning: nothing to send
            return call.fail(call.error)
        deadline = Deadline(call_total(self.total, call.time_limit), self.phases)
        try:
            with limit_sync(deadline):
                return self._send(call, headers, deadline)
        except TimeoutError:  # the deadline interrupted the call
            logger.debug("%s %s -> deadline passed", call.method, call.path)
            return call.fail(deadline_error())

    def _send(self, call: Call[R], headers: dict[str, str], deadline: Deadline) -> R | Opened:
        attempt = 0
        while True:
            outcome = self._attempt(call, headers, attempt, deadline)
            if not isinstance(outcome, Retry):
                return outcome
            logger.debug("retrying %s %s in %.2f s", call.method, call.path, outcome.delay)
            time.sleep(outcome.delay)
            attempt += 1

    def _attempt(
        self, call: Call[R], headers: dict[str, str], attempt: int, deadline: Deadline
    ) -> R | Retry | Opened:
        # The first attempt has (all but microseconds of) the whole time; a retry, or a call with
        # a time limit of its own, what is left.
        first = attempt == 0 and call.time_limit is None
        timeout = self.timeout if first else deadline.for_attempt()
        try:
            arguments = request_arguments(call, self.base_url, headers, timeout)
        except (TypeError, ValueError, RecursionError) as exc:
            return call.fail(encoding_error(exc))
        started = time.perf_counter()
        try:
            if call.upload is not None:  # streamed, read afresh by each attempt
                arguments["content"] = call.upload.body_sync()
            request = self.client.build_request(**arguments)
            response = self.client.send(request, stream=True)
        except Exception as exc:  # the wrapper never raises on network errors
            log_request(call, started, type(exc).__name__)
            return outcome_of_exception(call, exc, attempt, self.retries, deadline)
        if call.keep_open and 200 <= response.status_code < 300:
            log_request(call, started, response.status_code)
            return Opened(response)
        try:
            content = self._read(call, response, deadline)
        except Exception as exc:  # the body failed: the status is known
            log_request(call, started, type(exc).__name__)
            status = response.status_code
            return outcome_of_exception(call, exc, attempt, self.retries, deadline, status)
        finally:
            response.close()
        log_request(call, started, response.status_code)
        return outcome_of_response(call, response, content, attempt, self.retries, deadline)

    def _read(self, call: Call[R], response: httpx.Response, deadline: Deadline) -> bytes:
        """The body of `response`; for a call with a destination (`sink`), a success body is
        written there as it arrives instead (and nothing is returned)."""
        sink = call.sink
        if sink is None or not 200 <= response.status_code < 300:
            return self.read_body(response, deadline)
        sink.start()
        for chunk in chunks_sync(response):
            sink.write(chunk)
            if deadline.expired():
                raise DeadlineExceeded("The call's deadline passed while its answer was read.")
        return b""
