"""No database call can hold the backend: each has a time budget (`database.queryTimeout`), a
call whose client has gone is stopped, and an over-large query is refused before it is compiled.
(Reads run concurrently beside one another: `tests/test_sql_engine.py`.)"""

from __future__ import annotations

import logging
import socket
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from altogic_local.app import create_app
from altogic_local.config import AppConfig
from altogic_local.runner import LocalServer

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette deprecates its httpx-based test client
    from starlette.testclient import TestClient

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


def seed(http: TestClient) -> None:
    for start in range(0, 5000, 1000):
        values = [{"n": n} for n in range(start, start + 1000)]
        answer = http.post(f"{DB}/create", json={"model": "things", "values": values})
        assert answer.status_code == 200, answer.text


def config(query_timeout: float) -> AppConfig:
    return AppConfig.model_validate({"database": {"queryTimeout": query_timeout}})


@pytest.fixture
def http() -> Iterator[TestClient]:
    with TestClient(create_app(config(0.05)), headers=KEY) as client:
        seed(client)
        yield client


def test_a_query_over_its_time_budget_is_stopped_with_a_400(http: TestClient) -> None:
    answer = http.post(f"{DB}/get-list", json=SLOW_QUERY)
    assert answer.status_code == 400, answer.text
    [item] = answer.json()["errors"]
    assert item["code"] == "query_timeout" and "0.05 seconds" in item["message"]
    # The backend goes on answering, and quick queries fit the budget.
    quick = http.post(f"{DB}/get-list", json={"model": "things", "query": {"limit": 2}})
    assert quick.status_code == 200 and len(quick.json()) == 2


def test_an_over_large_query_is_refused_before_it_is_compiled(http: TestClient) -> None:
    term = "lookup.n == this.n && "
    query = term * (4000 // len(term)) + "true"
    lookups = [{"name": f"l{i}", "modelName": "things", "query": query} for i in range(20)]
    answer = http.post(f"{DB}/get-list", json={"model": "things", "query": {"lookups": lookups}})
    assert answer.status_code == 400
    [item] = answer.json()["errors"]
    assert item["code"] == "invalid_expression"
    assert item["details"]["reason"] == "too_complex"


def test_a_query_whose_client_left_is_stopped(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(config(600))
    with LocalServer(app) as server, caplog.at_level(logging.INFO, logger="altogic_local"):
        http = TestClient(app, headers=KEY)  # not entered: the server runs the app
        seed(http)
        body = http.build_request("POST", f"{DB}/get-list", json=SLOW_QUERY).content
        head = (
            f"POST {DB}/get-list HTTP/1.1\r\nHost: x\r\nX-Client-Key: k\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(head + body)
            time.sleep(0.3)  # the query is running; the client gives up
        deadline = time.monotonic() + WATCHDOG
        while not _stopped(caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert _stopped(caplog.records), "the query ran on after its client left"


def _stopped(records: list[Any]) -> bool:
    return any("disconnected" in record.getMessage() for record in records)
