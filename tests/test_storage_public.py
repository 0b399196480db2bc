"""Public file URLs: the HTTP that browsers and `curl` expect (types, validators, conditional
requests, byte ranges, dispositions, sandboxing), privacy, and an image rendered by Chromium."""

from __future__ import annotations

import email.utils
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from altogic_local.runner import LocalServer

from .browser import CHROMEDRIVER, CHROMIUM
from .storage_http import Http, codes
from .storage_http import http as http  # (a fixture)

pytestmark = pytest.mark.anyio
KEY = {"X-Client-Key": "k"}
UPLOAD = "/_api/rest/v1/storage/bucket/upload-object"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


async def test_a_public_file_is_served_with_its_type_and_validators(http: Http) -> None:
    data = bytes(range(256)) * 4
    file = await http.uploaded(
        "root", "data.bin", data, form=False, options={"contentType": "Image/PNG; q=1"}
    )
    response = await http.get(file["publicPath"])
    assert response.status_code == 200 and response.content == data
    headers = response.headers
    assert headers["content-type"] == "image/png"  # parameters dropped, no charset added
    assert headers["content-length"] == str(len(data))
    assert headers["accept-ranges"] == "bytes"
    assert headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in headers
    assert headers["etag"].startswith('"') and headers["etag"].endswith('"')
    assert email.utils.parsedate_to_datetime(headers["last-modified"]) is not None
    assert headers["content-disposition"] == (
        "inline; filename=\"data.bin\"; filename*=UTF-8''data.bin"
    )
    head = await http.request("HEAD", file["publicPath"])
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(data))
    assert head.headers["etag"] == headers["etag"]
    # A replacement is a new version.
    await http.post(
        "/bucket/file/replace-object",
        params={"bucket": "root", "file": file["_id"]},
        content=b"new",
        headers={"Content-Type": "text/plain"},
    )
    again = await http.get(file["publicPath"])
    assert again.content == b"new" and again.headers["etag"] != headers["etag"]
    assert again.headers["content-type"] == "text/plain"


async def test_conditional_requests(http: Http) -> None:
    file = await http.uploaded("root", "c.txt", b"conditional", mime="text/plain")
    first = await http.get(file["publicPath"])
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    for headers in [
        {"If-None-Match": etag},
        {"If-None-Match": f'"other", W/{etag}'},
        {"If-None-Match": "*"},
        {"If-Modified-Since": modified},
    ]:
        response = await http.get(file["publicPath"], headers=headers)
        assert response.status_code == 304 and response.content == b"", headers
        assert response.headers["etag"] == etag
    moment = email.utils.parsedate_to_datetime(modified)
    earlier = email.utils.format_datetime(moment.replace(year=moment.year - 1), usegmt=True)
    future = email.utils.format_datetime(moment.replace(year=moment.year + 5), usegmt=True)
    for headers in [
        {"If-None-Match": '"other"'},
        {"If-None-Match": '"other"', "If-Modified-Since": modified},  # the ETag decides
        {"If-Modified-Since": earlier},
        {"If-Modified-Since": future},  # a date the server never gave: ignored
        {"If-Modified-Since": "not a date"},
    ]:
        response = await http.get(file["publicPath"], headers=headers)
        assert response.status_code == 200 and response.content == b"conditional", headers


async def test_byte_ranges(http: Http) -> None:
    data = b"0123456789"
    file = await http.uploaded("root", "r.txt", data)
    url = file["publicPath"]
    for header, status, body, content_range in [
        ("bytes=0-3", 206, b"0123", "bytes 0-3/10"),
        ("bytes=7-", 206, b"789", "bytes 7-9/10"),
        ("bytes=-4", 206, b"6789", "bytes 6-9/10"),
        ("bytes=-40", 206, data, "bytes 0-9/10"),
        ("bytes=8-100", 206, b"89", "bytes 8-9/10"),
        ("bytes=0-1,4-5", 200, data, None),  # several ranges: the whole file
        ("items=0-1", 200, data, None),
        ("bytes=5-2", 200, data, None),
        ("bytes=x-y", 200, data, None),
    ]:
        response = await http.get(url, headers={"Range": header})
        assert response.status_code == status and response.content == body, header
        assert response.headers.get("content-range") == content_range, header
        assert response.headers["content-length"] == str(len(body))
    for header in ["bytes=10-", "bytes=10-20", "bytes=-0"]:
        response = await http.get(url, headers={"Range": header})
        assert response.status_code == 416 and codes(response) == ["range_not_satisfiable"]
        assert response.headers["content-range"] == "bytes */10"
    etag = (await http.get(url)).headers["etag"]
    matching = await http.get(url, headers={"Range": "bytes=0-0", "If-Range": etag})
    assert matching.status_code == 206 and matching.content == b"0"
    stale = await http.get(url, headers={"Range": "bytes=0-0", "If-Range": '"old"'})
    assert stale.status_code == 200 and stale.content == data
    empty = await http.uploaded("root", "empty.txt", b"")
    response = await http.get(empty["publicPath"], headers={"Range": "bytes=0-"})
    assert response.status_code == 416
    assert (await http.get(empty["publicPath"])).content == b""


