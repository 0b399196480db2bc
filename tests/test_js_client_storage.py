"""The official JavaScript client's storage calls (all 34 operations) against the local backend:
its request shapes, multipart uploads, the raw-upload JSON quirk and binary downloads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from altogic_local.config import AppConfig
from altogic_local.runner import LocalServer

from .js_client import run_js

ENV_ID = AppConfig().env_id


@pytest.fixture
def env_url() -> Iterator[str]:
    with LocalServer() as server:
        yield server.url


def data(result: dict[str, Any]) -> Any:
    assert result["errors"] is None, result["errors"]
    return result["data"]


def test_buckets_through_the_js_client(env_url: str) -> None:
    out = run_js(
        """
        const s = client.storage;
        out.create = await s.createBucket('photos', false, ['a']);
        out.createDefault = await s.createBucket('docs');
        out.duplicate = await s.createBucket('photos');
        out.rootExists = await s.root.exists();
        out.exists = await s.bucket('photos').exists();
        out.missing = await s.bucket('nope').exists();
        out.info = await s.bucket('photos').getInfo(true);
        out.list = await s.listBuckets('isPublic == false',
                                       {sort: {field: 'name', direction: 'asc'}});
        out.listCount = await s.listBuckets({returnCountInfo: true, limit: 2, page: 1});
        out.rename = await s.bucket('docs').rename('papers');
        out.rootRename = await s.root.rename('x');
        out.public = await s.bucket('photos').makePublic(true);
        out.private = await s.bucket('photos').makePrivate();
        out.addTags = await s.bucket('photos').addTags(['b', 'c']);
        out.addTag = await s.bucket('photos').addTags('d');
        out.removeTags = await s.bucket('photos').removeTags('a');
        out.update = await s.bucket('photos').updateInfo('pictures', true, ['z'], true);
        out.empty = await s.bucket('pictures').empty();
        out.delete = await s.bucket('papers').delete();
        out.rootDelete = await s.root.delete();
        out.stats = await s.getStats();
        """,
        env_url,
    )
    created = data(out["create"])
    assert (created["name"], created["isPublic"], created["tags"]) == ("photos", False, ["a"])
    assert data(out["createDefault"])["isPublic"] is True
    assert out["duplicate"]["errors"]["items"][0]["code"] == "bucket_name_not_unique"
    assert out["duplicate"]["errors"]["status"] == 409
    assert data(out["rootExists"]) is True and data(out["exists"]) is True
    assert data(out["missing"]) is False
    assert data(out["info"])["stats"]["objectsCount"] == 0
    assert [b["name"] for b in data(out["list"])] == ["photos"]
    page = data(out["listCount"])
    assert page["info"]["count"] == 3 and len(page["data"]) == 2
    assert data(out["rename"])["name"] == "papers"
    assert out["rootRename"]["errors"]["items"][0]["code"] == "invalid_operation"
    assert data(out["public"])["isPublic"] is True
    assert data(out["private"])["isPublic"] is False
    assert data(out["addTags"])["tags"] == ["a", "b", "c"]
    assert data(out["addTag"])["tags"] == ["a", "b", "c", "d"]
    assert data(out["removeTags"])["tags"] == ["b", "c", "d"]
    updated = data(out["update"])
    assert (updated["name"], updated["isPublic"], updated["tags"]) == ("pictures", True, ["z"])
    assert out["empty"] == {"errors": None} and out["delete"] == {"errors": None}
    assert out["rootDelete"]["errors"]["items"][0]["code"] == "invalid_operation"
    assert data(out["stats"])["bucketsCount"] == 2


def test_files_through_the_js_client(env_url: str) -> None:
    out = run_js(
        """
        const s = client.storage;
        await s.createBucket('b');
        const bucket = s.bucket('b');
        // Raw bodies: the client JSON-encodes them (a string, a Buffer, a typed array).
        out.text = await bucket.upload('note.txt', 'héllo wörld', {tags: ['t1']});
        out.buffer = await bucket.upload('b.bin', Buffer.from([0, 1, 2, 255]),
                                         {contentType: 'application/x-custom', isPublic: false});
        out.typed = await bucket.upload('u.bin', new Uint8Array([7, 8, 9]));
        out.created = await s.bucket('fresh').upload('x.txt', 'x', {createBucket: true});
        out.noBucket = await s.bucket('nope').upload('x.txt', 'x');
        const file = bucket.file('note.txt');
        out.exists = await file.exists();
        out.get = await file.getInfo();
        out.private = await file.makePrivate();
        out.public = await file.makePublic();
        const downloaded = await bucket.file('b.bin').download();
        out.download = Array.from(new Uint8Array(await downloaded.data.arrayBuffer()));
        out.rename = await file.rename('renamed.txt');
        out.duplicate = await bucket.file('renamed.txt').duplicate();
        out.duplicateNamed = await bucket.file('renamed.txt').duplicate('named.txt');
        out.replace = await bucket.file('renamed.txt').replace('replaced text',
                                                               {contentType: 'text/csv'});
        out.replaced = await (await bucket.file('renamed.txt').download()).data.text();
        out.copy = await bucket.file('renamed.txt').copyTo('fresh');
        out.move = await bucket.file('named.txt').moveTo('fresh');
        out.addTags = await bucket.file('renamed.txt').addTags(['t2', 't3']);
        out.removeTags = await bucket.file('renamed.txt').removeTags('t2');
        out.update = await bucket.file('renamed.txt').updateInfo('final.txt', false, ['only']);
        out.list = await bucket.listFiles('size > 3',
                                          {sort: {field: 'fileName', direction: 'desc'}});
        out.listCount = await bucket.listFiles({returnCountInfo: true});
        out.search = await s.searchFiles('mimeType == "text/csv"');
        out.deleteFiles = await bucket.deleteFiles(['u.bin', 'missing']);
        out.delete = await bucket.file('b.bin').delete();
        const doomed = await bucket.upload('doomed.txt', 'bye');
        out.deleteByUrl = await s.deleteFile(doomed.data.publicPath);
        out.deletedExists = await bucket.file('doomed.txt').exists();
        out.missing = await bucket.file('nope').getInfo();
        out.remaining = await bucket.listFiles();
        """,
        env_url,
    )
    text = data(out["text"])
    assert (text["mimeType"], text["size"], text["tags"]) == (
        "text/plain",
        len("héllo wörld".encode()),
        ["t1"],
    )
    buffer = data(out["buffer"])
    assert (buffer["mimeType"], buffer["size"], buffer["isPublic"]) == (
        "application/x-custom",
        4,
        False,
    )
    assert data(out["typed"])["size"] == 3
    assert data(out["created"])["fileName"] == "x.txt"
    assert out["noBucket"]["errors"]["items"][0]["code"] == "bucket_not_found"
    assert data(out["exists"]) is True
    assert data(out["get"])["_id"] == text["_id"]
    assert data(out["private"])["isPublic"] is False and data(out["public"])["isPublic"] is True
    assert out["download"] == [0, 1, 2, 255]
    assert data(out["rename"])["fileName"] == "renamed.txt"
    assert data(out["duplicate"])["fileName"] == "renamed-1.txt"
    assert data(out["duplicateNamed"])["fileName"] == "named.txt"
    replaced = data(out["replace"])
    assert (replaced["_id"], replaced["mimeType"], replaced["size"]) == (
        text["_id"],
        "text/csv",
        13,
    )
    assert out["replaced"] == "replaced text"
    assert data(out["copy"])["fileName"] == "renamed.txt"
    assert data(out["move"])["fileName"] == "named.txt"
    assert data(out["addTags"])["tags"] == ["t1", "t2", "t3"]
    assert data(out["removeTags"])["tags"] == ["t1", "t3"]
    updated = data(out["update"])
    assert (updated["fileName"], updated["isPublic"], updated["tags"]) == (
        "final.txt",
        False,
        ["only"],
    )
    assert [f["fileName"] for f in data(out["list"])] == ["renamed-1.txt", "final.txt", "b.bin"]
    assert data(out["listCount"])["info"]["count"] == 4
    assert [f["fileName"] for f in data(out["search"])] == ["final.txt", "renamed.txt"]
    assert out["deleteFiles"] == {"errors": None} and out["delete"] == {"errors": None}
    assert out["deleteByUrl"] == {"data": None, "errors": None}
    assert data(out["deletedExists"]) is False
    assert out["missing"]["errors"]["status"] == 404
    assert [f["fileName"] for f in data(out["remaining"])] == ["final.txt", "renamed-1.txt"]


def test_multipart_uploads_as_a_browser_sends_them(env_url: str) -> None:
    """Blob, File and FormData bodies go out as multipart (field `file`), through the fetch a
    browser gives the client."""
    out = run_js(
        """
        const root = client.storage.root;
        const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
        out.blob = await root.upload('a.png', new Blob([png], {type: 'image/png'}));
        out.file = await root.upload('page.html',
                                     new File(['<p>hi</p>'], 'x.html', {type: 'text/html'}),
                                     {isPublic: false, tags: ['web']});
        const form = new FormData();
        form.append('file', new Blob(['form data'], {type: 'text/plain;charset=UTF-8'}), 'f.txt');
        out.form = await root.upload('form.txt', form);
        out.replace = await root.file('a.png').replace(new Blob(['gif'], {type: 'image/gif'}));
        const wrong = new FormData();
        wrong.append('upload', new Blob(['x']));
        out.wrong = await root.upload('wrong.txt', wrong);
        """,
        env_url,
        native_fetch=True,
    )
    blob = data(out["blob"])
    assert (blob["mimeType"], blob["size"], blob["bucketId"]) == ("image/png", 8, ENV_ID)
    page = data(out["file"])
    assert (page["mimeType"], page["isPublic"], page["tags"]) == ("text/html", False, ["web"])
    assert data(out["form"])["mimeType"] == "text/plain"
    replaced = data(out["replace"])
    assert (replaced["_id"], replaced["mimeType"], replaced["size"]) == (
        blob["_id"],
        "image/gif",
        3,
    )
    assert out["wrong"]["errors"]["status"] == 400
    assert httpx.get(blob["publicPath"]).content == b"gif"
