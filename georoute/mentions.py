"""Find the place mentions in a text and resolve them in the document's own context.

Capitalisation and person-name patterns decide what is a mention; resolution itself stays
case-insensitive. Candidate spans are matched against the gazetteer index, never the other
way round, so the cost grows with the text, not with the 235,000 places.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from typing import NamedTuple

from .gazetteer import (
    FEATURE_WORDS,
    Gazetteer,
    Resolution,
    ResolutionContext,
    haversine_km,
)
from .places import Place
from .textnorm import normalize_name
from .timeexpr import CALENDAR_WORDS

__all__ = [
    "Mention",
    "Unplaced",
    "document_context",
    "find_mentions",
    "find_unplaced",
    "person_tokens",
]

MAX_SPAN_TOKENS = 6
#: A lone word naming a small place is taken only with support from the context.
MIN_UNSUPPORTED_POPULATION = 15_000
#: A lone word naming a city this big is taken even in a text that names nothing near it.
BIG_CITY = 1_000_000

_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’.](?=[^\W\d_])(?![sS]\b))*")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "premier",
        "prime",
        "minister",
        "ministers",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "comrade",
        "marshal",
        "marshals",
        "admiral",
        "general",
        "colonel",
        "captain",
        "lieutenant",
        "sergeant",
        "commander",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "senator",
        "governor",
        "mayor",
        "judge",
        "justice",
        "rev",
        "reverend",
        "saint",
        "st",
        "officer",
        "director",
        "envoy",
        "professor",
        "prof",
    ]
)
_CALENDAR = CALENDAR_WORDS
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
    ]
)
_CONNECTORS = frozenset(
    [
        "of",
        "de",
        "la",
        "le",
        "du",
        "des",
        "del",
        "da",
        "do",
        "di",
        "upon",
        "on",
        "am",
        "an",
        "der",
        "sur",
        "el",
        "al",
        "y",
    ]
)


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its span, the words as written and how it resolved."""

    start: int
    end: int
    text: str
    resolution: Resolution

    @property
    def place(self) -> Place | None:
        return self.resolution.place


class _Token(NamedTuple):
    """A word of the text (a tuple: made by the thousand per article)."""

    start: int
    end: int
    text: str
    possessive: bool
    capital: bool

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        poss = False
        if end < len(text) and text[end] in "'’":
            # possessive "Russia's" / plural possessive "States'"
            after = text[end + 1 : end + 2]
            if (
                after in ("s", "S") and not text[end + 2 : end + 3].isalpha()
            ) or not after.isalpha():
                poss = True
        out.append(_Token(m.start(), end, word, poss, word[:1].isupper()))
    return out


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """True when b follows a inside one name: a single space or hyphen between them."""
    gap = text[a.end : b.start]
    return not a.possessive and gap in (" ", "-", "\u00a0")


