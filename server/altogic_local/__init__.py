"""altogic-local: a local Altogic-compatible backend serving the operations of spec/altogic.yaml."""
