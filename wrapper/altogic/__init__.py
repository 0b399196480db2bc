"""Python client for Altogic backend apps."""

__version__ = "0.1.0"
