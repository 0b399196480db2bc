"""Parsing expression text into the syntax tree (`syntax.py`) with a LALR grammar (lark).

The grammar follows the documented precedence, highest first: parentheses, unary `+ - !`,
`* /`, `+ -`, `< <= > >=`, `== !=`, `&&`, `||`; every binary operator is left-associative.
The tree is built while parsing (lark calls the transformer on each reduction), so no step
recurses over the tree and deep nesting cannot exhaust Python's stack.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ...errors import ErrorCode
from .errors import ExpressionError
from .syntax import Binary, Call, ListLiteral, Literal, Logical, Node, Path, Unary, depth_of

MAX_DEPTH = 32
"""The deepest syntax tree accepted; deeper expressions answer `invalid_expression`."""

INT64 = 2**63

GRAMMAR = r"""
?start: expr
?expr: or_test
?or_test: and_test | or_test "||" and_test -> or_
?and_test: equality | and_test "&&" equality -> and_
?equality: relation | equality "==" relation -> eq | equality "!=" relation -> ne
?relation: sum
    | relation "<" sum -> lt
    | relation "<=" sum -> le
    | relation ">" sum -> gt
    | relation ">=" sum -> ge
?sum: product | sum PLUS product -> add | sum MINUS product -> sub
?product: unary | product "*" unary -> mul | product "/" unary -> div
?unary: atom | BANG unary -> not_ | MINUS unary -> neg | PLUS unary -> pos
?atom: NUMBER -> number
    | STRING -> string
    | TRUE -> true
    | FALSE -> false
    | NULL -> null
    | LSQB [expr ("," expr)*] "]" -> list_
    | NAME "(" [expr ("," expr)*] ")" -> call
    | NAME ("." NAME)* -> path
    | "(" expr ")"

