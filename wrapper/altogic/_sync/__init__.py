"""The sync clients and managers, generated from `altogic._async` (see there)."""
