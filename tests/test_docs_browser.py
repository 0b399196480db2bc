"""`/docs` in a real (headless) Chromium: Swagger UI comes from files the package ships (no
network needed), and the page lists every operation of the spec."""

from __future__ import annotations

from typing import Any

from altogic_local.runner import LocalServer
from altogic_local.spec import operation_specs

from .browser import pytestmark  # noqa: F401  (needs Chromium)


def test_the_docs_page_lists_every_operation_offline(chromium: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with LocalServer() as server:
        chromium.get(server.url + "/docs")
        scripts = [s.get_attribute("src") for s in chromium.find_elements(By.TAG_NAME, "script")]
        assert scripts and all(src.startswith(server.url) for src in scripts if src)
        expected = len(operation_specs())
        WebDriverWait(chromium, 30).until(
            lambda driver: len(driver.find_elements(By.CSS_SELECTOR, ".opblock")) >= expected
        )
        blocks = chromium.find_elements(By.CSS_SELECTOR, ".opblock")
        shown = {
            (
                block.find_element(By.CSS_SELECTOR, ".opblock-summary-method").text.lower(),
                block.find_element(By.CSS_SELECTOR, ".opblock-summary-path").text.replace(
                    "\u200b", ""
                ),
            )
            for block in blocks
        }
        assert shown == {(spec.verb.lower(), spec.path) for spec in operation_specs().values()}
        errors = chromium.find_elements(By.CSS_SELECTOR, ".errors-wrapper")
        assert not errors, [error.text for error in errors]
