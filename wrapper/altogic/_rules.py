# Generated from spec/altogic.yaml by generator/request_rules.py (`make generate`).
# Do not edit: change the spec (or the generator) and regenerate.
"""The rules the spec sets on request values, checked by the wrapper before it sends
(`altogic._checks`): for each request body schema, its required properties and each property's
rules; for each operation, its path parameters' rules. Keywords are JSON Schema's (`type`,
`minLength`, `maxLength`, `minimum`, `maximum`, `pattern`) and the spec's `x-pattern-message`."""

from typing import Any

BODIES: dict[str, dict[str, Any]] = {
    "SubmitMessageRequest": {
        "required": ["queueNameOrId", "message"],
        "properties": {
            "queueNameOrId": {"type": "string", "minLength": 1, "maxLength": 200},
            "message": {"type": "object"},
            "delay": {"type": "integer", "minimum": 0, "maximum": 604800},
        },
    },
    "RunOnceRequest": {
        "required": ["taskNameOrId"],
        "properties": {"taskNameOrId": {"type": "string", "minLength": 1, "maxLength": 200}},
    },
}
PARAMETERS: dict[str, dict[str, dict[str, Any]]] = {
    "getMessageStatus": {
        "messageId": {
            "type": "string",
            "pattern": "^[0-9a-f]{24}$",
            "x-pattern-message": "an object id: 24 hexadecimal digits (`0`-`9`, `a`-`f`)",
            "minLength": 24,
            "maxLength": 24,
        }
    },
    "getTaskStatus": {
        "taskId": {
            "type": "string",
            "pattern": "^[0-9a-f]{24}$",
            "x-pattern-message": "an object id: 24 hexadecimal digits (`0`-`9`, `a`-`f`)",
            "minLength": 24,
            "maxLength": 24,
        }
    },
}
