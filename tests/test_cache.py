"""The cache module end to end: both clients against the real local backend."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from altogic import APIError, KeysResult, Result, VoidResult, create_client
from altogic_local.clock import ManualClock
from altogic_local.config import AppConfig, CacheSettings
from altogic_local.testing import TestBackend

pytestmark = pytest.mark.anyio


def codes(errors: APIError | None) -> list[str]:
    assert errors is not None
    return errors.codes


async def test_set_then_get_round_trips_any_json_value(api: Any) -> None:
    values: dict[str, Any] = {
        "object": {"name": "Ada", "tags": ["a", "b"], "nested": {"n": 1.5}},
        "array": [1, "two", None, {"three": 3}],
    }
    primitives: dict[str, Any] = {
        "text": "Hello world!",
        "int": 42,
        "float": 2.5,
        "true": True,
        "false": False,
        "null": None,
        "unicode": "çà ✓ 日本",
    }
    for key, value in {**values, **primitives}.items():
        result = await api.cache.set(key, value)
        assert isinstance(result, VoidResult)
        assert result.to_dict() == {"errors": None}
    for key, value in values.items():
        data, errors = await api.cache.get(key)
        assert errors is None and data == value
    for key, value in primitives.items():
        data, errors = await api.cache.get(key)
        assert errors is None and data == {"value": value}


async def test_missing_key_reads_as_null_without_error(api: Any) -> None:
    result = await api.cache.get("never-set")
    assert isinstance(result, Result)
    assert result.to_dict() == {"data": None, "errors": None}


async def test_set_replaces_value_and_keys_are_url_safe(api: Any) -> None:
    key = "user:1/profile?x=1&y=2#frag +%"
    await api.cache.set(key, {"v": 1})
    await api.cache.set(key, {"v": 2})
    assert (await api.cache.get(key)).data == {"v": 2}


async def test_delete_one_or_many_and_absent_keys(api: Any) -> None:
    for key in ("a", "b", "c"):
        await api.cache.set(key, key)
    assert (await api.cache.delete("a")).errors is None
    assert (await api.cache.delete(["b", "missing"])).errors is None
    assert (await api.cache.get("a")).data is None
    assert (await api.cache.get("b")).data is None
    assert (await api.cache.get("c")).data == {"value": "c"}


async def test_increment_and_decrement(api: Any) -> None:
    assert (await api.cache.increment("counter")).data == {"value": 1}
    assert (await api.cache.increment("counter", 10)).data == {"value": 11}
    assert (await api.cache.decrement("counter", 5)).data == {"value": 6}
    assert (await api.cache.decrement("fresh")).data == {"value": -1}
    assert (await api.cache.increment("counter", 0.5)).data == {"value": 6.5}
    assert (await api.cache.get("counter")).data == {"value": 6.5}


async def test_increment_of_a_non_number_is_refused(api: Any) -> None:
    await api.cache.set("word", "hello")
    await api.cache.set("flag", True)
    for key in ("word", "flag"):
        data, errors = await api.cache.increment(key)
        assert data is None
        assert errors.status == 400
        assert codes(errors) == ["cache_value_not_numeric"]
    assert (await api.cache.get("word")).data == {"value": "hello"}


async def test_ttl_expiry_uses_the_backend_clock(api: Any, altogic_clock: ManualClock) -> None:
    await api.cache.set("short", "x", 10)
    await api.cache.set("forever", "y")
    altogic_clock.advance(9)
    assert (await api.cache.get("short")).data == {"value": "x"}
    altogic_clock.advance(2)
    assert (await api.cache.get("short")).data is None
    assert (await api.cache.get("forever")).data == {"value": "y"}


async def test_a_new_set_discards_the_old_ttl(api: Any, altogic_clock: ManualClock) -> None:
    await api.cache.set("k", 1, 5)
    await api.cache.set("k", 2)
    altogic_clock.advance(100)
    assert (await api.cache.get("k")).data == {"value": 2}


async def test_expire_sets_a_ttl_and_ignores_missing_keys(
    api: Any, altogic_clock: ManualClock
) -> None:
    await api.cache.set("k", {"a": 1})
    assert (await api.cache.expire("k", 30)).errors is None
    assert (await api.cache.expire("missing", 30)).errors is None
    altogic_clock.advance(29)
    assert (await api.cache.get("k")).data == {"a": 1}
    altogic_clock.advance(1)
    assert (await api.cache.get("k")).data is None
    assert (await api.cache.get("missing")).data is None


async def test_increment_ttl_resets_expiry(api: Any, altogic_clock: ManualClock) -> None:
    await api.cache.increment("hits", 1, 10)
    altogic_clock.advance(8)
    await api.cache.increment("hits")  # keeps the TTL
    altogic_clock.advance(3)
    assert (await api.cache.get("hits")).data is None
    await api.cache.increment("hits", 1, 10)
    altogic_clock.advance(8)
    await api.cache.increment("hits", 1, 10)  # resets it
    altogic_clock.advance(8)
    assert (await api.cache.get("hits")).data == {"value": 2}


async def test_stats_count_keys_bytes_and_traffic(api: Any, altogic_clock: ManualClock) -> None:
    empty = (await api.cache.get_stats()).data
    assert empty == {
        "totalKeys": 0,
        "totalStorageSize": 0,
        "dailyIngress": 0,
        "dailyEgress": 0,
        "monthlyIngress": 0,
        "monthlyEgress": 0,
    }
    await api.cache.set("ab", {"x": 1})  # {"x":1} is 7 bytes
    await api.cache.set("temp", 1, 5)
    await api.cache.get("ab")
    altogic_clock.advance(6)
    stats = (await api.cache.get_stats()).data
    assert stats["totalKeys"] == 1
    assert stats["totalStorageSize"] == len("ab") + 7
    assert stats["dailyIngress"] == 8 and stats["monthlyIngress"] == 8
    assert stats["dailyEgress"] == 7 and stats["monthlyEgress"] == 7
    altogic_clock.advance(86_400)
    assert (await api.cache.get_stats()).data["dailyIngress"] == 0


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("h?llo", ["hallo", "hello", "hxllo"]),
        ("h*llo", ["hallo", "heeeello", "hello", "hllo", "hxllo"]),
        ("h[ae]llo", ["hallo", "hello"]),
        ("h[^e]llo", ["hallo", "hxllo"]),
        ("h[a-b]llo", ["hallo"]),
        ("hel*", ["hello"]),
        ("*", ["a*b", "hallo", "heeeello", "hello", "hllo", "hxllo"]),
        ("a\\*b", ["a*b"]),
        ("zzz*", []),
    ],
)
async def test_list_keys_with_redis_glob_patterns(
    api: Any, pattern: str, expected: list[str]
) -> None:
    for key in ("hello", "hallo", "hxllo", "hllo", "heeeello", "a*b"):
        await api.cache.set(key, key)
    result = await api.cache.list_keys(pattern)
    assert isinstance(result, KeysResult)
    assert result.errors is None and result.next is None and result.data is not None
    assert [entry["key"] for entry in result.data] == expected
    assert all(entry["value"] == entry["key"] for entry in result.data)


class SmallPages:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return AppConfig(cache=CacheSettings(list_keys_page_size=3))


class TestListingInPages(SmallPages):
    async def test_next_walks_every_page(self, api: Any) -> None:
        keys = [f"k{i:02d}" for i in range(10)]
        for key in keys:
            await api.cache.set(key, {"k": key})
        seen: list[str] = []
        result = await api.cache.list_keys("k*")
        pages = 1
        while result.next is not None:
            assert len(result.data) == 3
            seen += [entry["key"] for entry in result.data]
            result = await api.cache.list_keys("k*", result.next)
            pages += 1
        seen += [entry["key"] for entry in result.data]
        assert seen == keys and pages == 4
        assert result.to_dict()["next"] is None

    async def test_listing_completes_while_keys_change(self, api: Any) -> None:
        stable = [f"s{i:02d}" for i in range(12)]
        for key in stable:
            await api.cache.set(key, 0)
        first = await api.cache.list_keys()
        seen = [entry["key"] for entry in first.data]
        # Between pages: remove a key already returned and one not yet returned; add keys
        # before and after the cursor.
        await api.cache.delete([seen[0], "s10"])
        await api.cache.set("a-before", 1)
        await api.cache.set("z-after", 1)
        cursor = first.next
        while cursor is not None:
            page = await api.cache.list_keys(None, cursor)
            seen += [entry["key"] for entry in page.data]
            cursor = page.next
        present_throughout = [key for key in stable if key != "s10"]
        assert set(present_throughout) <= set(seen)
        assert len(seen) == len(set(seen)), "no key is returned twice"
        assert "z-after" in seen and "a-before" not in seen and "s10" not in seen


class TestValueSizeLimit:
    @pytest.fixture
    def altogic_config(self) -> AppConfig:
        return AppConfig(cache=CacheSettings(max_value_size=100))

    async def test_oversize_values_are_refused_and_lose_nothing(self, api: Any) -> None:
        await api.cache.set("k", "small")
        _data, errors = await api.cache.set("k", "x" * 200)
        assert errors.status == 400
        assert codes(errors) == ["cache_key_size_exceeded"]
        assert errors.items[0].details == {"size": 202, "limit": 100}
        assert (await api.cache.get("k")).data == {"value": "small"}


async def test_default_value_limit_is_five_kilobytes(api: Any) -> None:
    assert (await api.cache.set("ok", "x" * (5 * 1024 - 2))).errors is None
    _, errors = await api.cache.set("big", "x" * (5 * 1024 - 1))
    assert codes(errors) == ["cache_key_size_exceeded"]


@pytest.mark.parametrize(
    ("method", "args", "field"),
    [
        ("get", [""], "key"),
        ("set", ["", 1], "key"),
        ("set", ["k", 1, -5], "ttl"),
        ("increment", ["k", 10**16], "increment"),
        ("expire", ["k", 0], "ttl"),
        ("delete", [[]], "keys"),
        ("set", ["k" * 1025, 1], "key"),
    ],
)
async def test_bad_inputs_get_one_validation_error_per_field(
    api: Any, method: str, args: list[Any], field: str
) -> None:
    data, errors = await getattr(api.cache, method)(*args)
    assert data is None
    assert errors.status == 400 and errors.status_text == "Bad Request"
    assert codes(errors) == ["validation_error"]
    assert errors.items[0].details["field"] == field
    assert errors.items[0].origin == "client_error"


async def test_ttl_zero_is_not_sent_as_in_the_js_client(api: Any) -> None:
    assert (await api.cache.set("k", 1, 0)).errors is None


@pytest.mark.parametrize("pattern", ["[abc", "abc\\", "[^"])
async def test_bad_patterns_are_refused(api: Any, pattern: str) -> None:
    result = await api.cache.list_keys(pattern)
    assert codes(result.errors) == ["validation_error"]
    assert result.errors.items[0].details == {"field": "pattern", "location": "body"}
    assert result.data is None and result.next is None


@pytest.mark.parametrize("cursor", ["not-a-cursor", "aGVsbG8=", "%%%"])
async def test_bad_cursors_are_refused(api: Any, cursor: str) -> None:
    result = await api.cache.list_keys(None, cursor)
    assert codes(result.errors) == ["invalid_cursor"]


async def test_values_json_cannot_carry_are_refused_before_sending(api: Any) -> None:
    for value in ("bad \udc80 text", float("nan"), object()):
        data, errors = await api.cache.set("k", value)
        assert data is None and codes(errors) == ["invalid_request"] and errors.status == 0
    assert (await api.cache.get("k")).data is None


async def test_dates_are_sent_as_iso_strings(api: Any) -> None:
    moment = datetime.datetime(2022, 3, 20, 14, 35, 26, 814000, tzinfo=datetime.UTC)
    await api.cache.set("when", {"at": moment, "day": moment.date()})
    assert (await api.cache.get("when")).data == {
        "at": "2022-03-20T14:35:26.814Z",
        "day": "2022-03-20",
    }


@pytest.mark.altogic_socket(False)
async def test_the_backend_refuses_lone_surrogates_sent_raw(altogic_backend: TestBackend) -> None:
    body = b'{"key": "k", "value": "bad \\udc80 text"}'
    headers = {"X-Client-Key": "k", "Content-Type": "application/json"}
    transport = httpx.ASGITransport(app=altogic_backend.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        response = await http.post("/_api/rest/v1/cache", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalid_request_body_syntax"
    assert "surrogate" in response.json()["errors"][0]["message"]


def test_the_cache_survives_a_clean_stop_with_a_data_folder(tmp_path: Path) -> None:
    from .processes import server_process

    with server_process(data_dir=tmp_path) as url, create_client(url, "k") as client:
        client.cache.set("kept", {"a": [1, "é"]})
        client.cache.set("for a while", 7, ttl=3600)
        client.cache.set("gone", 1)
        client.cache.delete("gone")
        client.cache.get("kept")
    # SIGTERM ended that process; a new one on the same folder finds the keys.
    with server_process(data_dir=tmp_path) as url, create_client(url, "k") as client:
        assert client.cache.get("kept").data == {"a": [1, "é"]}
        assert client.cache.get("for a while").data == {"value": 7}
        assert client.cache.get("gone").data is None
        stats = client.cache.get_stats().data
        assert stats is not None and stats["totalKeys"] == 2


def test_the_cache_is_saved_while_running_so_a_killed_backend_keeps_it(tmp_path: Path) -> None:
    import json
    import time

    from .processes import server_process

    app_file = tmp_path / "app.yaml"
    app_file.write_text("cache: {snapshotInterval: 0.1}\n")
    data = tmp_path / "data"
    with server_process(app_file=app_file, data_dir=data, kill=True) as url:
        with create_client(url, "k") as client:
            client.cache.set("kept", "through a kill -9").unwrap()
        deadline = time.monotonic() + 30  # a bound on waiting, not a measured duration
        while True:
            saved = data / "cache.json"
            if saved.exists() and "kept" in json.loads(saved.read_text())["entries"]:
                break
            assert time.monotonic() < deadline, "the cache was not saved while running"
            time.sleep(0.05)
    # SIGKILL ended that process (no clean stop); a new one on the same folder finds the key.
    with server_process(app_file=app_file, data_dir=data) as url, create_client(url, "k") as client:
        assert client.cache.get("kept").data == {"value": "through a kill -9"}
