"""The realtime server (socket.io at /socket.io/): channels, broadcast, echo, presence,
get-members, user events, refused handshakes, bad input and the rate limit, with python-socketio
clients against a backend on a real socket."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from altogic_local.config import AppConfig, AuthSettings, ClientKey, RealtimeSettings
from altogic_local.testing import TestBackend

from .auth_helpers import FAST_HASHING, browser_for
from .realtime_peers import CLIENT_KEY, Peer, members, wait_for_members

pytestmark = [pytest.mark.anyio, pytest.mark.altogic_socket]

PeerFactory = Callable[..., Awaitable[Peer]]
PASSWORD = "correct horse"


@pytest.fixture
def altogic_config() -> AppConfig:
    return AppConfig(
        auth=AuthSettings(password_hashing=FAST_HASHING, email_confirmation=False),
        # Short pings: a long-polling python-socketio client takes a ping interval to close.
        realtime=RealtimeSettings(max_message_size=4096, ping_interval=1, ping_timeout=3),
    )


@pytest.fixture
async def peer(altogic_backend: TestBackend) -> AsyncIterator[PeerFactory]:
    """Connect peers (`await peer(echo=False, ...)`); all are closed after the test."""
    made: list[Peer] = []

    async def connect(**options: Any) -> Peer:
        new = Peer(altogic_backend.url, **options)
        made.append(new)
        return await new.connect()

    yield connect
    for each in made:
        await each.close()


def api(backend: TestBackend, session: str | None = None) -> httpx.AsyncClient:
    headers = {"X-Client-Key": CLIENT_KEY}
    if session is not None:
        headers["Session"] = session
    return httpx.AsyncClient(base_url=backend.url + "/_api/rest/v1", headers=headers)


async def test_channel_messages_reach_its_members_only(peer: PeerFactory) -> None:
    a, b, outsider = await peer(), await peer(), await peer()
    await a.join("room")
    await b.join("room")
    await a.send("room", "chat", {"text": "hi"})
    assert await b.next("chat") == {"channel": "room", "message": {"text": "hi"}}
    assert await a.next("chat") == {"channel": "room", "message": {"text": "hi"}}  # echo default
    await outsider.nothing("chat")


async def test_a_non_member_may_send_to_a_channel(peer: PeerFactory) -> None:
    member, sender = await peer(), await peer()
    await member.join("news")
    await sender.send("news", "headline", "extra")
    assert await member.next("headline") == {"channel": "news", "message": "extra"}
    await sender.nothing("headline")


async def test_broadcast_reaches_every_socket(peer: PeerFactory) -> None:
    a, b, c = await peer(), await peer(), await peer()
    await b.join("somewhere")
    await a.send(None, "announcement", [1, 2, 3])
    for each in (a, b, c):
        assert await each.next("announcement") == {"channel": None, "message": [1, 2, 3]}


async def test_echo_follows_the_connection_then_the_call(peer: PeerFactory) -> None:
    quiet, loud = await peer(echo=False), await peer(echo=True)
    await quiet.join("room")
    await loud.join("room")
    await quiet.send("room", "m", 1)  # connection default: no echo
    await loud.send("room", "m", 2, echo=False)  # per call: no echo
    await quiet.send("room", "m", 3, echo=True)  # per call: echo
    # Each socket's messages keep their order; the two sockets' are not ordered between them.
    assert [await loud.next("m") for _ in range(2)] == [
        {"channel": "room", "message": 1},
        {"channel": "room", "message": 3},
    ]
    received = [await quiet.next("m") for _ in range(2)]
    assert sorted(item["message"] for item in received) == [2, 3]
    await quiet.nothing("m")
    await loud.nothing("m")


async def test_an_omitted_echo_flag_means_echo(peer: PeerFactory) -> None:
    default = await peer(echo=None)
    await default.send(None, "ping", "x")
    assert await default.next("ping") == {"channel": None, "message": "x"}


async def test_presence_events_and_members(peer: PeerFactory, altogic_backend: TestBackend) -> None:
    url = altogic_backend.url
    assert await members(url, "lobby") == []
    a, b = await peer(), await peer(echo=False)
    await a.join("lobby", echo=False)
    await b.join("lobby")
    assert await a.next("channel:join") == {
        "channel": "lobby",
        "message": {"id": b.sid, "data": None},
    }
    await b.nothing("channel:join")  # echo off: not told of its own join

    await b.emit("join", {"channel": "lobby"})  # twice: a no-op
    await a.nothing("channel:join")

    await b.emit("update", {"data": {"name": "Bob"}})
    assert await a.next("channel:update") == {
        "channel": "lobby",
        "message": {"id": b.sid, "data": {"name": "Bob"}},
    }
    await b.nothing("channel:update")
    assert await members(url, "lobby") == [
        {"id": a.sid, "data": None},
        {"id": b.sid, "data": {"name": "Bob"}},
    ]

    await b.emit("leave", {"channel": "lobby", "echo": True})
    leave = {"channel": "lobby", "message": {"id": b.sid, "data": {"name": "Bob"}}}
    assert await a.next("channel:leave") == leave
    assert await b.next("channel:leave") == leave  # echo asked for on this call
    assert await members(url, "lobby") == [{"id": a.sid, "data": None}]
    await b.emit("leave", {"channel": "lobby"})  # not a member: a no-op
    await a.nothing("channel:leave")


async def test_a_profile_is_shared_by_all_the_sockets_channels(peer: PeerFactory) -> None:
    watcher, member = await peer(), await peer()
    for channel in ("x", "y"):
        await watcher.join(channel)
        await member.join(channel)
    watcher.pending("channel:join")
    await member.emit("update", {"data": "busy", "echo": True})
    updates = [await member.next("channel:update") for _ in range(2)]
    assert sorted(update["channel"] for update in updates) == ["x", "y"]
    assert all(update["message"] == {"id": member.sid, "data": "busy"} for update in updates)
    assert sorted([(await watcher.next("channel:update"))["channel"] for _ in range(2)]) == [
        "x",
        "y",
    ]


async def test_a_profile_set_before_joining_shows_on_join(peer: PeerFactory) -> None:
    a, b = await peer(), await peer()
    await a.join("room", echo=False)
    await b.emit("update", {"data": {"name": "Bob"}})
    await b.join("room")
    joined = await a.next("channel:join")
    assert joined["message"] == {"id": b.sid, "data": {"name": "Bob"}}


async def test_disconnect_leaves_every_channel(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    a, b = await peer(), await peer()
    for channel in ("x", "y"):
        await a.join(channel)
        await b.join(channel)
    a.pending("channel:join")
    b_sid = b.sid
    await b.close()
    leaves = [await a.next("channel:leave") for _ in range(2)]
    assert sorted(leave["channel"] for leave in leaves) == ["x", "y"]
    assert all(leave["message"] == {"id": b_sid, "data": None} for leave in leaves)
    for channel in ("x", "y"):
        assert await members(altogic_backend.url, channel) == [{"id": a.sid, "data": None}]


async def test_fifty_clients_on_one_channel(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    crowd: list[Peer] = []
    for _ in range(5):  # ten connections at a time: a loaded machine accepts them all in time
        crowd += await asyncio.gather(*(peer(echo=False) for _ in range(10)))
    for each in crowd:
        await each.emit("join", {"channel": "stadium"})
    await wait_for_members(altogic_backend.url, "stadium", lambda ids: len(ids) == 50)
    await crowd[0].send("stadium", "goal", {"minute": 90})
    received = await asyncio.gather(*(each.next("goal") for each in crowd[1:]))
    assert received == [{"channel": "stadium", "message": {"minute": 90}}] * 49
    await crowd[0].nothing("goal")
    assert {m["id"] for m in await members(altogic_backend.url, "stadium")} == {
        each.sid for each in crowd
    }


async def test_long_polling_and_any_host_header(peer: PeerFactory) -> None:
    polling = await peer(transport="polling", echo=False)
    elsewhere = await peer(headers={"Host": "realtime.app.localhost"}, echo=False)
    await polling.join("room")
    await elsewhere.join("room")
    await elsewhere.send("room", "hello", "from ws")
    assert await polling.next("hello") == {"channel": "room", "message": "from ws"}
    await polling.send("room", "hello", "from polling")
    assert await elsewhere.next("hello") == {"channel": "room", "message": "from polling"}


async def test_binary_messages(peer: PeerFactory) -> None:
    a, b = await peer(), await peer()
    await a.join("files")
    await b.send("files", "blob", b"\x00\x01\xff")
    assert await a.next("blob") == {"channel": "files", "message": b"\x00\x01\xff"}


# ---------------------------------------------------------------------- user events
async def _sign_in(backend: TestBackend, email: str) -> dict[str, Any]:
    async with api(backend) as http:
        answer = await http.post("/auth/signin-email", json={"email": email, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    session: dict[str, Any] = answer.json()["session"]
    return session


async def test_user_events(peer: PeerFactory, altogic_backend: TestBackend) -> None:
    email = "ada@example.com"
    async with api(altogic_backend) as http:
        signed_up = await http.post(
            "/auth/signup-email", json={"email": email, "password": PASSWORD}
        )
        assert signed_up.status_code == 200, signed_up.text
        other = await http.post(
            "/auth/signup-email", json={"email": "bob@example.com", "password": PASSWORD}
        )
    first = signed_up.json()["session"]
    user_id = signed_up.json()["user"]["_id"]
    ada = await peer(session=first["token"])
    ada_too = await peer(session=first["token"], transport="polling")
    bob = await peer(session=other.json()["session"]["token"])
    anonymous = await peer()

    second = await _sign_in(altogic_backend, email)
    for each in (ada, ada_too):
        name, session, user = await each.next("user:signin")
        assert name == "user:signin"
        assert session == second
        assert user["_id"] == user_id and user["email"] == email

    async with api(altogic_backend, first["token"]) as http:
        assert (
            await http.post("/auth/signout", json={"token": second["token"]})
        ).status_code == 200
        name, session, user = await ada.next("user:signout")
        assert (name, session["token"], user["_id"]) == ("user:signout", second["token"], user_id)

        third, fourth = (
            await _sign_in(altogic_backend, email),
            await _sign_in(altogic_backend, email),
        )
        ada.pending("user:signin")
        assert (await http.post("/auth/signout-all-except")).status_code == 200
        ended = [await ada.next("user:signout") for _ in range(2)]
        assert sorted(event[1]["token"] for event in ended) == sorted(
            [third["token"], fourth["token"]]
        )

        changed = await http.post(
            "/auth/change-email", json={"currentPassword": PASSWORD, "newEmail": "ada@new.example"}
        )
        assert changed.status_code == 200, changed.text
        name, session, user = await ada.next("user:emailchange")
        assert session["token"] == first["token"] and user["email"] == "ada@new.example"

        changed = await http.post(
            "/auth/change-pwd", json={"oldPassword": PASSWORD, "newPassword": "another horse"}
        )
        assert changed.status_code == 200, changed.text
        name, session, user = await ada.next("user:pwdchange")
        assert (name, session["token"], user["_id"]) == ("user:pwdchange", first["token"], user_id)

    await bob.nothing("user:signin", wait=0.1)
    for event in ("user:signout", "user:pwdchange", "user:emailchange"):
        await bob.nothing(event, wait=0)
        await anonymous.nothing(event, wait=0)


async def test_sign_out_all_tells_each_session(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    email = "grace@example.com"
    async with api(altogic_backend) as http:
        signed_up = await http.post(
            "/auth/signup-email", json={"email": email, "password": PASSWORD}
        )
    first = signed_up.json()["session"]
    listener = await peer(session=first["token"])
    second = await _sign_in(altogic_backend, email)
    await listener.next("user:signin")
    async with api(altogic_backend, second["token"]) as http:
        assert (await http.post("/auth/signout-all")).status_code == 200
    ended = [await listener.next("user:signout") for _ in range(2)]
    assert sorted(event[1]["token"] for event in ended) == sorted([first["token"], second["token"]])


# ---------------------------------------------------------------------- refused handshakes
KEYS = AppConfig(
    client_keys=(ClientKey(key="open-key"), ClientKey(key="strict-key", enforce_session=True)),
    auth=AuthSettings(password_hashing=FAST_HASHING, email_confirmation=False),
    realtime=RealtimeSettings(ping_interval=1, ping_timeout=3),
)


@pytest.mark.altogic_config(KEYS.model_dump(by_alias=True, exclude_unset=True))
@pytest.mark.parametrize(
    ("key", "session", "code"),
    [
        (None, None, "missing_client_key"),
        ("", None, "missing_client_key"),
        ("wrong-key", None, "invalid_client_key"),
        ("open-key", "not-a-session-token", "invalid_session_token"),
        ("strict-key", None, "missing_session_token"),
        ("strict-key", "not-a-session-token", "invalid_session_token"),
    ],
)
async def test_refused_handshakes(
    altogic_backend: TestBackend, key: str | None, session: str | None, code: str
) -> None:
    refused = Peer(altogic_backend.url, key=key, session=session)
    with pytest.raises(Exception, match="failed to connect"):
        await refused.connect()
    await refused.close()
    assert refused.refusal["data"]["errors"][0]["code"] == code
    assert refused.refusal["data"]["errors"][0]["origin"] == "client_error"
    assert refused.refusal["message"] == refused.refusal["data"]["errors"][0]["message"]


@pytest.mark.altogic_config(KEYS.model_dump(by_alias=True, exclude_unset=True))
async def test_a_key_that_enforces_sessions_takes_a_valid_one(
    altogic_backend: TestBackend, peer: PeerFactory
) -> None:
    headers = {"X-Client-Key": "open-key"}
    async with httpx.AsyncClient(base_url=altogic_backend.url, headers=headers) as http:
        answer = await http.post(
            "/_api/rest/v1/auth/signup-email", json={"email": "e@example.com", "password": PASSWORD}
        )
    token = answer.json()["session"]["token"]
    strict = await peer(key="strict-key", session=token)
    await strict.send(None, "hello", 1)
    assert await strict.next("hello") == {"channel": None, "message": 1}


# ---------------------------------------------------------------------- bad input
BAD_EVENTS: list[tuple[str, Any, str, str | None]] = [
    ("shout", {"channel": "room"}, "invalid_operation", None),
    ("message", "not an object", "validation_error", "payload"),
    ("message", {"channel": "room", "message": 1}, "validation_error", "eventName"),
    ("message", {"eventName": 7, "message": 1}, "validation_error", "eventName"),
    ("message", {"eventName": "connect", "message": 1}, "validation_error", "eventName"),
    ("message", {"eventName": "user:signin", "message": 1}, "validation_error", "eventName"),
    ("message", {"eventName": "e" * 201}, "validation_error", "eventName"),
    ("message", {"channel": 5, "eventName": "x"}, "validation_error", "channel"),
    ("message", {"channel": "r", "eventName": "x", "echo": "yes"}, "validation_error", "echo"),
    ("message", {"eventName": "x", "message": "a" * 5000}, "request_body_size_too_large", None),
    ("join", {"channel": "c" * 201}, "validation_error", "channel"),
    ("join", {"channel": ""}, "validation_error", "channel"),
    ("join", ["room"], "validation_error", "payload"),
    ("leave", {}, "validation_error", "channel"),
    ("update", {"data": "x" * 5000}, "request_body_size_too_large", None),
    ("update", 12, "validation_error", "payload"),
]


async def test_bad_input_gets_error_events_and_the_server_keeps_serving(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    bad, good = await peer(), await peer()
    await good.join("room")
    good.pending("channel:join")
    for event, payload, code, field in BAD_EVENTS:
        await bad.emit(event, payload)
        body = await bad.next("error")
        (item,) = body["errors"]
        assert (item["code"], item["details"]["event"]) == (code, event), (event, payload)
        assert item["details"].get("field") == field, (event, payload)
        assert item["origin"] == "client_error" and item["message"]
    await bad.client.emit("message")  # no argument at all
    assert (await bad.next("error"))["errors"][0]["details"]["field"] == "payload"
    await bad.client.emit("join", ({"channel": "a"}, {"channel": "b"}))  # two arguments
    assert (await bad.next("error"))["errors"][0]["code"] == "validation_error"
    await good.nothing("channel:join", wait=0)
    assert await members(altogic_backend.url, "room") == [{"id": good.sid, "data": None}]
    await bad.send("room", "still", "here")
    assert await good.next("still") == {"channel": "room", "message": "here"}


@pytest.mark.altogic_config({"realtime": {"messagesPerSecond": 5, "burst": 5}})
async def test_a_flood_is_limited_per_socket(peer: PeerFactory) -> None:
    flooder, calm, listener = await peer(echo=False), await peer(echo=False), await peer()
    for n in range(30):
        await flooder.send(None, "spam", n)
    refusal = await flooder.next("error")
    assert refusal["errors"][0]["code"] == "rate_limit_exceeded"
    await flooder.nothing("error", wait=0.2)  # told once per flood
    await calm.send(None, "fine", 1)  # other sockets keep their own allowance
    assert await listener.next("fine") == {"channel": None, "message": 1}
    spam = listener.pending("spam")
    assert 5 <= len(spam) <= 10  # the burst, and what came back while it was sent
    numbers = [item["message"] for item in spam]
    assert numbers[:5] == [0, 1, 2, 3, 4] and numbers == sorted(numbers)  # the first, in order
    await asyncio.sleep(0.5)  # the allowance comes back
    await flooder.send(None, "spam", "again")
    assert await listener.next("spam") == {"channel": None, "message": "again"}


async def test_get_members_validates_its_channel(altogic_backend: TestBackend) -> None:
    async with api(altogic_backend) as http:
        answer = await http.post("/realtime/get-members", json={"channel": "c" * 201})
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["code"] == "validation_error"


@pytest.mark.altogic_config({"auth": {"emailConfirmation": True}})
async def test_user_events_of_emailed_links(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    email, new_email = "lin@example.com", "lin@new.example"
    verified = {"email": email, "password": PASSWORD, "nameOrUserData": {"emailVerified": True}}
    async with api(altogic_backend) as http:
        signed_up = await http.post("/auth/signup-email", json=verified)
    session = signed_up.json()["session"]
    listener = await peer(session=session["token"])
    async with api(altogic_backend, session["token"]) as http:
        asked = await http.post(
            "/auth/change-email", json={"currentPassword": PASSWORD, "newEmail": new_email}
        )
        assert asked.status_code == 200, asked.text
        await listener.nothing("user:emailchange", wait=0.2)  # not before the link is followed
        with browser_for(altogic_backend) as browser:
            browser.visit(browser.link(new_email, "change-email"))
        name, by, user = await listener.next("user:emailchange")
        assert (name, by, user["email"]) == ("user:emailchange", None, new_email)

        assert (await http.post("/auth/send-reset", params={"email": new_email})).status_code == 200
        with browser_for(altogic_backend) as browser:
            token = browser.visit(browser.link(new_email, "reset-pwd")).params["access_token"]
        reset = await http.post(
            "/auth/reset-pwd", params={"key": token}, json={"newPassword": "a new horse"}
        )
        assert reset.status_code == 200, reset.text
        name, by, user = await listener.next("user:pwdchange")
        assert (name, by, user["email"]) == ("user:pwdchange", None, new_email)  # no session


async def test_reset_closes_every_connection(
    peer: PeerFactory, altogic_backend: TestBackend
) -> None:
    a, b = await peer(), await peer()
    await a.join("room")
    realtime = altogic_backend.backend.modules["realtime"]
    loop = realtime.server._loop  # type: ignore[attr-defined]
    done = asyncio.run_coroutine_threadsafe(realtime.reset(), loop)
    await asyncio.wrap_future(done)
    for each in (a, b):
        for _ in range(100):
            if not each.client.connected:
                break
            await asyncio.sleep(0.02)
        assert not each.client.connected
    assert await members(altogic_backend.url, "room") == []
