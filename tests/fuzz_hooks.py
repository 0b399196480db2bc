"""Schemathesis hooks for `make fuzz` (the CLI, against a backend on a socket): a fresh session
of the fuzz user for every case of an operation that needs one (see `fuzzing.SessionAuth`).
`tests/fuzz_live.py` loads this module through `SCHEMATHESIS_HOOKS`, with the backend's URL in
`FUZZ_URL`."""

from __future__ import annotations

import os

import httpx
import schemathesis

from tests.fuzzing import FUZZ_CLIENT_KEY, SessionAuth, fresh_session

URL_ENV = "FUZZ_URL"


@schemathesis.auth(refresh_interval=None)
class LiveAuth(SessionAuth):
    def sign_in(self) -> str:
        headers = {"X-Client-Key": FUZZ_CLIENT_KEY}
        with httpx.Client(base_url=os.environ[URL_ENV], headers=headers) as http:
            return fresh_session(http)
