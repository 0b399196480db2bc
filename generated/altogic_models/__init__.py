"""Pydantic v2 models generated from spec/altogic.yaml; run `make generate`."""

from .models import *  # noqa: F403
