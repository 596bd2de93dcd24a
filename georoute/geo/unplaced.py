"""Names the words present as places ("at Panmunjom", "off Falmouth") that no mention covers,
for the report to list with why, so that nothing in an article is dropped unsaid."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from georoute.base.folding import folds_plainly
from georoute.geo.namespans import (
    CALENDAR,
    COMPASS_WORDS,
    HOLIDAY_NAMES,
    OPENERS,
    Mention,
    Token,
    capital_runs,
    located_after,
    title_before,
    tokenize,
    trimmed,
)
from georoute.text.document import lower_twin

if TYPE_CHECKING:
    from georoute.geo.gazetteer import Gazetteer


__all__ = ["Unplaced", "find_unplaced"]


@dataclass(frozen=True)
class Unplaced:
    """A name the words present as a place ("at Panmunjom", "off Falmouth") that was not placed."""

    start: int
    end: int
    text: str
    why: str


#: Words after which a capitalised name is meant as a place ("according to Peskov" is not).
_PLACE_WORD_BEFORE = re.compile(
    r"(?<!according )(?<!inputs )(?<!input )\b(?:in|at|to|from|near|off|via|into|towards|outside|"
    r"reached|left|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ``_PLACE_WORD_BEFORE`` for the lower-cased lead (``text.document.lower_twin``).
_PLACE_WORD_BEFORE_LOW = lower_twin(_PLACE_WORD_BEFORE)
assert _PLACE_WORD_BEFORE_LOW is not None
#: How a lead that ``_PLACE_WORD_BEFORE`` matches ends, once its trailing spaces are stripped
#: and lower-cased: a lead that ends otherwise is not searched (without the characters that
#: match an ASCII letter with ``re.IGNORECASE`` and lower-case otherwise: "İ", "ı", "ſ", "K").
_PLACE_WORD_ENDS = (
    "in",
    "at",
    "to",
    "from",
    "near",
    "off",
    "via",
    "into",
    "towards",
    "outside",
    "reached",
    "left",
    "of",
    "the",
)
#: Last words of organisations' names: "in the Communist Party" is no place.
_ORGANISATION = frozenset(
    [
        "party",
        "times",
        "post",
        "news",
        "agency",
        "ministry",
        "council",
        "committee",
        "corporation",
        "company",
        "group",
        "bank",
        "university",
        "institute",
        "association",
        "office",
        "service",
        "army",
        "navy",
        "force",
        "forces",
        "government",
        "administration",
        "daily",
        "herald",
        "journal",
        "network",
        "television",
        "radio",
        "airlines",
        "airways",
        "railways",
        "club",
        "union",
        "league",
        "commission",
        "court",
        "parliament",
        "assembly",
        "congress",
        "senate",
        "department",
        "cabinet",
        "foundation",
        "reuters",
        "press",
    ]
)


#: Words after a name that make it an age's ("the Edo period", "the Ming dynasty").
_AGE_AFTER = re.compile(r"\s+(?:period|dynasty|era)\b", re.IGNORECASE)

#: Capitalised words that open a statement of where something lies without naming a place
#: ("It lies some 145 km south of Roubaix", "This is 30 km north of ...").
_NO_SUBJECT_NAME = OPENERS | frozenset(["it", "he", "she", "they", "we", "i", "you", "which"])


def _after_place_word(lead: str) -> bool:
    """Whether ``_PLACE_WORD_BEFORE`` matches ``lead``: searched only when the lead ends with
    one of its words (or "the"), in any case.

    >>> _after_place_word("He crossed at "), _after_place_word("according to "), _after_place_word("Mr ")
    (True, False, False)
    """
    if not folds_plainly(lead):
        return _PLACE_WORD_BEFORE.search(lead) is not None
    low = lead.lower()
    if not low.rstrip().endswith(_PLACE_WORD_ENDS):
        return False
    # (the twin finds the same matches in the lower-cased lead, several times more quickly)
    return _PLACE_WORD_BEFORE_LOW.search(low) is not None


def find_unplaced(
    text: str,
    gaz: Gazetteer,
    mentions: list[Mention],
    tokens: list[Token] | None = None,
    runs: list[list[int]] | None = None,
) -> list[Unplaced]:
    """Names after a place word ("at", "from", "off"...) that no mention covers: either not in
    the gazetteer, or known but with no reading the text supports (several namesakes and
    nothing to choose between them). Listed in the report so that nothing is dropped unsaid.
    ``tokens`` and ``runs`` (the trimmed capitalised runs, ``mentions.name_runs``) are the
    document's, when read already.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> gaz = Gazetteer()
    >>> text = "He crossed the border at Panmunjom, then sailed off Falmouth."
    >>> [(u.text, u.why[:22]) for u in find_unplaced(text, gaz, find_mentions(text, gaz))]
    [('Panmunjom', 'not in the gazetteer'), ('Falmouth', '9 places carry the nam')]
    """
    tokens = tokenize(text) if tokens is None else tokens
    covered = sorted((m.start, m.end) for m in mentions)
    covered_starts = [a for a, _ in covered]

    def overlaps(s: int, e: int) -> bool:
        k = bisect.bisect_left(covered_starts, e)  # mentions starting before the span ends
        return k > 0 and any(b > s for _, b in covered[max(0, k - 3) : k])

    out: list[Unplaced] = []
    runs = trimmed(capital_runs(text, tokens), tokens, gaz, text) if runs is None else runs
    for run in runs:
        first = tokens[run[0]]
        if not (
            _after_place_word(text[max(0, first.start - 24) : first.start])
            or (
                located_after(text, tokens[run[-1]].end)
                and not (len(run) == 1 and first.text.casefold() in _NO_SUBJECT_NAME)
            )
        ):
            continue
        if title_before(text, tokens, run[0]) or first.text.casefold() in CALENDAR:
            continue
        if len(run) == 1 and first.text.casefold() in HOLIDAY_NAMES:
            continue  # "heading home for Christmas": a feast, no place left unread
        if _AGE_AFTER.match(text, tokens[run[-1]].end):
            continue  # "from the Edo period": an age, no place left unread
        s, e = first.start, tokens[run[-1]].end
        last = tokens[run[-1]].text.casefold()
        if overlaps(s, e) or last in _ORGANISATION | COMPASS_WORDS:
            continue
        words = text[s:e]
        n = len({p.id for p, _ in gaz.candidates(words)})
        why = (
            "not in the gazetteer"
            if n == 0
            else f"{n} places carry the name and the text does not say which"
            if n > 1
            else "a place of that name exists, but nothing in the text supports it"
        )
        out.append(Unplaced(s, e, words, why))
    # a mention whose reading was withdrawn ("Dandi ... near Navsari", the index's Dandi being
    # another village) is listed with its reason too: nothing the text names is dropped unsaid
    out += [
        Unplaced(m.start, m.end, m.text, m.resolution.reason)
        for m in mentions
        if m.place is None and m.resolution.reason
    ]
    return sorted(out, key=lambda u: (u.start, u.end))
