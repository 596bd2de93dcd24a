"""Readings of a name that depend on the rest of the text: its country named beside it
("Brest, France"), a longer name it shortens ("Santiago"), towns named with it (Dover and
Calais), "the capital", "the White House", which is no town, and a name that is only part of a
landmark's ("the Brandenburg Gate") or a facility's ("the Tiete terminal"), no end of a trip."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from georoute.base.coverage import fired
from georoute.base.documents import sentence_around
from georoute.base.geodesy import haversine_km
from georoute.base.places import NATURAL_FEATURE_KINDS, Place
from georoute.base.rules import rule_row, words_pattern
from georoute.base.words import CALENDAR_WORDS
from georoute.geo.namespans import (
    CITY_TAILS,
    FEATURE_TAILS,
    SETTLEMENT_NOUNS,
    TOWN_BODIES,
    VENUE_WORDS,
    Mention,
    Token,
    joined,
    person_name_words,
)
from georoute.geo.resolution import (
    FEATURE_WORDS,
    INITIALISM,
    Candidate,
    Resolution,
    initialisms,
)
from georoute.text.document import finditer_at, word_starts
from georoute.text.textnorm import normalize_name, spelt_alike

if TYPE_CHECKING:
    from georoute.geo.gazetteer import Gazetteer

__all__ = [
    "NEIGHBOUR_KM",
    "capital_references",
    "country_endings",
    "dateline_towns",
    "facility_name_only",
    "far_from_its_near",
    "hometown",
    "initialism_mentions",
    "institution",
    "is_withdrawn",
    "located_by_country",
    "located_by_region",
    "names_landmark",
    "neighbours",
    "pole_references",
    "regional_capitals",
    "regions_in_lists",
    "seats_as_points",
    "short_forms",
    "venue_names",
    "with_locators",
]


#: A town's own landings and ways after "the <two words>" (``names.json``: ``place_things``).
_PLACE_THINGS = frozenset(rule_row("names", "place_things")["words"])


#: The capitalised word after a name that may be its own body's ("Santa Monica Police").
_BODY_WORD = re.compile(r"\s+([A-Z][a-z']+)\b")


def institution(text: str, span: tuple, res: Resolution) -> bool:
    """Whether "the <Two Words>" is a building or an institution that shares a small town's
    name: "talks at the White House" (White House, Tennessee, 11,000 people). Big cities take
    "the" as adjectives ("the New York subway"), and so do names before a feature word ("the
    Palm Beach station") or a settlement noun ("the Crown Heights neighborhood"); countries,
    regions and curated features take it too.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> gaz = Gazetteer()
    >>> [m.text for m in find_mentions("In Washington, the White House said the US would act.", gaz)]
    ['Washington', 'US']
    """
    start, end, words = span[0], span[1], span[2]
    place = res.place
    if place is None or place.is_region or place.source.startswith("curated:"):
        return False
    if not NATURAL_FEATURE_KINDS.isdisjoint(place.kinds):
        return False  # "the North Cape", "the Cape of Good Hope"
    if len(normalize_name(words).split()) < 2 or (place.population or 0) >= 100_000:
        return False
    if normalize_name(place.name).startswith("the "):
        return False  # The Hague, The Dalles
    if " of " in f" {normalize_name(words)} ":
        return False  # "the Hook of Holland", "the Kyle of Lochalsh": a town's name of that form
    if normalize_name(words).rsplit(" ", 1)[-1] in _TOWN_LAST_WORDS:
        return False  # "the Belize City swing bridge": a city's own name, no building's
    after = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[end : end + 40])
    if after and any(
        w in FEATURE_WORDS or w in SETTLEMENT_NOUNS or w in FEATURE_TAILS or w in _PLACE_THINGS
        for w in after.groups()
        if w
    ):
        # "the Palm Beach station", "the Crown Heights neighborhood", "the Bella Coola valley",
        # "the Kota Bharu old harbour"
        return False
    body = _BODY_WORD.match(text, end, end + 30)
    if body and body.group(1).casefold() in TOWN_BODIES and "populated_place" in place.kinds:
        return False  # "the Santa Monica Police Department": the town's own body
    return re.search(r"(?<![A-Za-z])[Tt]he\s+$", text[max(0, start - 6) : start]) is not None


#: Last words of towns' names that no building's or institution's name ends with.
_TOWN_LAST_WORDS = frozenset(("city", "town", "village", "ville", "burg", "borough"))


#: A landmark's own noun after a name, capitalised ("the Brandenburg Gate", "the Victoria
#: Station"; ``names.json``, ``landmark_nouns``).
_LANDMARK_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(w.capitalize() for w in rule_row("names", "landmark_nouns")["words"])
    + r")\b"
)


def names_landmark(text: str, m: Mention) -> bool:
    """Whether a region's or a country's name is only the first word of a landmark's ("set off
    from the Brandenburg Gate"): no end of a trip (a city's name there names the city).

    >>> state = Place(1, "Brandenburg", 52.4, 12.5, "DE", None, "t", kinds=("admin1",))
    >>> m = Mention(0, 11, "Brandenburg", Resolution("Brandenburg", state))
    >>> names_landmark("Brandenburg Gate", m), names_landmark("Brandenburg state", m)
    (True, False)
    """
    return (
        m.place is not None
        and m.place.is_region
        and _LANDMARK_AFTER.match(text, m.name_end) is not None
    )


def venue_names(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Widen a place that opens a building's or a venue's name ("Colorado State University",
    "Lima Cathedral"), or closes one after "of" ("the University of Oregon"), to that whole
    name: one mention, located at the place, which keeps its own words as ``place_span``. A
    name holding another mention, or ending in a possessive, is left as it is.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [(m.text, m.place.name) for m in find_mentions("Mass was said in Lima Cathedral.", Gazetteer())]
    [('Lima Cathedral', 'Lima')]
    """
    if not mentions:
        return mentions
    starts: list[int] = []
    out = []
    for k, m in enumerate(mentions):
        after = text[m.end : m.end + 2]
        if not (after[1:].isupper() and after[:1] in " -") and text[m.start - 3 : m.start] != "of ":
            out.append(m)  # no capital word after it, no "of" before it: no venue's name
            continue
        starts = starts or [t.start for t in tokens]
        i = bisect.bisect_left(starts, m.start)
        span = _venue_after(text, tokens, i, bisect.bisect_left(starts, m.end), m) or (
            _venue_before(text, tokens, i, m)
        )
        if (
            span is None
            or any(  # another mention inside the longer name: no one place's
                span[0] <= n.start < span[1] for n in mentions[max(0, k - 3) : k + 4] if n is not m
            )
        ):
            out.append(m)
            continue
        out.append(
            Mention(span[0], span[1], text[span[0] : span[1]], m.resolution, (m.start, m.end))
        )
    return out


#: Last words of names located at the place that opens them: venues, natural features, clubs.
_NAMED_AT_PLACE = VENUE_WORDS | FEATURE_TAILS | CITY_TAILS

#: Lower-case words after which a venue's name goes on before a capital ("School of Economics",
#: "Centre for Disease Control"), where "Hospital for further care" ends it.
_NAME_GOES_ON = frozenset(["of", "for", "de"])


def _venue_after(
    text: str, tokens: list[Token], first: int, j: int, m: Mention
) -> tuple[int, int] | None:
    """The span of a venue's name that ``m`` (tokens ``first`` to ``j``) opens: the capitalised
    words joined after it end in a venue word ("Lima Cathedral")."""
    if not 0 < j < len(tokens) or tokens[j - 1].end != m.end:
        return None
    if (
        first > 0
        and tokens[first - 1].capital
        and tokens[first - 1].text != "The"
        and joined(text, tokens[first - 1], tokens[first])
    ):
        return None  # "All India Institute": the place does not open the name
    k = j
    while k < len(tokens) and tokens[k].capital and joined(text, tokens[k - 1], tokens[k]):
        k += 1
    last = tokens[k - 1]
    if k == j or last.possessive or last.text.casefold() not in _NAMED_AT_PLACE:
        return None
    if (
        k + 1 < len(tokens)
        and tokens[k].text in _NAME_GOES_ON
        and joined(text, last, tokens[k])
        and tokens[k + 1].capital
    ):
        return None  # "European Centre for Disease Prevention": the name goes on
    return m.start, last.end


def _venue_before(text: str, tokens: list[Token], i: int, m: Mention) -> tuple[int, int] | None:
    """The span of a venue's name that ``m`` closes after "of" ("the University of Oregon":
    token ``i`` opens ``m``)."""
    if i < 2 or i >= len(tokens) or tokens[i].start != m.start or tokens[i - 1].text != "of":
        return None
    k = i - 2
    if not tokens[k].capital or tokens[k].text.casefold() not in VENUE_WORDS:
        return None
    while k > 0 and tokens[k - 1].capital and joined(text, tokens[k - 1], tokens[k]):
        k -= 1
    if tokens[k].text == "The":  # "The University of Oregon" opening a sentence
        k += 1
    return tokens[k].start, m.end


#: "the Tiete terminal", "the Kazan station": a facility's own name after "the" (a town's name
#: takes no article), matched before and after the name.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_FACILITY_NOUN_AFTER = re.compile(
    r"\s+(?:bus\s+|coach\s+|railway\s+|train\s+|ferry\s+)?(?:terminal|terminus|station)\b",
    re.IGNORECASE,
)


