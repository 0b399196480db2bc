"""The realtime module: Altogic's socket.io pub/sub (channels, broadcast, presence, user events)."""
