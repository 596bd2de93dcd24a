"""What each mode of travel can do: the top speeds the plausibility check allows, with sources,
and the words that name each mode and each sub-mode.

The table is data (``georoute/data/rules/modes.json``, read by ``georoute.base.rules``): per
mode its top speed (train 350 km/h, road 200, ship 80, air 1,000, foot 16, run 38, bicycle 60,
horse 70, sled 40), with lower ceilings kept over a long way or over days (``sustained``: a
runner's world records by distance, a sled team over days), what a leg is held as, the source of
the limit and the words that name the mode. Sub-modes
narrow a mode's limit when the article's words name the vehicle (``SUBMODES``: car, coach,
truck, high-speed, intercity, freight train, ferry, cargo ship, helicopter, airliner, each with
its top speed and source). When the words name none, or several, the most permissive applies:
the mode's own limit, or the highest among those named.

>>> MAX_SPEED_KMH["foot"], MODE_WORDS["flew"]
(16.0, 'air')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from georoute.base.folding import folds_plainly
from georoute.base.rules import letter_tree, rule_rows, words_pattern

__all__ = [
    "MAX_SPEED_KMH",
    "MODE_SOURCES",
    "MODE_WORDS",
    "SUBMODES",
    "SpeedLimit",
    "SubMode",
    "narrowing_submodes",
    "speed_limit",
    "submodes_in",
]

_MODES = tuple(r for r in rule_rows("modes") if "mode" not in r)
#: Mode -> top speed in km/h (``georoute/data/rules/modes.json``, each with its source).
MAX_SPEED_KMH: dict[str, float] = {r["id"]: float(r["max_kmh"]) for r in _MODES}
#: Mode -> the source of its top speed, as the report says it.
MODE_SOURCES: dict[str, str] = {r["id"]: r["source"] for r in _MODES}
#: Word (or two words), lower case -> the travel mode it names.
MODE_WORDS: dict[str, str] = {
    # a sub-mode's vehicle names the mode too ("a high-speed catamaran": a ship), where the
    # mode's own words do not already
    **{w: r["mode"] for r in rule_rows("modes") if r.get("names_mode") for w in r["words"]},
    **{w: r["id"] for r in _MODES for w in r["words"]},
}
#: Mode words that name travellers, not a vehicle ("drivers", "pilgrims", "cyclists").
PEOPLE_WORDS: frozenset[str] = frozenset(w for r in _MODES for w in r.get("people", ()))
#: Mode words that are verbs vehicles share with the mode ("the express ran 500 km"): they name
#: it only when no other mode word does.
SHARED_WORDS: frozenset[str] = frozenset(w for r in _MODES for w in r.get("shared", ()))
_NOUN = {r["id"]: r["noun"] for r in _MODES}


@dataclass(frozen=True)
class SubMode:
    """A vehicle within a mode, named by ``words``, with its own top speed and source; a
    sub-mode narrows its mode's ceiling unless ``beyond_mode`` says why it may pass it (a
    maglev is no wheel-on-rail train)."""

    id: str
    mode: str
    words: re.Pattern
    max_kmh: float
    noun: str
    source: str
    beyond_mode: str | None = None


def _pattern(row: dict) -> re.Pattern:
    """A sub-mode's words as one pattern: whole words, any case but for ``words_cased``, and
    none right before one of ``not_before`` ("rocket fire" names a weapon, not a spacecraft)."""
    alts = words_pattern(row["words"])
    if row.get("words_cased"):
        alts += "|(?-i:" + words_pattern(row["words_cased"]) + ")"
    unless = (
        r"(?![-\s]+(?:" + words_pattern(row["not_before"]) + r")\b)"
        if row.get("not_before")
        else ""
    )
    return re.compile(r"\b(?:" + alts + r")\b" + unless, re.IGNORECASE)


_SUB_ROWS = tuple(r for r in rule_rows("modes") if "mode" in r)
#: Sub-modes, each named by the words of the text (``georoute/data/rules/modes.json``).
SUBMODES: tuple[SubMode, ...] = tuple(
    SubMode(
        r["id"],
        r["mode"],
        _pattern(r),
        float(r["max_kmh"]),
        r["noun"],
        r["source"],
        r.get("beyond_mode"),
    )
    for r in _SUB_ROWS
)
_SUBMODE = {sm.id: sm for sm in SUBMODES}


def _first_word(phrase: str) -> str:
    """The lower-case letters, digits and underscores a phrase starts with ("18-wheeler": "18")."""
    m = re.match(r"\w*", phrase.lower(), re.ASCII)
    return m.group(0) if m else ""


def _starts(row: dict) -> tuple[str, ...]:
    """The shortest first words of a sub-mode's phrases ("car" covers "cars" and "car carrier")."""
    firsts = sorted({_first_word(p) for p in (*row["words"], *row.get("words_cased", ()))})
    return tuple(w for w in firsts if not any(w != v and w.startswith(v) for v in firsts))