#: "Tiete, the largest bus terminal in the country": a facility named, then described.
_FACILITY_DESCRIBED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:terminal|terminus|station)\b",
    re.IGNORECASE,
)


def _names_facility(text: str, m: Mention) -> bool:
    """Whether ``m`` is written as a facility's own name: "the Tiete terminal", "Tiete, the
    city's main bus terminal"."""
    return (
        _THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
        and _FACILITY_NOUN_AFTER.match(text, m.end) is not None
    ) or _FACILITY_DESCRIBED.match(text, m.end) is not None


def facility_name_only(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a town's name appears only as a facility's own name ("left from the Tiete
    terminal", "Tiete, the city's main bus terminal"): the facility may lie anywhere (a city's
    bus terminal named after a river or a district), so it is no end of a trip; a town the
    text also names plainly keeps its ends."""
    return (
        m.place is not None
        and not m.place.is_region
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
        and _FACILITY_NOUN_AFTER.match(text, m.end) is not None
        and all(
            n.place is None or n.place.id != m.place.id or _names_facility(text, n)
            for n in mentions
        )
    )


_LOCATOR_GAP = re.compile(r"\s*(?:,|\bin\b|,\s*in\b)(?:\s+the\b)?\s*")


def located_by_country(
    text: str, mentions: list[Mention], gaz: Gazetteer, unsure: list[Mention] = ()
) -> list[Mention]:
    """A place followed by its country ("Brest, France", "Perth in Scotland") is that country's
    place of the name, whatever its other namesakes.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [m.place.country for m in find_mentions("The yacht left Brest, France.", Gazetteer())]
    ['FR', 'FR']
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (
            m.place is None
            or m.place.is_country  # "Mexico, China, Japan": a list of countries
            or nxt.place is None
            or not nxt.place.is_country
            or nxt.place.country in m.place.countries
            or not _LOCATOR_GAP.fullmatch(text[m.end : nxt.start])
        ):
            continue
        inside = [
            p
            for p, _ in gaz.candidates(m.text)
            if nxt.place.country in p.countries and not p.is_country
        ]
        # a town of the name, else a subdivision ("San Salvador in the Bahamas": an island
        # district)
        here = [p for p in inside if not p.is_region] or inside
        if here:
            best = max(here, key=lambda p: (p.population or 0, -p.id))
            reason = f"'{m.text}' is followed by its country, {nxt.place.name}"
            out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, best, (), reason))
            continue
        # a country's name that two countries share, after a town of the other one ("KOLWEZI,
        # Congo": the Democratic Republic, not Brazzaville's republic)
        holder = next(
            (
                c
                for c, _ in gaz.candidates(nxt.text)
                if c.is_country and c.id != nxt.place.id and c.country in m.place.countries
            ),
            None,
        )
        if holder is not None:
            reason = f"'{nxt.text}' is the country of '{m.text}', named just before it"
            out[i + 1] = Mention(
                nxt.start, nxt.end, nxt.text, Resolution(nxt.text, holder, (), reason)
            )
    return far_from_its_near(
        text, located_by_region(text, with_locators(text, out, gaz, unsure), gaz), gaz
    )


#: "near Navsari": the town a sentence says its subject lies near.
_NEAR_NAME = re.compile(
    r"\b(?:near|close\s+to|outside|next\s+to|on\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of)"
    r"\s+(?:the\s+\w+\s+of\s+)?$"
)
#: A town placed right after its name by the town it lies at the edge of or near: "his hut at
#: Fukagawa on the edge of Edo", "a village, just outside Tromso"; or by a compass point with no
#: distance, which places a town near another ("took off from Richmond, west of Sydney": a
#: distance, "some 300 km west of", is a separation the checks judge, not a nearness).
_RIGHT_NEAR = re.compile(
    r"\s*,?\s*(?:just\s+)?(?:on\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of|near|outside)\s+"
    r"|\s*,\s*(?:just\s+|due\s+)?(?:north|south)?-?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"\s+of\s+(?:central\s+|downtown\s+)?"
)
#: What joins a town to the "near" that places it: its own verb of lying ("Dandi lies some 240
#: km south of Ahmedabad ..., near Navsari") or an aside right after it ("Dandi, near").
_LIES_THEN = re.compile(
    r"\s*,\s*(?:near|close\s+to|outside|next\s+to)\b|\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:lies|lay|is|was|sits|sat|stands|stood)\b[^.;!?()]*?(?:near|close\s+to|outside|"
    r"next\s+to)\b"
)
#: A town written as near a town it lies farther than this (km) from is another town of its
#: name than the one the gazetteer found ("Dandi ... near Navsari": a Dandi 180 km away).
NEAR_KM = 80.0
#: A town this populous is known by its name wherever it is: it keeps its reading.
NEAR_SMALL_TOWN = 50_000


#: How the reason of a reading withdrawn by :func:`far_from_its_near` opens.
WITHDRAWN = "reading withdrawn"


def is_withdrawn(m: Mention) -> bool:
    """Whether the mention's reading was withdrawn (:func:`far_from_its_near`)."""
    return m.place is None and m.resolution.reason.startswith(WITHDRAWN)


def far_from_its_near(
    text: str, mentions: list[Mention], gaz: Gazetteer | None = None
) -> list[Mention]:
    """A small town the sentence it opens places "near" another named town, from which the
    town the gazetteer found for it lies more than ``NEAR_KM`` away ("Dandi lies some 240 km
    south of Ahmedabad ..., near Navsari": the Dandi of the index is another village, 180 km
    from Navsari), is left unplaced wherever the text names it: its figures are then not
    judged against the wrong village."""
    out = list(mentions)
    far: dict[str, tuple[str, float, Place]] = {}
    for i, m in enumerate(out):
        if m.place is None or m.place.is_region or (m.place.population or 0) >= NEAR_SMALL_TOWN:
            continue
        a, z = sentence_around(text, m.start, m.end)
        right = _RIGHT_NEAR.match(text, m.end)
        if text[a : m.start].strip() and right is None:
            continue  # only the town that opens its sentence, as its subject, or one so placed
        for n in out[i + 1 :]:
            if n.start >= z:
                break
            if (
                n.place is None
                or n.place.is_region
                or n.place.id == m.place.id
                or not (
                    _NEAR_NAME.search(text, max(m.end, n.start - 30), n.start)
                    or (right is not None and right.end() == n.start)
                )
            ):
                continue
            if not _LIES_THEN.match(text, m.end, n.start) and (
                right is None or right.end() != n.start
            ):
                break  # "near" of another thing the sentence tells ("sank near St. Paul")
            km = haversine_km(m.place.lat, m.place.lon, n.place.lat, n.place.lon)
            if km > NEAR_KM + m.place.extent_km + n.place.extent_km:
                far[normalize_name(m.text)] = (n.text, km, n.place)
            break
    if not far:
        return out
    for i, m in enumerate(out):
        hit = far.get(normalize_name(m.text)) if m.place is not None else None
        near = None if hit is None or gaz is None else _namesake_near(gaz, m.text, hit[2])
        if near is not None:
            why = (
                f"the text puts {m.text} near {hit[0]}: read as the {near.name} that lies there, "
                f"not the {m.place.name} {hit[1]:.0f} km away"
            )
            out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, near, (), why))
        elif hit is not None:
            why = (
                f"{WITHDRAWN}: the text puts {m.text} near {hit[0]}, but the {m.place.name} the "
                f"gazetteer knows lies {hit[1]:.0f} km from it, so another place of the name is "
                "meant"
            )
            out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, None, (), why))
    return out


