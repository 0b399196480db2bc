"""Pydantic v2 models generated from spec/altogic.yaml. Do not edit; run `make generate`."""

from .models import *  # noqa: F403
