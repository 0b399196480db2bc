"""Schemathesis hooks for `make fuzz` (the CLI, against a backend on a socket): a fresh session
of the fuzz user for every case of an operation that needs one (see `fuzzing.SessionAuth`).
`tests/fuzz_live.py` loads this module through `SCHEMATHESIS_HOOKS`, with the backend's URL in
`FUZZ_URL`."""

from __future__ import annotations

import os

import httpx
import schemathesis

from tests.fuzzing import FUZZ_CLIENT_KEY, FUZZ_USER, SessionAuth

URL_ENV = "FUZZ_URL"


@schemathesis.auth(refresh_interval=None)
class LiveAuth(SessionAuth):
    def sign_in(self) -> str:
        response = httpx.post(
            os.environ[URL_ENV] + "/_api/rest/v1/auth/signin-email",
            json=FUZZ_USER,
            headers={"X-Client-Key": FUZZ_CLIENT_KEY},
        )
        response.raise_for_status()
        token: str = response.json()["session"]["token"]
        return token