def _namesake_near(gaz: Gazetteer, name: str, town: Place) -> Place | None:
    """The most populous town of ``name`` within ``NEAR_KM`` of ``town``, if any."""
    near = [
        p
        for p, _ in gaz.candidates(name)
        if not p.is_region and haversine_km(p.lat, p.lon, town.lat, town.lon) <= NEAR_KM
    ]
    return max(near, key=lambda p: (p.population or 0, -p.id), default=None)


#: Between two names of a list: a comma, "and" or "or" ("Manitoba, Ontario and Quebec").
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def regions_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name read as a town, listed beside a first-order region ("Alberta, Manitoba, Ontario
    and New Brunswick"), is the first-order region of that name in the listed region's
    country when it has one: the list names provinces, not a village in New York. The reading
    runs on along the list.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Flights from Texas and Ohio resumed; Canada had cases in Manitoba and Ontario."
    >>> [m.place.country for m in find_mentions(text, Gazetteer()) if m.text == "Ontario"]
    ['CA']
    """
    out = list(mentions)
    changed = True
    while changed:
        changed = False
        for k, m in enumerate(out):
            if m.place is None or m.place.is_region:
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(out):
                    continue
                n = out[j]
                region = n.place
                if region is None or "admin1" not in region.kinds:
                    continue
                first, second = (n, m) if j < k else (m, n)
                if (
                    j > k
                    and region.country == m.place.country
                    and region.admin1 == m.place.admin1
                    and text[m.end : n.start].strip() == ","
                ):
                    continue  # "Washington, D.C.", "Buffalo, New York": a town, its region
                if not _LIST_GAP.fullmatch(text, first.end, second.start):
                    continue
                alt = next(
                    (
                        c
                        for c in m.resolution.alternatives
                        if c.primary
                        and "admin1" in c.place.kinds
                        and c.place.country == region.country
                        and c.place.id != region.id
                    ),
                    None,
                )
                if alt is None:
                    continue
                why = f"listed beside {n.text!r}, a first-order region of its country"
                rest = tuple(c for c in m.resolution.alternatives if c is not alt)
                lost = (m.resolution.best,) if m.resolution.best is not None else ()
                res = Resolution(
                    m.text,
                    alt.place,
                    lost + rest,
                    f"{alt.place.label()}: {why}",
                    alt.score,
                    (*alt.why, why),
                    alt,
                )
                out[k] = Mention(m.start, m.end, m.text, res)
                changed = True
                break
    return out


#: What may follow a city's name as its region's abbreviation: "Ky.", "W.Va.", "N.Y.", "OH".
_LOCATOR = re.compile(
    r",\s*([A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,2}\.)*|[A-Z]{2,3}\b)"
    # in brackets inside a longer name, as AP style writes it ("the Walker County (Ga.)
    # Sheriff's Office"): the dotted abbreviation only ("LONDON (PA)" is an agency's credit)
    r"|\s\(([A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,2}\.)*)\)"
)


def with_locators(
    text: str, mentions: list[Mention], gaz: Gazetteer, unsure: list[Mention] = ()
) -> list[Mention]:
    """Mentions plus the region abbreviations written right after a place's name ("Louisville,
    Ky.", "Dublin, OH", a county's "Horry County, SC"), which count as regions there only; a name in ``unsure`` (no support
    of its own) counts when a known abbreviation follows it.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [(m.text, m.place.name) for m in find_mentions("He lives in Frankfort, Ky., now.", Gazetteer())]
    [('Frankfort', 'Frankfort'), ('Ky.', 'Kentucky')]
    """
    starts = {m.start: m for m in mentions}
    out = list(mentions)
    dropped: set[int] = set()  # (abbreviations read first as cities, now their regions)
    for m in [*mentions, *unsure]:
        if id(m) in dropped:
            continue
        county = m.place is not None and "admin2" in m.place.kinds
        if m.place is None or (m.place.is_region and not county):
            continue
        loc = _LOCATOR.match(text, m.end)
        at = 1 if loc is None or loc.group(1) else 2  # after a comma, or in brackets
        if loc is None:
            continue
        region = gaz.locator(loc.group(at))
        if region is None:
            continue
        read = starts.get(loc.start(at))
        if read is not None and (
            read.end != loc.end(at)
            or read.place is None
            or read.place.is_region
            or not any(
                p.country == region.country and p.admin1 == region.admin1
                for p, _ in gaz.candidates(m.text)
            )
        ):
            # read already as a region or a longer name, or as a city when the region holds
            # no place of the name before it ("Boston, LA and Chicago": a list of cities)
            continue
        if county and (region.admin1 != m.place.admin1 or region.country != m.place.country):
            # after a county ("Horry County, SC"), only the state that holds it: the county of
            # the name in that state, if there is one ("Suffolk County, N.Y.", not Boston's)
            there = [
                p
                for p, _ in gaz.candidates(m.text)
                if "admin2" in p.kinds and p.country == region.country and p.admin1 == region.admin1
            ]
            if len(there) != 1:
                continue
            why = f"'{m.text}' is followed by its state, {region.name} ({region.country})"
            moved = Mention(m.start, m.end, m.text, Resolution(m.text, there[0], (), why))
            out = [moved if x is m else x for x in out]
            m = moved
        if read is not None:
            # the abbreviation read as a city the index also files under it ("BAINBRIDGE,
            # N.Y." as New York City, whose alternate names hold "NY"): after a town's name
            # it is the state, whatever the text's other places favoured
            out = [x for x in out if x is not read]
            dropped.add(id(read))
            starts[loc.start(at)] = read
        why = f"'{loc.group(at)}' after '{m.text}' abbreviates {region.name}"
        if m.start not in starts:
            out.append(m)
        out.append(
            Mention(
                loc.start(at),
                loc.end(at),
                loc.group(at),
                Resolution(loc.group(at), region, (), why),
            )
        )
    return sorted(out, key=lambda x: x.start)


#: A facility's noun after a name written after a city's possessive ("Cork's Kent station",
#: "Porto's Ribeira quay"): the name is the facility's, inside that city.
_FACILITY_AFTER = re.compile(
    r"\s+(?:bus\s+|coach\s+|railway\s+|train\s+|ferry\s+|cruise\s+)?"
    r"(?:station|terminal|terminus|quay|quayside|pier|wharf|harbou?r|airport|airfield|marina)\b"
)
#: Farther than this from the city whose possessive it follows, a facility's name read as a
#: town of its own is a namesake elsewhere ("Kent" in England for Cork's Kent station).
FACILITY_NAMESAKE_KM = 50.0


def facilities_of_cities(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name between a city's possessive and a facility's noun ("Cork's Kent station",
    "Porto's Ribeira quay") names the facility in that city: read as a town far from it, it is
    that city instead (a country's or a region's possessive, "Egypt's El Arish port", names a
    town of its own).

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "The train left Cork's Kent station for Dublin."
    >>> [m.place.name for m in find_mentions(text, Gazetteer())]
    ['Cork', 'Cork', 'Dublin']
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        city, m = out[i], out[i + 1]
        if (
            city.place is None
            or m.place is None
            or city.place.is_region
            or text[city.end : m.start] not in ("'s ", "’s ")
            or not _FACILITY_AFTER.match(text, m.end)
            or haversine_km(city.place.lat, city.place.lon, m.place.lat, m.place.lon)
            <= FACILITY_NAMESAKE_KM
        ):
            continue
        why = f"'{m.text}' names a facility of {city.place.name}, whose possessive it follows"
        out[i + 1] = Mention(m.start, m.end, m.text, Resolution(m.text, city.place, (), why))
    return out


#: What the reason of a town located by its region says when the index has no town of the
#: name there (``located_by_region``): the name is that unknown town wherever the text writes it.
NONE_OF_THE_NAME = "where the index has no town of that name"


def as_located(text: str, mentions: list[Mention]) -> list[Mention]:
    """One name, one place, as the text locates it: a town written once with its region or
    country after it ("HOPKINTON, Mass.", "Perth in Scotland") is that town wherever else the
    text writes the name alone, whatever namesake a bare reading preferred there.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "In Perth the day began. PERTH, Scotland (PA) - Perth woke to snow."
    >>> {m.place.country for m in find_mentions(text, Gazetteer()) if m.text.lower() == "perth"}
    {'GB'}
    """
    pinned: dict[str, Mention] = {}
    own: set[int] = set()  # the mentions located by their own region or country
    for m, nxt in pairwise(mentions):
        if m.place is None and NONE_OF_THE_NAME in m.resolution.reason:
            pinned.setdefault(normalize_name(m.text), m)  # located where the index has none
        elif (
            m.place is not None
            and nxt.place is not None
            and not m.place.is_region
            and (nxt.place.is_country or "admin1" in nxt.place.kinds)
            and nxt.place.country in m.place.countries
            and (nxt.place.is_country or nxt.place.admin1 == m.place.admin1)
            and _LOCATOR_GAP.fullmatch(text[m.end : nxt.start])
        ):
            pinned.setdefault(normalize_name(m.text), m)
            own.add(m.start)
    if not pinned:
        return mentions
    out = []
    for m in mentions:
        at = pinned.get(normalize_name(m.text))
        if (
            at is None
            or m.start in own  # its own locator decides: "Paris, France ... Paris, Texas"
            or m.place is None
            or m.place.is_region
            or (at.place is not None and m.place.id == at.place.id)
        ):
            out.append(m)
            continue
        reason = (
            f"'{m.text}' is {at.place.name} as the text locates it with its region"
            if at.place is not None
            else f"'{m.text}' is the town the text locates by its region, {NONE_OF_THE_NAME}"
        )
        out.append(Mention(m.start, m.end, m.text, Resolution(m.text, at.place, (), reason)))
    return out


def located_by_region(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Place, Region": a town followed by a subdivision that has a town of that name is that
    town, and the subdivision is the one that holds it ("Atlanta, Georgia" is in the US state;
    "Long Beach, California"; "Dublin, Ohio").

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [m.place.country for m in find_mentions("He flew home to Atlanta, Georgia.", Gazetteer())]
    ['US', 'US']
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        gap = text[m.end : nxt.start]
        if (
            m.place is None
            or m.place.is_country
            or "admin1" in m.place.kinds  # a county may yield to its town: "St. Joseph, Missouri"
            or not (
                (_LOCATOR_GAP.fullmatch(gap) and "," in gap)
                # a state's abbreviation in brackets: "the Frankfort (Ky.) council"
                or (gap == " (" and text[nxt.end : nxt.end + 1] == ")" and "." in nxt.text)
            )
        ):
            continue
        if _listed_region(text, out, i - 1, i) or _listed_region(text, out, i + 2, i + 1):
            continue  # "Utah, Virginia, Washington, West Virginia and Wyoming": a list of states
        if nxt.place is not None and not nxt.place.is_region and _listed_town(text, out, i + 1):
            continue  # "Washington, New York and Boston": a list of cities, read as cities
        regions = [
            r
            for r, _ in gaz.candidates(nxt.text)
            if r.admin1 and {"admin1", "admin2"} & set(r.kinds)
        ]
        if nxt.place is not None and "admin1" in nxt.place.kinds and nxt.place not in regions:
            regions.append(nxt.place)  # a locator: "Frankfort, Ky."
        if (
            nxt.place is not None
            and m.place.country == nxt.place.country
            and (not nxt.place.admin1 or m.place.admin1 == nxt.place.admin1)
        ):
            # already read together; a town written after a town of its state is the state:
            # "Buffalo, New York" (not New York City)
            holder = next(
                (
                    r
                    for r in regions
                    if "admin1" in r.kinds
                    and r.country == m.place.country
                    and r.admin1 == m.place.admin1
                ),
                None,
            )
            if (
                holder is not None
                and not nxt.place.is_region
                # not a borough of the city ("Queens, New York", "Brooklyn, New York")
                and haversine_km(m.place.lat, m.place.lon, nxt.place.lat, nxt.place.lon)
                > max(nxt.place.extent_km, 25.0)
            ):
                why = f"'{nxt.text}' is the region of '{m.text}', named just before it"
                out[i + 1] = Mention(
                    nxt.start, nxt.end, nxt.text, Resolution(nxt.text, holder, (), why)
                )
            continue
        # two names already read in one country stay there: "stopping in Rosario, San Luis
        # and Mendoza" lists three Argentine cities, not a Rosario in a San Luis elsewhere
        same = nxt.place is not None and m.place.country == nxt.place.country
        # a county is read so too, in a first-order region: "Orange County, New York" is not
        # the county of three million in California
        county = "admin2" in m.place.kinds
        pairs = [
            (p, r, prim or spelt_alike(m.text, p.name))
            for r in regions
            for p, prim in gaz.candidates(m.text)
            if (not p.is_region or (county and "admin2" in p.kinds and "admin1" in r.kinds))
            and p.country == r.country
            and p.admin1 == r.admin1
            and (not same or p.country == m.place.country)
        ]
        if not pairs:
            if (
                nxt.place is not None
                and "admin1" in nxt.place.kinds
                and (
                    _ABBREVIATED.fullmatch(nxt.text)
                    or (m.place.population or 0) < LOCATED_ELSEWHERE_POPULATION
                )
                and not m.place.is_region
                and (m.place.country, m.place.admin1) != (nxt.place.country, nxt.place.admin1)
                # an airport or a feature of the region's country, which keeps no region code
                # ("Teller, Alaska": the village's airport)
                and not (m.place.admin1 is None and m.place.country == nxt.place.country)
            ):
                # "MOUNT WASHINGTON, N.H.", "Venice, Louisiana", "Stroud, Ontario": a state's
                # abbreviation or name locates the name there, and the index has no place of
                # the name in it (only towns in Kentucky and Maryland, Illinois, England): the
                # place meant is one the index lacks (a city of 100,000 written before a
                # region that does not hold it may open a list: kept)
                why = (
                    f"'{m.text}' is followed by its region, {nxt.place.name} "
                    f"({nxt.place.country}), {NONE_OF_THE_NAME}"
                )
                out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, None, (), why))
            continue
        if not any(named for _, _, named in pairs):
            # only a town once called so ("Franklin, Missouri": Pacific, Missouri, was
            # Franklin until 1859): the town the text means is one the index lacks
            region = pairs[0][1]
            why = (
                f"'{m.text}' is followed by its region, {region.name} ({region.country}), "
                f"{NONE_OF_THE_NAME} (only one formerly so called)"
            )
            out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, None, (), why))
            continue
        town, region, _ = max(
            (pr for pr in pairs if pr[2]), key=lambda pr: (pr[0].population or 0, -pr[0].id)
        )
        why = f"'{m.text}' is followed by its region, {region.name} ({region.country})"
        out[i] = Mention(m.start, m.end, m.text, Resolution(m.text, town, (), why))
        why = f"'{nxt.text}' is the region of '{m.text}', named just before it"
        out[i + 1] = Mention(nxt.start, nxt.end, nxt.text, Resolution(nxt.text, region, (), why))
    return out


#: A town below this population, written before a first-order region that has no place of its
#: name, is a place the index lacks in that region, not the namesake elsewhere
#: (``located_by_region``).
LOCATED_ELSEWHERE_POPULATION = 100_000

#: A region written as an abbreviation, as a locator after a town ("N.H.", "Calif.", "NSW",
#: "Ky."): never one of a list of places.
_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,4}\.)+|[A-Z]{2,3}")


def _listed_town(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether the ``k``-th mention goes on a list with a town after it ("New York and Boston":
    a comma, "and" or "or" between them)."""
    if not 0 <= k < len(mentions) - 1:
        return False
    n = mentions[k + 1]
    if n.place is None or n.place.is_region or "populated_place" not in n.place.kinds:
        return False
    return _LIST_GAP.fullmatch(text, mentions[k].end, n.start) is not None


