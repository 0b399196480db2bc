"""The storage module end to end: every operation through both clients (sync and async, over
ASGI and a real socket) against the real local backend."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from altogic import APIError
from altogic_local.config import AppConfig, StorageSettings

from .auth_helpers import auth_config

pytestmark = pytest.mark.anyio

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
MIB = 1024 * 1024


async def go(value: Any) -> Any:
    """Await what the async client returns; take what the sync client returns."""
    return await value if hasattr(value, "__await__") else value


def storage(api: Any) -> Any:
    return api._target.storage


def is_async(api: Any) -> bool:
    return hasattr(api._target, "__aenter__")


def codes(errors: APIError | None) -> list[str]:
    assert errors is not None
    return errors.codes


def ok(result: Any) -> Any:
    assert result.errors is None, result.errors
    return result.data


async def read_stream(stream: Any) -> tuple[bytes, Any]:
    """The bytes of a `file.stream()`, through its sync or async `with` and iteration."""
    if hasattr(stream, "__aenter__"):
        async with stream as chunks:
            data = [chunk async for chunk in chunks]
    else:
        with stream as chunks:
            data = list(chunks)
    return b"".join(data), chunks


async def walk(iterator: Any) -> list[Any]:
    if hasattr(iterator, "__aiter__"):
        return [item async for item in iterator]
    return list(iterator)


def pieces(api: Any, parts: list[bytes]) -> Any:
    """An iterator of `parts`: an async one for the async client."""
    if is_async(api):

        async def generate() -> AsyncIterator[bytes]:
            for part in parts:
                yield part

        return generate()

    def generate_sync() -> Iterator[bytes]:
        yield from parts

    return generate_sync()


async def public_get(api: Any, url: str, **options: Any) -> Any:
    """GET `url` through the client's own httpx client (ASGI or socket alike)."""
    return await go(api._target._http.get(url, **options))


# ---------------------------------------------------------------- buckets
async def test_bucket_lifecycle(api: Any) -> None:
    created = ok(await go(storage(api).create_bucket("photos", is_public=False, tags=["a"])))
    assert OBJECT_ID.fullmatch(created["_id"])
    assert (created["name"], created["isPublic"], created["tags"]) == ("photos", False, ["a"])
    photos = storage(api).bucket("photos")
    assert ok(await go(photos.exists())) is True
    assert ok(await go(storage(api).bucket(created["_id"]).exists())) is True
    assert ok(await go(storage(api).bucket("nope").exists())) is False
    info = ok(await go(photos.get_info()))
    assert info["_id"] == created["_id"] and "stats" not in info
    await go(photos.upload("a.txt", b"abc"))
    await go(photos.upload("b.txt", b"abcdefg"))
    stats = ok(await go(photos.get_info(detailed=True)))["stats"]
    assert stats == {
        "objectsCount": 2,
        "totalStorageSize": 10,
        "averageObjectSize": 5,
        "minObjectSize": 3,
        "maxObjectSize": 7,
    }
    renamed = ok(await go(photos.rename("pictures")))
    assert renamed["name"] == "pictures" and renamed["_id"] == created["_id"]
    pictures = storage(api).bucket("pictures")
    assert ok(await go(pictures.make_public()))["isPublic"] is True
    files = ok(await go(pictures.list_files()))
    assert [file["isPublic"] for file in files] == [False, False]  # files keep their own
    assert ok(await go(pictures.make_private(include_files=False)))["isPublic"] is False
    await go(pictures.make_public(include_files=True))
    assert all(file["isPublic"] for file in ok(await go(pictures.list_files())))
    await go(pictures.make_private(True))
    assert not any(file["isPublic"] for file in ok(await go(pictures.list_files())))
    assert ok(await go(pictures.add_tags(["b", "c"])))["tags"] == ["a", "b", "c"]
    assert ok(await go(pictures.add_tags("d")))["tags"] == ["a", "b", "c", "d"]
    assert ok(await go(pictures.remove_tags(["a", "c"])))["tags"] == ["b", "d"]
    assert ok(await go(pictures.remove_tags("d")))["tags"] == ["b"]
    updated = ok(await go(pictures.update_info("images", True, ["x"], True)))
    assert (updated["name"], updated["isPublic"], updated["tags"]) == ("images", True, ["x"])
    images = storage(api).bucket("images")
    assert all(file["isPublic"] for file in ok(await go(images.list_files())))
    kept = ok(await go(images.update_info(tags="y")))
    assert (kept["name"], kept["isPublic"], kept["tags"]) == ("images", True, ["y"])
    assert ok(await go(images.empty())) is None
    assert ok(await go(images.list_files())) == []
    assert ok(await go(images.delete())) is None
    assert ok(await go(images.exists())) is False


