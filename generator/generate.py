"""Regenerate everything under generated/ from spec/altogic.yaml.

    python generator/generate.py           # wipe and regenerate
    python generator/generate.py --check   # regenerate, then fail if generated/ changed

Both generators are pinned in pyproject.toml, and so is ruff, which formats their output.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import wrapper_code

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "altogic.yaml"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "generator" / "templates"
BIN = Path(sys.executable).parent

MODELS_HEADER = '"""Pydantic v2 models generated from spec/altogic.yaml; run `make generate`."""\n'


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    """Run a generator; fail on a non-zero exit or on any warning it prints."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0 or "warning" in output.lower():
        sys.stderr.write(output)
        raise SystemExit(f"generation failed: {' '.join(str(a) for a in args)}")


def generate_client(spec: Path, out: Path) -> None:
    run(
        BIN / "openapi-python-client",
        "generate",
        "--path",
        spec,
        "--config",
        ROOT / "generator" / "client-config.yaml",
        "--meta",
        "none",
        "--output-path",
        out,
        "--fail-on-warning",
    )
    (out / "py.typed").write_text("")


def generate_models(spec: Path, out: Path) -> None:
    out.mkdir(parents=True)
    # datamodel-codegen looks for a pyproject.toml above its output file and formats with the
    # settings it finds there; generating into an empty directory keeps the output independent of
    # where the repository lives and of its lint settings.
    with tempfile.TemporaryDirectory() as neutral_dir:
        _generate_models(spec, Path(neutral_dir) / "models.py", Path(neutral_dir))
        shutil.copyfile(Path(neutral_dir) / "models.py", out / "models.py")
    (out / "__init__.py").write_text(MODELS_HEADER + "\nfrom .models import *  # noqa: F403\n")
    (out / "py.typed").write_text("")
    # The strict JSON scalar types the models use (overridden above); generated code imports
    # nothing from the hand-written packages.
    shutil.copyfile(TEMPLATES / "jsontypes.py", out / "jsontypes.py")
    # The backend serves the spec it implements; ship a copy of it with its models.
    shutil.copyfile(spec, out / "openapi.yaml")


def _generate_models(spec: Path, output: Path, cwd: Path) -> None:
    run(
        BIN / "datamodel-codegen",
        "--input",
        spec,
        "--input-file-type",
        "openapi",
        "--output",
        output,
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--target-pydantic-version",
        "2.14",
        "--use-annotated",
        "--field-constraints",
        "--use-standard-collections",
        "--use-union-operator",
        "--collapse-root-models",
        "--use-missing-sentinel",
        "--strict-nullable",
        "--snake-case-field",
        "--allow-population-by-field-name",
        "--strict-types",
        "str",
        "int",
        "float",
        "bool",
        "--import-overrides",
        '{"StrictInt": "altogic_models.jsontypes"}',
        "--use-double-quotes",
        "--use-schema-description",
        # Query parameters get models too (`CacheGetParametersQuery`, named after the operation),
        # which the backend validates query strings with.
        "--openapi-scopes",
        "schemas",
        "paths",
        "parameters",
        "--use-operation-id-as-name",
        "--disable-timestamp",
        "--formatters",
        "ruff-format",
        "ruff-check",
        cwd=cwd,
    )


def generated_changes() -> str:
    proc = subprocess.run(
        [
            *("git", "status", "--porcelain", "--untracked-files=all", "--", str(GENERATED)),
            *map(str, wrapper_code.OUTPUTS),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not up to date")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec to generate from")
    parser.add_argument("--out", type=Path, default=GENERATED, help="the folder to generate into")
    args = parser.parse_args()

    client_dir, models_dir = args.out / "altogic_api", args.out / "altogic_models"
    for folder in (client_dir, models_dir):
        shutil.rmtree(folder, ignore_errors=True)
    generate_client(args.spec.resolve(), client_dir.resolve())
    generate_models(args.spec.resolve(), models_dir.resolve())
    wrapper_code.generate(args.spec.resolve())

    if args.check:
        changes = generated_changes()
        if changes:
            sys.stderr.write(changes)
            raise SystemExit(
                "generated/ differs from spec/altogic.yaml: run `make generate`, commit"
            )
        print("generated/ is up to date")


if __name__ == "__main__":
    main()
