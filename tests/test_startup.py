"""What ``import georoute`` and ``georoute verify`` import: heavy or optional libraries only when
used (issue 14). Run in fresh processes, read from ``sys.modules``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SEEDS

#: Never imported by ``import georoute`` nor by ``georoute verify`` of articles.
UNUSED = ("dask", "distributed", "pyarrow", "starlette", "uvicorn")
#: Not imported by ``verify`` unless a map, a frame or schema validation is asked for.
LAZY = ("pandas", "folium", "jsonschema")
#: Imported when the first article is read (the annotated document's tokenizer), not before.
READING = ("spacy",)


def _imported(code: str, names: tuple[str, ...]) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in {names!r} if m in sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_import_georoute_imports_no_optional_library():
    assert _imported("import georoute", UNUSED + LAZY + READING) == []
    # the probe can fail: a library imported on purpose is seen
    assert _imported("import georoute, pyarrow", UNUSED) == ["pyarrow"]


@pytest.mark.slow
def test_verify_imports_only_what_it_uses(tmp_path):
    report = tmp_path / "r.json"
    run = (
        "from georoute.cli import main\n"
        f"code = main(['verify', {str(SEEDS)!r}, '-q', '--json', {str(report)!r}])\n"
        "assert code in (0, 1), code"
    )
    assert _imported(run, UNUSED + LAZY + READING) == list(READING)
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]  # it did verify