async def test_bucket_errors(api: Any) -> None:
    await go(storage(api).create_bucket("one"))
    result = await go(storage(api).create_bucket("one"))
    assert result.errors.status == 409 and codes(result.errors) == ["bucket_name_not_unique"]
    result = await go(storage(api).create_bucket("root"))
    assert codes(result.errors) == ["bucket_name_not_unique"]
    missing = storage(api).bucket("missing")
    for call in (
        missing.get_info(),
        missing.empty(),
        missing.rename("x"),
        missing.delete(),
        missing.make_public(),
        missing.list_files(),
        missing.add_tags("x"),
        missing.upload("f", b"x"),
    ):
        result = await go(call)
        assert result.errors.status == 404 and codes(result.errors) == ["bucket_not_found"]
    for call in (storage(api).root.rename("other"), storage(api).root.delete()):
        result = await go(call)
        assert result.errors.status == 403 and codes(result.errors) == ["invalid_operation"]
    result = await go(storage(api).create_bucket("bad\nname"))
    assert result.errors.status == 400


async def test_the_root_bucket(api: Any) -> None:
    root = storage(api).root
    assert ok(await go(root.exists())) is True
    info = ok(await go(root.get_info()))
    assert info["name"] == "root" and info["isPublic"] is True
    file = ok(await go(root.upload("hello.txt", "Hello!")))
    assert file["bucketId"] == info["_id"] and file["isPublic"] is True
    assert ok(await go(root.make_private()))["isPublic"] is False
    assert ok(await go(root.empty())) is None
    assert ok(await go(root.list_files())) == []


# ---------------------------------------------------------------- uploads
async def test_every_kind_of_body_is_uploaded(api: Any, tmp_path: Path) -> None:
    bucket = storage(api).bucket("kinds")
    await go(storage(api).create_bucket("kinds"))
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG" + bytes(range(256)) * 10)
    text_info = ok(await go(bucket.upload("notes.txt", "héllo wörld")))
    assert text_info["mimeType"] == "text/plain" and text_info["size"] == 13
    path_info = ok(await go(bucket.upload("copy.png", path)))
    assert path_info["mimeType"] == "image/png" and path_info["size"] == path.stat().st_size
    with path.open("rb") as opened:
        file_info = ok(await go(bucket.upload("opened", opened, content_type="image/x-test")))
    assert file_info["mimeType"] == "image/x-test"
    iterator_info = ok(await go(bucket.upload("parts.bin", pieces(api, [b"ab", b"", b"cd"]))))
    assert iterator_info["mimeType"] == "application/octet-stream"
    assert iterator_info["size"] == 4
    bytes_info = ok(await go(bucket.upload("data.json", b'{"a": [1, 2]}')))
    assert bytes_info["mimeType"] == "application/json"  # stored as is, not decoded
    expected = {
        "notes.txt": "héllo wörld".encode(),
        "copy.png": path.read_bytes(),
        "opened": path.read_bytes(),
        "parts.bin": b"abcd",
        "data.json": b'{"a": [1, 2]}',
    }
    for name, content in expected.items():
        assert ok(await go(bucket.file(name).download())) == content, name