def _runs(text: str, tokens: list[_Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens (indexes), broken by punctuation and possessives."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, tok in enumerate(tokens):
        if (
            cur
            and tok.text in _CONNECTORS
            and i + 1 < len(tokens)
            and tokens[i + 1].capital
            and tokens[i + 1].text.casefold() not in _CALENDAR  # "Tapachula on Monday"
            and _joined(text, tokens[cur[-1]], tok)
            and _joined(text, tok, tokens[i + 1])
        ):
            cur.append(i)  # "Santiago de Compostela", "Stratford upon Avon"
        elif tok.capital and tok.text.casefold() not in _CALENDAR:
            if cur and _joined(text, tokens[cur[-1]], tok):
                cur.append(i)
            else:
                if cur:
                    runs.append(cur)
                cur = [i]
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


#: Words capitalised only because they open a sentence ("In Washington", "The Vladivostok forum").
_OPENERS = frozenset(
    [
        "in",
        "at",
        "on",
        "from",
        "to",
        "for",
        "by",
        "with",
        "after",
        "before",
        "during",
        "as",
        "and",
        "but",
        "when",
        "while",
        "since",
        "until",
        "near",
        "across",
        "through",
        "into",
        "onto",
        "via",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "some",
        "many",
        "most",
        "all",
        "both",
        "every",
        "each",
        "if",
        "then",
        "so",
        "yet",
        "or",
        "nor",
    ]
)


def _trimmed(runs: list[list[int]], tokens: list[_Token], gaz: Gazetteer) -> list[list[int]]:
    """Runs without a sentence-opening function word, unless the whole run is a known name
    ("The Hague").

    >>> toks = _tokens("In Washington today")
    >>> [[toks[i].text for i in r] for r in _trimmed(_runs("In Washington today", toks), toks, Gazetteer())]
    [['Washington']]
    """
    out = []
    for run in runs:
        if (
            len(run) >= 2
            and tokens[run[0]].text.casefold() in _OPENERS
            and not gaz.candidates(" ".join(tokens[i].text for i in run))
        ):
            run = run[1:]
        out.append(run)
    return out


def _title_before(text: str, tokens: list[_Token], i: int) -> bool:
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.text.casefold().rstrip(".") in _TITLES
        and text[prev.end : tokens[i].start].strip(". ") == ""
    )


def person_tokens(
    text: str,
    gaz: Gazetteer,
    tokens: list[_Token] | None = None,
    runs: list[list[int]] | None = None,
) -> set[str]:
    """Words that name people or organisations in this text (titles, multi-word non-place names)."""
    tokens = _tokens(text) if tokens is None else tokens
    found: set[str] = set()
    for run in _trimmed(_runs(text, tokens), tokens, gaz) if runs is None else runs:
        words = [tokens[i].text for i in run]
        norm_all = normalize_name(" ".join(words))
        if _title_before(text, tokens, run[0]):
            found.update(w.casefold() for w in words)
        elif len(run) >= 2 and not gaz.candidates(norm_all):
            lead = _leading_country(words, gaz) or _leading_place(text, tokens, run, gaz)
            found.update(w.casefold() for w in words[lead:])
    return found


def _leading_country(words: list[str], gaz: Gazetteer) -> int:
    """How many leading words of a run name countries ("Russian Defence Minister ...",
    "China-Laos railway": both)."""
    i = 0
    while i < len(words):
        for n in range(min(3, len(words) - i), 0, -1):
            if any(p.is_country and prim for p, prim in gaz.candidates(" ".join(words[i : i + n]))):
                i += n
                break
        else:
            break
    return i


#: A run right after one of these words is where someone goes or is: its leading city counts
#: ("landed at London Heathrow", "from Paris Gare du Nord"), where "Paris Hilton" would not.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:at|in|to|from|into|near|via|outside|towards|left|leaving|departed|departing|"
    r"reached|reaching|entered|entering)\s+$"
)


def _leading_place(text: str, tokens: list[_Token], run: list[int], gaz: Gazetteer) -> int:
    """How many leading words of an unknown run name a large city, after a place preposition."""
    if not _PLACE_PREPOSITION.search(
        text[max(0, tokens[run[0]].start - 12) : tokens[run[0]].start]
    ):
        return 0
    words = [tokens[i].text for i in run]
    for n in range(min(3, len(words) - 1), 0, -1):
        if any(
            prim and (p.population or 0) >= 100_000
            for p, prim in gaz.candidates(" ".join(words[:n]))
        ):
            return n
    return 0


def _spans(text: str, gaz: Gazetteer, tokens: list[_Token]) -> list[tuple[int, int, str, bool]]:
    """Candidate (start, end, words, abbreviation) spans that the index knows."""
    runs = _trimmed(_runs(text, tokens), tokens, gaz)
    persons = person_tokens(text, gaz, tokens, runs)
    wanted: list[tuple[int, int, str, bool, int]] = []
    for run in runs:
        words = [tokens[i].text for i in run]
        if _title_before(text, tokens, run[0]):
            continue
        whole = normalize_name(" ".join(words))
        if len(run) >= 2 and not gaz.candidates(whole):
            lead = _leading_country(words, gaz) or _leading_place(text, tokens, run, gaz)
            run = run[:lead]
            if not run:
                continue
        # longest known sub-span first, left to right
        i = 0
        while i < len(run):
            for n in range(min(MAX_SPAN_TOKENS, len(run) - i), 0, -1):
                toks = [tokens[k] for k in run[i : i + n]]
                span_text = text[toks[0].start : toks[-1].end]
                norm = normalize_name(span_text)
                if n == 1 and toks[0].text.casefold() in persons | _COMPASS:
                    continue
                abbrev = n == 1 and toks[0].all_caps and len(toks[0].text) <= 4
                if gaz.candidates(norm, abbrev):
                    wanted.append((toks[0].start, toks[-1].end, span_text, abbrev, n))
                    i += n
                    break
            else:
                i += 1
    return [(s, e, t, a) for s, e, t, a, _ in wanted]


