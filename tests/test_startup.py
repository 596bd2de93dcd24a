"""What ``import georoute`` and ``georoute verify`` import: heavy or optional libraries only when
used (issue 14). Run in fresh processes, read from ``sys.modules``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SEEDS

#: Never imported by ``import georoute`` nor by ``georoute verify`` of articles.
UNUSED = ("dask", "distributed", "pyarrow", "starlette", "uvicorn", "georoute.serve")
#: Not imported by ``verify`` unless a map, a frame or schema validation is asked for; nor
#: scipy's sparse graphs and k-d trees, nor shapely, for the few routes of the seeds (the rail
#: network routes its first searches in Python, from the cached arrays).
LAZY = (
    "pandas",
    "folium",
    "jsonschema",
    "georoute.outputs.reportpage",
    "scipy.sparse",
    "scipy.spatial",
    "shapely",
)
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
    found = json.loads(report.read_text(encoding="utf-8"))["findings"]  # it did verify ...
    assert any(f["check"] == "route_length" for f in found)  # ... and routed on the rails


def test_tokenizer_rules_are_cached_and_a_bad_cache_is_rebuilt(tmp_path, monkeypatch):
    """The tokenizer's special cases are chosen once and read from the cache folder after (the
    choice tokenizes every form: most of what building the tokenizer cost); an unreadable or
    tampered file is chosen again, never trusted."""
    from georoute.text import document

    monkeypatch.setenv("GEOROUTE_CACHE_DIR", str(tmp_path))
    chosen = document._chosen_rules()
    calls = [0]

    def counted():
        calls[0] += 1
        return chosen

    monkeypatch.setattr(document, "_chosen_rules", counted)
    assert document._rules() == chosen and calls[0] == 1
    (cached,) = tmp_path.glob("spacy-rules-*.json")
    assert document._rules() == chosen and calls[0] == 1  # read from the file
    for bad in ("{not json", json.dumps({"N.Y.": ["N.", "X."]}), "[]"):
        cached.write_text(bad, encoding="utf-8")
        assert document._rules() == chosen
    assert calls[0] == 4
    assert json.loads(cached.read_text(encoding="utf-8")) == chosen  # written back whole
    # the abbreviations stay whole, and rules that split as the other rules do are left out
    assert chosen["Supt."] == ["Supt."] and "\n" not in chosen


def test_tokenizer_vocabulary_is_bounded_over_a_corpus(monkeypatch):
    """spaCy keeps every new word in its vocabulary: past ``VOCAB_LIMIT`` lexemes the document
    layer starts a fresh one, with the same tokens, so memory does not grow with the corpus."""
    from georoute.text import document

    texts = [
        f"Train {i} left Zorbu{i}x and Qelm{i}o at {i}:15 p.m. on Sept. {i % 28 + 1}, it said."
        for i in range(400)
    ]
    document._nlp.cache_clear()
    before = [document._tokens(t) for t in texts]
    grown = len(document._nlp().vocab)
    monkeypatch.setattr(document, "VOCAB_LIMIT", 200)
    document._nlp.cache_clear()
    sizes, after = [], []
    for t in texts:
        after.append(document._tokens(t))
        sizes.append(len(document._nlp().vocab))
    assert after == before  # a fresh vocabulary reads the same tokens
    fresh = document._nlp().fresh
    assert grown > fresh + 1000 and max(sizes) <= fresh + 200 + 20  # one text's words past it
    assert min(sizes[100:]) < max(sizes[100:])  # it was replaced, more than once
    document._nlp.cache_clear()
