from typing import Literal

StatefulModule = Literal["auth", "cache", "database", "functions", "storage"]

STATEFUL_MODULE_VALUES: set[StatefulModule] = {
    "auth",
    "cache",
    "database",
    "functions",
    "storage",
}


def check_stateful_module(value: str) -> StatefulModule:
    if value in STATEFUL_MODULE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATEFUL_MODULE_VALUES!r}"
    )