BANG: "!"
MINUS: "-"
PLUS: "+"
LSQB: "["
TRUE: "true"
FALSE: "false"
NULL: "null"
NAME: /[A-Za-z_$][A-Za-z0-9_$]*/
NUMBER: /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/
STRING: /"(?:[^"\\]|\\.)*"/ | /'(?:[^'\\]|\\.)*'/
%ignore /\s+/
"""

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "0": "\0"}


def _unescape(raw: str, pos: int) -> str:
    body = raw[1:-1]
    out: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char != "\\":
            out.append(char)
            index += 1
            continue
        escaped = body[index + 1]
        if escaped == "u":
            digits = body[index + 2 : index + 6]
            if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise ExpressionError(
                    ErrorCode.invalid_expression,
                    "A `\\u` escape needs four hexadecimal digits.",
                    pos + 1 + index,
                )
            out.append(chr(int(digits, 16)))
            index += 6
            continue
        out.append(_ESCAPES.get(escaped, escaped))
        index += 2
    return "".join(out)


def _number(token: Token) -> Literal:
    text = str(token)
    pos = token.start_pos or 0
    value: int | float
    if all(c.isdigit() for c in text):
        value = int(text)
        if value >= INT64:
            value = float(text)
    else:
        value = float(text)
    if isinstance(value, float) and not math.isfinite(value):
        raise ExpressionError(
            ErrorCode.invalid_expression, f"The number `{text}` is too large.", pos
        )
    return Literal(pos, value)


def _binary(op: str) -> Any:
    def build(self: _Builder, children: list[Any]) -> Node:
        left, right = (child for child in children if not isinstance(child, Token))
        return Binary(left.pos, op, left, right, depth=depth_of(left, right))

    return build


def _unary(children: list[Any]) -> Node:
    sign: Token = children[0]
    operand: Node = children[1]
    return Unary(sign.start_pos or 0, str(sign), operand, depth=depth_of(operand))


def _logical(op: str) -> Any:
    def build(self: _Builder, children: list[Node]) -> Node:
        operands: list[Node] = []
        for child in children:
            if isinstance(child, Logical) and child.op == op:
                operands.extend(child.operands)
            else:
                operands.append(child)
        return Logical(children[0].pos, op, tuple(operands), depth=depth_of(*operands))

    return build


class _Builder(Transformer[Token, Node]):
    """Builds syntax nodes; lark calls it on every reduction during the LALR parse."""

    or_ = _logical("||")
    and_ = _logical("&&")
    eq = _binary("==")
    ne = _binary("!=")
    lt = _binary("<")
    le = _binary("<=")
    gt = _binary(">")
    ge = _binary(">=")
    add = _binary("+")
    sub = _binary("-")
    mul = _binary("*")
    div = _binary("/")

    def not_(self, children: list[Any]) -> Node:
        return _unary(children)

    def neg(self, children: list[Any]) -> Node:
        return _unary(children)

    def pos(self, children: list[Any]) -> Node:
        return _unary(children)

    def number(self, children: list[Token]) -> Node:
        return _number(children[0])

    def string(self, children: list[Token]) -> Node:
        token = children[0]
        pos = token.start_pos or 0
        return Literal(pos, _unescape(str(token), pos))

    def true(self, children: list[Token]) -> Node:
        return Literal(children[0].start_pos or 0, True)

    def false(self, children: list[Token]) -> Node:
        return Literal(children[0].start_pos or 0, False)

    def null(self, children: list[Token]) -> Node:
        return Literal(children[0].start_pos or 0, None)

    def list_(self, children: list[Any]) -> Node:
        bracket: Token = children[0]
        items = tuple(child for child in children[1:] if child is not None)
        return ListLiteral(bracket.start_pos or 0, items, depth=depth_of(*items))

    def call(self, children: list[Any]) -> Node:
        name: Token = children[0]
        args = tuple(child for child in children[1:] if child is not None)
        return Call(name.start_pos or 0, str(name), args, depth=depth_of(*args))

    def path(self, children: list[Token]) -> Node:
        return Path(children[0].start_pos or 0, tuple(str(name) for name in children))


@cache
def _parser() -> Lark:
    return Lark(
        GRAMMAR,
        parser="lalr",
        lexer="contextual",
        maybe_placeholders=True,
        transformer=_Builder(),
    )


_WORD_OPERATORS = {"and": "&&", "or": "||"}
"""Operators written as words (as in Python or SQL), and the operators the language uses."""
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def _hint(error: UnexpectedInput, text: str, pos: int) -> str:
    """Advice for the mistakes that come from other languages: `and`/`or`/`not` as words, `=`
    to compare."""
    if isinstance(error, UnexpectedToken) and error.token.type == "NAME":
        operator = _WORD_OPERATORS.get(str(error.token).lower())
        if operator is not None:
            return f" To combine conditions, use `{operator}` instead of `{error.token}`."
    before = _LAST_WORD.search(text[:pos])
    if before is not None and before.group(1).lower() == "not":
        return f" To negate a condition, use `!` instead of `{before.group(1)}`."
    if isinstance(error, UnexpectedCharacters) and text[pos] == "=":
        return " To compare, use `==` (and `!=`)."
    return ""


def _describe(error: UnexpectedInput, text: str) -> tuple[str, int]:
    if isinstance(error, UnexpectedCharacters):
        pos = error.pos_in_stream or 0
        message = f"Unexpected character `{text[pos]}` at position {pos}."
    elif isinstance(error, UnexpectedToken) and error.token.type != "$END":
        token = error.token
        pos = token.start_pos if token.start_pos is not None else len(text)
        message = f"Unexpected `{token}` at position {pos}."
    elif isinstance(error, UnexpectedToken | UnexpectedEOF):
        pos = len(text)
        message = f"The expression ends too early (position {pos})."
    else:  # pragma: no cover - lark raises the three above
        return "The expression is malformed.", 0
    return message + _hint(error, text, pos), pos


def _empty() -> ExpressionError:
    return ExpressionError(
        ErrorCode.invalid_expression,
        "The expression is empty. Write a condition such as `done == false`; a query that "
        "should match every object leaves its filter out.",
        0,
        reason="empty",
    )


@lru_cache(maxsize=512)
def parse(text: str) -> Node:
    """Parse `text`; raise `ExpressionError` (`invalid_expression`) naming the position."""
    if not text.strip():
        raise _empty()
    try:
        tree: Any = _parser().parse(text)
    except UnexpectedInput as error:
        # An error raised inside the transformer arrives wrapped by lark.
        message, pos = _describe(error, text)
        raise ExpressionError(ErrorCode.invalid_expression, message, pos) from None
    except ExpressionError:
        raise
    except Exception as error:  # lark wraps errors raised in callbacks (VisitError)
        original = getattr(error, "orig_exc", None)
        if isinstance(original, ExpressionError):
            raise original from None
        raise
    node: Node = tree
    if node.depth > MAX_DEPTH:
        raise ExpressionError(
            ErrorCode.invalid_expression,
            f"The expression is nested too deeply (more than {MAX_DEPTH} levels).",
            node.pos,
        )
    return node
