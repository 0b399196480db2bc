"""An app's tests against the local backend, one fixture away: the pytest plugin that comes with
`pip install 'altogic[local]'` gives each test an empty backend and a client of it.

    pytest examples/testing

`result.unwrap()` answers a call's data, or raises with its errors: the shortest way to say
"this call must succeed" in a test.
"""

from __future__ import annotations

import pytest
from altogic import AltogicClient
from altogic_local.clock import ManualClock
from altogic_local.testing import Outbox


def add_todo(client: AltogicClient, owner: str, title: str) -> str:
    """The app's code under test."""
    todo = client.db.model("todos").create({"owner": owner, "title": title, "done": False})
    return str(todo.unwrap()["_id"])


def test_a_user_sees_only_their_todos(altogic_client: AltogicClient) -> None:
    add_todo(altogic_client, "ada", "write tests")
    add_todo(altogic_client, "bob", "review")
    mine = altogic_client.db.model("todos").filter("owner == 'ada'").get().unwrap()
    assert [todo["title"] for todo in mine] == ["write tests"]


def test_each_test_starts_from_an_empty_backend(altogic_client: AltogicClient) -> None:
    assert altogic_client.db.model("todos").get().unwrap() == []


def test_sign_up_and_confirm_by_email(
    altogic_client: AltogicClient, altogic_outbox: Outbox
) -> None:
    signed_up = altogic_client.auth.sign_up_with_email("ada@example.com", "a-long-password")
    assert signed_up.unwrap()["session"] is None  # the address is to be confirmed first
    token = altogic_outbox.latest(to="ada@example.com").access_token
    granted = altogic_client.auth.get_auth_grant(token).unwrap()
    assert granted["user"]["emailVerified"] is True
    assert altogic_client.auth.get_session() is not None  # the client keeps the session


def test_a_cached_value_expires(altogic_client: AltogicClient, altogic_clock: ManualClock) -> None:
    altogic_client.cache.set("greeting", "hello", ttl=60).unwrap()
    altogic_clock.advance(61)
    assert altogic_client.cache.get("greeting").data is None


@pytest.mark.altogic_config({"auth": {"emailConfirmation": False}})
def test_without_email_confirmation_sign_up_signs_in(altogic_client: AltogicClient) -> None:
    signed_up = altogic_client.auth.sign_up_with_email("bob@example.com", "a-long-password")
    assert signed_up.unwrap()["session"] is not None
