"""Running the official JavaScript client (npm `altogic@2.3.9`) against the local backend, to
check that the backend speaks Altogic's wire format, quirks included.

The package is installed once into a cache folder. Tests skip, saying why, when Node.js or the
npm registry is not available.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

PACKAGE = "altogic@2.3.9"
CACHE = Path(os.environ.get("ALTOGIC_JS_CACHE", Path.home() / ".cache" / "altogic-python-tests"))
PRELUDE = """
const { createClient } = require('altogic');
const client = createClient(process.env.ENV_URL, process.env.CLIENT_KEY);
const out = {};
"""


def js_client_dir() -> Path:
    """The folder holding node_modules/altogic; installs it on first use."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("Node.js and npm are needed to run the official JavaScript client")
    folder = CACHE / "js-client"
    if not (folder / "node_modules" / "altogic" / "package.json").exists():
        folder.mkdir(parents=True, exist_ok=True)
        install = subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "--prefix",
                str(folder),
                PACKAGE,
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if install.returncode != 0:
            pytest.skip(f"npm could not install {PACKAGE}: {install.stderr.strip()[-300:]}")
    return folder


NATIVE_FETCH = """
// Browsers give the client a fetch that sends FormData and Blob bodies; in Node.js the client's
// cross-fetch (node-fetch 2) sends them as the text "[object FormData]". Node's own fetch (as in a
// browser) stands in for it, so that multipart uploads go out as the client means them.
require.cache[require.resolve('cross-fetch')] = {
  id: 'cross-fetch', loaded: true,
  exports: Object.assign((...a) => fetch(...a), {default: (...a) => fetch(...a), __esModule: true}),
};
"""


def run_js(
    body: str, env_url: str, client_key: str = "js-client-key", *, native_fetch: bool = False
) -> Any:
    """Run `body` (JavaScript, inside an async function, filling `out`) and return `out`. With
    `native_fetch`, the client sends with Node's fetch, as it does in a browser."""
    folder = js_client_dir()
    prelude = (NATIVE_FETCH if native_fetch else "") + PRELUDE
    script = prelude + "(async () => {\n" + body + "\nconsole.log(JSON.stringify(out));\n})();"
    result = subprocess.run(
        ["node", "-e", script],
        cwd=folder,
        env={**os.environ, "ENV_URL": env_url, "CLIENT_KEY": client_key},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
