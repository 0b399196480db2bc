"""Quickstart: an Altogic client against a local backend.

    python examples/quickstart.py                   # starts an embedded backend for the demo
    python examples/quickstart.py --env-url URL --client-key KEY   # or use a running one

Each section shows one module; every call returns `Result(data, errors)`.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

import quickstart_auth
import quickstart_database
import quickstart_functions
import quickstart_realtime
import quickstart_storage
from altogic import AltogicClient, create_client

FUNCTIONS_APP = Path(__file__).parent / "functions_app" / "app.yaml"
"""The embedded backend serves this app's endpoints, queue and task (the functions section)."""


def show(label: str, value: object) -> None:
    print(f"  {label:<34} {value}")


def cache_section(client: AltogicClient) -> None:
    print("== cache")
    show("set('greeting', 'Hello world!')", client.cache.set("greeting", "Hello world!").to_dict())
    show("get('greeting')", client.cache.get("greeting").to_dict())
    client.cache.set("profile:1", {"name": "Ada", "langs": ["en", "fr"]}, ttl=3600)
    show("get('profile:1')", client.cache.get("profile:1").data)
    show("get('nothing-here')", client.cache.get("nothing-here").to_dict())
    client.cache.increment("visits")
    show("increment('visits', 5)", client.cache.increment("visits", 5).data)
    show("decrement('visits')", client.cache.decrement("visits").data)
    _, errors = client.cache.increment("greeting")
    show("increment('greeting') -> errors", errors.codes if errors else None)
    page = client.cache.list_keys("p*")
    show("list_keys('p*')", page.to_dict())
    client.cache.delete(["greeting", "visits"])
    stats = client.cache.get_stats().data
    show("get_stats() totalKeys", stats["totalKeys"] if stats else None)


@contextlib.contextmanager
def backend(env_url: str | None) -> Iterator[str]:
    """The given env URL, or an embedded local backend started for the demo."""
    if env_url:
        yield env_url
        return
    from altogic_local.runner import LocalServer

    with LocalServer(app_file=FUNCTIONS_APP) as server:
        print(f"embedded local backend at {server.url}\n")
        yield server.url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-url", help="an Altogic env URL (default: embedded local backend)")
    parser.add_argument("--client-key", default="quickstart-client-key")
    args = parser.parse_args()
    with backend(args.env_url) as env_url, create_client(env_url, args.client_key) as client:
        cache_section(client)
        print()
        quickstart_auth.run(client)
        print()
        quickstart_database.run(client)
        print()
        quickstart_storage.run(client)
        print()
        quickstart_functions.run(client)
        print()
        quickstart_realtime.run(client, env_url, args.client_key)


if __name__ == "__main__":
    main()
