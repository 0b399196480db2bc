"""Sending a planned call, retrying as `altogic._transport` decides."""

from __future__ import annotations

import asyncio
import time

import httpx

from .._call import Call, R
from .._transport import (
    Retry,
    encoding_error,
    log_request,
    logger,
    outcome_of_exception,
    outcome_of_response,
    request_arguments,
)


class AsyncTransport:
    """Sends calls over one pooled httpx client; every outcome is a `Result`, never an
    exception."""

    def __init__(
        self, base_url: str, client: httpx.AsyncClient, retries: int, timeout: httpx.Timeout | None
    ) -> None:
        self.base_url = base_url
        self.client = client
        self.retries = retries
        self.timeout = timeout

    async def send(self, call: Call[R], headers: dict[str, str]) -> R:
        attempt = 0
        while True:
            outcome = await self._attempt(call, headers, attempt)
            if not isinstance(outcome, Retry):
                return outcome
            logger.debug("retrying %s %s in %.2f s", call.method, call.path, outcome.delay)
            await asyncio.sleep(outcome.delay)
            attempt += 1

    async def _attempt(self, call: Call[R], headers: dict[str, str], attempt: int) -> R | Retry:
        try:
            request = request_arguments(call, self.base_url, headers, self.timeout)
        except (TypeError, ValueError) as exc:
            return call.fail(encoding_error(exc))
        started = time.perf_counter()
        try:
            response = await self.client.request(**request)
        except Exception as exc:  # the wrapper never raises on network errors
            log_request(call, started, type(exc).__name__)
            return outcome_of_exception(call, exc, attempt, self.retries)
        log_request(call, started, response.status_code)
        return outcome_of_response(call, response, attempt, self.retries)
