"""The cache module: a Redis-style key-value store with TTLs (`/_api/rest/v1/cache*`)."""
