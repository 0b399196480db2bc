"""`data, errors = result` keeps both types: `data` is the call's data type or None, `errors` an
`APIError` or None. Checked twice: statically (`assert_type` below, verified by `make typecheck`,
which type-checks tests/) and by running mypy on a snippet (so that this test fails when the
types regress to `Any`, whatever `make typecheck` does). A result is also a tuple that behaves as
the frozen dataclass it used to be: equality, hash, repr, pickling, copying, matching."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, assert_type

import pytest
from altogic import (
    AltogicClient,
    APIError,
    AsyncAltogicClient,
    AuthResult,
    ErrorEntry,
    KeysResult,
    Result,
    UserResult,
    VoidResult,
)
from altogic.types import CacheEntry, CacheNumericValue, CacheValue, SignUpResult, User

from .spec_tools import ROOT

FAILURE = APIError(404, "Not Found", (ErrorEntry("client_error", "x", "no"),))


# ------------------------------------------------------------------ static types (make typecheck)
def unpacked_types(client: AltogicClient) -> None:
    """Never run: `make typecheck` checks these assertions."""
    data, errors = client.cache.get("k")
    assert_type(data, CacheValue | None)
    assert_type(errors, APIError | None)
    number, _ = client.cache.increment("k")
    assert_type(number, CacheNumericValue | None)
    keys, _ = client.cache.list_keys()
    assert_type(keys, list[CacheEntry] | None)
    nothing, failure = client.cache.set("k", 1)
    assert_type(nothing, None)
    assert_type(failure, APIError | None)
    user, _ = client.auth.get_user_from_db()
    assert_type(user, User | None)
    grant, _ = client.auth.sign_in_with_email("a@example.com", "secret")
    assert_type(grant, SignUpResult | None)
    assert_type(client.cache.get("k").unwrap(), CacheValue)


async def unpacked_types_async(client: AsyncAltogicClient) -> None:
    """Never run: `make typecheck` checks these assertions."""
    data, errors = await client.cache.get("k")
    assert_type(data, CacheValue | None)
    assert_type(errors, APIError | None)
    user, _ = await client.auth.get_user_from_db()
    assert_type(user, User | None)


# ------------------------------------------------------------------ mypy on a snippet
SNIPPET = """\
from altogic import create_async_client, create_client

client = create_client("http://127.0.0.1:8080", "ck")
data, errors = client.cache.get("k")
reveal_type(data)  # get
reveal_type(errors)  # get errors
user, _ = client.auth.get_user_from_db()
reveal_type(user)  # user
nothing, _ = client.cache.set("k", 1)
reveal_type(nothing)  # set
reveal_type(client.queue.submit_message("q", {}).info)  # message info
run, _ = client.task.wait_for_task("65a1f0c2e4b0a1b2c3d4e5f6")
reveal_type(run)  # task info
wrong: int = data  # refused


async def main() -> None:
    async with create_async_client("http://127.0.0.1:8080", "ck") as api:
        adata, aerrors = await api.cache.get("k")
        reveal_type(adata)  # async get
        reveal_type(aerrors)  # async get errors
"""

EXPECTED = {
    "get": "dict[str, Any] | list[Any] | None",
    "get errors": "altogic.result.APIError | None",
    "user": "TypedDict(altogic.types.User, {",
    "set": "None",
    "message info": "TypedDict(altogic.types.MessageInfo, {",
    "task info": "TypedDict(altogic.types.TaskInfo, {",
    "async get": "dict[str, Any] | list[Any] | None",
    "async get errors": "altogic.result.APIError | None",
}


def test_mypy_sees_the_unpacked_types(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET)
    # From the repository root, with its mypy settings (strict, the source paths).
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = SNIPPET.splitlines()
    revealed: dict[str, str] = {}
    errors: list[str] = []
    for line in run.stdout.splitlines():
        found = re.match(r".*snippet\.py:(\d+): (note|error): (.*)", line)
        if found is None:
            continue
        label = lines[int(found[1]) - 1].rsplit("# ", 1)[-1]
        if found[2] == "note" and (shown := re.match(r'Revealed type is "(.*)"', found[3])):
            revealed[label] = shown[1]
        elif found[2] == "error":
            errors.append(f"{label}: {found[3]}")
    assert revealed.keys() == EXPECTED.keys(), run.stdout + run.stderr
    for label, expected in EXPECTED.items():
        assert revealed[label].startswith(expected), (label, revealed[label])
        assert "Any |" not in revealed[label] and revealed[label] != "Any", label
    # Only the wrongly typed assignment is refused: `data` is no longer `Any`.
    assert len(errors) == 1 and errors[0].startswith("refused: Incompatible types"), errors
    assert re.search(r"Found 1 error", run.stdout), run.stdout


# ------------------------------------------------------------------ run-time behaviour
def test_a_result_is_a_tuple_of_data_and_errors() -> None:
    ok = Result({"a": 1})
    assert isinstance(ok, tuple) and len(ok) == 2 and tuple(ok) == ({"a": 1}, None)
    assert (ok.data, ok.errors, ok.ok) == ({"a": 1}, None, True)
    failure: Result[Any] = Result(errors=FAILURE)
    assert tuple(failure) == (None, FAILURE) and not failure.ok
    assert Result.from_errors(FAILURE) == failure
    # Like every result, a key page unpacks as `data, errors`; `next` is an attribute.
    page = KeysResult([{"key": "k", "value": 1}], None, "cursor")
    data, errors = page
    assert (data, errors, page.next) == ([{"key": "k", "value": 1}], None, "cursor")


def test_results_compare_and_show_as_records() -> None:
    assert Result(1) == Result(1) and Result(1) != Result(2)
    assert Result(None) != VoidResult() and Result(1) != (1, None)
    assert KeysResult([], None, "a") != KeysResult([], None, "b")
    assert hash(Result(1)) == hash(Result(1))
    assert repr(Result(1)) == "Result(data=1, errors=None)"
    assert repr(KeysResult([], None, "a")) == "KeysResult(data=[], errors=None, next='a')"


def test_results_are_frozen() -> None:
    page = KeysResult([], None, "a")
    for name in ("data", "errors", "next", "other"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(page, name, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Result(1).data = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    "result",
    [
        Result({"a": [1]}),
        Result(errors=FAILURE),
        VoidResult(),
        KeysResult([{"key": "k", "value": None}], None, "next"),
        UserResult.from_payload({"_id": "u"}),
        AuthResult.from_payload({"user": {"_id": "u"}, "session": None}),
    ],
    ids=repr,
)
def test_results_pickle_and_copy(result: Result[Any]) -> None:
    for twin in (pickle.loads(pickle.dumps(result)), copy.copy(result), copy.deepcopy(result)):
        assert type(twin) is type(result) and twin == result
        assert twin.to_dict() == result.to_dict()


def test_results_match_by_field() -> None:
    match KeysResult([], None, "c"):
        case KeysResult(data, None, cursor):
            assert (data, cursor) == ([], "c")
        case _:
            pytest.fail("no match")
    match Result(errors=FAILURE):
        case Result(None, APIError(status=404)):
            pass
        case _:
            pytest.fail("no match")
