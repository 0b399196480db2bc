"""Quickstart, functions section: the app's own endpoints, a message queue and a scheduled task,
run by the local backend from `examples/functions_app/handlers.py`. `run(client)` takes a sync
client of a backend serving that app (`altogic-local serve --app examples/functions_app/app.yaml`;
the quickstart's embedded backend does)."""

from __future__ import annotations

from typing import Any

from altogic import AltogicClient


def show(label: str, value: Any) -> None:
    print(f"  {label}: {value}")


def run(client: AltogicClient) -> None:
    print("== functions")
    hello = client.endpoint.get("/hello", query={"name": "Ada"}, resolve_type="text")
    show("GET /hello?name=Ada", hello.data if hello.errors is None else hello.errors.codes)
    if hello.errors is not None:
        print("  (this backend does not serve examples/functions_app: the section stops here)")
        return
    created = client.endpoint.post("/todos", {"title": "write the report"})
    show("POST /todos", {"title": (created.data or {}).get("title"), "errors": created.errors})
    refused = client.endpoint.post("/todos", {})
    show("POST /todos without a title -> errors", refused.errors.codes if refused.errors else None)
    stats = client.endpoint.get("/stats", headers={"Authorization": "k-live-123"})
    show("GET /stats with the API key", stats.data)
    no_key = client.endpoint.get("/stats")
    show("GET /stats without it -> errors", no_key.errors.codes if no_key.errors else None)

    submitted = client.queue.submit_message("emails", {"to": "ada@example.com"})
    info = submitted.info
    show("queue.submit_message('emails') status", info["status"] if info else submitted.errors)
    if info is not None:
        done = client.queue.wait_for_message(info["messageId"], timeout=10)
        show("wait_for_message -> status", done.info["status"] if done.info else done.errors)
    show("the handler's cache write", client.cache.get("emails:last").data)
    bad = client.queue.submit_message("emails", {"to": "nobody"})
    if bad.info is not None:
        failed = client.queue.wait_for_message(bad.info["messageId"], timeout=10)
        show("a refused message's errors", failed.info["errors"] if failed.info else None)
    missing = client.queue.submit_message("no-such-queue", {})
    show("an unknown queue -> errors", missing.errors.codes if missing.errors else None)

    run_once = client.task.run_once("nightly")
    if run_once.info is not None:
        finished = client.task.wait_for_task(run_once.info["taskId"], timeout=10)
        show(
            "task.run_once('nightly') -> status",
            finished.info["status"] if finished.info else finished.errors,
        )
    show("nightly runs so far", client.cache.get("nightly:runs").data)
