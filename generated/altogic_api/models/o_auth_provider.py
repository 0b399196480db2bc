from typing import Literal

OAuthProvider = Literal["apple", "discord", "facebook", "github", "google", "twitter"]

O_AUTH_PROVIDER_VALUES: set[OAuthProvider] = {
    "apple",
    "discord",
    "facebook",
    "github",
    "google",
    "twitter",
}


def check_o_auth_provider(value: str) -> OAuthProvider:
    if value in O_AUTH_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_PROVIDER_VALUES!r}"
    )
