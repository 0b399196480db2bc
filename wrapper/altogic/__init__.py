"""Python client for Altogic backend apps.

    from altogic import create_client

    client = create_client("https://<env>.c1-na.altogic.com", "<client key>")
    data, errors = client.cache.get("greeting")

Every call returns a `Result(data, errors)`; see `altogic.result`.
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING

from ._settings import RealtimeOptions
from .client import AltogicClient, AsyncAltogicClient, create_async_client, create_client
from .errors import AltogicError, ClientError
from .expressions import literal
from .result import (
    APIError,
    AuthResult,
    ErrorEntry,
    KeysResult,
    MessageResult,
    Result,
    SessionsResult,
    TaskResult,
    UserResult,
    VoidResult,
)
from .session import AsyncSessionStorage, FileStorage, MemoryStorage, SessionStorage

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        # `altogic.types` imports the generated client's models, which are slow to import: it
        # is imported on first use (`from altogic.types import User`, or `altogic.types`).
        if name == "types":
            return importlib.import_module(".types", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIError",
    "AltogicClient",
    "AltogicError",
    "AsyncAltogicClient",
    "AsyncSessionStorage",
    "AuthResult",
    "ClientError",
    "ErrorEntry",
    "FileStorage",
    "KeysResult",
    "MemoryStorage",
    "MessageResult",
    "RealtimeOptions",
    "Result",
    "SessionStorage",
    "SessionsResult",
    "TaskResult",
    "UserResult",
    "VoidResult",
    "create_async_client",
    "create_client",
    "literal",
]
