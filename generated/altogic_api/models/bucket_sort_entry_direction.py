from typing import Literal

BucketSortEntryDirection = Literal["asc", "desc"]

BUCKET_SORT_ENTRY_DIRECTION_VALUES: set[BucketSortEntryDirection] = {
    "asc",
    "desc",
}


def check_bucket_sort_entry_direction(value: str) -> BucketSortEntryDirection:
    if value in BUCKET_SORT_ENTRY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUCKET_SORT_ENTRY_DIRECTION_VALUES!r}"
    )
