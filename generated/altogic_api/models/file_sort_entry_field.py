from typing import Literal

FileSortEntryField = Literal[
    "bucketId",
    "encoding",
    "fileName",
    "isPublic",
    "mimeType",
    "publicPath",
    "size",
    "tags",
    "updatedAt",
    "uploadedAt",
    "userId",
]

FILE_SORT_ENTRY_FIELD_VALUES: set[FileSortEntryField] = {
    "bucketId",
    "encoding",
    "fileName",
    "isPublic",
    "mimeType",
    "publicPath",
    "size",
    "tags",
    "updatedAt",
    "uploadedAt",
    "userId",
}


def check_file_sort_entry_field(value: str) -> FileSortEntryField:
    if value in FILE_SORT_ENTRY_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SORT_ENTRY_FIELD_VALUES!r}"
    )