def _listed_region(text: str, mentions: list[Mention], j: int, k: int) -> bool:
    """Whether the ``j``-th mention is a first-order region written in a list beside the
    ``k``-th (a comma, "and" or "or" between them)."""
    if not 0 <= j < len(mentions):
        return False
    n = mentions[j]
    if n.place is None or "admin1" not in n.place.kinds:
        return False
    first, second = (n, mentions[k]) if j < k else (mentions[k], n)
    return _LIST_GAP.fullmatch(text, first.end, second.start) is not None


def country_endings(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A name two countries share that ends the longer name of one of them written in the same
    text is that one: "Congo" after "Republic of Congo" is Brazzaville's republic, after "DR
    Congo" the Democratic Republic: a name that is a main name of neither (the index's
    candidates say so), never a country's own main name or adjective ("Guinea" after "Papua
    New Guinea", "Sudanese" after "South Sudanese"), and not when the text writes both longer
    names.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [m.place.country for m in find_mentions(
    ...     "Ebola struck the Republic of Congo. Congo asked for help.", Gazetteer())]
    ['CG', 'CG']
    """
    ending: dict[str, dict[int, Place]] = {}
    for m in mentions:
        if m.place is not None and m.place.is_country:
            words = normalize_name(m.text).split()
            for n in range(1, len(words)):
                ending.setdefault(" ".join(words[n:]), {})[m.place.id] = m.place
    if not ending:
        return mentions
    out = []
    for m in mentions:
        norm = normalize_name(m.text)
        longer = ending.get(norm, {})
        if (
            len(longer) == 1
            and m.place is not None
            and m.place.is_country
            and norm != normalize_name(m.place.name)
        ):
            (place,) = longer.values()
            cands = {p.id: prim for p, prim in gaz.candidates(norm)}
            if place.id != m.place.id and place.id in cands and not any(cands.values()):
                reason = f"'{m.text}' read as {place.name}, whose longer name the text writes"
                m = Mention(m.start, m.end, m.text, Resolution(m.text, place, (), reason))
        out.append(m)
    return out


def short_forms(mentions: list[Mention]) -> list[Mention]:
    """A name that opens a longer name in the same text is its short form: after "Santiago de
    Compostela", "Santiago" is that city, not Chile's capital.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
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
        if (
            full is not None
            and full.place is not None
            and full.place != m.place
            # "Suez" after "the Suez Canal": the city; a sea's short name is that sea ("the
            # Gulf" after "the Gulf of Carpentaria")
            and (
                "water_body" not in full.place.kinds
                or (m.place is not None and "water_body" in m.place.kinds)
            )
            # a country's own name or adjective stays the country: "Mexico" after "Mexico
            # City", "American" after "the American South"
            and not (
                m.place is not None
                and m.place.is_country
                and (
                    not full.place.is_country
                    or normalize_name(m.text) == normalize_name(m.place.name)
                )
            )
            and not (  # "Jeju" after "Jeju Island": the island's city, not the whole province
                full.place.is_region
                and m.place is not None
                and not m.place.is_region
                and full.place.contains(m.place)
            )
        ):
            reason = f"'{m.text}' read as the short form of '{full.text}', named in the same text"
            m = Mention(m.start, m.end, m.text, Resolution(m.text, full.place, (), reason))
        out.append(m)
    return out


