"""A small fuzz of the realtime server's socket events: random event names and JSON payloads
(the four events the server takes among them) never crash it, never end the connection, and
every refused event is answered with an `error` event carrying the error body."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from altogic_local.config import AppConfig, RealtimeSettings
from altogic_local.runner import LocalServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .exploring import examples
from .realtime_peers import Peer, members

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
CHANNEL = st.one_of(st.text(max_size=5), st.text(min_size=195, max_size=210), JSON)
KNOWN_PAYLOAD = st.fixed_dictionaries(
    {},
    optional={
        "channel": CHANNEL,
        "eventName": st.one_of(st.sampled_from(["chat", "connect", "user:x", ""]), JSON),
        "message": JSON,
        "data": JSON,
        "echo": st.one_of(st.booleans(), JSON),
    },
)
EVENT = st.one_of(
    st.tuples(st.sampled_from(["message", "join", "leave", "update"]), KNOWN_PAYLOAD | JSON),
    st.tuples(st.text(min_size=1, max_size=20), JSON),
)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    config = AppConfig(realtime=RealtimeSettings(max_message_size=1024, burst=10_000))
    with LocalServer(config=config) as server:
        yield server.url


async def _play(url: str, events: list[tuple[str, Any]]) -> None:
    fuzzer, witness = Peer(url, echo=False), Peer(url, echo=False)
    await fuzzer.connect()
    await witness.connect()
    try:
        await witness.join("witness")
        for name, payload in events:
            if name in ("connect", "disconnect", "connect_error"):
                continue  # the client library refuses to send these
            await fuzzer.client.emit(name, payload)
        await fuzzer.send("witness", "done", len(events))
        assert await witness.next("done", timeout=10) == {
            "channel": "witness",
            "message": len(events),
        }
        assert fuzzer.client.connected
        for body in fuzzer.pending("error"):
            (item,) = body["errors"]
            assert item["origin"] == "client_error" and item["code"] and item["message"]
        await members(url, "witness")  # REST still answers
    finally:
        await fuzzer.close()
        await witness.close()


@settings(max_examples=examples(25), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(EVENT, max_size=15))
def test_random_events_never_break_the_server(
    url: str, events: list[tuple[str, Any]], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="altogic_local"):
        asyncio.run(_play(url, events))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
