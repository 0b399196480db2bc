"""The sync and async clients cannot drift: each sync class and function of `altogic._sync` is the
twin of one in `altogic._async` (same public members, parameters, defaults and docstrings), the
async code carries the real docstrings, and `make check-generated` fails when a twin, or
`altogic/types.py`, differs from what the async code and the spec generate."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import altogic
import altogic._async
import altogic.auth
import altogic.cache
import altogic.db
import altogic.realtime
import altogic.storage
import altogic_api.models
import httpx
import pytest
from altogic import types

from .spec_tools import ROOT

# The async dunder methods and their sync counterparts.
DUNDERS = {"__aenter__": "__enter__", "__aexit__": "__exit__", "__aiter__": "__iter__"}
DUNDERS["__anext__"] = "__next__"


def sync_name(name: str) -> str:
    return DUNDERS.get(name, re.sub(r"^Async(?=[A-Z])", "", name).replace("_async_", "_"))


def async_modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(altogic._async.__path__):
        yield importlib.import_module(f"altogic._async.{info.name}")


def defined_in(module: ModuleType) -> Iterator[tuple[str, Any]]:
    """The classes and functions `module` defines (not those it imports)."""
    for name, value in vars(module).items():
        if (inspect.isclass(value) or inspect.isfunction(value)) and (
            value.__module__ == module.__name__
        ):
            yield name, value


def twin_pairs() -> Iterator[tuple[Any, Any]]:
    for module in async_modules():
        twin_module = importlib.import_module(module.__name__.replace("._async.", "._sync."))
        for name, value in defined_in(module):
            yield value, getattr(twin_module, sync_name(name))


PAIRS = list(twin_pairs())


def pair_id(pair: tuple[Any, Any]) -> str:
    return f"{pair[0].__module__.rsplit('.', 1)[-1]}.{pair[0].__name__}"


def members(cls: type) -> dict[str, Any]:
    """The public members of `cls` (its own and inherited, dunders of the protocols included)."""
    found = {}
    for name in dir(cls):
        if (not name.startswith("_") or name in DUNDERS or name in DUNDERS.values()) and not (
            hasattr(object, name)
        ):
            found[sync_name(name)] = inspect.getattr_static(cls, name)
    return found


def function_of(member: Any) -> Callable[..., Any] | None:
    """The function behind a method, static method, property or cached property."""
    for attribute in ("fget", "func", "__func__"):
        member = getattr(member, attribute, member)
    return member if callable(member) else None


def synced(annotation: str) -> str:
    """An async annotation with the names the sync twin uses."""
    annotation = re.sub(r"\bAsync(?=[A-Z])", "", annotation)
    parts: list[str] = []
    for part in annotation.split(" | "):
        if part not in parts:
            parts.append(part)
    return " | ".join(parts)


def assert_same_signature(async_function: Any, sync_function: Any) -> None:
    async_signature = inspect.signature(async_function)
    sync_signature = inspect.signature(sync_function)
    assert list(async_signature.parameters) == list(sync_signature.parameters)
    for name, parameter in async_signature.parameters.items():
        twin = sync_signature.parameters[name]
        assert (parameter.kind, parameter.default) == (twin.kind, twin.default), name
        assert synced(str(parameter.annotation)) == str(twin.annotation), name
    assert synced(str(async_signature.return_annotation)) == str(sync_signature.return_annotation)
    assert async_function.__doc__ == sync_function.__doc__


def test_every_async_module_has_its_twin() -> None:
    twins = {info.name for info in pkgutil.iter_modules(altogic._async.__path__)}
    sync_package = importlib.import_module("altogic._sync")
    assert {info.name for info in pkgutil.iter_modules(sync_package.__path__)} == twins
    names = {value.__name__ for value, _ in PAIRS}
    assert {"AsyncAltogicClient", "AsyncClientSender", "AsyncSender", "AsyncTransport"} <= names


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_twins_have_the_same_members_signatures_and_docstrings(pair: tuple[Any, Any]) -> None:
    async_value, sync_value = pair
    assert async_value.__doc__ == sync_value.__doc__
    if inspect.isfunction(async_value):
        assert_same_signature(async_value, sync_value)
        return
    async_members, sync_members = members(async_value), members(sync_value)
    assert set(async_members) == set(sync_members)
    for name, member in async_members.items():
        twin = sync_members[name]
        assert type(member) is type(twin), name
        function = function_of(member)
        if function is not None and inspect.isfunction(function):
            assert_same_signature(function, function_of(twin))
            assert not inspect.iscoroutinefunction(function_of(twin)), name
        else:
            assert member == twin, name


PUBLIC_PAIRS = [
    (altogic.AsyncAltogicClient, altogic.AltogicClient),
    (altogic.create_async_client, altogic.create_client),
]
PUBLIC_PAIRS += [
    (getattr(module, f"Async{name}"), getattr(module, name))
    for module, names in [
        (altogic.auth, ["AuthManager"]),
        (altogic.cache, ["CacheManager"]),
        (altogic.db, ["DatabaseManager", "QueryBuilder", "DBObject", "ObjectIterator"]),
        (altogic.realtime, ["RealtimeManager"]),
        (
            altogic.storage,
            ["StorageManager", "BucketManager", "FileManager", "FileStream", "PageIterator"],
        ),
    ]
    for name in names
]


@pytest.mark.parametrize("pair", PUBLIC_PAIRS, ids=lambda pair: pair[1].__name__)
def test_the_public_pairs_are_twins_with_real_docstrings(pair: tuple[Any, Any]) -> None:
    async_value, sync_value = pair
    assert (async_value, sync_value) in PAIRS
    documented: list[Callable[..., Any]] = [async_value] if inspect.isfunction(async_value) else []
    if inspect.isclass(async_value):
        for name, member in members(async_value).items():
            function = function_of(member)
            if not name.startswith("_") and function is not None:
                documented.append(function)
    for function in documented:
        doc = inspect.getdoc(function) or ""
        assert doc and not doc.startswith("See "), function.__qualname__


def test_query_builders_return_themselves_typed_as_self() -> None:
    clients: list[Any] = [
        altogic.create_client("https://example.com", "key"),
        altogic.create_async_client("https://example.com", "key", http_client=httpx.AsyncClient()),
    ]
    for client in clients:
        model = client.db.model("users")
        chained = model.filter("a > 1").lookup({"field": "b"}).page(2).limit(5).sort("a")
        assert chained.omit("c").group(["d"]) is model
    for name in ("filter", "lookup", "page", "limit", "sort", "omit", "group"):
        method = getattr(altogic.db.BaseQueryBuilder, name)
        assert typing.get_type_hints(method)["return"] is typing.Self


def test_the_literals_are_the_generated_clients() -> None:
    for name in ("SortDirection", "FieldUpdateType", "ComputationType", "ComputationSort"):
        assert getattr(types, name) is getattr(altogic_api.models, name)
    assert types.JobStatus is altogic_api.models.JobStatus
    assert types.CacheDuration is altogic_api.models.CacheDuration
    assert altogic.auth.Provider is altogic_api.models.OAuthProvider


# ---------------------------------------------------------------- make check-generated
@pytest.fixture(scope="module")
def repository_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding what the generators read and write."""
    copy = tmp_path_factory.mktemp("repository")
    for folder in ("spec", "generator", "generated", "wrapper"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy)
    for command in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", *command], cwd=copy, check=True)
    commit = ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy"]
    subprocess.run(["git", *commit], cwd=copy, check=True)
    return copy


