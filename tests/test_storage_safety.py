"""Uploads that fail leave nothing behind, and concurrency never mixes files: oversize uploads
(413, read by sync and async clients), clients that leave mid-body, a backend killed mid-upload,
concurrent uploads of one name, and replacements racing downloads."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from pathlib import Path
from typing import Any

import aiohttp
import anyio
import httpx
import pytest
from altogic_local.app import create_app
from altogic_local.config import AppConfig
from altogic_local.engines.blobs import FolderBlobStore
from altogic_local.runner import LocalServer
from starlette.applications import Starlette

from .processes import server_process

pytestmark = pytest.mark.anyio

KEY = {"X-Client-Key": "k"}
UPLOAD = "/_api/rest/v1/storage/bucket/upload-object"
FORM = "/_api/rest/v1/storage/bucket/upload-formdata"
LIMIT = 64 * 1024


def small_limit() -> AppConfig:
    return AppConfig.model_validate({"storage": {"maxFileSize": LIMIT}})


def blob_store(app: Starlette) -> FolderBlobStore:
    store = app.state.backend.blobs
    assert isinstance(store, FolderBlobStore)
    return store


def leftovers(store: FolderBlobStore) -> tuple[list[str], list[str]]:
    """The committed blobs and the partial files of a blob store."""
    partial = sorted(p.name for p in store.partial.iterdir()) if store.partial.exists() else []
    return sorted(store.ids()), partial


def file_count(url: str) -> int:
    response = httpx.get(url + "/_api/rest/v1/storage/stats", headers=KEY)
    assert response.status_code == 200
    count: int = response.json()["objectsCount"]
    return count


# ---------------------------------------------------------------------------- oversize
async def test_an_oversize_upload_is_refused_with_413_that_every_client_reads() -> None:
    app = create_app(small_limit())
    big = b"x" * (LIMIT * 40)  # 2.5 MiB: far past the limit, and past the socket buffers
    with LocalServer(app) as server:
        params = {"bucket": "root", "fileName": "big.bin"}
        # Sync httpx, raw and multipart, with a Content-Length.
        raw = httpx.post(server.url + UPLOAD, params=params, content=big, headers=KEY, timeout=30)
        assert raw.status_code == 413, raw.text
        assert raw.json()["errors"][0]["code"] == "request_body_size_too_large"
        form = httpx.post(
            server.url + FORM, params=params, files={"file": ("a", big)}, headers=KEY, timeout=30
        )
        assert form.status_code == 413
        # Async httpx, streamed without a Content-Length (chunked): refused once past the limit.

        async def chunks() -> Any:
            for start in range(0, len(big), 16 * 1024):
                yield big[start : start + 16 * 1024]

        async with httpx.AsyncClient(timeout=30) as client:
            streamed = await client.post(
                server.url + UPLOAD, params=params, content=chunks(), headers=KEY
            )
            assert streamed.status_code == 413
        # aiohttp.
        async with (
            aiohttp.ClientSession() as session,
            session.post(server.url + UPLOAD, params=params, data=big, headers=KEY) as answer,
        ):
            assert answer.status == 413
            assert (await answer.json())["errors"][0]["code"] == "request_body_size_too_large"
        # At the limit exactly is fine.
        fits = httpx.post(
            server.url + UPLOAD, params=params, content=big[:LIMIT], headers=KEY, timeout=30
        )
        assert fits.status_code == 200 and fits.json()["size"] == LIMIT
        assert file_count(server.url) == 1
        blobs, partial = leftovers(blob_store(app))
        assert len(blobs) == 1 and partial == []


# ---------------------------------------------------------------------------- disconnects
def _start_upload(url: str, declared: int, path: str = UPLOAD) -> socket.socket:
    """Open a raw upload declaring `declared` bytes and send the headers only."""
    host, port = url.removeprefix("http://").split(":")
    connection = socket.create_connection((host, int(port)), timeout=10)
    request = (
        f"POST {path}?bucket=root&fileName=cut.bin HTTP/1.1\r\nHost: {host}\r\n"
        f"X-Client-Key: k\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    )
    connection.sendall(request.encode())
    return connection


def _wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_client_leaving_mid_upload_leaves_no_file() -> None:
    app = create_app()
    store = blob_store(app)
    with LocalServer(app) as server:
        connection = _start_upload(server.url, 10 * 1024 * 1024)
        connection.sendall(b"y" * (2 * 1024 * 1024))
        # The upload is under way: its partial file exists.
        _wait_for(lambda: leftovers(store)[1] != [])
        connection.close()
        _wait_for(lambda: leftovers(store) == ([], []))
        assert file_count(server.url) == 0
        # The backend still serves uploads.
        done = httpx.post(
            server.url + UPLOAD,
            params={"bucket": "root", "fileName": "ok.bin"},
            content=b"fine",
            headers=KEY,
        )
        assert done.status_code == 200 and done.json()["fileName"] == "ok.bin"


def test_a_backend_killed_mid_upload_restarts_with_no_file_and_no_partial(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    files = data / "files"
    with server_process(data_dir=data, kill=True) as url:
        done = httpx.post(
            url + UPLOAD,
            params={"bucket": "root", "fileName": "kept.txt"},
            content=b"kept",
            headers=KEY,
        )
        assert done.status_code == 200
        connection = _start_upload(url, 50 * 1024 * 1024)
        connection.sendall(b"z" * (3 * 1024 * 1024))
        _wait_for(lambda: any((files / ".partial").iterdir()))
    connection.close()  # the server was killed (SIGKILL) while the upload was under way
    assert any((files / ".partial").iterdir())  # what the kill left
    # A blob committed just before a crash, whose row never was: swept at the next start too.
    (files / ("0" * 32)).write_bytes(b"orphan")
    with server_process(data_dir=data) as url:
        listed = httpx.post(url + "/_api/rest/v1/storage/search-files", json={}, headers=KEY)
        assert [file["fileName"] for file in listed.json()] == ["kept.txt"]
        assert list((files / ".partial").iterdir()) == []
        blobs = [path for path in files.iterdir() if not path.name.startswith(".")]
        assert len(blobs) == 1 and blobs[0].read_bytes() == b"kept"  # the orphan is gone
        download = httpx.post(
            url + "/_api/rest/v1/storage/bucket/file/download",
            json={"bucket": "root", "file": "kept.txt"},
            headers=KEY,
        )
        assert download.content == b"kept"


# ---------------------------------------------------------------------------- concurrency
async def test_concurrent_uploads_of_one_name_all_get_distinct_names() -> None:
    app = create_app()
    with LocalServer(app) as server:
        async with httpx.AsyncClient(base_url=server.url, headers=KEY, timeout=30) as client:

            async def upload(n: int) -> dict[str, Any]:
                response = await client.post(
                    UPLOAD, params={"bucket": "root", "fileName": "photo.png"}, content=b"%d" % n
                )
                assert response.status_code == 200, response.text
                answer: dict[str, Any] = response.json()
                return answer

            answers = await asyncio.gather(*(upload(n) for n in range(12)))
        names = sorted(answer["fileName"] for answer in answers)
        assert names == sorted(["photo.png", *(f"photo-{n}.png" for n in range(1, 12))])
        # Each name holds the bytes its upload sent.
        with httpx.Client(base_url=server.url, headers=KEY) as sync:
            for answer in answers:
                body = {"bucket": "root", "file": answer["fileName"]}
                content = sync.post("/_api/rest/v1/storage/bucket/file/download", json=body)
                assert content.content.decode().isdigit()
                assert answer["size"] == len(content.content)


async def test_replacements_racing_downloads_never_give_a_mixed_body() -> None:
    size = 512 * 1024
    versions = [bytes([65 + n]) * (size + n * 1000) for n in range(4)]
    app = create_app()
    with LocalServer(app) as server:
        async with httpx.AsyncClient(base_url=server.url, headers=KEY, timeout=60) as client:
            first = await client.post(
                UPLOAD, params={"bucket": "root", "fileName": "race.bin"}, content=versions[0]
            )
            public = first.json()["publicPath"]
            stop = anyio.Event()
            seen: set[bytes] = set()

            async def replace() -> None:
                for round in range(12):
                    response = await client.post(
                        "/_api/rest/v1/storage/bucket/file/replace-object",
                        params={"bucket": "root", "file": "race.bin"},
                        content=versions[round % len(versions)],
                    )
                    assert response.status_code == 200
                stop.set()

            async def download(public_route: bool) -> None:
                while not stop.is_set():
                    if public_route:
                        response = await client.get(public)
                    else:
                        response = await client.post(
                            "/_api/rest/v1/storage/bucket/file/download",
                            json={"bucket": "root", "file": "race.bin"},
                        )
                    assert response.status_code == 200
                    body = response.content
                    assert body in versions, f"a mixed body ({len(body)} bytes)"
                    assert int(response.headers["content-length"]) == len(body)
                    seen.add(body[:1])

            async with anyio.create_task_group() as tasks:
                tasks.start_soon(replace)
                tasks.start_soon(download, True)
                tasks.start_soon(download, False)
                tasks.start_soon(download, True)
        assert len(seen) >= 2  # the downloads did see several versions
        _, partial = leftovers(blob_store(app))
        assert partial == []
        assert len(list(blob_store(app).ids())) == 1  # replaced contents are deleted


def test_export_and_import_carry_the_files(tmp_path: Path) -> None:
    source = create_app()
    with LocalServer(source) as server:
        httpx.post(
            server.url + "/_api/rest/v1/storage/create-bucket", json={"name": "b"}, headers=KEY
        )
        uploaded = httpx.post(
            server.url + UPLOAD,
            params={"bucket": "b", "fileName": "a.bin", "options": json.dumps({"tags": ["t"]})},
            content=b"\x00\x01 contents",
            headers=KEY,
        ).json()
        exported = server.export(tmp_path / "export")
        assert exported == ["cache", "auth", "database", "storage", "functions"]
    target = create_app(import_dir=tmp_path / "export")
    with LocalServer(target) as server:
        info = httpx.post(
            server.url + "/_api/rest/v1/storage/bucket/file/get",
            json={"bucket": "b", "file": "a.bin"},
            headers=KEY,
        ).json()
        assert info["_id"] == uploaded["_id"] and info["tags"] == ["t"]
        public = httpx.get(info["publicPath"])
        assert public.content == b"\x00\x01 contents"
        # Reset forgets buckets, files and their contents.
        assert server.reset("storage") == ["storage"]
        assert list(blob_store(target).ids()) == []
        buckets = httpx.post(server.url + "/_api/rest/v1/storage/list-buckets", headers=KEY).json()
        assert [bucket["name"] for bucket in buckets] == ["root"]
        assert httpx.get(info["publicPath"]).status_code == 404


# ---------------------------------------------------------------------------- the blob store
def test_the_folder_blob_store(tmp_path: Path) -> None:
    store = FolderBlobStore(tmp_path / "files")
    store.open()
    writer = store.writer()
    writer.write(b"0123")
    writer.write(b"456789")
    assert list(store.ids()) == []  # not visible before the commit
    writer.commit("a1")
    writer.abort()  # a no-op once committed
    reader = store.reader("a1")
    assert reader.size == 10
    assert b"".join(reader.chunks()) == b"0123456789"
    assert b"".join(reader.chunks(3, 6)) == b"345"
    store.copy("a1", "b2")
    store.delete("a1")
    assert b"".join(reader.chunks()) == b"0123456789"  # an open blob keeps its bytes
    reader.close()
    assert sorted(store.ids()) == ["b2"]
    aborted = store.writer()
    aborted.write(b"never")
    aborted.abort()
    assert list(store.partial.iterdir()) == []
    with pytest.raises(LookupError):
        store.reader("a1")
    with pytest.raises(ValueError):
        store.reader("../escape")
    store.clear()
    assert list(store.ids()) == []


def test_a_memory_blob_store_is_removed_with_it() -> None:
    import gc

    store = FolderBlobStore(None)
    store.open()
    folder = store.folder
    writer = store.writer()
    writer.write(b"x")
    writer.commit("blob")
    assert folder.exists()
    del store, writer
    gc.collect()
    assert not folder.exists()
