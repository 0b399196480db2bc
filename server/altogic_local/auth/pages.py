"""The stand-in OAuth provider's sign-in page: plain server-rendered HTML, no JavaScript."""

from __future__ import annotations

from html import escape

PROVIDER_NAMES = {
    "google": "Google",
    "facebook": "Facebook",
    "twitter": "Twitter",
    "apple": "Apple",
    "discord": "Discord",
    "github": "GitHub",
}

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with {name} (altogic-local)</title>
<style>
  body {{ font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }}
  main {{ max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem;
         border-radius: .5rem; box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
  h1 {{ font-size: 1.4rem; margin-top: 0; }}
  p {{ color: #555; font-size: .9rem; }}
  label {{ display: block; margin: 1rem 0 .3rem; font-weight: 600; }}
  input {{ width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }}
  button {{ margin-top: 1.5rem; width: 100%; padding: .6rem; font-size: 1rem;
           background: #3b5bdb; color: #fff; border: 0; border-radius: .3rem; cursor: pointer; }}
</style>
</head>
<body>
<main>
<h1>Sign in with {name}</h1>
<p>This page of the local Altogic backend stands in for {name}: enter the account the
provider would report. No password is needed.</p>
<form method="post" action="{provider}">
  <label for="email">Email address</label>
  <input id="email" name="email" type="email" required maxlength="254" autocomplete="email">
  <label for="name">Name (optional)</label>
  <input id="name" name="name" type="text" maxlength="256" autocomplete="name">
  <button id="submit" type="submit">Continue</button>
</form>
</main>
</body>
</html>
"""


def oauth_page(provider: str) -> str:
    """The page for `provider` (one of `PROVIDER_NAMES`). The form posts back to the same URL
    (a relative action, so it works under any base path)."""
    return _PAGE.format(
        name=escape(PROVIDER_NAMES.get(provider, provider)), provider=escape(provider, quote=True)
    )
