"""Quickstart, storage section: a bucket, an upload with a progress bar, listings, downloads and
a file's public URL. `run(client)` takes a sync client connected to any local backend (the
`root` bucket always exists; other buckets are created here)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
from altogic import AltogicClient


def show(label: str, value: Any) -> None:
    print(f"  {label}: {value}")


class ProgressBar:
    """A text progress bar for `on_progress(loaded, total, percent)`."""

    WIDTH = 30

    def __init__(self, label: str) -> None:
        self.label = label

    def __call__(self, loaded: int, total: int | None, percent: int | None) -> None:
        if percent is None:  # the size is unknown (an iterator body): count the bytes
            sys.stdout.write(f"\r  {self.label}: {loaded:,} bytes")
        else:
            done = self.WIDTH * percent // 100
            bar = "#" * done + "." * (self.WIDTH - done)
            sys.stdout.write(f"\r  {self.label}: [{bar}] {percent:3d}% of {total:,} bytes")
        if total is not None and loaded == total:
            sys.stdout.write("\n")
        sys.stdout.flush()


def run(client: AltogicClient) -> None:
    print("== storage")
    storage = client.storage
    _, errors = storage.create_bucket("qs-photos", is_public=True, tags=["quickstart"])
    show("create_bucket('qs-photos') errors", errors)
    photos = storage.bucket("qs-photos")

    with tempfile.TemporaryDirectory() as folder:
        # A 3 MiB file on disk, uploaded as it is read (never whole in memory).
        picture = Path(folder) / "sunset.png"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 12_288)
        info, errors = photos.upload(picture.name, picture, on_progress=ProgressBar("upload"))
        show("upload('sunset.png') errors", errors)
        if info is not None:
            show("uploaded", f"{info['fileName']} {info['mimeType']}, {info['size']:,} bytes")

        # Text, bytes and generators upload too; a taken name gets a suffix.
        photos.upload("notes.txt", "Taken at dusk.", tags=["text"])
        second, _ = photos.upload("sunset.png", b"\x89PNG second", is_public=False)
        show("a second 'sunset.png' is stored as", second["fileName"] if second else None)

        files, errors = photos.list_files(sort=("size", "desc"))
        show("list_files() by size", [(f["fileName"], f["size"]) for f in files or []])
        small, _ = photos.list_files("size < :max", max=1000)
        show("list_files('size < :max', max=1000)", [f["fileName"] for f in small or []])
        page, _ = storage.search_files("mimeType == 'image/png'", return_count_info=True)
        show("search_files(...) count", page["info"]["count"] if page else None)
        show("buckets", [b["name"] for b in storage.iter_buckets(sort=("name", "asc"))])

        sunset = photos.file("sunset.png")
        content, errors = sunset.download()
        show("download() bytes", None if content is None else len(content))
        copy = Path(folder) / "downloaded.png"
        written, errors = sunset.download_to(copy)
        show("download_to(path) wrote", f"{written} bytes, same: {copy.read_bytes() == content}")
        with sunset.stream() as chunks:
            streamed = sum(len(chunk) for chunk in chunks)
        show("stream() read", f"{streamed} bytes, errors={chunks.errors}")

    if info is not None:
        url = info["publicPath"]
        show("public URL", url)
        show("GET public URL", httpx.get(url).status_code)
        sunset.make_private()
        show("GET after make_private()", httpx.get(url).status_code)

    _, errors = storage.bucket("qs-missing").file("x").download()
    show("download from a missing bucket -> errors", errors.codes if errors else None)
    stats, _ = storage.get_stats()
    show("get_stats()", stats)
    _, errors = photos.delete()
    show("bucket delete() errors", errors)
