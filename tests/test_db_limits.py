"""No database call can hold the backend: each has a time budget (`database.queryTimeout`), a
call whose client has gone is stopped, and an over-large query is refused before it is compiled.
(Reads run concurrently beside one another: `tests/test_sql_engine.py`.)"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from altogic_local.testing import TestBackend

KEY = {"X-Client-Key": "k"}
DB = "/_api/rest/v1/db"
WATCHDOG = 60.0  # seconds: a bound on waiting for something that must happen, not a duration
# Every object looked up against every other (a condition no index serves): about 25 million
# comparisons over 5,000 objects, many seconds of work.
SLOW_QUERY = {
    "model": "things",
    "query": {
        "lookups": [{"name": "other", "modelName": "things", "query": "lookup.n + this.n == -1"}],
        "expression": "other.n > 0",
        "limit": 5,
    },
}


def seed(http: httpx.Client) -> None:
    for start in range(0, 5000, 1000):
        values = [{"n": n} for n in range(start, start + 1000)]
        answer = http.post(f"{DB}/create", json={"model": "things", "values": values})
        assert answer.status_code == 200, answer.text


def query_timeout(seconds: float) -> pytest.MarkDecorator:
    """The app settings of a test: a time budget of `seconds` for each database statement."""
    return pytest.mark.altogic_config({"database": {"queryTimeout": seconds}})


@pytest.fixture
def http(altogic_backend: TestBackend) -> Iterator[httpx.Client]:
    with altogic_backend.http(headers=KEY) as client:
        seed(client)
        yield client


@pytest.mark.altogic_socket(False)
@query_timeout(0.05)
def test_a_query_over_its_time_budget_is_stopped_with_a_400(http: httpx.Client) -> None:
    answer = http.post(f"{DB}/get-list", json=SLOW_QUERY)
    assert answer.status_code == 400, answer.text
    [item] = answer.json()["errors"]
    assert item["code"] == "query_timeout" and "0.05 seconds" in item["message"]
    # The backend goes on answering, and quick queries fit the budget.
    quick = http.post(f"{DB}/get-list", json={"model": "things", "query": {"limit": 2}})
    assert quick.status_code == 200 and len(quick.json()) == 2


@pytest.mark.altogic_socket(False)
@query_timeout(0.05)
def test_an_over_large_query_is_refused_before_it_is_compiled(http: httpx.Client) -> None:
    term = "lookup.n == this.n && "
    query = term * (4000 // len(term)) + "true"
    lookups = [{"name": f"l{i}", "modelName": "things", "query": query} for i in range(20)]
    answer = http.post(f"{DB}/get-list", json={"model": "things", "query": {"lookups": lookups}})
    assert answer.status_code == 400
    [item] = answer.json()["errors"]
    assert item["code"] == "invalid_expression"
    assert item["details"]["reason"] == "too_complex"


@pytest.mark.altogic_socket
@query_timeout(600)
def test_a_query_whose_client_left_is_stopped(
    altogic_backend: TestBackend, caplog: pytest.LogCaptureFixture
) -> None:
    port = urlsplit(altogic_backend.url).port
    assert port is not None
    with (
        altogic_backend.http(headers=KEY) as http,
        caplog.at_level(logging.INFO, logger="altogic_local"),
    ):
        seed(http)
        body = http.build_request("POST", f"{DB}/get-list", json=SLOW_QUERY).content
        head = (
            f"POST {DB}/get-list HTTP/1.1\r\nHost: x\r\nX-Client-Key: k\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(head + body)
            time.sleep(0.3)  # the query is running; the client gives up
        deadline = time.monotonic() + WATCHDOG
        while not _stopped(caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert _stopped(caplog.records), "the query ran on after its client left"


def _stopped(records: list[Any]) -> bool:
    return any("disconnected" in record.getMessage() for record in records)
