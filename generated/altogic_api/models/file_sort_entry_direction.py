from typing import Literal

FileSortEntryDirection = Literal["asc", "desc"]

FILE_SORT_ENTRY_DIRECTION_VALUES: set[FileSortEntryDirection] = {
    "asc",
    "desc",
}


def check_file_sort_entry_direction(value: str) -> FileSortEntryDirection:
    if value in FILE_SORT_ENTRY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SORT_ENTRY_DIRECTION_VALUES!r}"
    )
