"""Export and import: a backend's state as a folder of JSON files (`altogic-local export`,
`serve --import` / `--export-on-exit`, `POST /_emulator/export` and `/_emulator/import`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from altogic_local.testing import EmulatorError, TestBackend

from .auth_helpers import FAST_HASHING
from .processes import server_process

CONFIG: dict[str, Any] = {
    "auth": {"passwordHashing": FAST_HASHING.model_dump(by_alias=True)},
    "database": {"models": {"books": {"fields": {"title": {"type": "text", "searchable": True}}}}},
}
ADA = "ada@example.com"
PASSWORD = "secret-123"


def _fill(backend: TestBackend) -> list[dict[str, Any]]:
    client = backend.client()
    client.auth.sign_up_with_email(ADA, PASSWORD).unwrap()
    client.auth.get_auth_grant(backend.outbox.latest(to=ADA).access_token).unwrap()
    books = client.db.model("books").create(
        [{"title": "Dune", "year": 1965}, {"title": "Emma", "year": 1815}]
    )
    client.db.model("notes").create({"text": "a note"}).unwrap()
    client.cache.set("greeting", {"hello": "world"}).unwrap()
    client.cache.set("short-lived", 1, ttl=3600).unwrap()
    created: list[dict[str, Any]] = books.unwrap()
    return created


def _check(backend: TestBackend, books: list[dict[str, Any]]) -> None:
    client = backend.client()
    assert client.auth.sign_in_with_email(ADA, PASSWORD).errors is None
    assert client.db.model("books").get().unwrap() == books
    found = client.db.model("books").search_text("dune").unwrap()
    assert [book["_id"] for book in found] == [books[0]["_id"]]
    assert [note["text"] for note in client.db.model("notes").get().unwrap()] == ["a note"]
    assert client.cache.get("greeting").data == {"hello": "world"}
    assert client.cache.get("short-lived").data == {"value": 1}


def test_an_export_imported_elsewhere_gives_the_same_users_objects_and_keys(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "seed"
    with TestBackend(CONFIG) as source:
        books = _fill(source)
        assert source.export(folder) == ["cache", "auth", "database", "storage", "functions"]
    files = sorted(path.name for path in folder.iterdir())
    assert files == [
        "altogic-local.json",
        "auth.json",
        "cache.json",
        "database.json",
        "functions.json",
        "storage.json",
    ]
    for path in folder.iterdir():
        json.loads(path.read_text())  # JSON, nothing else
    assert "session" not in (folder / "auth.json").read_text()
    with TestBackend(CONFIG, socket=True) as target:
        target.client().cache.set("stale", 1).unwrap()
        assert target.import_(folder) == ["cache", "auth", "database", "storage", "functions"]
        _check(target, books)
        assert target.client().cache.get("stale").data is None  # replaced, not merged
        assert target.outbox.messages() == []


def test_a_folder_without_an_export_is_refused_and_leaves_the_backend_empty(
    tmp_path: Path,
) -> None:
    with TestBackend(CONFIG) as backend:
        backend.client().cache.set("k", 1).unwrap()
        with pytest.raises(EmulatorError, match=r"400.*import_failed.*no altogic-local\.json"):
            backend.import_(tmp_path)
        (tmp_path / "altogic-local.json").write_text('{"format": 1, "modules": ["database"]}')
        (tmp_path / "database.json").write_text('{"models": {"books": [{"title": "no id"}]}}')
        with pytest.raises(EmulatorError, match=r"import_failed.*not a list of objects"):
            backend.import_(tmp_path)
        assert backend.client().db.model("books").get().unwrap() == []
        http = backend.http()
        answer = http.post("/_emulator/export", json={"path": "/proc/no-such/folder"})
        assert answer.status_code == 400
        assert answer.json()["errors"][0]["code"] == "export_failed"
        answer = http.post("/_emulator/import", json={"path": "relative/path"})
        assert answer.status_code == 400
        assert answer.json()["errors"][0]["code"] == "validation_error"


def test_serve_imports_at_start_and_exports_on_exit(tmp_path: Path) -> None:
    seed, after = tmp_path / "seed", tmp_path / "after"
    with TestBackend(CONFIG) as source:
        books = _fill(source)
        source.export(seed)
    app_file = tmp_path / "app.yaml"
    app_file.write_text(json.dumps(CONFIG))
    options = ("--import", str(seed), "--export-on-exit", str(after))
    with server_process(*options, app_file=app_file) as url:
        listed = httpx.post(
            url + "/_api/rest/v1/db/get-list",
            json={"model": "books"},
            headers={"X-Client-Key": "k"},
        )
        assert listed.status_code == 200, listed.text
        assert listed.json() == books
    assert json.loads((after / "database.json").read_text())["models"]["books"] == books


def test_serve_refuses_a_folder_without_an_export_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "altogic_local.cli", "serve", "--memory"]
    done = subprocess.run([*command, "--import", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: {tmp_path} holds no export (no altogic-local.json): see `altogic-local export`"
    ]


def test_the_cli_exports_a_data_folder_and_a_running_backend(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with TestBackend(CONFIG, data_dir=data) as backend:
        books = _fill(backend)
    app_file = tmp_path / "app.yaml"
    app_file.write_text(json.dumps(CONFIG))
    command = [sys.executable, "-m", "altogic_local.cli", "export"]
    offline = tmp_path / "offline"
    done = subprocess.run(
        [*command, str(offline), "--data", str(data), "--app", str(app_file)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    modules = "cache, auth, database, storage, functions"
    assert done.stdout.strip() == f"Exported {modules} to {offline.resolve()}"
    assert json.loads((offline / "database.json").read_text())["models"]["books"] == books
    with server_process(app_file=app_file, data_dir=data) as url:
        online = tmp_path / "online"
        done = subprocess.run([*command, str(online), "--url", url], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert json.loads((online / "database.json").read_text())["models"]["books"] == books