def _features_around(text: str, start: int, end: int) -> frozenset[str]:
    before = text[max(0, start - 40) : start].casefold().split()[-3:]
    after = text[end : end + 40].casefold().split()[:3]
    words = {re.sub(r"[^a-z]", "", w) for w in before + after}
    return frozenset(FEATURE_WORDS[w] for w in words if w in FEATURE_WORDS)


def _supported(res: Resolution, words: str, lower_words: set[str]) -> bool:
    """Whether a resolved span is a place mention rather than a homonym (see module docs)."""
    c = res.best
    if c is None:
        return False
    place = c.place
    if (
        place.is_region
        or place.source.startswith("curated:")
        or c.feature_match
        or c.in_context_region
    ):
        return True
    pop = place.population or 0
    if (
        len(normalize_name(words).split()) >= 2
    ):  # "Santiago de Compostela", "Saint-Jean-Pied-de-Port"
        return c.primary or c.in_context_country or (c.near_km is not None and c.near_km < 500)
    if c.primary and pop >= BIG_CITY:
        return True
    if words.casefold() in lower_words:
        return False  # also written as a plain word in this text ("In", "Reading")
    if c.near_km is not None and c.near_km < (500 if c.primary else 150):
        return True
    if c.primary and pop >= 100_000 and not res.alternatives:
        return True  # the only place of that name, and a city ("Vientiane")
    if (
        not c.primary
        and pop >= BIG_CITY // 2
        and not res.alternatives
        and _respelling(words, place)
    ):
        return True  # the one place of that name: a big city spelt another way ("Ulaanbaatar")
    return c.primary and c.in_context_country and pop >= MIN_UNSUPPORTED_POPULATION


def _institution(text: str, span: tuple, res: Resolution) -> bool:
    """Whether "the <Two Words>" is a building or an institution that shares a small town's
    name: "talks at the White House" (White House, Tennessee, 11,000 people). Big cities take
    "the" as adjectives ("the New York subway"), and so do names before a feature word ("the
    Palm Beach station"); countries, regions and curated features take it too.

    >>> gaz = Gazetteer()
    >>> [m.text for m in find_mentions("In Washington, the White House said the US would act.", gaz)]
    ['Washington', 'US']
    """
    start, end, words = span[0], span[1], span[2]
    place = res.place
    if place is None or place.is_region or place.source.startswith("curated:"):
        return False
    if len(normalize_name(words).split()) < 2 or (place.population or 0) >= 100_000:
        return False
    if normalize_name(place.name).startswith("the "):
        return False  # The Hague, The Dalles
    after = re.match(r"\s+([a-z]+)", text[end : end + 30])
    if after and after.group(1) in FEATURE_WORDS:
        return False
    return re.search(r"(?<![A-Za-z])[Tt]he\s+$", text[max(0, start - 6) : start]) is not None


def _respelling(words: str, place: Place) -> bool:
    """Whether ``words`` is another spelling of the place's main name, not an unrelated alias.

    >>> p = Place(1, "Ulan Bator", 47.9, 106.9, "MN", None, "t")
    >>> _respelling("Ulaanbaatar", p), _respelling("The", p)
    (True, False)
    """
    a, b = normalize_name(words).replace(" ", ""), normalize_name(place.name).replace(" ", "")
    return len(a) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.7


def _confident(res: Resolution) -> bool:
    place = res.place
    if place is None or res.best is None:
        return False
    return (
        place.is_region
        or place.source.startswith("curated:")
        or (res.best.primary and (place.population or 0) >= 100_000)
        or (res.best.primary and (len(res.query.split()) >= 2 or not res.alternatives))
    )


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
    r"reached|left)\s+(?:the\s+)?$",
    re.IGNORECASE,
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


