from typing import Literal

FieldUpdateType = Literal[
    "decrement",
    "increment",
    "max",
    "min",
    "multiply",
    "pop",
    "pull",
    "push",
    "set",
    "shift",
    "unset",
]

FIELD_UPDATE_TYPE_VALUES: set[FieldUpdateType] = {
    "decrement",
    "increment",
    "max",
    "min",
    "multiply",
    "pop",
    "pull",
    "push",
    "set",
    "shift",
    "unset",
}


def check_field_update_type(value: str) -> FieldUpdateType:
    if value in FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_UPDATE_TYPE_VALUES!r}"
    )
