"""The caller's `User-Agent`, parsed as Altogic's Session object records it (ua-parser)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ua_parser import parse

# Longer headers are cut before parsing: real agents are far shorter, and the parser's
# regular expressions should not run over arbitrarily long input.
MAX_LENGTH = 512
OTHER = "Other"
ZERO = "0"


def _part(
    family: str | None, major: str | None, minor: str | None, patch: str | None
) -> dict[str, Any]:
    return {
        "family": family or OTHER,
        "major": major or ZERO,
        "minor": minor or ZERO,
        "patch": patch or ZERO,
    }


@lru_cache(maxsize=256)
def _parse(header: str) -> dict[str, Any]:
    result = parse(header)
    agent, os, device = result.user_agent, result.os, result.device
    parsed: dict[str, Any] = (
        _part(agent.family, agent.major, agent.minor, agent.patch)
        if agent
        else _part(None, None, None, None)
    )
    parsed["device"] = _part(device.family if device else None, None, None, None)
    parsed["os"] = (
        _part(os.family, os.major, os.minor, os.patch) if os else _part(None, None, None, None)
    )
    return parsed


def parse_user_agent(header: str | None) -> dict[str, Any]:
    """`{family, major, minor, patch, device: {...}, os: {...}}`; unknown parts are `Other`
    and `"0"`."""
    parsed = _parse((header or "")[:MAX_LENGTH])
    return {
        **parsed,
        "device": dict(parsed["device"]),
        "os": dict(parsed["os"]),
    }
