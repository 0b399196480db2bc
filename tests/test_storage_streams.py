"""Upload bodies and download destinations (`altogic._streams`), and how the storage calls plan
their requests, without a backend: the network is an `httpx.MockTransport` that records what the
clients send and answers, or fails, as each test asks."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from altogic import create_async_client, create_client
from altogic._streams import CHUNK_SIZE, FileSink, LocalIOError, UploadSource, guess_content_type

pytestmark = pytest.mark.anyio

FILE_INFO = {
    "_id": "a" * 24,
    "bucketId": "b" * 24,
    "fileName": "f",
    "size": 0,
    "encoding": "7bit",
    "mimeType": "application/octet-stream",
    "publicPath": "http://x/_storage/e/b/f",
    "isPublic": True,
    "tags": [],
    "uploadedAt": "2026-01-01T00:00:00.000Z",
    "updatedAt": "2026-01-01T00:00:00.000Z",
}


class Recorder:
    """A mock network: records each request (its body read whole) and answers with `answer`."""

    def __init__(self, answer: Callable[[httpx.Request, bytes], httpx.Response] | None = None):
        self.requests: list[tuple[httpx.Request, bytes]] = []
        self.answer = answer or self.file_info

    @staticmethod
    def file_info(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(200, json={**FILE_INFO, "size": len(body)})

    def sync(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.requests.append((request, body))
        return self.answer(request, body)

    async def asynchronous(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.requests.append((request, body))
        return self.answer(request, body)


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(flavour: str, recorder: Recorder, **options: Any) -> Any:
    if flavour == "sync":
        http: Any = httpx.Client(transport=httpx.MockTransport(recorder.sync))
        return create_client("http://localhost:9", "key", http_client=http, **options)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder.asynchronous))
    return create_async_client("http://localhost:9", "key", http_client=http, **options)


async def go(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


# ---------------------------------------------------------------- upload sources
def pieces(source: UploadSource) -> list[bytes]:
    return list(source.body_sync())


async def async_pieces(source: UploadSource) -> list[bytes]:
    return [piece async for piece in source.body_async()]


def test_bytes_and_text_are_sent_in_pieces_with_their_size() -> None:
    data = bytes(range(256)) * (CHUNK_SIZE // 100)
    source = UploadSource(data)
    sent = pieces(source)
    assert b"".join(sent) == data and source.total == len(data) and source.replayable
    assert max(len(piece) for piece in sent) == CHUNK_SIZE and len(sent) > 1
    assert pieces(source) == sent  # each attempt reads it afresh
    text = UploadSource("héllo")
    assert pieces(text) == ["héllo".encode()] and text.total == 6
    assert pieces(UploadSource(bytearray(b"ab"))) == [b"ab"]
    assert pieces(UploadSource(memoryview(b"abcd")[1:3])) == [b"bc"]


def test_progress_counts_bytes_as_they_leave() -> None:
    calls: list[tuple[int, int | None, int | None]] = []
    data = b"x" * (CHUNK_SIZE * 2 + 10)
    source = UploadSource(data, lambda *args: calls.append(args))
    iterator = source.body_sync()
    assert calls == [(0, len(data), 0)]
    next(iterator)
    assert calls[-1] == (0, len(data), 0)  # reported once the piece has been taken and sent
    list(iterator)
    loaded = [call[0] for call in calls]
    assert loaded == [0, CHUNK_SIZE, 2 * CHUNK_SIZE, len(data)]
    assert calls[-1] == (len(data), len(data), 100)
    assert [call[2] for call in calls] == [0, 49, 99, 100]
    empty: list[Any] = []
    list(UploadSource(b"", lambda *args: empty.append(args)).body_sync())
    assert empty == [(0, 0, 100)]


def test_iterators_have_no_size_and_are_read_once() -> None:
    calls: list[tuple[int, int | None, int | None]] = []
    source = UploadSource(iter([b"ab", b"", bytearray(b"cde")]), lambda *a: calls.append(a))
    assert source.total is None and not source.replayable
    assert pieces(source) == [b"ab", b"cde"]
    assert calls == [(0, None, None), (2, None, None), (5, None, None)]
    with pytest.raises(LocalIOError):
        pieces(source)


def test_a_generator_is_read_lazily() -> None:
    produced: list[int] = []

    def generate() -> Iterator[bytes]:
        for index in range(3):
            produced.append(index)
            yield b"x"

    iterator = UploadSource(generate()).body_sync()
    assert produced == []
    next(iterator)
    assert produced == [0]


async def test_async_iterators_and_sync_sources_on_the_async_side() -> None:
    async def generate() -> AsyncIterator[bytes]:
        yield b"ab"
        yield b"c"

    source = UploadSource(generate())
    assert source.total is None and not source.replayable
    assert await async_pieces(source) == [b"ab", b"c"]
    assert await async_pieces(UploadSource(b"xyz")) == [b"xyz"]
    assert await async_pieces(UploadSource(iter([b"1", b"2"]))) == [b"1", b"2"]


def test_the_sync_side_refuses_an_async_iterator() -> None:
    async def generate() -> AsyncIterator[bytes]:
        yield b"ab"

    source = UploadSource(generate())
    with pytest.raises(LocalIOError) as caught:
        pieces(source)
    assert caught.value.code == "invalid_request" and source.failure is caught.value


def test_paths_are_read_at_each_attempt(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"a" * (CHUNK_SIZE + 1))
    source = UploadSource(path)
    assert source.total == CHUNK_SIZE + 1 and source.replayable
    assert [len(piece) for piece in pieces(source)] == [CHUNK_SIZE, 1]
    assert b"".join(pieces(source)) == path.read_bytes()
    with pytest.raises(LocalIOError) as caught:
        UploadSource(tmp_path / "missing.bin")
    assert caught.value.code == "invalid_request" and "missing.bin" in str(caught.value)
    with pytest.raises(LocalIOError):
        UploadSource(tmp_path)  # a folder


def test_file_objects_from_where_they_stand(tmp_path: Path) -> None:
    file = io.BytesIO(b"0123456789")
    file.seek(4)
    source = UploadSource(file)
    assert source.total == 6 and source.replayable
    assert pieces(source) == [b"456789"] and pieces(source) == [b"456789"]
    path = tmp_path / "f.bin"
    path.write_bytes(b"abc")
    with path.open("rb") as opened:
        assert pieces(UploadSource(opened)) == [b"abc"]
    with path.open("r") as text, pytest.raises(LocalIOError) as caught:
        UploadSource(text)
    assert "binary mode" in str(caught.value)


def test_unseekable_file_objects_are_read_once() -> None:
    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = [b"ab", b"cd"]

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def read(self, size: int = -1) -> bytes:
            return self.data.pop(0) if self.data else b""

    source = UploadSource(Pipe())
    assert source.total is None and not source.replayable
    assert pieces(source) == [b"ab", b"cd"]


def test_bad_bodies_and_pieces() -> None:
    with pytest.raises(LocalIOError) as caught:
        UploadSource(12)
    assert caught.value.code == "invalid_request" and "int" in str(caught.value)
    source = UploadSource(iter([b"a", "text"]))
    with pytest.raises(LocalIOError) as caught:
        pieces(source)
    assert "not str" in str(caught.value) and source.failure is caught.value


def test_content_types_are_guessed_from_the_name() -> None:
    assert guess_content_type("cat.png") == "image/png"
    assert guess_content_type("notes.txt") == "text/plain"
    assert guess_content_type("backup.tar.gz") == "application/gzip"
    assert guess_content_type("README") == "application/octet-stream"
    assert guess_content_type("data.json") == "application/json"


# ---------------------------------------------------------------- download destinations
def test_a_path_is_written_in_place_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    path.write_bytes(b"old")
    sink = FileSink(path)
    sink.start()
    sink.write(b"new ")
    assert path.read_bytes() == b"old"  # still the old contents
    sink.start()  # a retry starts again
    sink.write(b"new")
    assert sink.finish() == 3 and path.read_bytes() == b"new"
    sink.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]
    failed = FileSink(path)
    failed.start()
    failed.write(b"partial")
    failed.close()
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_file_objects_are_written_from_where_they_stand() -> None:
    file = io.BytesIO(b"head:")
    file.seek(5)
    sink = FileSink(file)
    sink.start()
    sink.write(b"xxxx")
    sink.start()  # a retry rewinds
    sink.write(b"yy")
    assert sink.finish() == 2 and file.getvalue() == b"head:yy"
    with pytest.raises(LocalIOError):
        FileSink(io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(LocalIOError):
        FileSink(42)  # type: ignore[arg-type]


def test_a_missing_folder_is_an_io_error(tmp_path: Path) -> None:
    sink = FileSink(tmp_path / "nowhere" / "out.bin")
    with pytest.raises(LocalIOError) as caught:
        sink.start()
    assert caught.value.code == "io_error"


# ---------------------------------------------------------------- planned requests
async def test_an_upload_is_sent_raw_with_its_type_and_options(flavour: str) -> None:
    recorder = Recorder()
    client = make_client(flavour, recorder)
    bucket = client.storage.bucket("photos")
    result = await go(bucket.upload("cat.png", b"png!", is_public=False, tags=["a", "b"]))
    assert result.errors is None and result.data["size"] == 4
    request, body = recorder.requests[-1]
    assert request.url.path == "/_api/rest/v1/storage/bucket/upload-object"
    assert request.headers["content-type"] == "image/png"
    assert request.headers["content-length"] == "4" and body == b"png!"
    assert request.url.params["bucket"] == "photos"
    assert request.url.params["fileName"] == "cat.png"
    options = json.loads(request.url.params["options"])
    assert options == {
        "contentType": "image/png",
        "isPublic": False,
        "createBucket": False,
        "tags": ["a", "b"],
    }
    await go(bucket.upload("x.bin", b"1", content_type="text/csv", create_bucket=True))
    request, _ = recorder.requests[-1]
    assert request.headers["content-type"] == "text/csv"
    assert json.loads(request.url.params["options"]) == {
        "contentType": "text/csv",
        "createBucket": True,
    }
    await go(client.close())


async def test_json_files_go_as_octet_stream_with_their_type_in_options(flavour: str) -> None:
    recorder = Recorder()
    client = make_client(flavour, recorder)
    await go(client.storage.root.upload("data.json", '{"a": 1}'))
    request, body = recorder.requests[-1]
    assert request.headers["content-type"] == "application/octet-stream"
    assert json.loads(request.url.params["options"])["contentType"] == "application/json"
    assert body == b'{"a": 1}'
    await go(client.storage.root.file("form").replace(b"--x", content_type="multipart/mixed"))
    request, _ = recorder.requests[-1]
    assert request.url.path == "/_api/rest/v1/storage/bucket/file/replace-object"
    assert request.headers["content-type"] == "application/octet-stream"
    assert json.loads(request.url.params["options"]) == {"contentType": "multipart/mixed"}
    await go(client.close())


async def test_iterators_are_sent_chunked_and_never_retried(flavour: str) -> None:
    def unavailable(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "0"}, json={"errors": []})

    recorder = Recorder(unavailable)
    client = make_client(flavour, recorder, max_retries=2)
    bucket = client.storage.bucket("b")
    result = await go(bucket.upload("f", iter([b"ab", b"cd"])))
    assert result.errors.status == 503 and len(recorder.requests) == 1
    request, body = recorder.requests[0]
    assert "content-length" not in request.headers and body == b"abcd"
    recorder.requests.clear()
    result = await go(bucket.upload("f", b"abcd"))  # a body that can be sent again
    assert result.errors.status == 503 and len(recorder.requests) == 3
    assert all(body == b"abcd" for _, body in recorder.requests)
    await go(client.close())


async def test_bodies_that_cannot_be_sent_are_refused_before_sending(
    flavour: str, tmp_path: Path
) -> None:
    recorder = Recorder()
    client = make_client(flavour, recorder)
    bucket = client.storage.bucket("b")
    for body, words in [
        (tmp_path / "missing", "cannot be read"),
        (3.5, "not float"),
        (io.StringIO("text"), "binary mode"),
    ]:
        result = await go(bucket.upload("f", body))
        assert result.errors.codes == ["invalid_request"], body
        assert words in result.errors.items[0].message
    result = await go(bucket.upload("f", b"", content_type="image/png\r\nX: y"))
    assert result.errors.codes == ["invalid_request"]
    assert recorder.requests == []
    await go(client.close())


async def test_a_failing_iterator_is_an_io_error_and_not_retried(flavour: str) -> None:
    def broken() -> Iterator[bytes]:
        yield b"ab"
        raise OSError("disk gone")

    recorder = Recorder()
    client = make_client(flavour, recorder, max_retries=2)
    result = await go(client.storage.bucket("b").upload("f", broken()))
    assert result.errors.codes == ["io_error"] and "disk gone" in result.errors.items[0].message
    assert len(recorder.requests) <= 1
    await go(client.close())


async def test_listings_fill_placeholders_and_check_sort(flavour: str) -> None:
    def empty(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(200, json=[])

    recorder = Recorder(empty)
    client = make_client(flavour, recorder)
    storage = client.storage
    result = await go(
        storage.search_files(
            "fileName == :name && size > :size", name="it's", size=3, sort=("size", "DESC")
        )
    )
    assert result.errors is None and result.data == []
    sent = json.loads(recorder.requests[-1][1])
    assert sent == {
        "expression": "fileName == 'it\\'s' && size > 3",
        "options": {"sort": {"field": "size", "direction": "desc"}, "returnCountInfo": False},
    }
    await go(storage.list_buckets(page=2, limit=5, return_count_info=True))
    sent = json.loads(recorder.requests[-1][1])
    assert sent == {"expression": None, "options": {"page": 2, "limit": 5, "returnCountInfo": True}}
    count = len(recorder.requests)
    for call in [
        storage.list_buckets("name == :name"),
        storage.list_buckets(name="x"),
        storage.list_buckets("  "),
        storage.list_buckets(sort=("size", "asc")),  # not a bucket field
        storage.bucket("b").list_files(sort=("size", "up")),
        storage.bucket("b").list_files(sort="size"),
    ]:
        result = await go(call)
        assert result.errors.codes == ["invalid_request"]
    assert len(recorder.requests) == count
    await go(client.close())


async def test_root_exists_without_a_request(flavour: str) -> None:
    recorder = Recorder()
    client = make_client(flavour, recorder)
    result = await go(client.storage.root.exists())
    assert (result.data, result.errors) == (True, None) and recorder.requests == []
    await go(client.close())


async def test_download_to_keeps_the_path_when_the_answer_is_an_error(
    flavour: str, tmp_path: Path
) -> None:
    def missing(request: httpx.Request, body: bytes) -> httpx.Response:
        error = {"origin": "client_error", "code": "file_not_found", "message": "no"}
        return httpx.Response(404, json={"errors": [error]})

    path = tmp_path / "out.bin"
    path.write_bytes(b"kept")
    client = make_client(flavour, Recorder(missing))
    file = client.storage.bucket("b").file("f")
    result = await go(file.download_to(path))
    assert result.errors.codes == ["file_not_found"] and path.read_bytes() == b"kept"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
    result = await go(file.download_to(tmp_path / "nowhere" / "x"))
    assert result.errors.codes == ["file_not_found"]
    await go(client.close())


async def test_a_download_cut_midway_leaves_the_path_alone(flavour: str, tmp_path: Path) -> None:
    class Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"first"
            raise httpx.ReadError("connection reset")

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"first"
            raise httpx.ReadError("connection reset")

    def cut(request: httpx.Request, body: bytes) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "100"}, stream=Cut())

    recorder = Recorder(cut)
    client = make_client(flavour, recorder, max_retries=1)
    file = client.storage.bucket("b").file("f")
    path = tmp_path / "out.bin"
    result = await go(file.download_to(path))
    assert result.errors.codes == ["network_error"] and not path.exists()
    assert list(tmp_path.iterdir()) == []
    assert len(recorder.requests) == 2  # a download is retried
    result = await go(file.download())
    assert result.errors.codes == ["network_error"]
    stream = file.stream()
    if flavour == "sync":
        with stream as chunks:
            received = list(chunks)
    else:
        async with stream as chunks:
            received = [chunk async for chunk in chunks]
    assert received == [b"first"] and chunks.errors.codes == ["network_error"]
    assert chunks.size == 100
    await go(client.close())


async def test_an_on_progress_that_raises_ends_the_upload_as_a_result(flavour: str) -> None:
    def progress(loaded: int, total: int | None, percent: int | None) -> None:
        if loaded > 0:
            raise ValueError("bar broken")

    recorder = Recorder()
    client = make_client(flavour, recorder, max_retries=2)
    result = await go(client.storage.root.upload("f", b"x" * 10, on_progress=progress))
    assert result.errors.codes == ["progress_error"]
    assert "ValueError: bar broken" in result.errors.items[0].message
    assert len(recorder.requests) <= 1
    await go(client.close())


async def test_a_cut_download_is_retried_only_into_a_destination_that_can_start_again(
    flavour: str,
) -> None:
    attempts: list[int] = []

    class CutOnce(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"first"
            if len(attempts) == 1:
                raise httpx.ReadError("connection reset")
            yield b"-second"

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for piece in self:
                yield piece

    def cut_once(request: httpx.Request, body: bytes) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(200, stream=CutOnce())

    client = make_client(flavour, Recorder(cut_once), max_retries=2)
    file = client.storage.bucket("b").file("f")
    seekable = io.BytesIO()
    result = await go(file.download_to(seekable))
    assert result.data == 12 and seekable.getvalue() == b"first-second"  # rewound, not doubled
    assert len(attempts) == 2

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.written = b""

        def writable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def write(self, data: Any) -> int:
            self.written += bytes(data)
            return len(data)

    attempts.clear()
    pipe = Pipe()
    result = await go(file.download_to(pipe))
    assert result.errors.codes == ["network_error"] and pipe.written == b"first"
    assert len(attempts) == 1
    await go(client.close())


def test_the_sync_client_refuses_an_async_iterator_before_sending() -> None:
    async def generate() -> AsyncIterator[bytes]:
        yield b"ab"

    recorder = Recorder()
    client = make_client("sync", recorder)
    file = client.storage.root.file("f")
    for result in (client.storage.root.upload("f", generate()), file.replace(generate())):
        assert result.errors.codes == ["invalid_request"]
        assert "async iterator" in result.errors.items[0].message
    assert recorder.requests == []
    client.close()
