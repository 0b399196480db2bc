"""Testing with the local backend: `TestBackend` (a started backend, in-process or on a socket,
that resets between tests; the pytest plugin's `altogic_backend`), and the emulator routes from
Python, for tests and scripts: reset a backend, read the outbox without parsing redirects.

    emulator = Emulator("http://127.0.0.1:8080")          # + client_key= or token= when the
    emulator.reset()                                     #   app declares client keys
    message = emulator.outbox.latest(to="ada@example.com")
    message.link, message.code, message.access_token

The pytest plugin's `altogic_outbox` fixture is an `Outbox` of the test's backend. These helpers
talk HTTP (any `httpx.Client`, so also in-process through Starlette's `TestClient`) and raise
`EmulatorError` when the backend refuses: unlike the client's calls, they are test tooling, where
an exception is the clearest failure.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs, urlsplit

import anyio.from_thread
import httpx
from anyio.from_thread import BlockingPortal

from .app import create_app
from .backend import Backend
from .clock import TestClock
from .config import AppConfig
from .runner import LocalServer

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

if TYPE_CHECKING:
    from altogic import AltogicClient, AsyncAltogicClient

OUTBOX_PATH = "/_emulator/outbox"
RESET_PATH = "/_emulator/reset"
EXPORT_PATH = "/_emulator/export"
IMPORT_PATH = "/_emulator/import"


class EmulatorError(RuntimeError):
    """The backend refused an emulator call, or could not be reached."""


@dataclass
class OutboxMessage:
    """An email or SMS message the backend stored instead of sending it."""

    id: str
    kind: str
    """`email` or `sms`."""
    to: str
    action: str
    """What it is for: `email-confirm`, `magic-link`, `reset-pwd`, `change-email` (emails);
    `phone-confirm`, `signin-code`, `reset-pwd-code`, `change-phone` (SMS)."""
    text: str
    created_at: str
    subject: str | None = None
    link: str | None = None
    """The emailed link (emails)."""
    code: str | None = None
    """The code (SMS messages)."""
    _outbox: Outbox | None = field(default=None, repr=False, compare=False)
    _followed: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_json(cls, item: dict[str, Any], outbox: Outbox | None = None) -> OutboxMessage:
        return cls(
            id=item["_id"],
            kind=item["kind"],
            to=item["to"],
            action=item["action"],
            text=item["text"],
            created_at=item["createdAt"],
            subject=item.get("subject"),
            link=item.get("link"),
            code=item.get("code"),
            _outbox=outbox,
        )

    @property
    def access_token(self) -> str | None:
        """The access token the link's redirect carries (what `auth.get_auth_grant` and
        `auth.reset_pwd_with_token` take), as a browser following the link would get it; None for
        a message without a link, or a link whose redirect carries none (`change-email`).

        Reading it follows the link, once (links work once): later reads answer the same token.
        Raises `EmulatorError` when the backend refuses the link (used or expired)."""
        if self.link is None or self._outbox is None:
            return None
        if self._followed is None:
            self._followed = self._outbox.follow(self.link)
        return self._followed or None


class Outbox:
    """The outbox of a backend: what it would have sent, by recipient."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def messages(self, to: str | None = None, kind: str | None = None) -> list[OutboxMessage]:
        """The messages to `to` (an address or number; all when None) of `kind` (`email` or
        `sms`; both when None), oldest first."""
        answer = _send(self._http, "GET", OUTBOX_PATH, params=_filters(to, kind))
        return [OutboxMessage.from_json(item, self) for item in answer.json()]

    def latest(
        self, to: str | None = None, *, kind: str | None = None, action: str | None = None
    ) -> OutboxMessage:
        """The latest message to `to` (of `kind`, for `action`, when given). Raises `LookupError`
        saying what the outbox holds when there is none."""
        messages = self.messages(to, kind)
        found = [message for message in messages if action in (None, message.action)]
        if not found:
            wanted = (kind or "message") + (f" to {to}" if to else "")
            wanted += f" for {action}" if action else ""
            held = "; ".join(f"{m.kind} to {m.to} [{m.action}]" for m in self.messages()[-5:])
            raise LookupError(
                f"no {wanted} in the outbox, which holds "
                + (f"(latest last): {held}" if held else "nothing")
            )
        return found[-1]

    def clear(self, to: str | None = None, kind: str | None = None) -> None:
        """Delete the messages `messages(to, kind)` answers."""
        _send(self._http, "DELETE", OUTBOX_PATH, params=_filters(to, kind))

    def follow(self, link: str) -> str:
        """Follow an emailed link as a browser would; answers the access token its redirect
        carries ("" when it carries none). Raises `EmulatorError` when the link is refused."""
        parts = urlsplit(link)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            answer = self._http.get(target, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise EmulatorError(f"cannot follow {link}: {exc}") from exc
        location: str | None = answer.headers.get("location")
        if location is None:
            raise EmulatorError(f"{link} answered {answer.status_code}: {answer.text[:200]}")
        query = parse_qs(urlsplit(location).query)
        if query.get("status", ["200"])[0] != "200":
            error = query.get("error", ["refused"])[0]
            raise EmulatorError(f"the backend refused the link {link}: {error}")
        return query.get("access_token", [""])[0]


class Emulator:
    """The emulator routes of a backend at `url` (or reached through `http`, e.g. Starlette's
    `TestClient(app)` for one called in-process). When the app declares client keys, pass one of
    them as `client_key`, or the emulator token `serve` prints as `token`."""

    def __init__(
        self,
        url: str = "http://testserver",
        *,
        client_key: str | None = None,
        token: str | None = None,
        http: httpx.Client | None = None,
    ) -> None:
        headers = {}
        if client_key:
            headers["X-Client-Key"] = client_key
        if token:
            headers["X-Emulator-Token"] = token
        if http is None:
            http = httpx.Client(base_url=url.rstrip("/"), timeout=30)
        http.headers.update(headers)
        self._http = http
        self.outbox = Outbox(http)

    def reset(self, *modules: str) -> list[str]:
        """Bring the named modules (`auth`, `cache`, `database`, `storage`; all of them when none is
        named) back to a fresh start; answers the modules reset."""
        body = {"modules": list(modules)} if modules else None
        answer = _send(self._http, "POST", RESET_PATH, json=body)
        reset: list[str] = answer.json()["reset"]
        return reset

    def export(self, folder: str | Path) -> list[str]:
        """Write the backend's state into `folder` (a path on the backend's machine) as JSON
        files; answers the modules exported. `serve --import` and `import_` load it."""
        body = {"path": str(Path(folder).resolve())}
        modules: list[str] = _send(self._http, "POST", EXPORT_PATH, json=body).json()["modules"]
        return modules

    def import_(self, folder: str | Path) -> list[str]:
        """Replace the backend's state with the export in `folder`; answers the modules
        imported."""
        body = {"path": str(Path(folder).resolve())}
        modules: list[str] = _send(self._http, "POST", IMPORT_PATH, json=body).json()["modules"]
        return modules

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _filters(to: str | None, kind: str | None) -> dict[str, str]:
    return {name: value for name, value in (("to", to), ("kind", kind)) if value is not None}


def _send(http: httpx.Client, method: str, path: str, **options: Any) -> httpx.Response:
    try:
        answer = http.request(method, path, **options)
    except httpx.HTTPError as exc:
        raise EmulatorError(f"{method} {path}: cannot reach the backend ({exc})") from exc
    if answer.status_code >= 400:
        raise EmulatorError(
            f"{method} {path} answered {answer.status_code}: {answer.text[:300]}"
            + (" (pass client_key= or token=)" if answer.status_code == 401 else "")
        )
    return answer


class TestBackend:
    """A started local backend for tests: in-process (ASGI) by default, on a real socket with
    `socket=True`. The pytest plugin keeps one per configuration and resets it between tests; it
    also works on its own:

        with TestBackend({"clientKeys": [{"key": "k"}]}) as backend:
            client = backend.client()
            ...
            backend.reset()

    `config` is an `app.yaml` mapping or an `AppConfig`. Its clock follows the system time until a
    test takes it over (`backend.clock.manual()`, the `altogic_clock` fixture).
    """

    __test__ = False  # not a test class, whatever pytest's name rules say

    def __init__(
        self,
        config: Mapping[str, Any] | AppConfig | None = None,
        *,
        socket: bool = False,
        data_dir: Path | None = None,
    ) -> None:
        self.config = _app_config(config)
        self.clock = TestClock()
        self.app = create_app(self.config, data_dir=data_dir, clock=self.clock)
        self.socket = socket
        self.transport: Literal["asgi", "socket"] = "socket" if socket else "asgi"
        self.client_key = self.config.client_keys[0].key if self.config.client_keys else "test-key"
        """The client key the backend's clients send: the first declared one, if any."""
        self.url = "http://testserver"
        self._stack = ExitStack()
        self._portal: BlockingPortal | None = None
        self._emulator: Emulator | None = None

    @property
    def backend(self) -> Backend:
        backend: Backend = self.app.state.backend
        return backend

    def start(self) -> TestBackend:
        if self.socket:
            server = self._stack.enter_context(LocalServer(self.app))
            self.url = server.url
        else:
            self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal())
            lifespan = self.app.router.lifespan_context(self.app)
            self._stack.enter_context(self._portal.wrap_async_context_manager(lifespan))
        self._emulator = self._stack.enter_context(
            Emulator(token=self.backend.emulator_token, http=self.http())
        )
        return self

    def stop(self) -> None:
        self._stack.close()
        self._portal = self._emulator = None

    def __enter__(self) -> TestBackend:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def emulator(self) -> Emulator:
        if self._emulator is None:
            raise RuntimeError("the test backend is not started (use `with` or `start()`)")
        return self._emulator

    @property
    def outbox(self) -> Outbox:
        """What the backend would have emailed or texted (`latest(to=...)`)."""
        return self.emulator.outbox

    def reset(self, *modules: str) -> list[str]:
        """Bring the named modules (all of them when none is named) back to a fresh start, and
        the clock back to the system time; answers the modules reset."""
        self.clock.release()
        if self._portal is not None:  # in-process: straight to the modules
            return self._portal.call(self.backend.reset, list(modules) or None)
        return self.emulator.reset(*modules)

    def export(self, folder: str | Path) -> list[str]:
        """Write the backend's state into `folder` as JSON files (see `Emulator.export`)."""
        return self.emulator.export(folder)

    def import_(self, folder: str | Path) -> list[str]:
        """Replace the backend's state with the export in `folder`."""
        return self.emulator.import_(folder)

    def http(self, **options: Any) -> httpx.Client:
        """A plain `httpx.Client` to the backend (its base URL set), in-process or not; `with`
        closes it (and leaves the backend running)."""
        if self.socket:
            return httpx.Client(base_url=self.url, **options)
        return StartedAppClient(self.app, self._portal, base_url=self.url, **options)

    def client(self, **options: Any) -> AltogicClient:
        """A sync client of the backend (`create_client` options allowed)."""
        from altogic import create_client

        if not self.socket:
            options.setdefault("http_client", self.http())
        return create_client(self.url, self.client_key, **options)

    def async_client(self, **options: Any) -> AsyncAltogicClient:
        """An async client of the backend (`create_async_client` options allowed)."""
        from altogic import create_async_client

        if not self.socket:
            transport = httpx.ASGITransport(app=self.app)
            options.setdefault("http_client", httpx.AsyncClient(transport=transport))
        return create_async_client(self.url, self.client_key, **options)


class StartedAppClient(TestClient):
    """Starlette's test client of an app that is already started (in-process, by a
    `TestBackend`). Entering a plain `TestClient` runs the app's lifespan a second time (which
    an app refuses while it runs); entering this one does nothing, and leaving it closes it. Its
    requests run on the backend's event loop, the one the app was started on, rather than on a
    new loop (and thread) each."""

    __test__ = False  # not a test class, whatever pytest's name rules say

    def __init__(self, app: Any, portal: BlockingPortal | None, **options: Any) -> None:
        super().__init__(app, **options)
        self.portal = portal

    def __enter__(self) -> StartedAppClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _app_config(config: Mapping[str, Any] | AppConfig | None) -> AppConfig:
    if config is None:
        return AppConfig()
    if isinstance(config, AppConfig):
        return config
    return AppConfig.model_validate(dict(config))
