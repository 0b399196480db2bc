"""`create_client` / `create_async_client`: the entry points of the library.

Both clients hold one pooled httpx client, the settings, and the signed-in user's session, and
expose the same managers (`client.cache`, ...), created on first use. The managers plan calls and
send them through the client's sender, which forgets the session when the server says it is no
longer valid. The async client is `altogic._async.client`; the sync one, `altogic._sync.client`,
is generated from it; both build on `altogic._base_client.BaseClient`.
"""

from ._async.client import AsyncAltogicClient, create_async_client
from ._sync.client import AltogicClient, create_client

__all__ = ["AltogicClient", "AsyncAltogicClient", "create_async_client", "create_client"]
