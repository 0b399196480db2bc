from typing import Literal

ComputationType = Literal["avg", "count", "countif", "max", "min", "sum"]

COMPUTATION_TYPE_VALUES: set[ComputationType] = {
    "avg",
    "count",
    "countif",
    "max",
    "min",
    "sum",
}


def check_computation_type(value: str) -> ComputationType:
    if value in COMPUTATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTATION_TYPE_VALUES!r}"
    )