def find_unplaced(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Unplaced]:
    """Names after a place word ("at", "from", "off"...) that no mention covers: either not in
    the gazetteer, or known but with no reading the text supports (several namesakes and
    nothing to choose between them). Listed in the report so that nothing is dropped unsaid.

    >>> gaz = Gazetteer()
    >>> text = "He crossed the border at Panmunjom, then sailed off Falmouth."
    >>> [(u.text, u.why[:22]) for u in find_unplaced(text, gaz, find_mentions(text, gaz))]
    [('Panmunjom', 'not in the gazetteer'), ('Falmouth', '8 places carry the nam')]
    """
    tokens = _tokens(text)
    covered = sorted((m.start, m.end) for m in mentions)
    covered_starts = [a for a, _ in covered]

    def overlaps(s: int, e: int) -> bool:
        k = bisect.bisect_left(covered_starts, e)  # mentions starting before the span ends
        return k > 0 and any(b > s for _, b in covered[max(0, k - 3) : k])

    out: list[Unplaced] = []
    for run in _trimmed(_runs(text, tokens), tokens, gaz):
        first = tokens[run[0]]
        if not _PLACE_WORD_BEFORE.search(text[max(0, first.start - 16) : first.start]):
            continue
        if _title_before(text, tokens, run[0]) or first.text.casefold() in _CALENDAR:
            continue
        s, e = first.start, tokens[run[-1]].end
        last = tokens[run[-1]].text.casefold()
        if overlaps(s, e) or last in _ORGANISATION | _COMPASS:
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
    return out


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Every place mention in ``text``, resolved in the context of the other mentions."""
    tokens = _tokens(text)
    spans = [(s, e, t, a, _features_around(text, s, e)) for s, e, t, a in _spans(text, gaz, tokens)]
    memo: dict[tuple, Resolution] = {}  # the same name with the same feature words resolves once

    def resolve(
        t: str, ctx: ResolutionContext | None, feats: frozenset[str], a: bool
    ) -> Resolution:
        key = (normalize_name(t), feats, a, ctx is None)
        if key not in memo:
            memo[key] = gaz.resolve(t, ctx, features=feats, abbreviation=a)
        return memo[key]

    first = [resolve(t, None, f, a) for _, _, t, a, f in spans]
    # "the White House" is no town, and vouches for none
    keep = [
        (sp, res) for sp, res in zip(spans, first, strict=True) if not _institution(text, sp, res)
    ]
    spans = [sp for sp, _ in keep]
    lower_words = {tok.text for tok in tokens if tok.text.islower()}
    unsure = [sp[2] for sp, res in keep if not _confident(res)]
    ctx = ResolutionContext.from_places(
        [(normalize_name(sp[2]), res.place) for sp, res in keep if _confident(res)]
        + _neighbours(unsure, gaz, lower_words)
    )
    out = []
    for s, e, t, a, f in spans:
        res = resolve(t, ctx, f, a)
        if _supported(res, t, lower_words):
            out.append(Mention(s, e, t, res))
    out = _located_by_country(text, _short_forms(out), gaz)
    return sorted(out + _capital_references(text, out, gaz), key=lambda m: m.start)


_LOCATOR_GAP = re.compile(r"\s*(?:,|\bin\b|,\s*in\b)\s*")


def _located_by_country(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A place followed by its country ("Brest, France", "Perth in Scotland") is that country's
    place of the name, whatever its other namesakes.

    >>> [m.place.country for m in find_mentions("The yacht left Brest, France.", Gazetteer())]
    ['FR', 'FR']
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (
            m.place is None
            or nxt.place is None
            or not nxt.place.is_country
            or nxt.place.country in m.place.countries
            or not _LOCATOR_GAP.fullmatch(text[m.end : nxt.start])
        ):
            continue
        here = [
            p
            for p, _ in gaz.candidates(m.text)
            if nxt.place.country in p.countries and not p.is_region
        ]
        if here:
            best = max(here, key=lambda p: (p.population or 0, -p.id))
            reason = f"'{m.text}' is followed by its country, {nxt.place.name}"
            out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, best, (), reason))
    return out


def _short_forms(mentions: list[Mention]) -> list[Mention]:
    """A name that opens a longer name in the same text is its short form: after "Santiago de
    Compostela", "Santiago" is that city, not Chile's capital.

    >>> [m.place.country for m in find_mentions(
    ...     "Pilgrims walked to Santiago de Compostela. Santiago lies west of León.", Gazetteer())]
    ['ES', 'ES', 'ES']
    """
    longer = {}
    for m in mentions:
        words = normalize_name(m.text).split()
        for n in range(1, len(words)):
            longer.setdefault(" ".join(words[:n]), m)
    out = []
    for m in mentions:
        full = longer.get(normalize_name(m.text))
        if full is not None and full.place is not None and full.place != m.place:
            reason = f"'{m.text}' read as the short form of '{full.text}', named in the same text"
            m = Mention(m.start, m.end, m.text, Resolution(m.text, full.place, (), reason))
        out.append(m)
    return out


#: Two towns this close, both named in one text, are taken to be the ones meant.
NEIGHBOUR_KM = 80.0
_MAX_UNSURE_NAMES = 40


def _neighbours(names: list[str], gaz: Gazetteer, lower_words: set[str]) -> list[tuple[str, Place]]:
    """Towns that vouch for each other: of two names with no confident reading on their own
    ("Dover", "Calais"), the candidates that lie within ``NEIGHBOUR_KM`` of each other.

    Only main names of towns of 10,000 or more, with at most 12 such homonyms each, count.

    >>> sorted(p.country for _, p in _neighbours(["Dover", "Calais"], Gazetteer(), set()))
    ['FR', 'GB']
    """
    cands: dict[str, list[Place]] = {}
    for t in names[:_MAX_UNSURE_NAMES]:
        norm = normalize_name(t)
        if norm in cands or t.casefold() in lower_words:
            continue
        cs = [
            p
            for p, prim in gaz.candidates(t)
            if prim and not p.is_region and (p.population or 0) >= 10_000
        ]
        if 0 < len(cs) <= 12:
            cands[norm] = cs
    out: list[tuple[str, Place]] = []
    keys = sorted(cands)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            d, p, q = min(
                (
                    (haversine_km(p.lat, p.lon, q.lat, q.lon), p, q)
                    for p in cands[a]
                    for q in cands[b]
                ),
                key=lambda x: x[0],
            )
            if d <= NEIGHBOUR_KM:
                out += [(a, p), (b, q)]
    return out


#: "the capital", "the Russian capital": a reference to a capital city, not a name.
_CAPITAL = re.compile(
    r"\bthe\s+(?:(?P<adj>[A-Z][\w'’-]+)\s+)?capital\b(?!\s+(?:markets?|gains?|investment|"
    r"spending|expenditure|letters?|punishment|offen[cs]es?|crimes?|goods|costs?|flight|"
    r"requirements?|controls?|of\b))",
)


def _capital_references(text: str, named: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Mentions for "the (Russian) capital": the capital of the country the adjective names,
    else of the country of the nearest place named before it.

    >>> gaz = Gazetteer()
    >>> text = "The train left Moscow. Irkutsk lies east of the capital."
    >>> [(m.text, m.place.name) for m in find_mentions(text, gaz) if m.text.startswith("the")]
    [('the capital', 'Moscow')]
    """
    out: list[Mention] = []
    located = [n for n in named if n.place]
    ends = [n.end for n in located]  # mentions come in text order
    for m in _CAPITAL.finditer(text):
        country, why = None, ""
        if m["adj"]:
            adj = gaz.resolve(m["adj"], abbreviation=m["adj"].isupper())
            if adj.place and adj.place.is_country:
                country, why = adj.place, f"the country '{m['adj']}' names"
        if country is None:
            k = bisect.bisect_right(ends, m.start())
            if k == 0:
                continue
            near = located[k - 1].place
            code = near.country.split("|")[0]
            why = f"the country of {near.name}, the place named just before"
        else:
            code = country.country
        cap = gaz.capital_of(code)
        if cap is None:
            continue
        reason = f"'{m.group()}' read as {cap.name}, the capital of {why}"
        out.append(Mention(m.start(), m.end(), m.group(), Resolution(m.group(), cap, (), reason)))
    return out


def document_context(text: str, gaz: Gazetteer) -> ResolutionContext:
    """The context a whole text gives for resolving one more name."""
    mentions = find_mentions(text, gaz)
    return ResolutionContext.from_places(
        (normalize_name(m.text), m.place) for m in mentions if m.place is not None
    )