def initialism_mentions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The initialisms of the countries and first-order regions the text names in full, and of
    the countries of the first-order regions it names ("Limpopo ... SA"), wherever the text
    writes them alone ("Trinidad and Tobago ... T&T", "South Africa ... SA"), as mentions of
    those places; an initialism two named places share is left out, and
    so is one the index has as a country's or region's own name ("US", "NSW": the mention
    finder reads those where they are places).

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Trinidad and Tobago voted. T&T's envoy spoke."
    >>> [(m.text, m.place.name) for m in find_mentions(text, Gazetteer())]
    [('Trinidad and Tobago', 'Trinidad and Tobago'), ('T&T', 'Trinidad and Tobago')]
    """
    by_letters: dict[str, Place | None] = {}
    in_full: set[Place] = set()  # named in full by the text itself
    named: list[tuple[str, Place]] = []
    for m in mentions:
        p = m.place
        if p is None or not (p.is_country or "admin1" in p.kinds):
            continue
        if " " in m.text.strip():
            named.append((m.text, p))
            in_full.add(p)
        if "admin1" in p.kinds and "|" not in p.country:
            # the country of a region the text names ("SA" in a text naming Limpopo)
            country = gaz.country_of(p.country)
            if country is not None and " " in country.name:
                named.append((country.name, country))
    for written, p in named:
        for letters in initialisms(written):
            if by_letters.setdefault(letters, p) != p:
                by_letters[letters] = None  # two places: neither
    if not any(by_letters.values()):
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    # tried only where one of the initialisms stands: no match lies inside another (each
    # opens after no capital), so those that do are the ones the whole scan finds
    starts = word_starts(text, [k for k, p in by_letters.items() if p is not None])
    for x in finditer_at(_WRITTEN_INITIALISM, text, starts):
        p = by_letters.get(x.group())
        if p is None or any(a < x.end() and x.start() < b for a, b in taken):
            continue
        if any(
            c.is_country or "admin1" in c.kinds
            for c, _ in gaz.candidates(normalize_name(x.group()), abbreviation=True)
        ):
            continue
        how = "named in the same text" if p in in_full else "which holds a region the text names"
        why = f"{x.group()!r} is the initialism of {p.name}, {how}"
        out.append(Mention(x.start(), x.end(), x.group(), Resolution(x.group(), p, (), why)))
    return out


#: An initialism as a word of its own: not inside a longer one, nor a currency's ("US$", "$US").
#: (The look-behind is written after the first capital: a pattern that opens with a character
#: class is scanned for it quickly, one opening with a look-behind is tried at every character.)
assert INITIALISM.pattern.startswith("[A-Z]")
_WRITTEN_INITIALISM = re.compile(
    r"[A-Z](?<![\w&.$].)" + INITIALISM.pattern[len("[A-Z]") :] + r"(?![\w&$])"
)


#: Two towns this close, both named in one text, are taken to be the ones meant.
NEIGHBOUR_KM = 80.0
_MAX_UNSURE_NAMES = 40


def neighbours(
    names: list[str],
    gaz: Gazetteer,
    lower_words: set[str],
    countries: frozenset[str] = frozenset(),
) -> list[tuple[str, Place]]:
    """Towns that vouch for each other: of two names with no confident reading on their own
    ("Dover", "Calais"), the candidates that lie within ``NEIGHBOUR_KM`` of each other.

    Only main names of towns of 10,000 or more, with at most 12 such homonyms each, count. A
    name that has a town of 10,000 or more (by any of its names) in ``countries``, those the
    confident places lie in, is left to that context: in a Saudi article "Medina" is the Saudi
    city, whatever Ohio town a capitalised "Economy" lies near.

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> sorted(p.country for _, p in neighbours(["Dover", "Calais"], Gazetteer(), set()))
    ['FR', 'GB']
    """
    cands: dict[str, list[Place]] = {}
    for t in names[:_MAX_UNSURE_NAMES]:
        norm = normalize_name(t)
        if norm in cands or t.casefold() in lower_words:
            continue
        every = gaz.candidates(t)
        if countries and any(
            (p.population or 0) >= 10_000 and not p.countries.isdisjoint(countries)
            for p, _ in every
        ):
            continue
        cs = [p for p, prim in every if prim and not p.is_region and (p.population or 0) >= 10_000]
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


#: ", a taxi driver from " before a place: a person's home, unless a word of a trip is among the
#: words (", a night train from"): the words of endpoints.json's "hometown" row.
_HOMETOWN = re.compile(
    r"(?:^|(?<=[.!?]\s)|[,(]\s*|\bby\s+)(?:"
    + words_pattern(rule_row("endpoints", "hometown")["words"])
    + r")\s+(?P<words>(?:[\w’'-]+\s+){1,5})from\s+$",
    re.IGNORECASE | re.MULTILINE,
)
_TRAVEL_WORD = re.compile(
    r"\b(?:" + words_pattern(rule_row("endpoints", "hometown")["unless"]) + r")\b", re.IGNORECASE
)
#: What closes a home's name: a comma or a stop, maybe after a second home ("from Spain and
#: Chile,").
_CLOSED = re.compile(r"\s*(?:(?:and|&)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*)?[,.;)]")
#: "from" right before a place that an age follows between commas: the people's home ("The
#: retired nurses from Leeds, 64 and 66, walked ...").
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_AGES_AFTER = re.compile(
    r"\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:,|and|&|-|to)\s*\d{1,3})*\s*[,.;)]", re.IGNORECASE
)


#: A departure from another place right after a "from" place: "The teacher from Uppsala set out
#: from Abisko" (the first is the traveller's home, the second where the leg starts).
_SETS_OUT_FROM = re.compile(
    r"\s+(?:set|sets|setting|started|starts|starting)\s+(?:out|off)\s+from\s+"
    r"(?:the\s+(?:city|town|village|port|capital)\s+of\s+)?[A-Z]"
)
#: A person's age between commas before "from": "Mehta, 35, from " (the place then closed by a
#: comma or a full stop: "Mehta, 35, from Pune, ran 200 km").
_AGE_FROM = re.compile(r",\s*\d{1,3}\s*,\s*from\s+$")


#: A person marked by an age before "from": "The 44-year-old nurse from Halifax rode ...", "a
#: 67-year-old retired teacher from Osaka" (the words between name no way of travelling and no
#: departure: not "the 40-year-old ferry from Hanoi", "a 30-year-old who set off from").
_AGED_PERSON_FROM = re.compile(r"\b\d{1,3}-year-old\s+(?P<words>(?:[a-z][\w’'-]*\s+){0,5})from\s+$")
_NO_HOME_WORD = re.compile(
    r"\b(?:set|sets|setting|left|leaves|leaving|rode|ran|walked|drove|flew|sailed|departed|"
    r"started|cycled|paddled|travell?ed|headed|came|returned|arrived|who|that|which|"
    + words_pattern(rule_row("endpoints", "hometown")["unless"])
    + r")\b",
    re.IGNORECASE,
)


#: People named in full right before "from" ("Sabine and Jörg Hartmann from ", "Ana Ruiz
#: from "): the words after are their home when no verb of travel follows the place.
_NAMED_FROM = re.compile(
    r"(?<![\w'’-])(?P<first>[A-Z][a-zà-ÿ]+)(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?"
    r"(?:\s+[A-Z][\w'’.-]+){1,3}\s+from\s+$"
)
#: What closes a home's name after a person named in full: a comma, a stop, or a verb that tells
#: no travel ("from Freiburg had seen", "from Leeds said").
_HOME_CLOSED = re.compile(
    r"\s*(?:[,.;)]|(?:had|have|has|was|were|is|are|said|says|say|who|told)\b)"
)


#: People named by a plural noun right before "from" ("Two paddlers from Austin", "The nurses
#: from Leeds"), not vehicles or services ("trains from Lyon").
_PEOPLE_BEFORE_FROM = re.compile(
    r"\b(?!(?:second|minute|hour|day|night|week|month|year|kilomet(?:re|er)|met(?:re|er)|mile|"
    r"yard|km|kms|mph)s?\s)(?P<noun>[a-z]+s)\s+from\s+$"
)
#: A later "from" and a capitalised name in the same sentence: the leg's own origin.
_LATER_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+)")


def _people_from_then_origin(text: str, s0: int, m: Mention) -> bool:
    """Whether "from" makes the place the home of people the sentence then sends from another
    place: "Two paddlers from Austin finished the 260-mile race from San Marcos to Seadrift"."""
    before = _PEOPLE_BEFORE_FROM.search(text, max(s0, m.start - 30), m.start)
    noun = before["noun"] if before else ""
    if before is None or any(
        _TRAVEL_WORD.fullmatch(w) for w in (noun, noun[:-1], noun.removesuffix("es"))
    ):
        return False  # "trains from Lyon", "buses from Lille": services, no people
    _, z = sentence_around(text, m.start)
    later = _LATER_FROM.search(text, m.end, z)
    return later is not None and later["name"].casefold() not in CALENDAR_WORDS


def hometown(text: str, s0: int, m: Mention) -> bool:
    """Whether "from" makes the place a person's home, not where a leg starts: "Ali, a taxi
    driver from Basra, set out from Najaf".

    >>> from georoute.geo.mentions import Mention
    >>> t = "Ali, a taxi driver from Basra, set out."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    True
    >>> t = "Ali rode, a night train from Basra, north."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    False
    >>> t = "It rained. A group of 40 pilgrims from Basra, with their imam, set out."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    True
    >>> t = "The yacht, sailed by a crew of nine from Spain and Chile, crossed the line."
    >>> hometown(t, 0, Mention(t.index("Spain"), t.index("Spain") + 5, "Spain", None))
    True
    >>> t = "Ali Kadhim, 40, from Basra, walked 90 km."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    True
    >>> t = "Sabine and Jorg Hartmann from Freiburg had walked into Inverness."
    >>> hometown(t, 0, Mention(t.index("Freiburg"), t.index("Freiburg") + 8, "Freiburg", None))
    True
    >>> t = "Anna Weber from Freiburg walked to Basel."
    >>> hometown(t, 0, Mention(t.index("Freiburg"), t.index("Freiburg") + 8, "Freiburg", None))
    False
    >>> t = "The two nurses from Basra, 64 and 66, walked on."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    True
    >>> t = "The 44-year-old nurse from Halifax rode the whole loop."
    >>> hometown(t, 0, Mention(t.index("Halifax"), t.index("Halifax") + 7, "Halifax", None))
    True
    >>> t = "The 40-year-old ferry from Hanoi sailed at dawn."
    >>> hometown(t, 0, Mention(t.index("Hanoi"), t.index("Hanoi") + 5, "Hanoi", None))
    False
    >>> t = "The cook from Basra set out from Najaf on foot."
    >>> hometown(t, 0, Mention(t.index("Basra"), t.index("Basra") + 5, "Basra", None))
    True
    >>> t = "Anna Weber from Freiburg set off from the city of Basel."
    >>> hometown(t, 0, Mention(t.index("Freiburg"), t.index("Freiburg") + 8, "Freiburg", None))
    True
    """
    if _SETS_OUT_FROM.match(text, m.end):
        return True
    if _people_from_then_origin(text, s0, m):
        return True
    if _AGES_AFTER.match(text, m.end) and _FROM_BEFORE.search(text, max(s0, m.start - 6), m.start):
        return True
    found = _HOMETOWN.search(text, max(s0, m.start - 60), m.start)
    if (
        found is not None
        and not _TRAVEL_WORD.search(found["words"])
        and _CLOSED.match(text, m.end) is not None
    ):
        return True
    if (
        _AGE_FROM.search(text, max(s0, m.start - 20), m.start) is not None
        and _CLOSED.match(text, m.end) is not None
    ):
        return True
    aged = _AGED_PERSON_FROM.search(text, max(s0, m.start - 80), m.start)
    if aged is not None and not _NO_HOME_WORD.search(aged["words"]):
        return True
    named = _NAMED_FROM.search(text, max(s0, m.start - 60), m.start)
    return (
        named is not None
        and named["first"].casefold() in person_name_words()
        and _HOME_CLOSED.match(text, m.end) is not None
    )


#: "the capital", "the Russian capital": a reference to a capital city, not a name.
#: The words after "capital" that make it money, a letter or a crime, not a city.
_CAPITAL_NOT_A_CITY = (
    r"markets?|gains?|investment|spending|expenditure|letters?|punishment|offen[cs]es?|crimes?"
    r"|goods|costs?|flight|requirements?|controls?"
)
_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w'’-]+)\s+|(?:national|federal|country['’]s|nation['’]s)\s+)?"
    rf"capital\b(?!\s+(?:{_CAPITAL_NOT_A_CITY}|of\b))",
)


def capital_references(text: str, named: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Mentions for "the (Russian) capital": the capital of the country the adjective names
    (none when it names no country: "the Scottish capital" is a region's seat), else of the
    country of the nearest place named before it that lies in one country.

    >>> from georoute.geo.mentions import find_mentions
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> gaz = Gazetteer()
    >>> text = "The train left Moscow. Irkutsk lies east of the capital."
    >>> [(m.text, m.place.name) for m in find_mentions(text, gaz) if m.text.startswith("the")]
    [('the capital', 'Moscow')]
    >>> text = "Built with China, the line links the capital Jakarta with Bandung."
    >>> [(m.text, m.place.name) for m in find_mentions(text, gaz)]
    [('China', 'China'), ('the capital', 'Jakarta'), ('Jakarta', 'Jakarta'), ('Bandung', 'Bandung')]
    """
    out: list[Mention] = []
    located = [n for n in named if n.place]
    ends = [n.end for n in located]  # mentions come in text order
    starts = {n.start: n for n in located}
    said: set[int] = set()  # the places of the plain "the capital" mentions of ``out``
    seen = 0  # (how many of ``out`` were read into ``said``)
    for m in _CAPITAL.finditer(text) if "capital" in text else ():  # its word, else no search
        country, why = None, ""
        gap = text[m.end() : m.end() + 3]
        follows = starts.get(m.end() + len(gap) - len(gap.lstrip(" ,")))
        if follows is not None:  # "the capital Jakarta", "the capital, Suva"
            reason = f"'{m.group()}' read as {follows.place.name}, the name that follows it"
            res = Resolution(m.group(), follows.place, (), reason)
            out.append(Mention(m.start(), m.end(), m.group(), res))
            continue
        if m["adj"]:
            adj = gaz.resolve(m["adj"], abbreviation=m["adj"].isupper())
            if adj.place and adj.place.is_country:
                country, why = adj.place, f"the country '{m['adj']}' names"
            else:
                continue  # "the Scottish capital": a region's seat, which the index lacks
        k = bisect.bisect_right(ends, m.start())
        if country is None and out:
            # the capital the story has called "the capital" already, named again earlier in
            # this sentence: "left Warsaw for the fortress at Brest, some 185 km east of the
            # capital", after "its vaults in the capital" (Warsaw), is Warsaw, not Minsk
            said.update(o.place.id for o in out[seen:] if not o.text[4:5].isupper())
            seen = len(out)
            a, _ = sentence_around(text, m.start())
            i = k - 1  # (the sentence's places before it, nearest first)
            while i >= 0 and located[i].start >= a and located[i].place.id not in said:
                i -= 1
            again = located[i].place if i >= 0 and located[i].start >= a else None
            if again is not None and "capital" in again.kinds:
                fired("places:capital_said_before")
                reason = (
                    f"'{m.group()}' read as {again.name}, the capital the story called so "
                    "before, named earlier in this sentence"
                )
                res = Resolution(m.group(), again, (), reason)
                out.append(Mention(m.start(), m.end(), m.group(), res))
                continue
        if country is None:
            # the nearest place before it that lies in one country: a sea or a range shared by
            # several ("the Red Sea port of Aqaba") names no country
            # (not a person's home: "the husband, a retired engineer from Hamburg, said")
            near = next(
                (
                    n.place
                    for n in reversed(located[:k])
                    if n.place.country
                    and "|" not in n.place.country
                    and not hometown(text, 0, n)
                    and not _people_of(text, n)
                ),
                None,
            )
            if near is None:
                continue
            code = near.country
            why = f"the country of {near.name}, the place named just before"
        else:
            code = country.country
        cap = gaz.capital_of(code)
        if cap is None:
            continue
        reason = f"'{m.group()}' read as {cap.name}, the capital of {why}"
        out.append(Mention(m.start(), m.end(), m.group(), Resolution(m.group(), cap, (), reason)))
    return out + _regional_capital_references(text, starts)


