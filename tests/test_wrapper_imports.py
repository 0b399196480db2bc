"""What importing the wrapper costs: `import altogic` stays light (the generated client's models
and aiohttp are imported on first use), and no part of the wrapper needs the local backend."""

from __future__ import annotations

import json
import subprocess
import sys


def modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert output.returncode == 0, output.stderr
    return set(json.loads(output.stdout.splitlines()[-1]))


def test_import_altogic_leaves_heavy_modules_for_first_use() -> None:
    loaded = modules_after("import altogic")
    for heavy in ("altogic_api", "altogic.types", "aiohttp", "altogic._sync.db", "altogic.db"):
        assert heavy not in loaded, heavy


def test_the_wrapper_does_not_need_the_local_backend() -> None:
    code = (
        "import pkgutil, importlib, altogic\n"
        "for info in pkgutil.walk_packages(altogic.__path__, 'altogic.'):\n"
        "    importlib.import_module(info.name)\n"
        "altogic.create_client('https://example.com', 'key').db.model('m').object('x')\n"
    )
    loaded = modules_after(code)
    assert {"altogic._sync.db", "altogic._async.auth", "altogic.types"} <= loaded
    assert not {name for name in loaded if name.startswith(("altogic_local", "altogic_models"))}


def test_altogic_types_is_reachable_from_the_package() -> None:
    loaded = modules_after("import altogic\nassert altogic.types.User.__name__ == 'User'")
    assert "altogic.types" in loaded
