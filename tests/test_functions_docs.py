"""The served spec (`/openapi.yaml`, `/openapi.json`) and `/docs` show the app's endpoints beside
Altogic's operations, which stay as written."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from altogic_local.functions.openapi import APP_TAG
from altogic_local.runner import LocalServer
from altogic_local.spec import spec, spec_text
from altogic_local.testing import TestBackend
from openapi_spec_validator import validate

from .browser import pytestmark as needs_chromium

HANDLERS = '''
from altogic_local.functions import endpoint


@endpoint("GET", "/todos/{id}", session=True)
async def get_todo(req, ctx):
    """Read one to-do.

    Answers the to-do with this id, or 404 todo_not_found.
    """
    return {"id": req.ids["id"]}


@endpoint("POST", "/todos")
def add_todo(req, ctx):
    """Add a to-do."""
    return req.body


@endpoint("GET", "/reports/{year}/{month}", api_key=True, access_groups=["admin"])
def report(req, ctx):
    return {}


@endpoint("DELETE", "/old", enabled=False)
def old(req, ctx):
    """Gone."""
'''


@pytest.fixture(scope="module")
def app_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs-app")
    (folder / "handlers.py").write_text(HANDLERS)
    (folder / "app.yaml").write_text("functions: handlers.py\n")
    return folder / "app.yaml"


@pytest.fixture(scope="module")
def served(app_file: Path) -> Any:
    with TestBackend({"functions": str(app_file.parent / "handlers.py")}) as backend:
        with backend.http() as http:
            answer = http.get("/openapi.yaml")
            assert answer.status_code == 200
            assert answer.headers["content-type"].startswith("application/yaml")
            as_json = http.get("/openapi.json").json()
        document = yaml.safe_load(answer.text)
        assert as_json == document
        yield document


def test_the_app_endpoints_are_in_the_served_spec(served: dict[str, Any]) -> None:
    get_todo = served["paths"]["/todos/{id}"]["get"]
    assert get_todo["tags"] == [APP_TAG]
    assert get_todo["summary"] == "Read one to-do."
    assert "Answers the to-do with this id" in get_todo["description"]
    assert "get_todo" in get_todo["description"] and "handlers.py:" in get_todo["description"]
    assert get_todo["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert get_todo["security"] == [{"clientKey": [], "session": []}]
    assert get_todo["responses"]["401"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }
    assert "requestBody" not in get_todo

    add_todo = served["paths"]["/todos"]["post"]
    assert add_todo["summary"] == "Add a to-do." and "parameters" not in add_todo
    assert add_todo["security"] == [{"clientKey": []}, {"clientKey": [], "session": []}]
    assert "application/json" in add_todo["requestBody"]["content"]

    report = served["paths"]["/reports/{year}/{month}"]["get"]
    assert report["summary"] == "GET /reports/{year}/{month}"  # no docstring
    assert [p["name"] for p in report["parameters"]] == ["year", "month"]
    assert report["security"] == [{"clientKey": [], "apiKey": [], "session": []}]
    assert "`admin`" in report["description"] and "API key" in report["description"]
    assert set(report["responses"]) >= {"200", "401", "403", "default"}

    old = served["paths"]["/old"]["delete"]
    assert "Disabled" in old["description"] and "404" in old["responses"]

    ids = [
        operation["operationId"]
        for item in served["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
    ]
    assert len(ids) == len(set(ids))
    assert any(tag["name"] == APP_TAG for tag in served["tags"])


def test_the_served_spec_is_valid_and_keeps_altogic_operations(served: dict[str, Any]) -> None:
    validate(served)
    original = spec()
    for path, item in original["paths"].items():
        assert served["paths"][path] == item, path
    assert served["components"] == original["components"]
    assert served["tags"][: len(original["tags"])] == original["tags"]
    assert {k: v for k, v in served.items() if k not in ("paths", "tags")} == {
        k: v for k, v in original.items() if k not in ("paths", "tags")
    }
    assert set(served["paths"]) - set(original["paths"]) == {
        "/todos/{id}",
        "/todos",
        "/reports/{year}/{month}",
        "/old",
    }


def test_without_functions_the_spec_is_served_as_written(tmp_path: Path) -> None:
    with TestBackend() as backend, backend.http() as http:
        assert http.get("/openapi.yaml").text == spec_text()
        assert http.get("/openapi.json").json() == spec()
    # A handler file with no endpoints (only queues, say) changes nothing either.
    (tmp_path / "handlers.py").write_text(
        textwrap.dedent(
            """
            from altogic_local.functions import queue

            @queue("emails")
            def send(req, ctx):
                pass
            """
        )
    )
    with (
        TestBackend({"functions": str(tmp_path / "handlers.py")}) as backend,
        backend.http() as http,
    ):
        assert http.get("/openapi.yaml").text == spec_text()


@needs_chromium
def test_the_docs_page_shows_the_app_endpoints(chromium: Any, app_file: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with LocalServer(app_file=app_file) as server:
        chromium.get(server.url + "/docs")

        def app_blocks(driver: Any) -> list[Any]:
            return [
                block
                for block in driver.find_elements(By.CSS_SELECTOR, ".opblock")
                if "/todos"
                in block.find_element(By.CSS_SELECTOR, ".opblock-summary-path").text.replace(
                    "\u200b", ""
                )
            ]

        WebDriverWait(chromium, 30).until(lambda driver: len(app_blocks(driver)) >= 2)
        shown = {
            (
                block.find_element(By.CSS_SELECTOR, ".opblock-summary-method").text.lower(),
                block.find_element(By.CSS_SELECTOR, ".opblock-summary-path").text.replace(
                    "\u200b", ""
                ),
            )
            for block in app_blocks(chromium)
        }
        assert shown == {("get", "/todos/{id}"), ("post", "/todos")}
        page = chromium.find_element(By.TAG_NAME, "body").text
        assert APP_TAG in page and "Read one to-do." in page
        errors = chromium.find_elements(By.CSS_SELECTOR, ".errors-wrapper")
        assert not errors, [error.text for error in errors]
