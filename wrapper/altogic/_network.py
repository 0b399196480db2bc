"""The sync client's deadline, enforced where a blocking client can enforce it: in each socket
operation (see `altogic._deadline`).

A sync call blocks in `socket.recv` with the read timeout httpcore gives it, and nothing outside
the thread can interrupt it; httpcore reads the read timeout once for all the reads of the
headers, and once for all the reads of the body. `DeadlineBackend` wraps the network backend of
an httpcore connection pool so that every connect, read and write of a call is given no more
than the time left before the deadline of the call running in the thread (`_deadline.CURRENT`),
and fails as a timeout once it has passed. A call with no deadline is left alone.

`enforce_deadlines` installs it in the pools of the httpx client a sync client sends through, its
own or one passed in as `http_client` (outside the altogic client's calls there is no deadline
and the backend changes nothing). A client whose transport is no httpcore pool (a mock, an ASGI
test client, a transport wrapping another) keeps only the checks the transport then makes
between the chunks of a body (`_deadline.read_by`). This module imports httpcore, so it is
imported when a sync client is created, not with `altogic`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._deadline import CURRENT

WRITE_SLICE = 65_536
"""Bytes written per socket operation, so that a long write also checks the deadline."""


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout`, cut down to the time left before the current call's deadline."""
    deadline = CURRENT.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("The call's deadline has passed.")
    return left if timeout is None or timeout > left else timeout


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose reads and writes end by the current call's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if len(buffer) <= WRITE_SLICE:  # most writes, and the empty ones that end a request
            if buffer:
                self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))
            return
        for start in range(0, len(buffer), WRITE_SLICE):
            piece = buffer[start : start + WRITE_SLICE]
            self._stream.write(piece, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose connections end their operations by the call's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self.backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self.backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


def enforce_deadlines(client: httpx.Client) -> bool:
    """Make the connection pools of `client` (its transport and the proxy transports it mounted
    from the environment) end each socket operation by the call's deadline. httpx does not
    expose the pools' network backend, so this reaches into `HTTPTransport._pool`; it answers
    whether every pool was reached (tests check that it still is)."""
    transports = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    reached = True
    for transport in transports:
        if transport is None:
            continue  # a mount that disables proxying for some URLs
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, DeadlineBackend):
            continue
        if not isinstance(backend, httpcore.NetworkBackend):
            reached = False
            continue
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return reached
