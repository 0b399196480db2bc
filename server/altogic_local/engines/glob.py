"""Redis glob patterns (`KEYS`/`SCAN MATCH`): `?`, `*`, `[ae]`, `[^e]`, `[a-b]` and `\\` escapes,
matched in time proportional to (key length x pattern length), never more.

A backtracking regular expression takes exponential time on patterns such as `*a*a*a*a*b`, so
patterns are not translated to `re`. The matcher walks key and pattern once, and on a mismatch
goes back only to the last `*` seen: every `*` can absorb any run of characters, so an earlier
one never needs to be revisited. `Glob.match` also counts the steps it took, so that a scan can
stop after a bounded amount of work.
"""

from __future__ import annotations

from dataclasses import dataclass


class InvalidPattern(ValueError):
    """The pattern cannot be parsed (an unclosed `[` or a trailing `\\`)."""


@dataclass(frozen=True, slots=True)
class _Class:
    """`[...]`: the characters and ranges it lists, or (`negate`) everything else."""

    negate: bool
    chars: frozenset[str]
    ranges: tuple[tuple[str, str], ...]

    def matches(self, char: str) -> bool:
        found = char in self.chars or any(low <= char <= high for low, high in self.ranges)
        return found != self.negate


_ANY = "?"
_STAR = "*"
Token = str | _Class
"""A literal character, `*`, `?`, or a class. A literal `*` or `?` (escaped in the pattern) is
the same string as the wildcard: the `literal` flags of the compiled pattern tell them apart."""


def _class(pattern: str, start: int) -> tuple[_Class, int]:
    """Parse the bracket expression opening at `start`; return it and the index of its `]`."""
    i = start + 1
    negate = i < len(pattern) and pattern[i] == "^"
    if negate:
        i += 1
    chars: set[str] = set()
    ranges: list[tuple[str, str]] = []
    while i < len(pattern) and pattern[i] != "]":
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            chars.add(pattern[i + 1])
            i += 2
        elif i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            low, high = sorted((char, pattern[i + 2]))  # Redis accepts reversed ranges
            ranges.append((low, high))
            i += 3
        else:
            chars.add(char)
            i += 1
    if i >= len(pattern):
        raise InvalidPattern(f"the `[` at position {start} is never closed")
    # `[]` matches nothing, `[^]` any one character.
    return _Class(negate, frozenset(chars), tuple(ranges)), i


@dataclass(frozen=True, slots=True)
class Glob:
    tokens: tuple[Token, ...]
    literal: tuple[bool, ...]
    """Whether each token is a literal character (rather than `*`, `?` or a class)."""

    def match(self, text: str) -> tuple[bool, int]:
        """Whether the whole of `text` matches, and the number of steps it took (at most
        about `len(text) * len(tokens)`)."""
        tokens, literal = self.tokens, self.literal
        count, length = len(tokens), len(text)
        t = p = steps = 0
        star = -1  # the token index just after the last `*` seen
        resume = 0  # where in `text` that `*` ends for now
        while t < length:
            steps += 1
            if p < count:
                token = tokens[p]
                if literal[p]:
                    if token == text[t]:
                        t += 1
                        p += 1
                        continue
                elif token is _STAR:
                    p += 1
                    star, resume = p, t
                    continue
                elif token is _ANY or (isinstance(token, _Class) and token.matches(text[t])):
                    t += 1
                    p += 1
                    continue
            if star < 0:
                return False, steps
            resume += 1  # let the last `*` absorb one more character, and try again
            t, p = resume, star
        while p < count and tokens[p] is _STAR and not literal[p]:
            p += 1
        return p == count, steps


def compile_glob(pattern: str) -> Glob:
    """Parse a Redis glob; raise `InvalidPattern` for an unclosed `[` or a trailing `\\`."""
    tokens: list[Token] = []
    literal: list[bool] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if i + 1 >= len(pattern):
                raise InvalidPattern("the pattern ends with an unfinished `\\` escape")
            tokens.append(pattern[i + 1])
            literal.append(True)
            i += 1
        elif char == "*":
            if not tokens or tokens[-1] is not _STAR or literal[-1]:
                tokens.append(_STAR)
                literal.append(False)
        elif char == "?":
            tokens.append(_ANY)
            literal.append(False)
        elif char == "[":
            parsed, i = _class(pattern, i)
            tokens.append(parsed)
            literal.append(False)
        else:
            tokens.append(char)
            literal.append(True)
        i += 1
    return Glob(tuple(tokens), tuple(literal))


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
