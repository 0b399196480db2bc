"""Large transfers stay small in the client: 64 MiB uploaded (from an iterator and from a path)
and downloaded (to a path, and streamed) by both clients, against a backend in its own process,
while `tracemalloc` records the peak of this process's Python allocations."""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from altogic import create_async_client, create_client

from .processes import server_process

pytestmark = pytest.mark.anyio

MIB = 1024 * 1024
SIZE = 64 * MIB
PIECE = 256 * 1024
PEAK_LIMIT = 8 * MIB
"""A bound on the allocations a transfer may hold at once: a few pieces, never the file."""

BLOCK = bytes(range(256)) * (PIECE // 256)


def pieces() -> Iterator[bytes]:
    for _ in range(SIZE // PIECE):
        yield BLOCK


async def async_pieces() -> AsyncIterator[bytes]:
    for piece in pieces():
        yield piece


def expected_digest() -> str:
    digest = hashlib.sha256()
    for piece in pieces():
        digest.update(piece)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with server_process() as served:
        yield served


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.bin"
    with path.open("wb") as file:
        for piece in pieces():
            file.write(piece)
    return path


class Peak:
    """The peak of Python allocations made inside the block, above what was held before."""

    def __enter__(self) -> Peak:
        tracemalloc.start()
        tracemalloc.reset_peak()
        self.base = tracemalloc.get_traced_memory()[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self.peak = tracemalloc.get_traced_memory()[1] - self.base
        tracemalloc.stop()


def test_sync_transfers_hold_little(url: str, big_file: Path, tmp_path: Path) -> None:
    digest = expected_digest()
    with create_client(url, "key", timeout=300) as client:
        root = client.storage.root
        root.upload("warm-up", b"x")  # imports and connections before measuring
        with Peak() as upload:
            info, errors = root.upload("streamed.bin", pieces())
        assert errors is None and info is not None and info["size"] == SIZE
        assert upload.peak < PEAK_LIMIT, upload.peak
        with Peak() as from_path:
            info, errors = root.upload("from-path.bin", big_file)
        assert errors is None and info is not None and info["size"] == SIZE
        assert from_path.peak < PEAK_LIMIT, from_path.peak
        target = tmp_path / "down.bin"
        with Peak() as download:
            count, errors = root.file("streamed.bin").download_to(target)
        assert errors is None and count == SIZE and file_digest(target) == digest
        assert download.peak < PEAK_LIMIT, download.peak
        hashed = hashlib.sha256()
        with Peak() as streamed, root.file("from-path.bin").stream() as chunks:
            for chunk in chunks:
                hashed.update(chunk)
        assert chunks.errors is None and hashed.hexdigest() == digest
        assert streamed.peak < PEAK_LIMIT, streamed.peak


async def test_async_transfers_hold_little(url: str, big_file: Path, tmp_path: Path) -> None:
    digest = expected_digest()
    async with create_async_client(url, "key", timeout=300) as client:
        root: Any = client.storage.root
        await root.upload("warm-up", b"x")
        with Peak() as upload:
            info, errors = await root.upload("streamed.bin", async_pieces())
        assert errors is None and info["size"] == SIZE
        assert upload.peak < PEAK_LIMIT, upload.peak
        with Peak() as from_path:
            info, errors = await root.upload("from-path.bin", big_file)
        assert errors is None and info["size"] == SIZE
        assert from_path.peak < PEAK_LIMIT, from_path.peak
        target = tmp_path / "down.bin"
        with Peak() as download:
            count, errors = await root.file(info["_id"]).download_to(target)
        assert errors is None and count == SIZE and file_digest(target) == digest
        assert download.peak < PEAK_LIMIT, download.peak
        hashed = hashlib.sha256()
        with Peak() as streamed:
            async with root.file(info["_id"]).stream() as chunks:
                async for chunk in chunks:
                    hashed.update(chunk)
        assert chunks.errors is None and hashed.hexdigest() == digest
        assert streamed.peak < PEAK_LIMIT, streamed.peak
