"""The in-process cache engine against a plain-dict model of Redis semantics (hypothesis
stateful test): values, TTLs, increments and ordered scans must always agree."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from altogic_local.clock import ManualClock
from altogic_local.engines import cache as cache_engine
from altogic_local.engines.cache import MemoryCacheStore, NotNumeric
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from .exploring import examples
from .glob_reference import glob_regex

keys = st.text(alphabet="ab\x00\x02é", min_size=1, max_size=3)
values = st.one_of(st.integers(-5, 5), st.text(max_size=2), st.lists(st.integers(), max_size=2))
ttls = st.one_of(st.none(), st.integers(1, 5))


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


class CacheModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = ManualClock(start=0)
        self.store = MemoryCacheStore(self.clock)
        self.model: dict[str, tuple[Any, float | None]] = {}

    def live(self) -> dict[str, Any]:
        now = self.clock.now()
        return {k: v for k, (v, exp) in self.model.items() if exp is None or exp > now}

    @rule(key=keys, value=values, ttl=ttls)
    def set(self, key: str, value: Any, ttl: int | None) -> None:
        run(self.store.set(key, json.dumps(value).encode(), ttl))
        self.model[key] = (value, None if ttl is None else self.clock.now() + ttl)

    @rule(key=keys, amount=st.integers(-3, 3), ttl=ttls)
    def increment(self, key: str, amount: int, ttl: int | None) -> None:
        live = self.live()
        current = live.get(key, 0)
        numeric = isinstance(current, int) and not isinstance(current, bool)
        try:
            result = run(self.store.increment(key, amount, ttl))
        except NotNumeric:
            assert not numeric
            return
        assert numeric and result == current + amount
        expires = self.model[key][1] if key in live else None
        if ttl is not None:
            expires = self.clock.now() + ttl
        self.model[key] = (result, expires)

    @rule(chosen=st.lists(keys, max_size=3))
    def delete(self, chosen: list[str]) -> None:
        run(self.store.delete(chosen))
        for key in chosen:
            self.model.pop(key, None)

    @rule(key=keys, ttl=st.integers(1, 5))
    def expire(self, key: str, ttl: int) -> None:
        existed = run(self.store.expire(key, ttl))
        assert existed == (key in self.live())
        if existed:
            self.model[key] = (self.model[key][0], self.clock.now() + ttl)

    @rule(seconds=st.integers(0, 3))
    def advance(self, seconds: int) -> None:
        self.clock.advance(seconds)

    @rule(key=keys)
    def get(self, key: str) -> None:
        raw = run(self.store.get(key))
        live = self.live()
        assert (None if raw is None else json.loads(raw)) == live.get(key)

    @rule(pattern=st.sampled_from([None, "a*", "?", "[ab]*", "*é"]), count=st.integers(1, 3))
    def scan_everything(self, pattern: str | None, count: int) -> None:
        seen: list[str] = []
        cursor: str | None = None
        while True:
            page = run(self.store.scan(cursor, pattern, count))
            assert len(page.entries) <= count
            seen += [key for key, _ in page.entries]
            if page.cursor is None:
                break
            cursor = page.cursor
        assert seen == sorted(set(seen)), "keys come once each, in order"
        matcher = glob_regex(pattern) if pattern else None
        expected = sorted(k for k in self.live() if matcher is None or matcher.fullmatch(k))
        assert seen == expected

    @invariant()
    def usage_matches(self) -> None:
        usage = run(self.store.usage())
        live = self.live()
        assert usage.keys == len(live)


TestCacheModel = CacheModel.TestCase
TestCacheModel.settings = settings(max_examples=examples(200), stateful_step_count=30)


@pytest.mark.parametrize("count", [0, 1, 3, 4, 7])
def test_a_save_writes_the_snapshot_a_slice_at_a_time(
    tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file a save writes, slice by slice from a worker thread, is exactly the JSON of
    `snapshot()`, and a store opened on it has the same keys, values and traffic."""
    monkeypatch.setattr(cache_engine, "SAVE_SLICE", 3)  # so that 7 keys take three slices
    path = tmp_path / "cache.json"
    clock = ManualClock(start=1000)

    async def scenario() -> None:
        store = MemoryCacheStore(clock, path)
        await store.open()
        for index in range(count):
            value = {"n": index, "text": 'a "quoted" é \\ \u2028 value'}
            ttl = 60 if index % 2 else None
            await store.set(f'key "{index}" é', json.dumps(value).encode(), ttl)
        await store.get('key "0" é')
        await store.close()  # saves
        snapshot = await store.snapshot()
        assert path.read_text(encoding="utf-8") == json.dumps(snapshot, ensure_ascii=False)
        reopened = MemoryCacheStore(clock, path)
        await reopened.open()
        assert await reopened.snapshot() == snapshot

    run(scenario())


def test_a_save_cancelled_by_close_cannot_overwrite_the_last_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`close()` cancels the periodic save, whose thread may still be writing; its own save,
    newer, must be the one the file keeps (and the two must not write the file at once)."""
    path = tmp_path / "cache.json"
    write = cache_engine._write_snapshot
    entered, release = threading.Event(), threading.Event()

    def first_write_waits(*args: Any) -> None:
        if not entered.is_set():
            entered.set()
            release.wait(30)  # a bound on waiting, not a measured duration
        write(*args)

    monkeypatch.setattr(cache_engine, "_write_snapshot", first_write_waits)

    async def scenario() -> None:
        store = MemoryCacheStore(ManualClock(start=0), path, snapshot_interval=0.01)
        await store.open()
        await store.set("early", b"1", None)
        await asyncio.to_thread(entered.wait, 30)  # the periodic save is writing "early"
        await store.set("late", b"2", None)
        closing = asyncio.create_task(store.close())
        await asyncio.sleep(0.05)  # close() cancels the periodic save and starts its own
        release.set()
        await closing

    run(scenario())
    assert set(json.loads(path.read_text(encoding="utf-8"))["entries"]) == {"early", "late"}
