"""The database module: models, objects, the expression language and queries that run in SQL
(`/_api/rest/v1/db/*`)."""
