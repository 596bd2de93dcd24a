"""The rule tables kept as data and their one loader (georoute.base.rules)."""

from __future__ import annotations

import re

import pytest

from georoute.base import rules
from georoute.base.errors import DataError
from georoute.base.rules import rule_row, rule_rows, words_pattern
from georoute.text.intervals import HEDGES


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


def test_a_missing_row_or_table_is_a_data_error(tmp_path, monkeypatch):
    with pytest.raises(DataError, match="no row"):
        rule_row("endpoints", "no such rule")
    with pytest.raises(DataError, match="unreadable"):
        rule_rows("no such family")


def test_a_repeated_id_is_a_data_error(tmp_path, monkeypatch):
    (tmp_path / "data" / "rules").mkdir(parents=True)
    (tmp_path / "data" / "rules" / "bad.json").write_text(
        '{"_about": "test", "rows": [{"id": "a", "words": []}, {"id": "a", "words": []}]}'
    )
    monkeypatch.setattr(rules, "files", lambda _pkg: tmp_path)
    rules._table.cache_clear()
    try:
        with pytest.raises(DataError, match="repeated id 'a'"):
            rule_rows("bad")
    finally:
        rules._table.cache_clear()
