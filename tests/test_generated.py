"""The generated client and models cover the spec, and drift from the spec is detected."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import altogic_models
import pytest
from openapi_python_client.strings import snake_case

from .spec_tools import ROOT, Operation, load_spec, operations, resolve


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_each_operation_has_a_generated_function(op: Operation) -> None:
    tag = snake_case(op.spec["tags"][0])
    module = importlib.import_module(f"altogic_api.api.{tag}.{snake_case(op.operation_id)}")
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
        assert callable(getattr(module, function)), f"{module.__name__}.{function}"
    kwargs = module._get_kwargs.__code__.co_varnames
    for parameter in op.spec.get("parameters", []):
        name = snake_case(resolve(parameter)["name"])
        assert name in kwargs, f"{op.operation_id}: parameter {name} was dropped by the generator"


def test_each_tag_has_its_operations() -> None:
    by_tag: dict[str, set[str]] = {}
    for op in operations():
        by_tag.setdefault(snake_case(op.spec["tags"][0]), set()).add(snake_case(op.operation_id))
    for tag, expected in by_tag.items():
        package = Path(importlib.import_module(f"altogic_api.api.{tag}").__file__ or "").parent
        generated = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
        assert generated == expected, tag


def test_every_schema_has_a_server_model() -> None:
    for name, schema in load_spec()["components"]["schemas"].items():
        if schema.get("type") == "object" and "properties" in schema:
            assert hasattr(altogic_models, name), f"altogic_models lacks {name}"


def test_server_models_reject_what_the_spec_forbids() -> None:
    model = altogic_models.CacheSetRequest
    model.model_validate({"key": "k", "value": {"a": 1}, "ttl": 5})
    model.model_validate({"key": "k", "value": None, "ttl": 5.0})  # an integral float is an integer
    for bad in (
        {"key": "", "value": 1},
        {"key": "k"},
        {"key": "k", "value": 1, "ttl": True},
        {"key": "k", "value": 1, "ttl": "5"},
        {"key": "k", "value": 1, "ttl": 1.5},
        {"key": "k", "value": 1, "ttl": None},
        {"key": "k", "value": 1, "extra": 1},
    ):
        with pytest.raises(ValueError):
            model.model_validate(bad)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_check_generated_passes_then_fails_after_a_spec_edit(tmp_path: Path) -> None:
    for folder in ("spec", "generator", "generated"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "copy")
    check = [sys.executable, str(tmp_path / "generator" / "generate.py"), "--check"]

    clean = subprocess.run(check, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr

    spec = tmp_path / "spec" / "altogic.yaml"
    spec.write_text(
        spec.read_text().replace("operationId: cacheGetStats", "operationId: cacheStatistics")
    )
    drifted = subprocess.run(check, capture_output=True, text=True)
    assert drifted.returncode != 0
    assert "cache_statistics.py" in drifted.stderr
