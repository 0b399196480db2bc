"""The example app's handlers: a to-do list on the database, a counter in the cache."""

from typing import Any

from altogic import AltogicClient, AsyncAltogicClient
from altogic_local.functions import (
    FunctionError,
    FunctionRequest,
    QueueRequest,
    Response,
    TaskRequest,
    endpoint,
    queue,
    task,
)


@endpoint("POST", "/todos")
async def add_todo(req: FunctionRequest, ctx: AsyncAltogicClient) -> Any:
    """Add a to-do: `{"title": "..."}`."""
    title = (req.body or {}).get("title") if isinstance(req.body, dict) else None
    if not isinstance(title, str) or not title:
        raise FunctionError(400, "title_required", "A to-do needs a title.")
    created = await ctx.db.model("todos").create({"title": title, "done": False})
    if created.errors:
        raise FunctionError(400, "not_created", str(created.errors))
    await ctx.cache.increment("todos:created")
    return Response(created.data, status=201)


@endpoint("GET", "/todos/{id}")
def get_todo(req: FunctionRequest, ctx: AltogicClient) -> Any:
    """One to-do, by id (a sync handler: it runs in the thread pool with the sync client)."""
    found = ctx.db.model("todos").object(req.ids["id"]).get()
    if found.data is None:
        raise FunctionError(404, "todo_not_found", f"No to-do {req.ids['id']}.")
    return found.data


@endpoint("GET", "/hello")
def hello(req: FunctionRequest, ctx: AltogicClient) -> str:
    """A greeting, as text: `?name=Ada`."""
    return f"{req.app_params['greeting']}, {req.query.get('name', 'world')}!"


@endpoint("GET", "/stats", api_key=True)
async def stats(req: FunctionRequest, ctx: AsyncAltogicClient) -> dict[str, Any]:
    """How many to-dos were created (needs the API key)."""
    counted, _ = await ctx.cache.get("todos:created")
    return {"created": counted.get("value", 0) if isinstance(counted, dict) else 0}


@endpoint("GET", "/me", session=True)
def me(req: FunctionRequest, ctx: AltogicClient) -> dict[str, Any]:
    """The caller's user id (needs a session, so `req.session` is set)."""
    assert req.session is not None
    return {"userId": req.session["userId"]}


@queue("emails", concurrency=2)
def send_email(req: QueueRequest, ctx: AltogicClient) -> None:
    """Send a welcome mail (here: count it, and remember the last address) - `req.body` is the
    submitted message, `{"to": "..."}`."""
    to = req.body.get("to")
    if not isinstance(to, str) or "@" not in to:
        raise FunctionError(400, "bad_address", f"Cannot send to {to!r}.")
    ctx.cache.increment("emails:sent")
    ctx.cache.set("emails:last", {"to": to})


@task("nightly", every="5 minutes")
async def nightly(req: TaskRequest, ctx: AsyncAltogicClient) -> None:
    """Tidy up: delete the to-dos that are done (every 5 minutes, or `client.task.run_once`)."""
    await ctx.db.model("todos").filter("done == true").delete()
    await ctx.cache.increment("nightly:runs")
