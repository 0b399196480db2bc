"""Quickstart, realtime section: two clients chatting on a channel, with presence (who joined,
their profiles, who left). `run(client, env_url, client_key)` takes a sync client and makes the
second one itself.

The sync client's callbacks run on its realtime manager's background threads, not the caller's:
here they only put what they receive on a `queue.Queue`, which the main thread reads.
"""

from __future__ import annotations

import queue
from typing import Any

from altogic import AltogicClient, create_client

WAIT = 10.0  # seconds: a bound on each wait, not a measured duration


def show(label: str, value: Any) -> None:
    print(f"  {label}: {value}")


def next_event(inbox: queue.Queue[tuple[str, Any]], wanted: str) -> Any:
    """The payload of the next `wanted` event in `inbox` (others are skipped), or None."""
    try:
        while True:
            event, payload = inbox.get(timeout=WAIT)
            if event == wanted:
                return payload
    except queue.Empty:
        return None


def run(client: AltogicClient, env_url: str, client_key: str) -> None:
    print("== realtime")
    ada = client.realtime
    ada_inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
    ada.on_join(lambda event: ada_inbox.put(("join", event)))
    ada.on_leave(lambda event: ada_inbox.put(("leave", event)))
    ada.on("chat", lambda event: ada_inbox.put(("chat", event)))
    ada.update_profile({"name": "Ada"})
    ada.join("lobby", echo=False)  # echo=False: Ada is not told of her own join
    opened = ada.open()
    show("ada: open()", opened.to_dict())
    if opened.errors is not None:
        print("  (no realtime server at this env URL: the section stops here)")
        return

    with create_client(env_url, client_key, realtime={"echo_messages": False}) as second:
        bob = second.realtime
        bob_inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        bob.on("chat", lambda event: bob_inbox.put(("chat", event)))
        bob.on_disconnect(lambda reason: print(f"  bob: disconnected ({reason})"))
        bob.update_profile({"name": "Bob"})
        bob.join("lobby")
        joined = next_event(ada_inbox, "join")
        show("ada sees a member join", joined["message"]["data"] if joined else None)
        members = ada.get_members("lobby").data or []
        show("get_members('lobby')", sorted(member["data"]["name"] for member in members))

        # Each call's echo says whether the sender hears its own message (by default it does:
        # the `echo_messages` option); Bob sets it on his connection's handshake instead.
        ada.send("lobby", "chat", {"from": "Ada", "text": "Hi Bob!"}, echo=False)
        heard = next_event(bob_inbox, "chat")
        show("bob hears", heard)
        bob.send("lobby", "chat", {"from": "Bob", "text": "Hello Ada!"})
        heard = next_event(ada_inbox, "chat")
        show("ada hears", heard["message"] if heard else None)
        bob.broadcast("chat", {"from": "Bob", "text": "to every connection"})
        heard = next_event(ada_inbox, "chat")
        show("ada hears a broadcast (channel None)", heard)
    left = next_event(ada_inbox, "leave")  # closing Bob's client closed his connection
    show("ada sees a member leave", left["message"]["data"] if left else None)
