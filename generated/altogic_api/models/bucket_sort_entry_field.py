from typing import Literal

BucketSortEntryField = Literal[
    "createdAt", "isPublic", "name", "tags", "updatedAt", "userId"
]

BUCKET_SORT_ENTRY_FIELD_VALUES: set[BucketSortEntryField] = {
    "createdAt",
    "isPublic",
    "name",
    "tags",
    "updatedAt",
    "userId",
}


def check_bucket_sort_entry_field(value: str) -> BucketSortEntryField:
    if value in BUCKET_SORT_ENTRY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUCKET_SORT_ENTRY_FIELD_VALUES!r}"
    )
