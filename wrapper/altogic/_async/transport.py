"""Sending a planned call, retrying as `altogic._transport` decides, within the call's deadline
(`altogic._deadline`)."""

from __future__ import annotations

import asyncio
import time

import httpx

from .._call import Call, R
from .._deadline import (
    Deadline,
    DeadlineExceeded,
    body_reader_async,
    call_total,
    limit_async,
    total_seconds,
)
from .._streams import chunks_async
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


class AsyncTransport:
    """Sends calls over one pooled httpx client; every outcome is a `Result`, never an
    exception, and every call ends within the client's timeout."""

    def __init__(
        self, base_url: str, client: httpx.AsyncClient, retries: int, timeout: httpx.Timeout | None
    ) -> None:
        self.base_url = base_url
        self.client = client
        self.retries = retries
        self.timeout = timeout
        """Sent with each first attempt (None: the httpx client's own)."""
        self.phases = client.timeout if timeout is None else timeout
        self.total = total_seconds(self.phases)
        self.read_body = body_reader_async(client)

    async def send(self, call: Call[R], headers: dict[str, str]) -> R:
        outcome = await self.open(call, headers)
        if isinstance(outcome, Opened):  # not a `keep_open` call: not reached
            await outcome.response.aclose()
            raise TypeError("send() was given a call whose answer is streamed: use open()")
        return outcome

    async def open(self, call: Call[R], headers: dict[str, str]) -> R | Opened:
        """Send `call`; a `keep_open` call's success answer comes back `Opened`, its body unread
        (the deadline then no longer applies: each read has the read timeout)."""
        if call.error is not None:  # refused while planning: nothing to send
            return call.fail(call.error)
        deadline = Deadline(call_total(self.total, call.time_limit), self.phases)
        try:
            async with limit_async(deadline):
                return await self._send(call, headers, deadline)
        except TimeoutError:  # the deadline interrupted the call
            logger.debug("%s %s -> deadline passed", call.method, call.path)
            return call.fail(deadline_error())

    async def _send(self, call: Call[R], headers: dict[str, str], deadline: Deadline) -> R | Opened:
        attempt = 0
        while True:
            outcome = await self._attempt(call, headers, attempt, deadline)
            if not isinstance(outcome, Retry):
                return outcome
            logger.debug("retrying %s %s in %.2f s", call.method, call.path, outcome.delay)
            await asyncio.sleep(outcome.delay)
            attempt += 1

    async def _attempt(
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
                arguments["content"] = call.upload.body_async()
            request = self.client.build_request(**arguments)
            response = await self.client.send(request, stream=True)
        except Exception as exc:  # the wrapper never raises on network errors
            log_request(call, started, type(exc).__name__)
            return outcome_of_exception(call, exc, attempt, self.retries, deadline)
        if call.keep_open and 200 <= response.status_code < 300:
            log_request(call, started, response.status_code)
            return Opened(response)
        try:
            content = await self._read(call, response, deadline)
        except Exception as exc:  # the body failed: the status is known
            log_request(call, started, type(exc).__name__)
            status = response.status_code
            return outcome_of_exception(call, exc, attempt, self.retries, deadline, status)
        finally:
            await response.aclose()
        log_request(call, started, response.status_code)
        return outcome_of_response(call, response, content, attempt, self.retries, deadline)

    async def _read(self, call: Call[R], response: httpx.Response, deadline: Deadline) -> bytes:
        """The body of `response`; for a call with a destination (`sink`), a success body is
        written there as it arrives instead (and nothing is returned)."""
        sink = call.sink
        if sink is None or not 200 <= response.status_code < 300:
            return await self.read_body(response, deadline)
        sink.start()
        async for chunk in chunks_async(response):
            sink.write(chunk)
            if deadline.expired():
                raise DeadlineExceeded("The call's deadline passed while its answer was read.")
        return b""
