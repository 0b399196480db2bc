"""What the in-process fuzz test and `make fuzz` share: the fuzzed app and its settings."""

from __future__ import annotations

from pathlib import Path

from altogic_local.app import create_app
from altogic_local.config import AppConfig, ClientKey
from altogic_local.spec import spec_operations
from fastapi import FastAPI

ROOT = Path(__file__).resolve().parent.parent
SCHEMATHESIS_CONFIG = ROOT / "schemathesis.toml"
FUZZ_CLIENT_KEY = "fuzz-client-key"  # also in schemathesis.toml


def fuzz_app() -> FastAPI:
    """The backend as fuzzed: client keys are declared, so an unknown key is refused (the fuzzer
    checks that auth is enforced)."""
    return create_app(AppConfig(client_keys=(ClientKey(key=FUZZ_CLIENT_KEY),)))


def not_implemented(app: FastAPI) -> list[str]:
    """The spec's operations that the backend does not implement yet (left out of fuzzing)."""
    every = {operation["operationId"] for _, _, operation in spec_operations()}
    return sorted(every - app.state.implemented_operations)