#: A lower-case word after a country's adjective: "Norwegian missionaries", "Turkish coast".
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _people_of(text: str, n: Mention) -> bool:
    """Whether ``n`` is a country's adjective before a noun, not its name ("founded by
    Norwegian missionaries ... lies 120 km south-east of the capital": no capital of Norway's)."""
    return (
        n.place.is_country
        and normalize_name(n.text) != normalize_name(n.place.name)
        and _NOUN_AFTER.match(text, n.end) is not None
    )


#: "the provincial capital", "the state capital": a region's seat, named by the text where it
#: first writes the words ("from the provincial capital San Salvador de Jujuy").
_REGIONAL_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?P<kind>regional|provincial|state|departmental|prefectural)\s+capital\b"
    rf"(?!\s+(?:{_CAPITAL_NOT_A_CITY}|of)\b)"
)


def _regional_capital_references(text: str, starts: dict[int, Mention]) -> list[Mention]:
    """Mentions for "the provincial capital" (no region's name in it): the town whose name
    follows the words where the text first writes them ("the provincial capital San Salvador
    de Jujuy"), and the same town wherever the text writes them again; none where no name ever
    follows them (the region is not known)."""
    out: list[Mention] = []
    seat: dict[str, Mention] = {}
    for m in _REGIONAL_CAPITAL.finditer(text) if "capital" in text else ():
        kind = m["kind"].casefold()
        gap = text[m.end() : m.end() + 3]
        follows = starts.get(m.end() + len(gap) - len(gap.lstrip(" ,")))
        if follows is not None and not follows.place.is_region:
            seat.setdefault(kind, follows)
            town, why = follows.place, "the name that follows it"
        elif kind in seat:
            town = seat[kind].place
            why = f"the {kind} capital the text named before ('{seat[kind].text}')"
        else:
            continue
        res = Resolution(m.group(), town, (), f"'{m.group()}' read as {town.name}, {why}")
        out.append(Mention(m.start(), m.end(), m.group(), res))
    return out