async def test_names_and_active_content(http: Http) -> None:
    name = 'résumé "final"; 2.html'
    page = await http.uploaded("root", name, b"<script>alert(1)</script>", mime="text/html")
    response = await http.get(page["publicPath"])
    assert response.headers["content-type"] == "text/html"
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"
    disposition = response.headers["content-disposition"]
    assert disposition == (
        "inline; filename=\"r_sum_ _final_; 2.html\"; filename*=UTF-8''"
        + quote(name, safe="!#$&+^`|~")
    )
    svg = await http.uploaded("root", "i.svg", b"<svg/>", mime="image/svg+xml")
    assert (await http.get(svg["publicPath"])).headers["content-security-policy"] == "sandbox"
    download = await http.post("/bucket/file/download", {"bucket": "root", "file": page["_id"]})
    assert download.headers["content-disposition"].startswith('attachment; filename="r_sum_')


async def test_private_unknown_and_malformed_addresses(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "b", "isPublic": False})
    private = await http.uploaded("b", "p.txt", b"private")
    response = await http.get(private["publicPath"])
    assert response.status_code == 403 and codes(response) == ["not_public"]
    assert (await http.request("HEAD", private["publicPath"])).status_code == 403
    await http.ok("/bucket/file/make-public", {"bucket": "b", "file": "p.txt"})
    assert (await http.get(private["publicPath"])).content == b"private"
    env, bucket, file = private["publicPath"].split("/")[-3:]
    other = "0" * 24
    for path in [
        f"/_storage/{other}/{bucket}/{file}",
        f"/_storage/{env}/{other}/{file}",
        f"/_storage/{env}/{bucket}/{other}",
        f"/_storage/{env}/{env}/{file}",  # the file is not in the root bucket
    ]:
        response = await http.get(path)
        assert response.status_code == 404 and codes(response) == ["file_not_found"], path
    response = await http.get(f"/_storage/{env}/{bucket}/not-an-id")
    assert response.status_code == 400 and codes(response) == ["validation_error"]


CURL = shutil.which("curl")


@pytest.mark.skipif(CURL is None, reason="needs curl")
def test_curl_reads_ranges_resumes_and_conditional_downloads(tmp_path: Path) -> None:
    data = bytes(range(256)) * 100
    with LocalServer() as server:
        file = httpx.post(
            server.url + UPLOAD,
            params={"bucket": "root", "fileName": "résumé.bin"},
            content=data,
            headers=KEY,
        ).json()
        url = file["publicPath"]

        def curl(*arguments: str) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run(
                [str(CURL), "-sS", *arguments], cwd=tmp_path, capture_output=True, check=True
            )

        assert curl("-r", "100-199", url).stdout == data[100:200]
        head = curl("-I", url).stdout.decode()
        assert head.startswith("HTTP/1.1 200") and f"content-length: {len(data)}" in head.lower()
        # Resume a cut download (`-C -`): curl asks for the rest with a range.
        (tmp_path / "part.bin").write_bytes(data[:1000])
        curl("-C", "-", "-o", "part.bin", url)
        assert (tmp_path / "part.bin").read_bytes() == data
        # `-J -O` saves under the name the Content-Disposition gives (its ASCII fallback).
        curl("-J", "-O", url)
        assert (tmp_path / "r_sum_.bin").read_bytes() == data
        # Conditional: `--etag-save` then `--etag-compare` gets a 304 and no body.
        curl("--etag-save", "etag.txt", "-o", "first.bin", url)
        second = curl("--etag-compare", "etag.txt", "-w", "%{http_code}", "-o", "second.bin", url)
        assert second.stdout == b"304"
        # `-z` (If-Modified-Since) with the file's own date: 304 too.
        modified = curl("-I", url).stdout.decode().lower().split("last-modified: ")[1]
        dated = curl("-z", modified.split("\r\n")[0], "-w", "%{http_code}", "-o", "z.bin", url)
        assert dated.stdout == b"304"
        unsatisfiable = curl("-r", f"{len(data)}-", "-w", "%{http_code}", "-o", "x.bin", url)
        assert unsatisfiable.stdout == b"416"


@pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="needs Chromium and chromedriver"
)
def test_an_image_renders_in_chromium_by_its_public_url(chromium: Any) -> None:
    image = png(37, 23, (200, 30, 40))
    with LocalServer() as server:
        file = httpx.post(
            server.url + "/_api/rest/v1/storage/bucket/upload-formdata",
            params={"bucket": "root", "fileName": "red.png"},
            files={"file": ("red.png", image, "image/png")},
            headers=KEY,
        ).json()
        chromium.get(file["publicPath"])
        size = chromium.execute_script(
            "const img = document.images[0];"
            "return img && img.complete ? [img.naturalWidth, img.naturalHeight] : null;"
        )
        assert size == [37, 23]
        # The colour of a pixel, read back through a canvas (the image is same-origin).
        pixel = chromium.execute_script(
            "const img = document.images[0]; const c = document.createElement('canvas');"
            "c.width = img.naturalWidth; c.height = img.naturalHeight;"
            "const g = c.getContext('2d'); g.drawImage(img, 0, 0);"
            "return Array.from(g.getImageData(5, 5, 1, 1).data);"
        )
        assert pixel == [200, 30, 40, 255]
