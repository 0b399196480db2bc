"""Raw HTTP calls of the storage API, for tests that must not depend on the wrapper: one test
body runs four ways, {sync, async} httpx client x {in-process, real socket} backend, like the
`api` fixture (`conftest.py`)."""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from .conftest import Backend

PREFIX = "/_api/rest/v1/storage"
CLIENT_KEY = "test-client-key"
"""Any non-empty key passes a backend that declares none (the tests' default)."""
KEY = {"X-Client-Key": CLIENT_KEY}


class Http:
    """An httpx client (sync or async) whose calls can all be awaited, with storage helpers."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient, transport: str) -> None:
        self.client = client
        self.transport = transport

    async def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        result = self.client.request(method, url, **options)
        response: httpx.Response = await result if inspect.isawaitable(result) else result
        return response

    async def post(self, path: str, body: Any = None, **options: Any) -> httpx.Response:
        headers = {**KEY, **options.pop("headers", {})}
        if body is not None:
            options["json"] = body
        return await self.request("POST", PREFIX + path, headers=headers, **options)

    async def ok(self, path: str, body: Any = None, **options: Any) -> Any:
        """POST and expect 200; the decoded JSON answer (None for an empty body)."""
        response = await self.post(path, body, **options)
        assert response.status_code == 200, response.text
        return response.json() if response.content else None

    async def upload(
        self,
        bucket: str,
        name: str,
        content: bytes,
        *,
        mime: str = "application/octet-stream",
        options: dict[str, Any] | None = None,
        form: bool = True,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        params = {"bucket": bucket, "fileName": name}
        if options is not None:
            params["options"] = json.dumps(options)
        if form:
            return await self.post(
                "/bucket/upload-formdata",
                params=params,
                files={"file": ("ignored.bin", content, mime)},
                headers=headers or {},
            )
        return await self.post(
            "/bucket/upload-object",
            params=params,
            content=content,
            headers={"Content-Type": mime, **(headers or {})},
        )

    async def uploaded(self, bucket: str, name: str, content: bytes, **options: Any) -> Any:
        response = await self.upload(bucket, name, content, **options)
        assert response.status_code == 200, response.text
        return response.json()

    async def get(self, url: str, **options: Any) -> httpx.Response:
        return await self.request("GET", url, **options)

    async def close(self) -> None:
        if isinstance(self.client, httpx.AsyncClient):
            await self.client.aclose()
        else:
            self.client.close()


@pytest.fixture(params=["sync", "async"])
async def http(request: pytest.FixtureRequest, backend: Backend) -> AsyncIterator[Http]:
    client: httpx.Client | httpx.AsyncClient
    if request.param == "sync":
        client = backend.http(timeout=30) if backend.socket else backend.http()
    elif backend.transport == "asgi":
        transport = httpx.ASGITransport(app=backend.app)
        client = httpx.AsyncClient(transport=transport, base_url=backend.url, timeout=30)
    else:
        client = httpx.AsyncClient(base_url=backend.url, timeout=30)
    http = Http(client, backend.transport)
    yield http
    await http.close()


def codes(response: httpx.Response) -> list[str]:
    return [item["code"] for item in response.json()["errors"]]
