"""The database module: models, objects, the expression language and queries that run in SQL
(`/_api/rest/v1/db/*`)."""

from .routes import routes, store_of

__all__ = ["routes", "store_of"]
