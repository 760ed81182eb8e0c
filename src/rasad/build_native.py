"""Build the compiled modules of rasad/native.py with mypyc.

    python -m rasad.build_native           # compile native.MODULES into native.NATIVE_DIR
    python -m rasad.build_native status    # which modules load: compiled or pure Python

A copy of the sources is compiled in a temporary folder (nothing is written into src/, where an
extension would shadow its own source); the extensions go to NATIVE_DIR and the manifest, with
each module's SHA-256 as copied, is written last. A failed build leaves no manifest: the pure
Python modules are used and the message says why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rasad import native

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="rasad_native", ext_modules=mypycify({paths!r}, opt_level="3"),
      script_args=["build_ext", "--inplace"])
"""


def build(native_dir: Path | None = None, quiet: bool = False) -> Path:
    d = native_dir or native.NATIVE_DIR
    suffix = native._SUFFIX
    with tempfile.TemporaryDirectory(prefix="rasad-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(native.SRC / "rasad", work / "rasad", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        digests = {m: native._digest(native._source(m, work)) for m in native.MODULES}
        depends = {m: native._digest(native._source(m, work)) for m in native.DEPENDS}
        (work / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
        paths = [str(native._source(m, work).relative_to(work)) for m in native.MODULES]
        (work / "setup_native.py").write_text(_SETUP.format(paths=paths),
                                              encoding="utf-8")
        run = subprocess.run([sys.executable, "setup_native.py"], cwd=work, capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"mypyc failed ({run.returncode}):\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
        # the group libraries: one per module with `separate` ("rasad/extract/core__mypyc...so")
        shared = sorted(p.relative_to(work) for p in work.rglob("*__mypyc" + suffix) if "build" not in p.parts)
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for rel in shared:
            (d / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(work / rel, d / rel)
        for m in native.MODULES:
            rel = Path(*m.split(".")).with_name(m.rsplit(".", 1)[1] + suffix)
            (d / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(work / rel, d / rel)
        manifest = {"python": suffix, "modules": digests, "depends": depends,
                    "shared": [".".join(rel.parts)[: -len(suffix)] for rel in shared]}
        (d / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    if not quiet:
        print(f"rasad: compiled {len(native.MODULES)} modules into {d}")
    return d


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["status"]:
        print("native: " + native.check()[1])
        return 0
    if args:
        print("usage: python -m rasad.build_native [status]", file=sys.stderr)
        return 2
    try:
        build()
    except (RuntimeError, OSError) as e:
        print(f"rasad: the compiled modules were not built, the pure Python ones will be used: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
