"""Text search: what is searchable, FTS5 queries (full-text search) and typo-tolerant scoring
(fuzzy search).

Full-text search runs in SQLite's FTS5 (tokenizer `unicode61`, which ignores case and accents).
Fuzzy search scores each object in SQL with `altogic_fuzzy(field, text)`, a function registered
on the connection: words match when their optimal-string-alignment distance (insertions,
deletions, substitutions and swaps of neighbours) is small for their length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA
from sqlalchemy import FromClause, func, literal_column

from . import jsonsql
from .declarations import SYSTEM_FIELDS
from .expression.values import SQL
from .models import ModelRef

if TYPE_CHECKING:
    from .query import Query
    from .store import ModelTables

FUZZY_FUNCTION = "altogic_fuzzy"
"""The name `fuzzy_score` is registered under on every connection."""

WORD = re.compile(r"\w+")


def searchable_fields(ref: ModelRef) -> list[str] | None:
    """The searchable fields of a declared top-level model; None when every text is."""
    if ref.declared is None:
        return None
    return [name for name, field in ref.declared.fields.items() if field.searchable]


def searchable_text(document: dict[str, Any], ref: ModelRef) -> str:
    """The text of `document` that full-text search looks at."""
    names = searchable_fields(ref)
    if names is None:
        names = [name for name in document if name not in SYSTEM_FIELDS]
    return "\n".join(value for name in names if isinstance(value := document.get(name), str))


def fts_query(text: str) -> str | None:
    """An FTS5 query OR-ing the words of `text` and its double-quoted phrases; None when the
    text has no words. Every term is quoted, so nothing in `text` is FTS5 syntax."""
    terms: list[str] = []
    for index, part in enumerate(text.split('"')):
        words = WORD.findall(part)
        if not words:
            continue
        if index % 2:  # inside quotes: one phrase
            terms.append('"' + " ".join(words) + '"')
        else:
            terms.extend(f'"{word}"' for word in words)
    return " OR ".join(terms) if terms else None


def allowed_edits(word: str) -> int:
    length = len(word)
    if length < 3:
        return 0
    return 1 if length <= 5 else 2


def fuzzy_score(value: Any, text: Any) -> float | None:
    """How well the words of `text` match the words of `value` (None: not at all). Each word of
    `text` adds 1 - edits / (allowed edits + 1) for its best match, where the allowed edits are
    0 for words under 3 characters, 1 up to 5, and 2 for longer words."""
    try:
        if not isinstance(value, str) or not isinstance(text, str):
            return None
        words = {word.casefold() for word in WORD.findall(value)}
        score = 0.0
        for query in {word.casefold() for word in WORD.findall(text)}:
            allowed = allowed_edits(query)
            best = min(
                (OSA.distance(query, word, score_cutoff=allowed) for word in words),
                default=allowed + 1,
            )
            if best <= allowed:
                score += 1 - best / (allowed + 1)
        return score or None
    except Exception:  # a SQL function must not raise: no score
        return None


# ---------------------------------------------------------------- the SQL (SQLite: FTS5)
def full_text(query: Query, tables: ModelTables, terms: str) -> tuple[FromClause, SQL, SQL]:
    """The rows of `query` joined with the model's FTS5 index, the condition that the index
    matches `terms` (from `fts_query`), and the rank to order them by (best first)."""
    fts = tables.fts
    froms = query.source.froms.join(fts, fts.c.rowid == tables.table.c.seq)
    match = fts.c.body.op("MATCH")(terms)
    rank = func.bm25(literal_column(fts.name))
    return froms, match, rank


def fuzzy_score_of(doc: SQL, path: SQL, text: str) -> SQL:
    """The `fuzzy_score` of the text at JSON `path` of each object `doc` (None: no match)."""
    score: SQL = getattr(func, FUZZY_FUNCTION)(jsonsql.extract(doc, path), text)
    return score
