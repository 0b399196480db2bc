"""The syntax tree of Altogic's expression language.

Every node records `pos`, the 0-based offset of its first character in the source text (used in
error messages), and `depth`, the height of its subtree (so that depth limits need no recursion).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Scalar = None | bool | int | float | str


@dataclass(frozen=True, slots=True)
class Node:
    pos: int
    depth: int = field(default=1, kw_only=True)


@dataclass(frozen=True, slots=True)
class Literal(Node):
    """`12`, `4.5`, `'text'`, `"text"`, `true`, `false`, `null`."""

    value: Scalar


@dataclass(frozen=True, slots=True)
class ListLiteral(Node):
    """`[a, b, c]`."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Path(Node):
    """A field reference: `price`, `this.price`, `user.email`, `lookup.owner`, or `this` alone."""

    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unary(Node):
    op: str  # "!", "-" or "+"
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary(Node):
    op: str  # "*", "/", "+", "-", "<", "<=", ">", ">=", "==", "!="
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Logical(Node):
    """`a && b && c` or `a || b || c`, flattened."""

    op: str  # "&&" or "||"
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Call(Node):
    name: str
    """The function name as written (names are case-insensitive)."""
    args: tuple[Node, ...]


def depth_of(*children: Node) -> int:
    return 1 + max((child.depth for child in children), default=0)


def size_of(root: Node) -> int:
    """The number of nodes of the tree (without recursion)."""
    count, stack = 0, [root]
    while stack:
        node = stack.pop()
        count += 1
        if isinstance(node, ListLiteral | Logical):
            stack.extend(node.items if isinstance(node, ListLiteral) else node.operands)
        elif isinstance(node, Call):
            stack.extend(node.args)
        elif isinstance(node, Binary):
            stack.extend((node.left, node.right))
        elif isinstance(node, Unary):
            stack.append(node.operand)
    return count
