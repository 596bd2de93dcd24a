"""The package as a user installs it: a wheel built from the repository, installed in a fresh
virtual environment, verifies the seeds from a folder outside the repository and writes the
JSON report, the map and the report page, with data and map assets from package data only.

The wheel test takes minutes (build, install, first index build), so it runs when
``GEOROUTE_TEST_WHEEL=1`` (``make test``, hence CI, sets it); ``pytest -m wheel`` selects it.
Dependencies come from a wheelhouse in the cache folder, filled from the package index once and
used with ``--no-index`` after that.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "mapassets" / "node_modules"
VENDORED = ROOT / "georoute" / "data" / "mapassets"
#: What building the wheel reads (setup.py and pyproject.toml name nothing else).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "georoute", "gazetteer")
#: The one report field that differs between installs: a hash of the sources' file times.
INSTALL_SPECIFIC = re.compile(r"schema \d+, sources [0-9a-f]{16}")


def _vendor_module():
    spec = importlib.util.spec_from_file_location("vendor", ROOT / "mapassets" / "vendor.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="mapassets/node_modules not installed")
def test_vendored_map_assets_are_the_npm_packages_files():
    """The copy in package data is exactly what `python mapassets/vendor.py` makes from the npm
    packages of package-lock.json: the same files, the same bytes."""
    wanted = _vendor_module().wanted_files(NODE_MODULES)
    have = {p.relative_to(VENDORED).as_posix() for p in VENDORED.rglob("*") if p.is_file()}
    assert have == set(wanted), "run `python mapassets/vendor.py` after `npm ci` in mapassets/"
    changed = [rel for rel, data in wanted.items() if (VENDORED / rel).read_bytes() != data]
    assert not changed, f"vendored map assets differ from the npm packages: {changed}"


def test_map_assets_and_gazetteer_come_from_the_package():
    """No run-time path leads outside the installed package (or an editable install of it)."""
    import georoute
    from georoute.geo import gazindex
    from georoute.outputs import mapassets

    pkg = Path(georoute.__file__).resolve().parent
    if "GEOROUTE_MAP_ASSETS" not in os.environ:
        assert mapassets.ASSETS_DIR.resolve() == pkg / "data" / "mapassets"
    assert mapassets.inline_js() and mapassets.inline_css()
    if "GEOROUTE_GAZETTEER_DIR" not in os.environ:
        assert (gazindex.GAZETTEER_DIR / gazindex.CURATED_PLACES).is_file()


def _run(cmd: list, **kw) -> subprocess.CompletedProcess:
    res = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if res.returncode:
        pytest.fail(f"{' '.join(map(str, cmd))} exited {res.returncode}:\n{res.stderr[-3000:]}")
    return res


def _pip(*args, python: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pip", *(["--python", python] if python else []), *args]
    res = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
    if check and res.returncode:
        pytest.fail(f"pip {' '.join(map(str, args))} failed:\n{res.stderr[-3000:]}")
    return res


def _fill_wheelhouse(wheelhouse: Path) -> None:
    """Wheels of the build requirement and of every dependency, from the package index."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [*meta["build-system"]["requires"], *meta["project"]["dependencies"]]
    _pip("wheel", "--quiet", "--wheel-dir", wheelhouse, *reqs)


def _clean_env(cache: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GEOROUTE_GAZETTEER_DIR", "GEOROUTE_MAP_ASSETS", "PYTHONPATH", "VIRTUAL_ENV")
    }
    env["GEOROUTE_CACHE_DIR"] = str(cache)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # so the venv's file list shows any other write
    return env


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if "__pycache__" not in p.parts}


