"""Loading an app's handler file (or module) and checking what it declares."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from . import (
    Definition,
    DefinitionError,
    EndpointDefinition,
    QueueDefinition,
    TaskDefinition,
)
from . import __name__ as _package

_lock = threading.Lock()


class HandlerFileError(ValueError):
    """The handler file cannot be loaded, or declares something wrong; the message names the
    file, the line and the problem."""


@dataclass
class Functions:
    """What a handler file declares."""

    source: str | None = None
    endpoints: list[EndpointDefinition] = field(default_factory=list)
    queues: list[QueueDefinition] = field(default_factory=list)
    tasks: list[TaskDefinition] = field(default_factory=list)


def is_file_reference(reference: str) -> bool:
    """Whether `functions:` names a file (`handlers.py`, `app/handlers.py`) rather than a
    module (`myapp.handlers`)."""
    return reference.endswith(".py") or "/" in reference or "\\" in reference


def load_functions(reference: str | None, base_dir: Path | None = None) -> Functions:
    """Load the handler file (a path, relative to `base_dir`) or importable module `reference`;
    raises HandlerFileError naming the file, the line and the problem."""
    if reference is None:
        return Functions()
    import altogic_local.functions as public

    collected: list[Definition] = []
    with _lock:
        public._collected = collected
        try:
            if is_file_reference(reference):
                path = Path(reference)
                if not path.is_absolute() and base_dir is not None:
                    path = base_dir / path
                source = str(path)
                _exec_file(path)
            else:
                source = reference
                _import(reference)
        finally:
            public._collected = None
    return _checked(source, collected)


def _exec_file(path: Path) -> ModuleType:
    if not path.is_file():
        raise HandlerFileError(f"{path}: the handler file does not exist")
    name = f"altogic_app_handlers_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover (a .py path always has one)
        raise HandlerFileError(f"{path}: cannot be loaded as Python")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    # Its folder is importable (`import helpers` beside handlers.py), after everything else:
    # a helper never shadows an installed module (a `json.py` there does not break the backend).
    folder = str(path.resolve().parent)
    if folder not in sys.path:
        sys.path.append(folder)
    try:
        spec.loader.exec_module(module)
    except BaseException as exc:
        sys.modules.pop(name, None)
        raise _located(exc, str(path)) from exc
    return module


def _import(name: str) -> ModuleType:
    try:
        if name in sys.modules:  # declare its handlers afresh
            return importlib.reload(sys.modules[name])
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            raise HandlerFileError(f"{name}: no such module or handler file") from exc
        raise _located(exc, None) from exc
    except BaseException as exc:
        raise _located(exc, None) from exc


def _located(exc: BaseException, path: str | None) -> HandlerFileError:
    """The error of a handler file that failed to load, at the line that failed."""
    if isinstance(exc, SyntaxError):
        where = f"{exc.filename or path}:{exc.lineno}"
        return HandlerFileError(f"{where}: syntax error: {exc.msg}")
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if not frame.filename.startswith(str(Path(__file__).parent))
        and "importlib" not in frame.filename
    ]
    frame = next(
        (f for f in reversed(frames) if path is None or f.filename == path),
        frames[-1] if frames else None,
    )
    where = f"{frame.filename}:{frame.lineno}" if frame is not None else (path or _package)
    if isinstance(exc, DefinitionError):
        return HandlerFileError(f"{where}: {exc}")
    return HandlerFileError(f"{where}: {type(exc).__name__}: {exc}")


def _checked(source: str, collected: list[Definition]) -> Functions:
    functions = Functions(source)
    routes: dict[tuple[str, str], EndpointDefinition] = {}
    queues: dict[str, QueueDefinition] = {}
    tasks: dict[str, TaskDefinition] = {}
    for definition in collected:
        if isinstance(definition, EndpointDefinition):
            # `/a/{x}` and `/a/{y}` are the same route.
            shape = "/".join(
                "{}" if part.startswith("{") else part for part in definition.path.split("/")
            )
            first = routes.get((definition.method, shape))
            if first is not None:
                raise HandlerFileError(
                    f"{definition.origin}: duplicate route {definition.route} "
                    f"(already declared at {first.origin})"
                )
            routes[(definition.method, shape)] = definition
            functions.endpoints.append(definition)
        elif isinstance(definition, QueueDefinition):
            if definition.name in queues:
                raise HandlerFileError(
                    f"{definition.origin}: duplicate queue {definition.name} "
                    f"(already declared at {queues[definition.name].origin})"
                )
            queues[definition.name] = definition
            functions.queues.append(definition)
        else:
            if definition.name in tasks:
                raise HandlerFileError(
                    f"{definition.origin}: duplicate task {definition.name} "
                    f"(already declared at {tasks[definition.name].origin})"
                )
            tasks[definition.name] = definition
            functions.tasks.append(definition)
    return functions
