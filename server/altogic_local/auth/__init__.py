"""The auth module: users, sessions, verification, OAuth and the local outbox
(`/_api/rest/v1/auth/*`, `/_auth/*`, `/_emulator/outbox`)."""
