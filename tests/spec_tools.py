"""Helpers for reading spec/altogic.yaml in tests."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "altogic.yaml"
CATALOGUE_PATH = Path(__file__).resolve().parent / "data" / "altogic_operations.csv"
VERBS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Operation:
    verb: str
    path: str
    spec: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    @property
    def label(self) -> str:
        return f"{self.verb.upper()} {self.path}"


@cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return spec


def operations() -> Iterator[Operation]:
    for path, item in load_spec()["paths"].items():
        for verb in VERBS:
            if verb in item:
                yield Operation(verb, path, item[verb])


def catalogue() -> list[dict[str, str]]:
    with CATALOGUE_PATH.open(newline="") as handle:
        return list(csv.DictReader(handle))


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (repeatedly) to the node it points at."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def described_error_codes(description: str) -> dict[int, set[str]]:
    """The codes an operation's description names in its `Error codes:` paragraph, by status:
    "`a`, `b` (401, why), `c` (409)" gives {401: {a, b}, 409: {c}}."""
    match = re.search(r"Error codes:(.*?)(?:\n\n|$)", description, re.S)
    table: dict[int, set[str]] = {}
    if match is None:
        return table
    pending: list[str] = []
    for token in re.finditer(r"`([a-z_]+)`|\((\d{3})[^)]*\)", match.group(1)):
        if token.group(1):
            pending.append(token.group(1))
        else:
            table.setdefault(int(token.group(2)), set()).update(pending)
            pending = []
    return table
