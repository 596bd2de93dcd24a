"""Gates read off a pattern (``document.required_strings``): every match of the pattern holds
one of the strings, so a text holding none is not searched. Checked on the qualifier rules'
patterns (their matches generated, and those in the test articles) and on hand-made ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from georoute.extraction.times import _TIME_VERBS
from georoute.text.document import FOLD_ODD, required_strings
from georoute.text.qualifiers import _GATES, RULES, _plan, not_travel
from georoute.text.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[2]


def _holds(strings: tuple[str, ...], rx: re.Pattern, s: str) -> bool:
    if rx.flags & re.IGNORECASE:
        if not FOLD_ODD.isdisjoint(s):
            return True  # (searched whole: the gate stays open)
        s = s.lower()
    return any(w in s for w in strings)


def _match_outside(rx: re.Pattern, strings: tuple[str, ...]) -> str | None:
    """A match of ``rx`` (generated from it) that holds none of ``strings``, or None."""
    try:
        return find(
            st.from_regex(rx, fullmatch=True),
            lambda s: not _holds(strings, rx, s),
            settings=settings(max_examples=10, derandomize=True, database=None),
        )
    except NoSuchExample:
        return None


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:stay|stays|stayed)\s+for", re.IGNORECASE, ("stay",)),
        (r"(?:a|an)\s+(?:planned|proposed)\s+$", re.IGNORECASE, ("planned", "proposed")),
        (r"\bspent\s+(?:about\s+)?$", 0, ("spent",)),
        (r"(?:held|stayed)\s+for|\bduring\s+the\s+visit", 0, ("during", "held", "stayed")),
        (r"\b(?:run|ran)s?\s+(?:the\s+)?$", re.IGNORECASE, ("ran", "run")),
        (r"[Ll]ong\s+$", 0, ("Long", "long")),
        (r"\s+\d+", 0, None),  # no literal: no gate
        (r"(?:x)?\s+", 0, None),  # an optional literal gates nothing
        (r"\w+\s+(?i:late)", 0, None),  # a flag set inside: not read
        (r"É\w+", re.IGNORECASE, None),  # a case-insensitive non-ASCII letter: not read
    ],
)
def test_required_strings_of_hand_made_patterns(pattern, flags, expected):
    assert required_strings(re.compile(pattern, flags)) == expected


_SIDES = [
    (rule.id, side, getattr(rule, side), gate.strings)
    for rule, gates in zip(RULES, _GATES, strict=True)
    for side, gate in zip(("before", "unless"), gates, strict=True)
    if gate.strings is not None
] + [(f"time_verb.{name}", "clause", rx, gate) for name, rx, gate in _TIME_VERBS if gate]


def test_most_qualifier_rules_are_gated():
    assert len(_SIDES) >= 0.9 * sum(r.before is not None for r in RULES)


@pytest.mark.parametrize(("rid", "side", "rx", "strings"), _SIDES, ids=lambda x: str(x)[:40])
def test_every_generated_match_of_a_qualifier_pattern_holds_its_gate(rid, side, rx, strings):
    assert _match_outside(rx, strings) is None


def test_a_gate_missing_a_word_is_caught():
    rx = re.compile(r"(?:stayed|waited) for", re.IGNORECASE)
    s = _match_outside(rx, ("stayed",))
    assert s is not None and "waited" in s.lower()


def test_every_match_in_the_test_articles_holds_its_gate():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").glob("*/*.txt"))]
    found = 0
    for text in texts:
        for q in find_quantities(text):
            for rule, gates in zip(RULES, _GATES, strict=True):
                for rx, gate in ((rule.before, gates[0]), (rule.unless, gates[1])):
                    if rx is None or gate.strings is None:
                        continue
                    near = text[max(0, q.start - rule.window) : q.start]
                    m = rx.search(near)
                    if m is not None:
                        found += 1
                        assert _holds(gate.strings, rx, m.group()), (rule.id, m.group())
    assert found > 50


def test_every_time_verb_in_the_test_articles_holds_its_gate():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").glob("*/*.txt"))]
    found = 0
    for name, rx, gate in _TIME_VERBS:
        for text in texts if gate else ():
            for m in rx.finditer(text):
                found += 1
                assert _holds(gate, rx, m.group()), (name, m.group())
    assert found > 50


def test_gated_rules_read_as_before():
    t = "He will stay for four days. Back then the trip took 3 days, not 20 hours."
    qs = find_quantities(t)
    assert [not_travel(t, qs, i) for i in range(len(qs))] == ["stay", "former", None]


def _opened_string_by_string(text: str, start: int, plan) -> set[int]:
    """The rules whose gate a lower-cased window opens, each gate string looked for apart."""
    opened: set[int] = set()
    for size, folds, by_string in plan.gates:
        near = text[max(0, start - size) : start]
        if not folds:
            continue
        low = near.lower() if FOLD_ODD.isdisjoint(near) else None
        for w, ks in by_string.items():
            if low is None or w in low:
                opened.update(ks)
    return opened


def _opened_by_scan(text: str, start: int, plan) -> set[int]:
    near = text[max(0, start - plan.scan_window) : start]
    if not FOLD_ODD.isdisjoint(near):
        return _opened_string_by_string(text, start, plan)
    opened: set[int] = set()
    for m in plan.scan.finditer(near.lower()):
        at = m.start() + max(0, start - plan.scan_window)
        for size, ks in plan.opens[m.group(1)]:
            if at >= start - size:
                opened |= ks
    return opened


@pytest.mark.parametrize(
    ("kind", "unit"), [("duration", "h"), ("distance", "km"), ("speed", "km/h")]
)
def test_one_scan_opens_the_gates_each_string_opens(kind, unit):
    """Every gate string at every distance from the figure, at the windows' edges, alone and
    after a longer one that opens with it: the scan opens the rules the strings do apart."""
    plan = _plan(kind, unit)
    assert plan.scan is not None
    strings = sorted({w for _, folds, by_string in plan.gates if folds for w in by_string})
    sizes = sorted({size for size, _, _ in plan.gates})
    checked = 0
    for w in strings:
        # (a string lies in a window when it ends at most ``size`` characters before the figure)
        for pad in sorted({0, *(max(0, size - len(w) + d) for size in sizes for d in (0, 1))}):
            for text in ("Lorem ipsum " * 25 + w + " " * pad, w.upper() + "s" + " " * pad):
                start = len(text)
                assert _opened_by_scan(text, start, plan) == _opened_string_by_string(
                    text, start, plan
                ), (w, pad)
                checked += 1
    assert checked > 1000


def test_the_scan_finds_a_string_inside_a_longer_one():
    plan = _plan("duration", "h")
    text = "they were delayed later than planned by "
    assert _opened_by_scan(text, len(text), plan) == _opened_string_by_string(text, len(text), plan)
