from typing import Literal

ComputationSort = Literal["asc", "desc", "none"]

COMPUTATION_SORT_VALUES: set[ComputationSort] = {
    "asc",
    "desc",
    "none",
}


def check_computation_sort(value: str) -> ComputationSort:
    if value in COMPUTATION_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTATION_SORT_VALUES!r}"
    )