async def test_upload_options_and_progress(api: Any) -> None:
    bucket = storage(api).bucket("created-on-upload")
    calls: list[tuple[int, int | None, int | None]] = []
    data = bytes(700_000)
    info = ok(
        await go(
            bucket.upload(
                "report.pdf",
                data,
                is_public=False,
                create_bucket=True,
                tags=["q1", "draft"],
                on_progress=lambda *args: calls.append(args),
            )
        )
    )
    assert info["isPublic"] is False and info["tags"] == ["q1", "draft"]
    assert info["mimeType"] == "application/pdf" and info["size"] == len(data)
    assert calls[0] == (0, len(data), 0) and calls[-1] == (len(data), len(data), 100)
    assert [call[0] for call in calls] == sorted(call[0] for call in calls)
    streamed: list[tuple[int, int | None, int | None]] = []
    parts = [b"x" * 1000, b"y" * 24]
    await go(bucket.upload("p", pieces(api, parts), on_progress=lambda *a: streamed.append(a)))
    assert streamed == [(0, None, None), (1000, None, None), (1024, None, None)]
    again = ok(await go(bucket.upload("report.pdf", b"2")))
    assert again["fileName"] == "report-1.pdf"
    assert ok(await go(storage(api).bucket("created-on-upload").exists())) is True


LIMIT = 2 * MIB


@pytest.fixture
def altogic_config() -> AppConfig:
    """Files of up to `LIMIT` bytes; sign-ups without email confirmation."""
    settings = auth_config(email_confirmation=False)
    return settings.model_copy(update={"storage": StorageSettings(max_file_size=LIMIT)})


async def test_an_oversized_upload_is_refused_and_leaves_nothing(api: Any) -> None:
    root = storage(api).root
    result = await go(root.upload("big.bin", bytes(LIMIT + 1)))
    assert result.errors.status == 413
    assert codes(result.errors) == ["request_body_size_too_large"]
    result = await go(root.upload("big.bin", pieces(api, [bytes(MIB)] * 3)))
    assert result.errors.status == 413
    assert ok(await go(root.list_files())) == []
    assert ok(await go(root.upload("fits.bin", bytes(LIMIT))))["size"] == LIMIT


async def test_files_and_buckets_made_in_a_session_carry_the_user(api: Any) -> None:
    user = ok(await api.auth.sign_up_with_email("ada@example.com", "secret-password"))["user"]
    bucket = ok(await go(storage(api).create_bucket("mine")))
    file = ok(await go(storage(api).bucket("mine").upload("a.txt", "a")))
    assert bucket["userId"] == file["userId"] == user["_id"]
    await api.auth.sign_out()
    anonymous = ok(await go(storage(api).root.upload("b.txt", "b")))
    assert "userId" not in anonymous


# ---------------------------------------------------------------- files
async def test_file_operations(api: Any) -> None:
    await go(storage(api).create_bucket("docs"))
    await go(storage(api).create_bucket("archive", is_public=False))
    docs = storage(api).bucket("docs")
    created = ok(await go(docs.upload("plan.txt", "v1", tags=["t"])))
    plan = docs.file("plan.txt")
    assert ok(await go(plan.exists())) is True
    assert ok(await go(docs.file(created["_id"]).exists())) is True
    assert ok(await go(docs.file("nothing").exists())) is False
    info = ok(await go(plan.get_info()))
    assert info["_id"] == created["_id"] and info["fileName"] == "plan.txt"
    assert ok(await go(plan.make_private()))["isPublic"] is False
    assert ok(await go(plan.make_public()))["isPublic"] is True
    assert ok(await go(plan.add_tags(["u", "v"])))["tags"] == ["t", "u", "v"]
    assert ok(await go(plan.remove_tags("u")))["tags"] == ["t", "v"]
    replaced = ok(await go(plan.replace("version two", is_public=False, tags=["w"])))
    assert replaced["_id"] == created["_id"] and replaced["size"] == 11
    assert (replaced["isPublic"], replaced["tags"]) == (False, ["w"])
    assert ok(await go(plan.download())) == b"version two"
    copy = ok(await go(plan.duplicate()))
    assert copy["fileName"] == "plan-1.txt" and copy["_id"] != created["_id"]
    named = ok(await go(plan.duplicate("plan-copy.txt")))
    assert named["fileName"] == "plan-copy.txt"
    assert ok(await go(docs.file("plan-copy.txt").download())) == b"version two"
    renamed = ok(await go(plan.rename("final.txt")))
    assert renamed["fileName"] == "final.txt" and renamed["_id"] == created["_id"]
    final = docs.file("final.txt")
    updated = ok(await go(final.update_info("last.txt", True, ["z"])))
    assert (updated["fileName"], updated["isPublic"], updated["tags"]) == ("last.txt", True, ["z"])
    last = docs.file("last.txt")
    copied = ok(await go(last.copy_to("archive")))
    archive = ok(await go(storage(api).bucket("archive").get_info()))
    assert copied["bucketId"] == archive["_id"] and copied["fileName"] == "last.txt"
    moved = ok(await go(last.move_to("archive")))
    assert moved["bucketId"] == archive["_id"] and moved["fileName"] == "last-1.txt"
    assert ok(await go(last.exists())) is False
    assert ok(await go(docs.file("plan-1.txt").delete())) is None
    names = sorted(file["fileName"] for file in ok(await go(docs.list_files())))
    assert names == ["plan-copy.txt"]
    archived = storage(api).bucket("archive")
    assert ok(await go(archived.delete_files(["last.txt", moved["_id"], "nothing"]))) is None
    assert ok(await go(archived.list_files())) == []
    url_file = ok(await go(docs.upload("by-url.txt", "x")))
    assert ok(await go(storage(api).delete_file(url_file["publicPath"]))) is None
    assert ok(await go(docs.file("by-url.txt").exists())) is False
    result = await go(storage(api).delete_file(url_file["publicPath"]))
    assert result.errors.status == 404 and codes(result.errors) == ["file_not_found"]


