from typing import Literal

CacheDuration = Literal[
    "10mins",
    "12hours",
    "15mins",
    "1day",
    "1hour",
    "1min",
    "1month",
    "1week",
    "1year",
    "2mins",
    "30mins",
    "30sec",
    "5mins",
    "6hours",
    "6months",
    "nocache",
    "noexpiry",
]

CACHE_DURATION_VALUES: set[CacheDuration] = {
    "10mins",
    "12hours",
    "15mins",
    "1day",
    "1hour",
    "1min",
    "1month",
    "1week",
    "1year",
    "2mins",
    "30mins",
    "30sec",
    "5mins",
    "6hours",
    "6months",
    "nocache",
    "noexpiry",
}


def check_cache_duration(value: str) -> CacheDuration:
    if value in CACHE_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CACHE_DURATION_VALUES!r}"
    )
