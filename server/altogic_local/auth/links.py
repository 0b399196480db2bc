"""URLs the auth module hands out: emailed links and the redirects that answer them."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def with_query(url: str, params: Iterable[tuple[str, str]]) -> str:
    """`url` with `params` added to its query string."""
    parts = urlsplit(url)
    query = [*parse_qsl(parts.query, keep_blank_values=True), *params]
    return urlunsplit(parts._replace(query=urlencode(query)))


def email_link(base_url: str, action: str, key: str) -> str:
    """The link an email carries: the backend's `emailLink` route with the action and the key."""
    link = with_query(base_url.rstrip("/") + "/_auth/email-link", [("action", action)])
    return f"{link}&key={key}"
