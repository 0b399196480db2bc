"""The official JavaScript client works unchanged against the local backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from altogic_local.runner import LocalServer

from .js_client import run_js


@pytest.fixture(scope="module")
def env_url() -> Iterator[str]:
    with LocalServer() as server:
        yield server.url


def test_cache_manager(env_url: str) -> None:
    out = run_js(
        """
        out.set = await client.cache.set('greeting', 'Hello world!');
        out.get = await client.cache.get('greeting');
        await client.cache.set('obj', {a: [1, 2]}, 100);
        out.obj = await client.cache.get('obj');
        out.missing = await client.cache.get('missing');
        out.inc = await client.cache.increment('n', 5, 60);
        out.dec = await client.cache.decrement('n');
        out.bad = await client.cache.increment('greeting');
        out.expire = await client.cache.expire('obj', 100);
        out.list = await client.cache.listKeys('[go]*');
        out.del = await client.cache.delete(['greeting', 'n']);
        out.delOne = await client.cache.delete('obj');
        out.after = await client.cache.get('greeting');
        out.stats = await client.cache.getStats();
        """,
        env_url,
    )
    assert out["set"] == {"errors": None}
    assert out["get"] == {"data": {"value": "Hello world!"}, "errors": None}
    assert out["obj"] == {"data": {"a": [1, 2]}, "errors": None}
    assert out["missing"] == {"data": None, "errors": None}
    assert out["inc"] == {"data": {"value": 5}, "errors": None}
    assert out["dec"] == {"data": {"value": 4}, "errors": None}
    assert out["bad"]["data"] is None
    assert out["bad"]["errors"]["status"] == 400
    assert out["bad"]["errors"]["items"][0]["code"] == "cache_value_not_numeric"
    assert out["expire"] == {"errors": None}
    assert out["list"] == {
        "data": [
            {"key": "greeting", "value": "Hello world!"},
            {"key": "obj", "value": {"a": [1, 2]}},
        ],
        "next": None,
        "errors": None,
    }
    assert out["del"] == {"errors": None} and out["delOne"] == {"errors": None}
    assert out["after"] == {"data": None, "errors": None}
    assert out["stats"]["errors"] is None and out["stats"]["data"]["totalKeys"] == 0


def test_unencoded_cache_keys_from_the_js_client(env_url: str) -> None:
    """The JS client puts the key into the query string without encoding it."""
    out = run_js(
        """
        await client.cache.set('a b', 1);
        out.get = await client.cache.get('a b');
        """,
        env_url,
    )
    assert out["get"] == {"data": {"value": 1}, "errors": None}