@pytest.mark.wheel
@pytest.mark.skipif(
    os.environ.get("GEOROUTE_TEST_WHEEL") != "1",
    reason="builds and installs a wheel (minutes): set GEOROUTE_TEST_WHEEL=1 (make test does)",
)
def test_wheel_in_a_fresh_venv_verifies_the_seeds(tmp_path):
    import jsonschema

    from georoute.geo.gazindex import cache_dir
    from georoute.outputs.report import SCHEMA_FILE

    # 0. this checkout's install finds gazetteer/ as the package georoute._gazetteer too
    here = _run(
        [
            sys.executable,
            "-c",
            "from importlib.resources import files;print(files('georoute._gazetteer'))",
        ]
    ).stdout.strip()
    assert Path(here).resolve() == ROOT / "gazetteer"

    # 1. the wheel, built from a copy of the build inputs (no stale build/ folder can leak in)
    src = tmp_path / "src"
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    wheelhouse = cache_dir() / "wheelhouse"
    wheelhouse.mkdir(exist_ok=True)
    dist = tmp_path / "dist"
    build = ("wheel", "--no-deps", "--no-index", "--find-links", wheelhouse, "-w", dist, src)
    if _pip(*build, check=False).returncode:
        _fill_wheelhouse(wheelhouse)  # first run on this machine: online, once
        _pip(*build)
    (wheel,) = dist.glob("georoute-*.whl")

    # 2. a fresh virtual environment (no system site-packages), the wheel and its dependencies
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    py = venv / "bin" / "python"
    install = ("install", "--quiet", "--no-compile", "--no-index", "--find-links", wheelhouse)
    if _pip(*install, wheel, python=py, check=False).returncode:
        _fill_wheelhouse(wheelhouse)
        _pip(*install, wheel, python=py)
    site = Path(
        _run([py, "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"]).stdout.strip()
    )
    assert not (venv / "pyvenv.cfg").read_text().count("include-system-site-packages = true")

    # 3. from a folder outside the repository, with an empty cache folder
    run = tmp_path / "run"
    shutil.copytree(ROOT / "seeds", run / "seeds")
    cache = tmp_path / "cache"
    env = _clean_env(cache)
    where = _run(
        [
            py,
            "-c",
            "import georoute, georoute.geo.gazindex as g, georoute.outputs.mapassets as m;"
            "print(georoute.__file__); print(g.GAZETTEER_DIR); print(m.ASSETS_DIR)",
        ],
        cwd=run,
        env=env,
    ).stdout.split("\n")
    for line in where[:3]:
        assert Path(line).resolve().is_relative_to(site), where
    before = _files(venv)
    outputs = ("--json", "report.json", "--map", "map.html", "--html", "page.html", "-q")
    _run([venv / "bin" / "georoute", "verify", "seeds/", *outputs], cwd=run, env=env)

    # the index was built in the cache folder, and nothing was written into the installation
    assert list(cache.glob("gazetteer-*.sqlite")), sorted(p.name for p in cache.iterdir())
    assert _files(venv) == before

    # 4. the same outputs as this checkout's install gives for the same input
    ref = tmp_path / "ref"
    shutil.copytree(ROOT / "seeds", ref / "seeds")
    ref_env = {**os.environ, "GEOROUTE_CACHE_DIR": str(cache_dir())}
    _run([sys.executable, "-m", "georoute", "verify", "seeds/", *outputs], cwd=ref, env=ref_env)
    report = json.loads((run / "report.json").read_text(encoding="utf-8"))
    expected = json.loads((ref / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert report["findings"], "the seeds give findings"
    for r in (report, expected):
        r["data"]["gazetteer_index"] = INSTALL_SPECIFIC.sub("", r["data"]["gazetteer_index"])
    assert report == expected
    assert (run / "map.html").read_bytes() == (ref / "map.html").read_bytes()
    page, ref_page = ((d / "page.html").read_text(encoding="utf-8") for d in (run, ref))
    assert INSTALL_SPECIFIC.sub("", page) == INSTALL_SPECIFIC.sub("", ref_page)
    assert "georoute-data" in page and "leaflet" in (run / "map.html").read_text(encoding="utf-8")
