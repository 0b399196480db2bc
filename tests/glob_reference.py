"""A reference for Redis globs in tests: the pattern translated to a (backtracking) regular
expression, fine for the short patterns and keys tests use."""

from __future__ import annotations

import re


def glob_regex(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(re.escape(pattern[i + 1]))
            i += 1
        elif char == "*":
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            j = i + 1
            negate = j < len(pattern) and pattern[j] == "^"
            j += negate
            parts: list[str] = []
            while pattern[j] != "]":
                if pattern[j] == "\\":
                    parts.append(re.escape(pattern[j + 1]))
                    j += 2
                elif j + 2 < len(pattern) and pattern[j + 1] == "-" and pattern[j + 2] != "]":
                    low, high = sorted((pattern[j], pattern[j + 2]))
                    parts.append(f"{re.escape(low)}-{re.escape(high)}")
                    j += 3
                else:
                    parts.append(re.escape(pattern[j]))
                    j += 1
            if parts:
                out.append("[" + ("^" if negate else "") + "".join(parts) + "]")
            else:
                out.append("." if negate else "(?!)")
            i = j
        else:
            out.append(re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL)