def check_generated(copy: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(copy / "generator" / "generate.py"), "--check"]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("edited", "old", "new", "drifted"),
    [
        (None, "", "", None),
        ("wrapper/altogic/_async/cache.py", "that do not", "that never", "_sync/cache.py"),
        ("wrapper/altogic/_sync/db.py", "QueryBuilder(", "QueryBuilders(", "_sync/db.py"),
        ("spec/altogic.yaml", "The size in bytes.", "Its size in bytes.", "altogic/types.py"),
    ],
    ids=["clean", "async-source", "sync-twin", "spec-schema"],
)
def test_check_generated_fails_when_a_twin_or_the_types_drift(
    repository_copy: Path, edited: str | None, old: str, new: str, drifted: str | None
) -> None:
    subprocess.run(["git", "checkout", "-q", "--", "."], cwd=repository_copy, check=True)
    if edited is not None:
        path = repository_copy / edited
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new))
        commit = ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "edit"]
        subprocess.run(["git", *commit], cwd=repository_copy, check=True)
    try:
        outcome = check_generated(repository_copy)
    finally:
        if edited is not None:
            subprocess.run(["git", "reset", "-q", "--hard", "HEAD~1"], cwd=repository_copy)
    if drifted is None:
        assert outcome.returncode == 0, outcome.stderr
    else:
        assert outcome.returncode != 0
        assert drifted in outcome.stderr
