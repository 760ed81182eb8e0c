"""The compiled builds of the hot modules (rasad/native.py): used only while they match the sources,
and then giving exactly the events of the pure Python modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad import native


def _fake_build(d: Path, digests: dict[str, str]) -> None:
    suffix = native._SUFFIX
    for m in digests:
        f = d.joinpath(*m.split(".")).with_name(m.rsplit(".", 1)[1] + suffix)
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"")
    (d / "grp__mypyc").with_name("grp__mypyc" + suffix).write_bytes(b"")
    (d / "manifest.json").write_text(json.dumps({"python": suffix, "modules": digests, "shared": ["grp__mypyc"]}))


def test_a_build_is_used_only_while_every_module_matches_its_source(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_PURE", raising=False)
    assert native.check(tmp_path)[0] is None and "not built" in native.check(tmp_path)[1]
    digests = {m: native._digest(native._source(m)) for m in native.MODULES}
    _fake_build(tmp_path, digests)
    files, status = native.check(tmp_path)
    assert status.startswith("on") and files is not None
    assert set(files) == set(native.MODULES) | {"grp__mypyc"}
    # one module edited since the build: none of the compiled modules is used
    _fake_build(tmp_path, {**digests, "rasad.extract.core": "0" * 64})
    files, status = native.check(tmp_path)
    assert files is None and "stale" in status and "rasad.extract.core" in status
    # a build for another Python, or RASAD_PURE
    man = json.loads((tmp_path / "manifest.json").read_text())
    (tmp_path / "manifest.json").write_text(json.dumps({**man, "modules": digests, "python": ".cpython-39.so"}))
    assert native.check(tmp_path)[0] is None
    (tmp_path / "manifest.json").write_text(json.dumps({**man, "modules": digests}))
    monkeypatch.setenv("RASAD_PURE", "1")
    assert native.check(tmp_path) == (None, "off: RASAD_PURE is set")


def _extract(seeds: Path, out: Path, pure: bool) -> str:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("RASAD_PURE", None)
    if pure:
        env["RASAD_PURE"] = "1"
    code = ("import sys\nfrom rasad import native\nfrom rasad.cli import app\n"
            "app(sys.argv[1:], prog_name='rasad', standalone_mode=False)\nprint(native.active(), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code, "extract", str(seeds), "--format", "events-jsonl",
                          "-o", str(out)], env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stderr.strip().splitlines()[-1]


def test_the_compiled_modules_give_the_events_of_the_pure_ones(seeds_dir: Path, tmp_path: Path) -> None:
    files, status = native.check()
    if files is None:
        pytest.skip(f"no usable build: {status}")
    assert _extract(seeds_dir, tmp_path / "native.jsonl", pure=False) == "True"
    assert _extract(seeds_dir, tmp_path / "pure.jsonl", pure=True) == "False"
    got = (tmp_path / "native.jsonl").read_text(encoding="utf-8")
    assert got and got == (tmp_path / "pure.jsonl").read_text(encoding="utf-8")
