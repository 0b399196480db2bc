"""Redis globs are matched in bounded time: the linear matcher agrees with a regular-expression
reference, never takes more than (key length x pattern length) steps, and a scan stops after a
bounded amount of matching work, answering with a cursor."""

from __future__ import annotations

import asyncio

from altogic import create_client
from altogic_local.clock import ManualClock
from altogic_local.engines.cache import MemoryCacheStore
from altogic_local.engines.glob import compile_glob
from hypothesis import given, settings
from hypothesis import strategies as st

from .exploring import examples
from .glob_reference import glob_regex
from .processes import server_process

ATTACK = "*a*a*a*a*a*a*b"
SLOW = "*" + "a" * 20 + "b"
"""The matcher's worst case: its last `*` is retried at every position, each retry comparing up
to 20 characters."""
WATCHDOG = 60.0  # seconds: a bound on a call that must return, not a measured duration

pieces = st.sampled_from(["a", "b", "*", "?", "[ab]", "[^a]", "[a-b]", "\\*", "\\?", "[]", "[^]"])


@settings(max_examples=examples(300))
@given(pattern=st.lists(pieces, max_size=6).map("".join), text=st.text("ab*?", max_size=8))
def test_the_matcher_agrees_with_a_regular_expression(pattern: str, text: str) -> None:
    matched, _ = compile_glob(pattern).match(text)
    assert matched == bool(glob_regex(pattern).fullmatch(text))


def test_matching_is_bounded_by_key_times_pattern_length() -> None:
    glob = compile_glob(ATTACK)
    for length in (10, 200, 2000):
        matched, steps = glob.match("a" * length)
        assert not matched
        assert steps <= (length + 1) * (len(glob.tokens) + 1)


def test_a_scan_stops_after_bounded_work_and_resumes_from_its_cursor() -> None:
    store = MemoryCacheStore(ManualClock(start=0))
    # Long keys that fail the attack pattern slowly, and a few short ones that match it.
    keys = sorted(
        [f"{i:03d}" + "a" * 1000 for i in range(60)]
        + [f"{i:03d}" + "a" * 20 + "b" for i in range(5)]
    )

    async def scan_all() -> list[list[str]]:
        for key in keys:
            await store.set(key, b"1", None)
        pages: list[list[str]] = []
        cursor = None
        while True:
            page = await store.scan(cursor, SLOW, 100)
            pages.append([key for key, _ in page.entries])
            if page.cursor is None:
                return pages
            cursor = page.cursor

    pages = asyncio.run(scan_all())
    assert len(pages) > 1, "60 long keys take more than one scan's work"
    assert [key for page in pages for key in page] == [key for key in keys if key.endswith("b")]


def test_a_backtracking_pattern_does_not_freeze_the_backend() -> None:
    """In a server process of its own: a pattern that takes a backtracking matcher forever
    would hold that process (and every other request) rather than this test's."""
    with server_process() as url, create_client(url, "k", timeout=WATCHDOG) as client:
        assert client.cache.set("a" * 200, 1).errors is None
        attacked = client.cache.list_keys(ATTACK)
        assert attacked.errors is None and attacked.data == []
        assert client.cache.get("a" * 200).data == {"value": 1}
