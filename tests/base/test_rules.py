"""The rule tables kept as data and their one loader (georoute.base.rules)."""

from __future__ import annotations

import json
import re

import pytest

from georoute.base import rules
from georoute.base.errors import DataError
from georoute.base.modes import MAX_SPEED_KMH, SUBMODES
from georoute.base.rules import rule_lists, rule_row, rule_rows, words_pattern
from georoute.text.intervals import HEDGES
from georoute.text.qualifiers import NOT_TRAVEL, RULES


@pytest.mark.parametrize("family", ["hedges", "endpoints", "names"])
def test_tables_have_unique_ids_and_words(family):
    rows = rule_rows(family)
    assert len({r["id"] for r in rows}) == len(rows)
    lists = [v for r in rows for v in r.values() if isinstance(v, list)]
    assert lists and all(
        v and all(isinstance(w, str) and w and w == w.strip() for w in v) for v in lists
    )


def test_hedge_table_is_read_from_the_data():
    assert set(HEDGES) == {w for r in rule_rows("hedges") for w in r["words"]}
    assert HEDGES["nearly"].kind == "below" and HEDGES["a maximum of"].kind == "upper"


def test_words_pattern_spaces_stems_and_any_word():
    rx = re.compile(r"\b(?:" + words_pattern(["arriv* in", "boarded _ at", "set off"]) + r")\b")
    assert rx.search("it arrived  in") and rx.search("boarded a train at") is None
    assert rx.search("boarded trains at") and rx.search("set\noff")
    literal = re.compile(words_pattern(["set off"], literal_spaces=True))
    assert literal.search("set off") and not literal.search("set\noff")
    assert re.fullmatch(words_pattern(["-", "a.b"]), "a.b") and not re.fullmatch(
        words_pattern(["a.b"]), "axb"
    )
    plus = re.compile(words_pattern(["envisag+"]) + "$")
    assert plus.match("envisaged") and not plus.match("envisag")


def test_a_missing_row_or_table_is_a_data_error(tmp_path, monkeypatch):
    with pytest.raises(DataError, match="no row"):
        rule_row("endpoints", "no such rule")
    with pytest.raises(DataError, match="unreadable"):
        rule_rows("no such family")


@pytest.fixture
def bad_table(tmp_path, monkeypatch):
    """Write a table ``bad`` in a scratch package folder; the loader reads it from there."""
    (tmp_path / "data" / "rules").mkdir(parents=True)
    monkeypatch.setattr(rules, "files", lambda _pkg: tmp_path)
    rules._doc.cache_clear()
    rules._table.cache_clear()

    def write(doc: dict) -> None:
        (tmp_path / "data" / "rules" / "bad.json").write_text(json.dumps(doc))

    yield write
    rules._doc.cache_clear()
    rules._table.cache_clear()


def test_a_repeated_id_is_a_data_error(bad_table):
    bad_table({"_about": "test", "rows": [{"id": "a", "words": []}, {"id": "a", "words": []}]})
    with pytest.raises(DataError, match="repeated id 'a'"):
        rule_rows("bad")


@pytest.mark.parametrize("source", [None, "", "  "])
def test_a_figure_without_its_source_is_a_data_error(bad_table, source):
    row = {"id": "ship", "max_kmh": 80, "words": ["ship"]}
    if source is not None:
        row["source"] = source
    bad_table({"_about": "test", "_figures": ["max_kmh"], "rows": [row]})
    with pytest.raises(DataError, match="'ship': max_kmh without its source"):
        rule_rows("bad")


def test_a_row_without_figures_needs_no_source(bad_table):
    bad_table(
        {
            "_about": "test",
            "_figures": ["max_kmh"],
            "rows": [{"id": "a", "words": ["x"]}, {"id": "b", "max_kmh": 1, "source": "s"}],
        }
    )
    assert [r["id"] for r in rule_rows("bad")] == ["a", "b"]


@pytest.mark.parametrize("family", ["modes", "qualifiers", "times"])
def test_every_figure_of_the_new_tables_names_its_source(family):
    rows = rule_rows(family)
    assert len({r["id"] for r in rows}) == len(rows)
    figures = rules._doc(family).get("_figures", [])
    held = [r for r in rows if any(f in r for f in figures)]
    assert all(r["source"].strip() for r in held)
    assert family == "qualifiers" or held


def test_mode_table_gives_each_mode_and_sub_mode_its_limit_and_source():
    modes = {r["id"]: r for r in rule_rows("modes") if "mode" not in r}
    subs = [r for r in rule_rows("modes") if "mode" in r]
    assert set(modes) == set(MAX_SPEED_KMH) and MAX_SPEED_KMH["air"] == modes["air"]["max_kmh"]
    assert {sm.id for sm in SUBMODES} == {r["id"] for r in subs}
    assert all(r["mode"] in modes and r["words"] for r in subs)
    assert all(w == w.lower() for r in rule_rows("modes") for w in r["words"])


def test_qualifier_table_rows_name_known_lists_and_relations():
    lists = rule_lists("qualifiers")
    named = set()

    def walk(steps):
        for step in steps:
            items = step["opt"] if isinstance(step, dict) else step
            if isinstance(items, list):
                named.update(w[1:] for w in items if w.startswith("@"))

    for row in rule_rows("qualifiers"):
        assert row["relation"] in NOT_TRAVEL, row["id"]
        for side in ("before", "after", "unless", "between"):
            walk(row.get(side, []))
    assert named == set(lists)
    assert [r.id for r in RULES] == [
        r["id"] for r in rule_rows("qualifiers") if not r.get("fallback")
    ]
