"""Cache semantics on top of a `CacheStore`: wrapping primitives, size limits, cursors."""

from __future__ import annotations

import base64
import binascii
import json
import math
from typing import Any

from ..engines.cache import CacheStore, NotNumeric
from ..errors import ErrorCode, bad_request
from ..jsonutil import dumps
from .settings import CacheSettings

_CURSOR_PREFIX = "k:"


def encode_cursor(store_cursor: str | None) -> str | None:
    if store_cursor is None:
        return None
    raw = (_CURSOR_PREFIX + store_cursor).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_cursor(cursor: str | None) -> str | None:
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (UnicodeError, ValueError, binascii.Error):
        raw = ""
    if not raw.startswith(_CURSOR_PREFIX):
        raise bad_request(
            ErrorCode.invalid_cursor, "`next` is not a cursor this server issued.", field="next"
        )
    return raw[len(_CURSOR_PREFIX) :]


class CacheService:
    def __init__(self, store: CacheStore, settings: CacheSettings) -> None:
        self.store = store
        self.settings = settings

    async def get(self, key: str) -> bytes:
        """The response body: the stored object or array, `{"value": primitive}`, or `null`."""
        raw = await self.store.get(key)
        if raw is None:
            return b"null"
        if raw[:1] in (b"{", b"["):
            return raw
        return b'{"value":' + raw + b"}"

    async def set(self, key: str, value: Any, ttl: int | None) -> None:
        encoded = dumps(value)
        limit = self.settings.max_value_size
        if len(encoded) > limit:
            raise bad_request(
                ErrorCode.cache_key_size_exceeded,
                f"The value takes {len(encoded)} bytes; a cache value may take at most {limit}.",
                size=len(encoded),
                limit=limit,
            )
        await self.store.set(key, encoded, ttl)

    async def delete(self, keys: list[str]) -> None:
        await self.store.delete(keys)

    async def increment(self, key: str, amount: float, ttl: int | None) -> bytes:
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        try:
            value = await self.store.increment(key, amount, ttl)
        except NotNumeric:
            raise bad_request(
                ErrorCode.cache_value_not_numeric,
                f"The value stored under `{key}` is not a number, so it cannot be incremented.",
                key=key,
            ) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise bad_request(
                ErrorCode.cache_value_out_of_range, "The result is too large to store."
            )
        return b'{"value":' + json.dumps(value).encode() + b"}"

    async def expire(self, key: str, ttl: int) -> None:
        await self.store.expire(key, ttl)

    async def stats(self) -> dict[str, int]:
        usage = await self.store.usage()
        return {
            "totalKeys": usage.keys,
            "totalStorageSize": usage.bytes,
            "dailyIngress": usage.daily_ingress,
            "dailyEgress": usage.daily_egress,
            "monthlyIngress": usage.monthly_ingress,
            "monthlyEgress": usage.monthly_egress,
        }

    async def list_keys(self, pattern: str | None, next_cursor: str | None) -> bytes:
        page = await self.store.scan(
            decode_cursor(next_cursor), pattern, self.settings.list_keys_page_size
        )
        entries = b",".join(
            b'{"key":' + json.dumps(key, ensure_ascii=False).encode() + b',"value":' + value + b"}"
            for key, value in page.entries
        )
        return b'{"data":[' + entries + b'],"next":' + dumps(encode_cursor(page.cursor)) + b"}"