#: A first-order region's seat written by the region's name: "the Magallanes regional capital",
#: "the Punjab provincial capital", "the Bavarian state capital", "the Odisha capital".
_REGIONAL_CAPITAL_AFTER = re.compile(
    r"\s+(?:(?:regional|provincial|state|departmental|prefectural)\s+)?capital\b"
    rf"(?!\s+(?:{_CAPITAL_NOT_A_CITY}|region|city\s+of)\b)"
)


def regional_capitals(text: str, mentions: list[Mention]) -> list[Mention]:
    """A first-order region named right before "(regional, provincial, state) capital" ("the
    Odisha capital") names that region's seat, not the region: read as the most populous town the text names in the
    region (a region's seat is mostly its biggest town), else left as it is.

    >>> region = Place(1, "Magallanes", -53.0, -71.0, "CL", None, "doc", ("admin1",), 150_000, "12")
    >>> town = Place(2, "Punta Arenas", -53.2, -70.9, "CL", None, "doc", population=117_430,
    ...              admin1="12")
    >>> text = "Flights left Punta Arenas, the Magallanes regional capital."
    >>> ms = [Mention(13, 25, "Punta Arenas", Resolution("Punta Arenas", town)),
    ...       Mention(31, 41, "Magallanes", Resolution("Magallanes", region))]
    >>> [m.place.name for m in regional_capitals(text, ms)]
    ['Punta Arenas', 'Punta Arenas']
    """
    out = list(mentions)
    for k, m in enumerate(out):
        p = m.place
        if p is None or "admin1" not in p.kinds or not _REGIONAL_CAPITAL_AFTER.match(text, m.end):
            continue
        towns = [
            n.place
            for n in mentions
            if n.place is not None
            and not n.place.is_region
            and n.place.country == p.country
            and n.place.admin1 == p.admin1
        ]
        if not towns:
            continue
        seat = max(towns, key=lambda t: (t.population or 0, -t.id))
        why = (
            f"'{m.text}' before 'capital' names the seat of {p.name}: read as {seat.name}, "
            "the most populous town the text names in it"
        )
        out[k] = Mention(m.start, m.end, m.text, Resolution(m.text, seat, (), why))
    return out


_POINT_WORDS = rule_row("names", "point_words")
#: A word before a name that uses it as a point ("140 km from", "north of"; ``names.json``).
_POINT_BEFORE = re.compile(r"\b(?:" + words_pattern(_POINT_WORDS["before"]) + r")\s+$", re.I)
#: A word after a name that places it as a point ("Hualien lies"; ``names.json``).
_POINT_AFTER = re.compile(r"\s+(?:" + words_pattern(_POINT_WORDS["after"]) + r")\b")
#: A town this near the point of a region of its name (and in its first-order region) is
#: taken for the region's seat.
SEAT_KM = 150.0


