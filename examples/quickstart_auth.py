"""The auth part of the quickstart: sign up, confirm the address, sign in, read the user, sign out.

`run(client)` works against a local backend started with `altogic-local serve` (or
`LocalServer`): with email confirmation on (Altogic's default) the confirmation email lands in
the backend's outbox, and this script follows its link the way a person would.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qsl, urlsplit

import httpx
from altogic import AltogicClient


def _confirm_through_the_outbox(client: AltogicClient, email: str) -> str:
    """Follow the confirmation link emailed to `email`; return the redirect's access token."""
    base = client.settings.base_url
    messages = httpx.get(f"{base}/_emulator/outbox", params={"to": email}).json()
    link = next(m["link"] for m in messages if m["action"] == "email-confirm")
    print(f"  the outbox holds the confirmation email; following {link[:60]}...")
    redirect = httpx.get(link, follow_redirects=False)
    params = dict(parse_qsl(urlsplit(redirect.headers["location"]).query))
    print(f"  redirected to the app with status={params['status']} action={params['action']}")
    return params["access_token"]


def run(client: AltogicClient) -> None:
    print("== auth")
    email = f"ada-{secrets.token_hex(3)}@example.com"
    password = "correct horse battery"

    signed_up = client.auth.sign_up_with_email(email, password, "Ada Lovelace")
    if signed_up.errors is not None or signed_up.user is None:
        print(f"  sign-up failed: {signed_up.errors}")
        return
    print(f"  signed up {signed_up.user['email']} (user id {signed_up.user['_id']})")
    if signed_up.session is None:
        print("  email confirmation is on: no session until the address is confirmed")
        token = _confirm_through_the_outbox(client, email)
        granted = client.auth.get_auth_grant(token)
        print(f"  exchanged the access token for a session: errors={granted.errors}")

    client.auth.sign_out()
    session = client.auth.sign_in_with_email(email, password).session
    if session is None:
        print("  sign-in failed")
        return
    print(f"  signed in again; session token {session['token'][:8]}... saved by the client")

    user, errors = client.auth.get_user_from_db()
    if errors is not None:
        print(f"  get_user_from_db failed: {errors.codes}")
        return
    assert user is not None  # on success `data` is set; the check tells the type checker
    print(f"  get_user_from_db: {user['name']} <{user['email']}>, verified={user['emailVerified']}")

    sessions = client.auth.get_all_sessions().sessions or []
    print(f"  {len(sessions)} active session(s)")

    client.auth.sign_out()
    print(f"  signed out; held session: {client.auth.get_session()}")
    refused = client.auth.get_user_from_db()
    print(f"  get_user_from_db now fails with {refused.errors.codes if refused.errors else None}")


if __name__ == "__main__":
    from altogic import create_client
    from altogic_local.runner import LocalServer

    with LocalServer() as server, create_client(server.url, "quickstart") as demo_client:
        run(demo_client)
