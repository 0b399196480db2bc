"""The storage module end to end through raw HTTP (the wrapper is tested on its own): every
operation, sync and async, in-process and over a real socket, against the real local backend."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import pytest
from altogic_local.app import create_app
from altogic_local.config import AppConfig

from .auth_helpers import auth_config
from .storage_http import Http, codes
from .storage_http import http as http  # (a fixture)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

pytestmark = pytest.mark.anyio

OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
ENV_ID = AppConfig().env_id


@pytest.fixture
def altogic_config() -> AppConfig:
    return auth_config(email_confirmation=False)


async def session_token(http: Http, email: str = "ada@example.com") -> tuple[str, str]:
    """Sign a new user up; their id and session token."""
    response = await http.request(
        "POST",
        "/_api/rest/v1/auth/signup-email",
        json={"email": email, "password": "secret-password"},
        headers={"X-Client-Key": "k"},
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    return answer["user"]["_id"], answer["session"]["token"]


# ---------------------------------------------------------------------------- buckets
async def test_root_bucket_exists_with_the_env_id_and_cannot_be_renamed_or_deleted(
    http: Http,
) -> None:
    root = await http.ok("/bucket/get", {"bucket": "root"})
    assert root["_id"] == ENV_ID and root["name"] == "root" and root["isPublic"] is True
    assert await http.ok("/bucket/get", {"bucket": ENV_ID}) == root
    assert await http.ok("/bucket/exists", {"bucket": "root"}) is True
    for path, body in [
        ("/bucket/rename", {"bucket": "root", "newName": "other"}),
        ("/bucket/update", {"bucket": ENV_ID, "newName": "other"}),
        ("/bucket/delete", {"bucket": "root"}),
    ]:
        response = await http.post(path, body)
        assert response.status_code == 403 and codes(response) == ["invalid_operation"], path
    # Root can be emptied, made private and tagged; `root` cannot be created.
    await http.uploaded("root", "a.txt", b"a")
    assert (await http.ok("/bucket/make-private", {"bucket": "root"}))["isPublic"] is False
    assert (await http.ok("/bucket/add-tags", {"bucket": "root", "tags": "t"}))["tags"] == ["t"]
    await http.ok("/bucket/empty", {"bucket": "root"})
    assert await http.ok("/bucket/list-files", {"bucket": "root"}) == []
    response = await http.post("/create-bucket", {"name": "root"})
    assert response.status_code == 409 and codes(response) == ["bucket_name_not_unique"]


async def test_create_bucket_defaults_tags_and_owner(http: Http) -> None:
    bucket = await http.ok("/create-bucket", {"name": "pics", "tags": ["a", "b", "a"]})
    assert OBJECT_ID.match(bucket["_id"])
    assert bucket["name"] == "pics" and bucket["isPublic"] is True
    assert bucket["tags"] == ["a", "b"] and "userId" not in bucket
    assert bucket["createdAt"] == bucket["updatedAt"]
    private = await http.ok("/create-bucket", {"name": "Pics", "isPublic": False})
    assert private["isPublic"] is False and private["tags"] == []  # names are case-sensitive
    user_id, token = await session_token(http)
    owned = await http.ok("/create-bucket", {"name": "mine"}, headers={"Session": token})
    assert owned["userId"] == user_id
    response = await http.post("/create-bucket", {"name": "pics"})
    assert response.status_code == 409 and codes(response) == ["bucket_name_not_unique"]


async def test_bucket_names_are_checked(http: Http) -> None:
    for name in ["", "tab\tname", "x" * 129, "nul\u0000"]:
        response = await http.post("/create-bucket", {"name": name})
        assert response.status_code == 400 and codes(response) == ["validation_error"], name
    listed = await http.ok("/list-buckets", {})
    assert [bucket["name"] for bucket in listed] == ["root"]


async def test_buckets_are_addressed_by_name_or_id(http: Http) -> None:
    bucket = await http.ok("/create-bucket", {"name": "docs"})
    by_id = await http.ok("/bucket/get", {"bucket": bucket["_id"]})
    assert by_id == await http.ok("/bucket/get", {"bucket": "docs"}) == bucket
    assert await http.ok("/bucket/exists", {"bucket": bucket["_id"]}) is True
    assert await http.ok("/bucket/exists", {"bucket": "nope"}) is False
    for path in ["/bucket/get", "/bucket/empty", "/bucket/delete", "/bucket/list-files"]:
        response = await http.post(path, {"bucket": "nope"})
        assert response.status_code == 404 and codes(response) == ["bucket_not_found"], path


async def test_bucket_stats_and_storage_stats(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "b"})
    empty = await http.ok("/bucket/get", {"bucket": "b", "detailed": True})
    assert empty["stats"] == {
        "objectsCount": 0,
        "totalStorageSize": 0,
        "averageObjectSize": 0,
        "minObjectSize": 0,
        "maxObjectSize": 0,
    }
    assert "stats" not in await http.ok("/bucket/get", {"bucket": "b"})
    for size in (1, 3, 8):
        await http.uploaded("b", f"f{size}", b"x" * size)
    await http.uploaded("root", "r", b"y" * 4)
    detailed = await http.ok("/bucket/get", {"bucket": "b", "detailed": True})
    assert detailed["stats"] == {
        "objectsCount": 3,
        "totalStorageSize": 12,
        "averageObjectSize": 4,
        "minObjectSize": 1,
        "maxObjectSize": 8,
    }
    stats = (
        await http.request("GET", "/_api/rest/v1/storage/stats", headers={"X-Client-Key": "k"})
    ).json()
    assert stats == {
        "objectsCount": 4,
        "totalStorageSize": 16,
        "averageObjectSize": 4,
        "minObjectSize": 1,
        "maxObjectSize": 8,
        "bucketsCount": 2,
    }


async def test_rename_update_and_tags(http: Http) -> None:
    bucket = await http.ok("/create-bucket", {"name": "a", "tags": ["x"]})
    await http.ok("/create-bucket", {"name": "taken"})
    renamed = await http.ok("/bucket/rename", {"bucket": "a", "newName": "b"})
    assert renamed["_id"] == bucket["_id"] and renamed["name"] == "b"
    assert await http.ok("/bucket/rename", {"bucket": "b", "newName": "b"}) == {
        **renamed,
        "updatedAt": renamed["updatedAt"],
    }
    response = await http.post("/bucket/rename", {"bucket": "b", "newName": "taken"})
    assert response.status_code == 409 and codes(response) == ["bucket_name_not_unique"]
    tagged = await http.ok("/bucket/add-tags", {"bucket": "b", "tags": ["y", "x", "z"]})
    assert tagged["tags"] == ["x", "y", "z"]
    untagged = await http.ok("/bucket/remove-tags", {"bucket": "b", "tags": ["x", "w"]})
    assert untagged["tags"] == ["y", "z"]
    assert (await http.ok("/bucket/remove-tags", {"bucket": "b", "tags": "y"}))["tags"] == ["z"]
    updated = await http.ok(
        "/bucket/update", {"bucket": "b", "newName": "c", "isPublic": False, "tags": "only"}
    )
    assert (updated["name"], updated["isPublic"], updated["tags"]) == ("c", False, ["only"])
    kept = await http.ok("/bucket/update", {"bucket": "c"})
    assert (kept["name"], kept["isPublic"], kept["tags"]) == ("c", False, ["only"])
    response = await http.post("/bucket/update", {"bucket": "c", "newName": "taken", "tags": []})
    assert response.status_code == 409
    assert (await http.ok("/bucket/get", {"bucket": "c"}))["tags"] == ["only"]  # nothing changed


async def test_privacy_of_buckets_and_their_files(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "b", "isPublic": False})
    private = await http.uploaded("b", "private.txt", b"p")
    assert private["isPublic"] is False  # the bucket's default
    public = await http.uploaded("b", "public.txt", b"p", options={"isPublic": True})
    assert public["isPublic"] is True
    await http.ok("/bucket/make-public", {"bucket": "b"})
    assert (await http.ok("/bucket/file/get", {"bucket": "b", "file": "private.txt"}))[
        "isPublic"
    ] is False  # files keep theirs
    assert (await http.uploaded("b", "new.txt", b"n"))["isPublic"] is True
    await http.ok("/bucket/make-private", {"bucket": "b", "includeFiles": True})
    listed = await http.ok("/bucket/list-files", {"bucket": "b"})
    assert [file["isPublic"] for file in listed] == [False, False, False]
    await http.ok("/bucket/update", {"bucket": "b", "isPublic": True, "includeFiles": True})
    listed = await http.ok("/bucket/list-files", {"bucket": "b"})
    assert [file["isPublic"] for file in listed] == [True, True, True]


async def test_delete_and_empty_remove_files(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "b"})
    files = [await http.uploaded("b", f"f{n}.txt", b"n") for n in range(4)]
    await http.ok(
        "/bucket/delete-files",
        {"bucket": "b", "fileNamesOrIds": ["f0.txt", files[1]["_id"], "missing"]},
    )
    names = [file["fileName"] for file in await http.ok("/bucket/list-files", {"bucket": "b"})]
    assert names == ["f2.txt", "f3.txt"]
    await http.ok("/bucket/empty", {"bucket": "b"})
    assert await http.ok("/bucket/list-files", {"bucket": "b"}) == []
    await http.uploaded("b", "again.txt", b"a")
    await http.ok("/bucket/delete", {"bucket": "b"})
    assert await http.ok("/bucket/exists", {"bucket": "b"}) is False
    response = await http.get(files[3]["publicPath"])
    assert response.status_code == 404


async def test_list_buckets_filters_sorts_and_pages(http: Http) -> None:
    for name, public in [("c", True), ("a", False), ("b", True)]:
        await http.ok("/create-bucket", {"name": name, "isPublic": public, "tags": [name]})
    names = [b["name"] for b in await http.ok("/list-buckets", {"expression": None})]
    assert names == ["root", "c", "a", "b"]  # creation order
    private = await http.ok("/list-buckets", {"expression": "isPublic == false"})
    assert [b["name"] for b in private] == ["a"]
    page = await http.ok(
        "/list-buckets",
        {
            "expression": "name != 'root'",
            "options": {
                "sort": {"field": "name", "direction": "desc"},
                "limit": 2,
                "page": 2,
                "returnCountInfo": True,
            },
        },
    )
    assert page["info"] == {"count": 3, "totalPages": 2, "currentPage": 2, "pageSize": 2}
    assert [b["name"] for b in page["data"]] == ["a"]
    blank = await http.ok("/list-buckets", {"expression": "   ", "options": None})
    assert len(blank) == 4
    for expression, code in [("name ==", "invalid_expression"), ("size > 1", "invalid_expression")]:
        response = await http.post("/list-buckets", {"expression": expression})
        assert response.status_code == 400 and codes(response) == [code], expression
    response = await http.post("/list-buckets", {"expression": "NOSUCH(name)"})
    assert response.status_code == 400 and codes(response) == ["invalid_function"]
    # Within the length bound, past the bound on syntax nodes.
    too_large = "IN([" + ",".join(["0"] * 2040) + "], 1)"
    response = await http.post("/list-buckets", {"expression": too_large})
    assert response.status_code == 400 and codes(response) == ["invalid_expression"]
    assert response.json()["errors"][0]["details"]["reason"] == "too_complex"


# ---------------------------------------------------------------------------- files
async def test_upload_formdata_and_object_store_the_bytes_and_metadata(http: Http) -> None:
    data = bytes(range(256)) * 40
    form = await http.uploaded("root", "photo.png", data, mime="image/PNG; x=1", form=True)
    assert OBJECT_ID.match(form["_id"]) and form["bucketId"] == ENV_ID
    assert (form["fileName"], form["size"], form["mimeType"]) == (
        "photo.png",
        len(data),
        "image/png",
    )
    assert form["encoding"] == "7bit" and form["isPublic"] is True and form["tags"] == []
    assert form["publicPath"].endswith(f"/_storage/{ENV_ID}/{ENV_ID}/{form['_id']}")
    assert form["uploadedAt"] == form["updatedAt"] and "userId" not in form
    raw = await http.uploaded(
        "root",
        "notes.txt",
        b"hello",
        form=False,
        mime="application/octet-stream",
        options={"contentType": "text/plain;charset=UTF-8", "tags": "memo", "isPublic": False},
    )
    assert (raw["mimeType"], raw["size"], raw["tags"], raw["isPublic"]) == (
        "text/plain",
        5,
        ["memo"],
        False,
    )
    typed = await http.uploaded("root", "img.gif", b"GIF89a", form=False, mime="image/gif")
    assert typed["mimeType"] == "image/gif"
    for file, content in [(form, data), (raw, b"hello")]:
        response = await http.post("/bucket/file/download", {"bucket": "root", "file": file["_id"]})
        assert response.status_code == 200 and response.content == content
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.headers["content-length"] == str(len(content))
        assert file["fileName"] in response.headers["content-disposition"]


async def test_upload_owner_and_bucket_creation(http: Http) -> None:
    user_id, token = await session_token(http)
    file = await http.uploaded("root", "mine.txt", b"m", headers={"Session": token})
    assert file["userId"] == user_id
    response = await http.upload("later", "x.txt", b"x")
    assert response.status_code == 404 and codes(response) == ["bucket_not_found"]
    created = await http.uploaded("later", "x.txt", b"x", options={"createBucket": True})
    bucket = await http.ok("/bucket/get", {"bucket": "later"})
    assert created["bucketId"] == bucket["_id"] and bucket["isPublic"] is True


async def test_name_collisions_get_numbered_names(http: Http) -> None:
    names = []
    for name in ["photo.png"] * 3 + ["archive.tar.gz"] * 2 + ["README"] * 2 + [".env"] * 2:
        names.append((await http.uploaded("root", name, b"x"))["fileName"])
    assert names == [
        "photo.png",
        "photo-1.png",
        "photo-2.png",
        "archive.tar.gz",
        "archive.tar-1.gz",
        "README",
        "README-1",
        ".env",
        ".env-1",
    ]
    await http.ok("/bucket/file/delete", {"bucket": "root", "file": "photo-1.png"})
    assert (await http.uploaded("root", "photo.png", b"x"))["fileName"] == "photo-1.png"
    # `%` and `_` in names are no wildcards.
    assert (await http.uploaded("root", "a_b%.txt", b"x"))["fileName"] == "a_b%.txt"
    assert (await http.uploaded("root", "a_b%.txt", b"x"))["fileName"] == "a_b%-1.txt"


async def test_file_operations(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "other"})
    file = await http.uploaded("root", "doc.txt", b"contents", options={"tags": ["a"]})
    ref = {"bucket": "root", "file": "doc.txt"}
    assert await http.ok("/bucket/file/exists", ref) is True
    assert await http.ok("/bucket/file/exists", {"bucket": "root", "file": file["_id"]}) is True
    assert await http.ok("/bucket/file/exists", {"bucket": "nope", "file": "doc.txt"}) is False
    assert await http.ok("/bucket/file/get", ref) == file
    assert (await http.ok("/bucket/file/make-private", ref))["isPublic"] is False
    assert (await http.ok("/bucket/file/make-public", ref))["isPublic"] is True
    tagged = await http.ok("/bucket/file/add-tags", {**ref, "tags": ["b", "a"]})
    assert tagged["tags"] == ["a", "b"]
    assert (await http.ok("/bucket/file/remove-tags", {**ref, "tags": "a"}))["tags"] == ["b"]
    renamed = await http.ok("/bucket/file/rename", {**ref, "newName": "renamed.txt"})
    assert renamed["_id"] == file["_id"] and renamed["publicPath"] == file["publicPath"]
    ref = {"bucket": "root", "file": "renamed.txt"}
    copy = await http.ok("/bucket/file/duplicate", ref)
    assert copy["fileName"] == "renamed-1.txt" and copy["_id"] != file["_id"]
    assert copy["tags"] == ["b"] and copy["size"] == 8
    named = await http.ok("/bucket/file/duplicate", {**ref, "duplicateName": "named.txt"})
    assert named["fileName"] == "named.txt"
    for path, body in [
        ("/bucket/file/duplicate", {**ref, "duplicateName": "named.txt"}),
        ("/bucket/file/rename", {**ref, "newName": "named.txt"}),
        ("/bucket/file/update", {**ref, "newName": "named.txt", "isPublic": False}),
    ]:
        response = await http.post(path, body)
        assert response.status_code == 409 and codes(response) == ["file_name_not_unique"], path
    assert (await http.ok("/bucket/file/get", ref))["isPublic"] is True  # nothing changed
    updated = await http.ok(
        "/bucket/file/update", {**ref, "newName": "u.txt", "isPublic": False, "tags": []}
    )
    assert (updated["fileName"], updated["isPublic"], updated["tags"]) == ("u.txt", False, [])
    other = await http.ok("/bucket/get", {"bucket": "other"})
    await http.uploaded("other", "u.txt", b"occupied")
    copied = await http.ok(
        "/bucket/file/copy", {"bucket": "root", "file": "u.txt", "bucketNameOrId": "other"}
    )
    assert copied["bucketId"] == other["_id"] and copied["fileName"] == "u-1.txt"
    moved = await http.ok(
        "/bucket/file/move", {"bucket": "root", "file": "u.txt", "bucketNameOrId": other["_id"]}
    )
    assert moved["_id"] == file["_id"] and moved["fileName"] == "u-2.txt"
    assert moved["publicPath"].endswith(f"/{other['_id']}/{file['_id']}")
    assert await http.ok("/bucket/file/exists", {"bucket": "root", "file": file["_id"]}) is False
    download = await http.post("/bucket/file/download", {"bucket": "other", "file": "u-2.txt"})
    assert download.content == b"contents"
    await http.ok("/bucket/file/delete", {"bucket": "other", "file": "u-2.txt"})
    for path in ["/bucket/file/get", "/bucket/file/download", "/bucket/file/delete"]:
        response = await http.post(path, {"bucket": "other", "file": "u-2.txt"})
        assert response.status_code == 404 and codes(response) == ["file_not_found"], path


async def test_replace_keeps_identity_and_swaps_contents(http: Http) -> None:
    file = await http.uploaded(
        "root", "r.bin", b"old", options={"isPublic": False, "tags": ["keep"]}
    )
    replaced = (
        await http.post(
            "/bucket/file/replace-formdata",
            params={"bucket": "root", "file": "r.bin"},
            files={"file": ("x", b"new contents", "text/csv")},
        )
    ).json()
    assert (replaced["_id"], replaced["fileName"], replaced["publicPath"]) == (
        file["_id"],
        "r.bin",
        file["publicPath"],
    )
    assert (replaced["size"], replaced["mimeType"], replaced["isPublic"], replaced["tags"]) == (
        12,
        "text/csv",
        False,
        ["keep"],
    )
    response = await http.post(
        "/bucket/file/replace-object",
        params={
            "bucket": "root",
            "file": file["_id"],
            "options": '{"contentType": "image/png", "isPublic": true, "tags": ["new"]}',
        },
        content=b"\x89PNG",
        headers={"Content-Type": "application/octet-stream"},
    )
    assert response.status_code == 200, response.text
    again = response.json()
    assert (again["size"], again["mimeType"], again["isPublic"], again["tags"]) == (
        4,
        "image/png",
        True,
        ["new"],
    )
    download = await http.post("/bucket/file/download", {"bucket": "root", "file": "r.bin"})
    assert download.content == b"\x89PNG"
    response = await http.post(
        "/bucket/file/replace-object",
        params={"bucket": "root", "file": "missing"},
        content=b"x",
    )
    assert response.status_code == 404 and codes(response) == ["file_not_found"]


async def test_list_and_search_files(http: Http) -> None:
    await http.ok("/create-bucket", {"name": "b"})
    await http.uploaded("b", "small.txt", b"s", mime="text/plain")
    await http.uploaded("b", "big.png", b"b" * 2000, mime="image/png")
    await http.uploaded("root", "huge.png", b"h" * 3000, mime="image/png")
    pngs = await http.ok(
        "/search-files",
        {
            "expression": "size > 1024 && mimeType == 'image/png'",
            "options": {"sort": {"field": "size", "direction": "desc"}},
        },
    )
    assert [file["fileName"] for file in pngs] == ["huge.png", "big.png"]
    in_b = await http.ok(
        "/bucket/list-files",
        {"bucket": "b", "expression": "size > 1024", "options": {"returnCountInfo": True}},
    )
    assert in_b["info"]["count"] == 1 and in_b["data"][0]["fileName"] == "big.png"
    assert in_b["data"][0]["publicPath"].startswith("http")
    everything = await http.ok("/search-files", {})
    assert [f["fileName"] for f in everything] == ["small.txt", "big.png", "huge.png"]
    await http.ok("/bucket/file/add-tags", {"bucket": "b", "file": "big.png", "tags": "x"})
    tagged = await http.ok("/search-files", {"expression": "IN(tags, 'x')"})
    assert [file["fileName"] for file in tagged] == ["big.png"]
    response = await http.post("/search-files", {"expression": "name == 'x'"})
    assert response.status_code == 400 and codes(response) == ["invalid_expression"]


async def test_delete_file_by_its_public_url(http: Http) -> None:
    file = await http.uploaded("root", "gone.txt", b"g")
    await http.ok("/delete-file", {"fileUrl": file["publicPath"]})
    assert await http.ok("/bucket/file/exists", {"bucket": "root", "file": "gone.txt"}) is False
    for url in [file["publicPath"], "not a url", f"/_storage/{'0' * 24}/{ENV_ID}/{file['_id']}"]:
        response = await http.post("/delete-file", {"fileUrl": url})
        assert response.status_code == 404 and codes(response) == ["file_not_found"], url


# ---------------------------------------------------------------------------- bad input
async def test_bad_uploads_are_refused_and_leave_nothing(http: Http) -> None:
    cases: list[tuple[str, dict[str, Any], int, str]] = [
        ("not json", {"form": True}, 400, "validation_error"),
        ('{"isPublic": "yes"}', {"form": True}, 400, "validation_error"),
        ('{"unknown": 1}', {"form": False}, 400, "validation_error"),
    ]
    for options, how, status, code in cases:
        response = await http.post(
            "/bucket/upload-formdata" if how["form"] else "/bucket/upload-object",
            params={"bucket": "root", "fileName": "x", "options": options},
            content=b"x",
            headers={"Content-Type": "application/octet-stream"},
        )
        assert response.status_code == status and codes(response) == [code], options
        assert response.json()["errors"][0]["details"]["location"] == "query"
    boundary = "XyZ"
    bodies = {
        "wrong part": f'--{boundary}\r\nContent-Disposition: form-data; name="other"; '
        f'filename="a"\r\n\r\ndata\r\n--{boundary}--\r\n',
        "no part": f"--{boundary}--\r\n",
        "truncated": f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="a"\r\n\r\ndata that never ends',
        "two files": f'--{boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\na\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nb\r\n--{boundary}--',
    }
    for case, body in bodies.items():
        response = await http.post(
            "/bucket/upload-formdata",
            params={"bucket": "root", "fileName": "x"},
            content=body.encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert response.status_code == 400 and codes(response) == ["validation_error"], case
    for content_type in ["multipart/form-data", f"multipart/form-data; boundary={'b' * 300}"]:
        response = await http.post(
            "/bucket/upload-formdata",
            params={"bucket": "root", "fileName": "x"},
            content=b"--" + b"b" * 300 + b"\r\n",
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 400 and codes(response) == ["validation_error"]
    response = await http.post(
        "/bucket/upload-formdata",
        params={"bucket": "root", "fileName": "x"},
        content=b"raw",
        headers={"Content-Type": "application/octet-stream"},
    )
    assert response.status_code == 415 and codes(response) == ["unsupported_media_type"]
    response = await http.upload("root", "x", b"x", form=False, mime="multipart/form-data; b=1")
    assert response.status_code == 415
    for name in ["bad\nname", "x" * 256]:
        response = await http.upload("root", name, b"x")
        assert response.status_code == 400 and codes(response) == ["validation_error"]
    assert await http.ok("/search-files", {}) == []
    stats = (
        await http.request("GET", "/_api/rest/v1/storage/stats", headers={"X-Client-Key": "k"})
    ).json()
    assert stats["objectsCount"] == 0


async def test_js_client_json_encodings_of_raw_bodies(http: Http) -> None:
    options = '{"contentType":"text/plain;charset=UTF-8","createBucket":false}'
    params = {"bucket": "root", "options": options}
    cases: list[tuple[Any, bytes]] = [
        ("héllo", "héllo".encode()),
        ("a\ud800b", "a\ufffdb".encode()),  # a lone surrogate, as JavaScript encodes it
        ({"type": "Buffer", "data": [0, 1, 255]}, b"\x00\x01\xff"),
        ({"2": 3, "0": 1, "1": 2, "10": 11}, b"\x01\x02\x03\x0b"),
    ]
    for index, (body, expected) in enumerate(cases):
        response = await http.post(
            "/bucket/upload-object",
            params={**params, "fileName": f"f{index}"},
            content=json.dumps(body).encode(),  # as JSON.stringify writes it (ASCII escapes)
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 200, response.text
        file = response.json()
        assert file["mimeType"] == "text/plain" and file["size"] == len(expected)
        download = await http.post("/bucket/file/download", {"bucket": "root", "file": file["_id"]})
        assert download.content == expected
    for bad in [[1, 2], 5, {"type": "Buffer", "data": [256]}, {"a": 1}]:
        response = await http.post("/bucket/upload-object", bad, params={**params, "fileName": "b"})
        assert response.status_code == 400 and codes(response) == ["validation_error"], bad
    response = await http.post(
        "/bucket/upload-object",
        params={**params, "fileName": "empty"},
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200 and response.json()["size"] == 0


def test_buckets_declared_in_app_yaml_exist_from_the_start_and_after_a_reset() -> None:
    config = AppConfig.model_validate(
        {"storage": {"buckets": [{"name": "avatars", "isPublic": False, "tags": ["users"]}]}}
    )
    headers = {"X-Client-Key": "k"}
    with TestClient(create_app(config)) as client:
        listed = client.post("/_api/rest/v1/storage/list-buckets", headers=headers).json()
        assert [(b["name"], b["isPublic"], b["tags"]) for b in listed] == [
            ("root", True, []),
            ("avatars", False, ["users"]),
        ]
        client.post(
            "/_api/rest/v1/storage/bucket/delete", json={"bucket": "avatars"}, headers=headers
        )
        assert client.post("/_emulator/reset", json={"modules": ["storage"]}).status_code == 200
        listed = client.post("/_api/rest/v1/storage/list-buckets", headers=headers).json()
        assert [b["name"] for b in listed] == ["root", "avatars"]
    for bad in [{"name": "root"}, {"name": "tab\there"}, {"name": ""}]:
        with pytest.raises(ValueError):
            AppConfig.model_validate({"storage": {"buckets": [bad]}})
