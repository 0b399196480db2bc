from typing import Literal

ErrorEntryOrigin = Literal["client_error", "server_error"]

ERROR_ENTRY_ORIGIN_VALUES: set[ErrorEntryOrigin] = {
    "client_error",
    "server_error",
}


def check_error_entry_origin(value: str) -> ErrorEntryOrigin:
    if value in ERROR_ENTRY_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERROR_ENTRY_ORIGIN_VALUES!r}"
    )
