"""A person signs in with an OAuth provider in a real (headless) Chromium: the stand-in provider's
page is filled in and submitted, the browser lands on the app's redirect URL, and the app
exchanges the access token for a session."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from altogic import create_client
from altogic_local.app import create_app
from altogic_local.config import AppConfig, AuthSettings
from altogic_local.runner import LocalServer

from .auth_helpers import FAST_HASHING
from .browser import pytestmark  # noqa: F401  (needs Chromium)


class _AppPage(BaseHTTPRequestHandler):
    """The app's redirect page: what a web app would show after the provider round trip."""

    def do_GET(self) -> None:
        body = b"<!doctype html><title>Signed in</title><h1 id='done'>Welcome back</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def app_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_person_signs_in_with_a_provider(chromium: Any, app_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    redirect_url = f"{app_url}/auth-redirect"
    config = AppConfig(auth=AuthSettings(password_hashing=FAST_HASHING, redirect_url=redirect_url))
    with LocalServer(create_app(config)) as server, create_client(server.url, "key") as client:
        chromium.get(client.auth.sign_in_with_provider("google"))
        assert chromium.title == "Sign in with Google (altogic-local)"
        chromium.find_element(By.ID, "email").send_keys("Person@Example.com")
        chromium.find_element(By.ID, "name").send_keys("A Person")
        chromium.save_screenshot(str(tmp_path / "oauth-page.png"))
        chromium.find_element(By.ID, "submit").click()

        WebDriverWait(chromium, 20).until(lambda d: d.current_url.startswith(redirect_url))
        assert chromium.find_element(By.ID, "done").text == "Welcome back"
        params = dict(parse_qsl(urlsplit(chromium.current_url).query))
        assert params["status"] == "200" and params["action"] == "oauth-signup"

        result = client.auth.get_auth_grant(params["access_token"])
        assert result.errors is None and result.user is not None and result.session is not None
        assert result.user["provider"] == "google"
        assert result.user["email"] == "Person@example.com"
        assert result.user["name"] == "A Person"
        assert client.auth.get_user_from_db().user == result.user

        # The browser's form validation keeps a person from submitting a malformed address.
        chromium.get(client.auth.sign_in_with_provider("google"))
        chromium.find_element(By.ID, "email").send_keys("not an address")
        chromium.find_element(By.ID, "submit").click()
        assert chromium.current_url == client.auth.sign_in_with_provider("google")
        assert (
            chromium.execute_script("return document.getElementById('email').validity.valid")
            is False
        )
