"""Routes served only by the local backend for people and tools: the spec and its documentation.
(The mail and SMS outbox belongs to the auth module, which holds it.)"""