#: Per sub-mode, the words its matches start with ("cars" starts with "car").
_STARTS = tuple((sm, _starts(r)) for sm, r in zip(SUBMODES, _SUB_ROWS, strict=True))
#: Any of those words at a word start, in the lower-cased text: one case-sensitive scan finds
#: every place a sub-mode's words may begin (a case-insensitive alternation scans slowly). The
#: words are written as a tree of their letters (``base.rules.letter_tree``): a match lies
#: inside one word, so the scan finds the same starts as the flat alternation, in fewer steps.
_ANY_START = re.compile(r"\b" + letter_tree({w for _, ws in _STARTS for w in ws}))


def _by_start_word() -> dict[str, tuple[int, ...]]:
    """Per word ``_ANY_START`` matches (the start words none of which opens another), the
    indexes in ``_STARTS`` of the sub-modes one of whose start words it opens: where it
    matches, only those may have a start word (two words at one position, one opens the other)."""
    union = {w for _, ws in _STARTS for w in ws}
    kept = {w for w in union if not any(o != w and w.startswith(o) for o in union)}
    return {
        w: tuple(k for k, (_, ws) in enumerate(_STARTS) if any(v.startswith(w) for v in ws))
        for w in kept
    }


_BY_START_WORD = _by_start_word()


def submodes_in(text: str) -> tuple[str, ...]:
    """The ids of the sub-modes the text's words name, in table order.

    Each sub-mode's pattern is tried only where the lower-cased text has one of its first words
    at a word start; the answers are those of searching the whole text with every pattern.

    >>> submodes_in("The container ship docked at Busan.")
    ('cargo_ship',)
    """
    if not folds_plainly(text):
        return tuple(sm.id for sm in SUBMODES if sm.words.search(text))
    low = text.lower()
    found: set[int] = set()
    for m in _ANY_START.finditer(low):
        s = m.start()
        for k in _BY_START_WORD.get(m.group(), ()):  # (only the sub-modes that word may open)
            if k not in found:
                sm, words = _STARTS[k]
                if low.startswith(words, s) and sm.words.match(text, s):
                    found.add(k)
    return tuple(_STARTS[k][0].id for k in sorted(found))


@dataclass(frozen=True)
class SpeedLimit:
    """The top speed a leg is held to, what it is held as, and why."""

    max_kmh: float
    noun: str
    source: str
    submode: str | None = None


#: Per mode, the words that name one of its vehicles outside its sub-modes ("plane" beside
#: "helicopter"), as one pattern.
_OTHERS = {
    r["id"]: re.compile(r"\b(?:" + words_pattern(r["others"]) + r")\b", re.IGNORECASE)
    for r in _MODES
    if r.get("others")
}


def _gate(phrases: list[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of the phrases holds (each phrase's first
    word, less a final ``*`` or ``+``), or None when a phrase opens with ``_`` (any word)."""
    firsts = [p.split(" ")[0].rstrip("*+").lower() for p in phrases]
    return None if any(not w or "_" in w for w in firsts) else tuple(sorted(set(firsts)))


#: Per mode of ``_OTHERS``, its gate (:func:`_gate`): a lower-cased text holding none of these
#: is not searched (a search that finds nothing reads the whole text, alternative by alternative).
_OTHERS_GATES = {r["id"]: _gate(r["others"]) for r in _MODES if r.get("others")}


def narrowing_submodes(text: str) -> tuple[str, ...]:
    """The sub-modes the text names that may narrow their mode's limit: those of a mode the
    text does not also name by another of its vehicles (a story of a rescue helicopter and an
    ambulance plane may time the plane: the air limit stays).

    >>> narrowing_submodes("The helicopter flew 200 km.")
    ('helicopter',)
    >>> narrowing_submodes("A helicopter took her to the plane, which flew 900 km.")
    ()
    >>> narrowing_submodes("The aircraft, a Concorde, flew 5,850 km.")
    ('supersonic',)
    """
    found = submodes_in(text)
    if not found:
        return found
    low = text.lower() if folds_plainly(text) else None
    wide = {
        m
        for m, rx in _OTHERS.items()
        if (low is None or (gate := _OTHERS_GATES[m]) is None or any(map(low.__contains__, gate)))
        and rx.search(text)
    }
    # (a sub-mode allowed beyond its mode, "Concorde", widens the limit: kept whatever else the
    # text names, the most permissive reading)
    return tuple(s for s in found if _SUBMODE[s].mode not in wide or _SUBMODE[s].beyond_mode)


def speed_limit(mode: str, submodes: tuple[str, ...] = ()) -> SpeedLimit:
    """The limit of ``mode`` narrowed by the sub-modes named: the most permissive of those of
    this mode, or the mode's own limit when none is named.

    >>> speed_limit("road", ("coach",)).max_kmh, speed_limit("road", ("coach", "car")).max_kmh
    (130.0, 200.0)
    >>> speed_limit("train", ("coach",)).max_kmh
    350.0
    """
    mine = [_SUBMODE[s] for s in submodes if s in _SUBMODE and _SUBMODE[s].mode == mode]
    if not mine:
        return SpeedLimit(MAX_SPEED_KMH[mode], _NOUN.get(mode, mode), MODE_SOURCES[mode])
    top = max(mine, key=lambda sm: sm.max_kmh)
    return SpeedLimit(top.max_kmh, top.noun, top.source, top.id)
