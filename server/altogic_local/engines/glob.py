"""Redis glob patterns (`KEYS`/`SCAN MATCH`): `?`, `*`, `[ae]`, `[^e]`, `[a-b]` and `\\` escapes."""

from __future__ import annotations

import re


class InvalidPattern(ValueError):
    """The pattern cannot be parsed (an unclosed `[` or a trailing `\\`)."""


def _class(pattern: str, start: int) -> tuple[str, int]:
    """Translate the bracket expression opening at `start`; return it and the index of its `]`."""
    i = start + 1
    negate = i < len(pattern) and pattern[i] == "^"
    if negate:
        i += 1
    parts: list[str] = []
    while i < len(pattern) and pattern[i] != "]":
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            parts.append(re.escape(pattern[i + 1]))
            i += 2
        elif i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            low, high = sorted((char, pattern[i + 2]))  # Redis accepts reversed ranges
            parts.append(f"{re.escape(low)}-{re.escape(high)}")
            i += 3
        else:
            parts.append(re.escape(char))
            i += 1
    if i >= len(pattern):
        raise InvalidPattern(f"the `[` at position {start} is never closed")
    if not parts:  # `[]` matches nothing, `[^]` any one character
        return ("." if negate else "(?!)"), i
    return "[" + ("^" if negate else "") + "".join(parts) + "]", i


def compile_glob(pattern: str) -> re.Pattern[str]:
    """Compile a Redis glob into a regular expression to be used with `fullmatch`."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if i + 1 >= len(pattern):
                raise InvalidPattern("the pattern ends with an unfinished `\\` escape")
            out.append(re.escape(pattern[i + 1]))
            i += 1
        elif char == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            translated, i = _class(pattern, i)
            out.append(translated)
        else:
            out.append(re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def literal_prefix(pattern: str) -> str:
    """The characters every match starts with (up to the first wildcard)."""
    prefix: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char in "*?[":
            break
        if char == "\\":
            if i + 1 >= len(pattern):
                break
            i += 1
            char = pattern[i]
        prefix.append(char)
        i += 1
    return "".join(prefix)