def seats_as_points(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region (a county, an oblast) read for a name the text uses as a point ("140 km from
    Hualien", "Hualien lies ..."; ``names.json``, ``point_words``) is read as the town of the
    same name inside it, when the name's candidates hold one: a distance runs to a point.

    >>> from georoute.geo.resolution import Candidate
    >>> county = Place(1, "Hualien", 24.0, 121.6, "TW", None, "doc", ("admin1",), 116_000, "04")
    >>> town = Place(2, "Hualien City", 23.98, 121.6, "TW", None, "doc", population=99_000,
    ...              admin1="04")
    >>> res = Resolution("Hualien", county, (Candidate(town, 1.0, False),))
    >>> [m.place.name for m in seats_as_points("A road from Hualien", [Mention(12, 19, "Hualien", res)])]
    ['Hualien City']
    >>> [m.place.name for m in seats_as_points("In Hualien, rain", [Mention(3, 10, "Hualien", res)])]
    ['Hualien']
    """
    out = list(mentions)
    for k, m in enumerate(out):
        p = m.place
        if p is None or p.is_country or not p.is_region or not m.resolution.alternatives:
            continue
        if not (
            _POINT_BEFORE.search(text, max(0, m.start - 30), m.start)
            or _POINT_AFTER.match(text, m.end)
        ):
            continue
        seats = [
            c
            for c in m.resolution.alternatives
            if not c.place.is_region
            and "populated_place" in c.place.kinds
            and c.place.country == p.country
            and c.place.admin1 == p.admin1
            and haversine_km(c.place.lat, c.place.lon, p.lat, p.lon) <= SEAT_KM
        ]
        if not seats:
            continue
        seat = max(seats, key=lambda c: (c.place.population or 0, -c.place.id))
        why = (
            f"'{m.text}' used as a point names the town, not {p.name}: read as "
            f"{seat.place.name}, the town of the name inside it"
        )
        others = tuple(c for c in m.resolution.alternatives if c is not seat)
        res = Resolution(m.text, seat.place, others, why, best=seat)
        out[k] = Mention(m.start, m.end, m.text, res, m.place_span)
    return out


#: "the airport" with no name after it: a reference to an airport named before.
_THE_AIRPORT = re.compile(r"\b[Tt]he\s+airport\b(?!\s+(?:of|in)\b)")
#: What follows a city's name when the text names its airport ("Nadi International Airport").
_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+|Intl\.?\s+|Regional\s+)?Airport\b")


def airport_references(text: str, named: list[Mention]) -> list[Mention]:
    """Mentions for "the airport": the airport named last before it, by its own name ("Changi
    Airport") or as its city's ("Nadi International Airport", read as Nadi).

    >>> nadi = Place(1, "Nadi", -17.8, 177.4, "FJ", None, "doc", population=42_284)
    >>> text = "Coaches link Nadi International Airport and Suva. The coach left the airport at 7."
    >>> m = Mention(text.index("Nadi"), text.index("Nadi") + 4, "Nadi", Resolution("Nadi", nadi))
    >>> [(r.text, r.place.name) for r in airport_references(text, [m])]
    [('the airport', 'Nadi')]
    """
    out: list[Mention] = []
    located = [
        n
        for n in named
        if n.place is not None
        and ("airport" in n.place.kinds or _AIRPORT_AFTER.match(text, n.end) is not None)
    ]
    for m in _THE_AIRPORT.finditer(text) if "airport" in text else ():
        before = [n for n in located if n.end <= m.start()]
        if not before:
            continue
        ref = before[-1]
        reason = f"'{m.group()}' read as {ref.place.name}, the airport named before it"
        res = Resolution(m.group(), ref.place, (), reason)
        out.append(Mention(m.start(), m.end(), m.group(), res))
    return out


#: "the pole", "the geographic pole": the pole a text named before (not "the magnetic pole",
#: another point, nor "the Pole", a person).
_THE_POLE = re.compile(r"\b[Tt]he\s+(?:geographic(?:al)?\s+)?[Pp]ole\b")


def pole_references(text: str, named: list[Mention]) -> list[Mention]:
    """Mentions for "the pole": the geographic pole named last before it ("the North Pole").

    >>> pole = Place(1, "North Pole", 90.0, 0.0, "", None, "doc", ("geographic_pole",))
    >>> text = "Tourists sailed to the North Pole. The pole lies 2,340 km north of Murmansk."
    >>> s = text.index("North")
    >>> m = Mention(s, s + 10, "North Pole", Resolution("North Pole", pole))
    >>> [(r.text, r.place.name) for r in pole_references(text, [m])]
    [('The pole', 'North Pole')]
    >>> text = "Tourists sailed to the North Pole. Murmansk lies 2,340 km south of the Pole."
    >>> [(r.text, r.place.name) for r in pole_references(text, [m])]
    [('the Pole', 'North Pole')]
    """
    out: list[Mention] = []
    poles = [n for n in named if n.place is not None and "geographic_pole" in n.place.kinds]
    for m in _THE_POLE.finditer(text) if poles and "ole" in text else ():
        before = [n for n in poles if n.end <= m.start()]
        if not before:
            continue
        ref = before[-1]
        reason = f"'{m.group()}' read as {ref.place.name}, the pole named before it"
        out.append(
            Mention(m.start(), m.end(), m.group(), Resolution(m.group(), ref.place, (), reason))
        )
    return out


def _dateline_town(p: Place, res: Resolution) -> Candidate | None:
    """The town a region's or a country's name stands for in a dateline, among the name's
    other readings: a town of the name inside the region (within ``SEAT_KM`` of its point),
    the capital of the country of the name ("KUWAIT": Kuwait City), or else a country's capital
    of that main name ("LUXEMBOURG" read first as the Belgian province). None if none."""
    towns = [
        c for c in res.alternatives if "populated_place" in c.place.kinds and not c.place.is_region
    ]
    inside = [
        c
        for c in towns
        if c.place.country == p.country
        and (p.is_country or c.place.admin1 == p.admin1)
        and (p.is_country or haversine_km(c.place.lat, c.place.lon, p.lat, p.lon) <= SEAT_KM)
        and (not p.is_country or "capital" in c.place.kinds)
    ]
    if not inside:
        inside = [c for c in towns if c.primary and "capital" in c.place.kinds]
    if not inside:
        return None
    return max(inside, key=lambda c: (c.place.population or 0, -c.place.id))


def dateline_towns(mentions: list[Mention], dateline: set[str]) -> list[Mention]:
    """A dateline names the town a story is filed from: a name of ``dateline`` (normalized)
    read as a country or a region is read as the town it stands for (:func:`_dateline_town`),
    in the dateline and wherever else the text writes it for the same place ("LUXEMBOURG (AP)
    - ... arrived in Luxembourg's central station").

    >>> from georoute.geo.resolution import Candidate
    >>> country = Place(1, "Kuwait", 29.5, 47.7, "KW", None, "doc", ("country",), 4_000_000)
    >>> city = Place(2, "Kuwait City", 29.37, 47.98, "KW", None, "doc", ("populated_place",
    ...              "capital"), 60_000)
    >>> res = Resolution("KUWAIT", country, (Candidate(city, 1.0, False),))
    >>> [m.place.name for m in dateline_towns([Mention(0, 6, "KUWAIT", res)], {"kuwait"})]
    ['Kuwait City']
    """
    if not dateline:
        return mentions
    chosen: dict[tuple[str, int], Resolution] = {}
    out = list(mentions)
    for k, m in enumerate(out):
        p = m.place
        norm = normalize_name(m.text)
        if p is None or not p.is_region or norm not in dateline:
            continue
        key = (norm, p.id)
        if key not in chosen:
            town = _dateline_town(p, m.resolution)
            if town is None:
                continue
            fired("places:dateline_town")
            why = (
                f"'{m.text}' opens the dateline, which names a town: read as {town.place.name}, "
                f"not {p.name}"
            )
            others = tuple(c for c in m.resolution.alternatives if c is not town)
            chosen[key] = Resolution(m.text, town.place, others, why, best=town)
        out[k] = Mention(m.start, m.end, m.text, chosen[key], m.place_span)
    return out
