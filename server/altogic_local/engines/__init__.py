"""Storage engines behind small interfaces, so that modules never depend on one implementation.

The embedded engines (SQLite, a folder, an in-process cache) are the defaults; other engines
(PostgreSQL, Redis, ...) implement the same protocols.
"""