async def test_file_errors(api: Any) -> None:
    missing = storage(api).root.file("missing.txt")
    for call in (
        missing.get_info(),
        missing.download(),
        missing.rename("x"),
        missing.delete(),
        missing.replace(b"x"),
        missing.copy_to("root"),
    ):
        result = await go(call)
        assert result.errors.status == 404 and codes(result.errors) == ["file_not_found"]
    result = await go(storage(api).bucket("nope").file("x").download())
    assert codes(result.errors) == ["bucket_not_found"]


# ---------------------------------------------------------------- downloads
async def test_downloads_whole_to_disk_and_streamed(api: Any, tmp_path: Path) -> None:
    data = bytes(range(256)) * 4096 + b"end"  # 1 MiB and a bit
    await go(storage(api).root.upload("blob.bin", data))
    file = storage(api).root.file("blob.bin")
    assert ok(await go(file.download())) == data
    target = tmp_path / "blob.bin"
    assert ok(await go(file.download_to(target))) == len(data)
    assert target.read_bytes() == data
    assert ok(await go(file.download_to(str(target)))) == len(data)
    buffer = io.BytesIO(b"head:")
    buffer.seek(5)
    assert ok(await go(file.download_to(buffer))) == len(data)
    assert buffer.getvalue() == b"head:" + data
    content, chunks = await read_stream(file.stream())
    assert content == data and chunks.errors is None and chunks.size == len(data)
    assert [p.name for p in tmp_path.iterdir()] == ["blob.bin"]


async def test_download_errors_are_results(api: Any, tmp_path: Path) -> None:
    missing = storage(api).root.file("missing.bin")
    target = tmp_path / "out.bin"
    result = await go(missing.download_to(target))
    assert codes(result.errors) == ["file_not_found"] and not target.exists()
    content, chunks = await read_stream(missing.stream())
    assert content == b"" and codes(chunks.errors) == ["file_not_found"]
    assert chunks.errors.status == 404 and chunks.size is None
    await go(storage(api).root.upload("there.bin", b"x"))
    result = await go(storage(api).root.file("there.bin").download_to(tmp_path / "no" / "x"))
    assert codes(result.errors) == ["io_error"]
    assert list(tmp_path.iterdir()) == []


async def test_public_urls(api: Any) -> None:
    await go(storage(api).create_bucket("site"))
    site = storage(api).bucket("site")
    info = ok(await go(site.upload("index.txt", "public text")))
    answer = await public_get(api, info["publicPath"])
    assert answer.status_code == 200 and answer.content == b"public text"
    assert answer.headers["content-type"].startswith("text/plain")
    await go(site.file("index.txt").make_private())
    answer = await public_get(api, info["publicPath"])
    assert answer.status_code == 403
    # A private file is still downloaded through the API.
    assert ok(await go(site.file("index.txt").download())) == b"public text"


