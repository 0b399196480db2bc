"""Helpers for the auth tests: fast password hashing, and a "browser" that reads the outbox and
follows emailed links and redirects the way a person would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from altogic_local.config import AppConfig, AuthSettings, PasswordHashing
from altogic_local.testing import TestBackend

# argon2id with small costs: the same code paths, a few milliseconds per hash.
FAST_HASHING = PasswordHashing(time_cost=1, memory_cost=1024, parallelism=1)
REDIRECT_URL = "https://app.example.com/auth-redirect"


def auth_config(**settings: Any) -> AppConfig:
    """An app whose auth settings are Altogic's defaults plus `settings`."""
    return AppConfig(
        auth=AuthSettings(password_hashing=FAST_HASHING, redirect_url=REDIRECT_URL, **settings)
    )


@dataclass(frozen=True)
class Redirect:
    status_code: int
    location: str
    params: dict[str, str]

    @property
    def target(self) -> str:
        """The redirect URL without its query string."""
        parts = urlsplit(self.location)
        return f"{parts.scheme}://{parts.netloc}{parts.path}"


class Browser:
    """Reads the emulator outbox and visits pages of the backend without following redirects."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def outbox(self, to: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        params = {k: v for k, v in (("to", to), ("kind", kind)) if v is not None}
        response = self.http.get("/_emulator/outbox", params=params)
        assert response.status_code == 200, response.text
        messages: list[dict[str, Any]] = response.json()
        return messages

    def last(self, to: str, action: str) -> dict[str, Any]:
        matching = [m for m in self.outbox(to=to) if m["action"] == action]
        assert matching, f"no {action} message to {to}"
        return matching[-1]

    def link(self, to: str, action: str) -> str:
        link: str = self.last(to, action)["link"]
        return link

    def code(self, to: str, action: str) -> str:
        code: str = self.last(to, action)["code"]
        return code

    def visit(self, url: str) -> Redirect:
        """GET `url` (an emailed link) and return where the backend redirects the browser."""
        return self._redirect(self.http.get(url, follow_redirects=False))

    def submit(self, url: str, form: dict[str, str]) -> Redirect:
        """POST a form to `url` and return where the backend redirects the browser."""
        return self._redirect(self.http.post(url, data=form, follow_redirects=False))

    @staticmethod
    def _redirect(response: httpx.Response) -> Redirect:
        assert response.status_code == 303, (response.status_code, response.text)
        location = response.headers["location"]
        return Redirect(303, location, dict(parse_qsl(urlsplit(location).query)))


@contextmanager
def browser_for(backend: TestBackend) -> Iterator[Browser]:
    with backend.http() as http:
        yield Browser(http)
