"""Numbers written as text (TOTEXT, `+` with a text, JSON output) must read exactly as
JavaScript writes them: compared with Node's `String(x)` for edge cases and random doubles."""

from __future__ import annotations

import json
import random
import shutil
import struct
import subprocess

import pytest
from altogic_local.database.expression.numbers import number_text

EDGES = [
    0.0, -0.0, 1.0, -2.5, 100.0, 1 / 3, 0.1 + 0.2, 1e20, 1e21, 999999999999999999999.0, 1e-6,
    1e-7, 1.5e-7, 9.99e-8, 2.5e-6, 2.0**53, 1e15 + 0.5, 1.7976931348623157e308, 5e-324,
    12345678901234567890.0, float("inf"), float("-inf"),
]  # fmt: skip


def random_doubles(count: int) -> list[float]:
    chooser = random.Random(20261129)
    values: list[float] = []
    while len(values) < count:
        value = struct.unpack("<d", chooser.getrandbits(64).to_bytes(8, "little"))[0]
        if value == value and abs(value) != float("inf"):  # no NaN or infinity in JSON
            values.append(value)
        values.append(chooser.uniform(-1, 1) * 10.0 ** chooser.randint(-12, 25))
    return values


# Reads a JSON list of numbers, infinities sent as [1] or [-1] (JSON has none), and writes
# each number as JavaScript's String() does.
NODE_SCRIPT = """
const values = JSON.parse(require("fs").readFileSync(0, "utf8"));
const numbers = values.map((v) => (Array.isArray(v) ? v[0] * Infinity : v));
console.log(JSON.stringify(numbers.map(String)));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_numbers_read_as_javascript_writes_them() -> None:
    values = EDGES + random_doubles(5000)
    payload = [[1 if v > 0 else -1] if abs(v) == float("inf") else v for v in values]
    node = subprocess.run(
        ["node", "-e", NODE_SCRIPT],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    written = json.loads(node.stdout)
    mismatches = [
        (value, expected, number_text(value))
        for value, expected in zip(values, written, strict=True)
        if number_text(value) != expected
    ]
    assert not mismatches, mismatches[:5]


def test_integers_and_null() -> None:
    assert number_text(36) == "36"
    assert number_text(-(2**63)) == str(-(2**63))
    assert number_text(None) is None
    for other in ("12", b"12", True):  # whatever SQLite passes, the function answers
        assert number_text(other) is None