# ---------------------------------------------------------------- listings
async def seed(api: Any) -> None:
    for index, name in enumerate(["alpha", "beta", "gamma"]):
        await go(storage(api).create_bucket(name, is_public=index != 1, tags=[f"t{index}"]))
    alpha = storage(api).bucket("alpha")
    for index in range(7):
        await go(
            alpha.upload(
                f"f{index}.txt", "x" * (index + 1), tags=["even" if index % 2 == 0 else "odd"]
            )
        )
    await go(storage(api).bucket("beta").upload("other.png", b"png"))


async def test_list_buckets(api: Any) -> None:
    await seed(api)
    names = [bucket["name"] for bucket in ok(await go(storage(api).list_buckets()))]
    assert names == ["root", "alpha", "beta", "gamma"]
    private = ok(await go(storage(api).list_buckets("isPublic == :public", public=False)))
    assert [bucket["name"] for bucket in private] == ["beta"]
    named = ok(await go(storage(api).list_buckets("name == :name", name="gamma")))
    assert [bucket["name"] for bucket in named] == ["gamma"]
    page = ok(
        await go(
            storage(api).list_buckets(
                page=2, limit=2, sort=("name", "desc"), return_count_info=True
            )
        )
    )
    assert [bucket["name"] for bucket in page["data"]] == ["beta", "alpha"]
    assert page["info"] == {"count": 4, "totalPages": 2, "currentPage": 2, "pageSize": 2}
    walked = await walk(storage(api).iter_buckets(sort=("name", "asc"), page_size=3))
    assert [bucket["name"] for bucket in walked] == ["alpha", "beta", "gamma", "root"]
    result = await go(storage(api).list_buckets("nme == 1"))
    assert result.errors.status == 400 and codes(result.errors) == ["invalid_expression"]
    iterator = storage(api).iter_buckets("name ==")
    assert await walk(iterator) == [] and codes(iterator.errors) == ["invalid_expression"]


async def test_list_and_search_files(api: Any) -> None:
    await seed(api)
    alpha = storage(api).bucket("alpha")
    files = ok(await go(alpha.list_files("size > :size", size=4, sort=("size", "desc"))))
    assert [file["fileName"] for file in files] == ["f6.txt", "f5.txt", "f4.txt"]
    page = ok(await go(alpha.list_files(page=3, limit=3, return_count_info=True)))
    assert [file["fileName"] for file in page["data"]] == ["f6.txt"]
    assert page["info"]["count"] == 7 and page["info"]["totalPages"] == 3
    tagged = ok(await go(alpha.list_files("IN(tags, :tag)", tag="odd")))
    assert sorted(file["fileName"] for file in tagged) == ["f1.txt", "f3.txt", "f5.txt"]
    walked = await walk(alpha.iter_files("size >= 2", sort=("fileName", "asc"), page_size=2))
    assert [file["fileName"] for file in walked] == [f"f{index}.txt" for index in range(1, 7)]
    found = ok(await go(storage(api).search_files("mimeType == :type", type="image/png")))
    assert [file["fileName"] for file in found] == ["other.png"]
    everything = ok(await go(storage(api).search_files(return_count_info=True)))
    assert everything["info"]["count"] == 8
    walked = await walk(storage(api).iter_files(sort=("size", "asc"), page_size=3))
    assert len(walked) == 8 and walked[0]["size"] == 1
    result = await go(storage(api).search_files("SIZE(x)"))
    assert result.errors.status == 400


async def test_stats(api: Any) -> None:
    empty = ok(await go(storage(api).get_stats()))
    assert empty == {
        "objectsCount": 0,
        "totalStorageSize": 0,
        "averageObjectSize": 0,
        "minObjectSize": 0,
        "maxObjectSize": 0,
        "bucketsCount": 1,
    }
    await seed(api)
    stats = ok(await go(storage(api).get_stats()))
    assert stats["objectsCount"] == 8 and stats["bucketsCount"] == 4
    assert stats["totalStorageSize"] == 28 + 3
    assert (stats["minObjectSize"], stats["maxObjectSize"]) == (1, 7)
