"""Compiled builds of the hot modules, used only while they match the sources.

Why: extraction is rule code over Python strings, lists and dicts, and no library does it for us.
mypyc (it ships with mypy, already a pinned dependency) compiles these type-checked modules to C
extensions that give the same events about 1.7 times faster (`make bench` prints both).

    python -m rasad.build_native          # `make setup` runs it (rasad/build_native.py; gcc, minutes)
    python -m rasad.build_native status   # "native: on (...)", "off: stale (...)", "off: not built"

The build compiles a copy of `MODULES`' sources into `build/native/` beside `src/` (never into
`src/`, where an extension would shadow its own source) and writes `manifest.json`: each
module's SHA-256 at build time. At import, `rasad/__init__.py` calls `install()`, which adds an
import finder for the compiled modules only if every one of them still matches its source; a
module edited since the build, a missing build or `RASAD_PURE=1` leaves the pure Python modules
in charge, so an edit is never hidden by a stale build. The compiled modules are one group: all
of them or none.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

# the modules compiled together: the extractor, the time expressions, the knowledge base's matcher,
# normalisation, sentences
MODULES = (
    "rasad.extract.core",
    "rasad.extract.lexicon",
    "rasad.timex.core",
    "rasad.timex.lexicon",
    "rasad.kb.fastnorm",
    "rasad.kb.engine",
    "rasad.arabic.normalize",
    "rasad.arabic.sentences",
    "rasad.arabic.tokens",
)
# modules the compiled ones take their types from (rasad.types' dataclasses, the YAML loader): not
# compiled, but an edit to them also makes the build stale, since mypyc compiled against them
DEPENDS = ("rasad.types", "rasad.dataio", "rasad.kb.loader", "rasad.kb.model", "rasad.errors")
SRC = Path(__file__).resolve().parent.parent  # the folder holding the rasad package (src/)
NATIVE_DIR = Path(os.environ.get("RASAD_NATIVE_DIR") or SRC.parent / "build" / "native")
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so"

_state: dict[str, Any] = {"status": "off: not checked"}


def _source(module: str, root: Path = SRC) -> Path:
    """The source file of a module under `root` (src/, or the build's copy of it)."""
    return root.joinpath(*module.split(".")).with_suffix(".py")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Finder(importlib.abc.MetaPathFinder):
    """Serves the compiled extension of each module it knows (and the group's shared library)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: Any = None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        f = self.files.get(fullname)
        if f is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(f))
        return importlib.util.spec_from_file_location(fullname, f, loader=loader)


def check(native_dir: Path | None = None) -> tuple[dict[str, Path] | None, str]:
    """The compiled files to use (None when the pure modules must load) and a one-line status."""
    d = native_dir or NATIVE_DIR
    if os.environ.get("RASAD_PURE"):
        return None, "off: RASAD_PURE is set"
    man = d / "manifest.json"
    if not man.is_file():
        return None, f"off: not built ({d})"
    try:
        info = json.loads(man.read_text(encoding="utf-8"))
        if info.get("python") != _SUFFIX:
            return None, f"off: built for {info.get('python')}, this Python loads {_SUFFIX}"
        files: dict[str, Path] = {}
        for module, digest in info.get("depends", {}).items():
            src = _source(module)
            if not src.is_file() or _digest(src) != digest:
                return None, f"off: stale ({module}, which the compiled modules use, changed since the build: make native)"
        for module, digest in info["modules"].items():
            src = _source(module)
            if not src.is_file() or _digest(src) != digest:
                return None, f"off: stale ({module} changed since the build: make native)"
            files[module] = d.joinpath(*module.split(".")).with_name(module.rsplit(".", 1)[1] + _SUFFIX)
        for name in info.get("shared", []):  # the group libraries ("rasad.extract.core__mypyc")
            files[name] = d.joinpath(*name.split(".")).with_name(name.rsplit(".", 1)[-1] + _SUFFIX)
    except (OSError, ValueError, KeyError, TypeError) as e:
        return None, f"off: unreadable manifest {man} ({e})"
    if not all(f.is_file() for f in files.values()):
        return None, f"off: incomplete build ({d})"
    return files, f"on ({len(info['modules'])} modules compiled, {d})"


def install() -> str:
    """Put the finder for the compiled modules in front when the build matches the sources (once);
    returns the status line."""
    if "installed" in _state:
        return str(_state["status"])
    _state["installed"] = True
    files, status = check()
    if files is not None and not any(m in sys.modules for m in MODULES):
        sys.meta_path.insert(0, _Finder(files))
    elif files is not None:
        status = "off: the modules were imported before the build was checked"
    _state["status"] = status
    return status


def status() -> str:
    """'on (...)' when the compiled modules are the ones loaded, else why not."""
    return str(_state["status"])


def active() -> bool:
    mod = sys.modules.get(MODULES[0])
    return mod is not None and str(getattr(mod, "__file__", "")).endswith(_SUFFIX)
