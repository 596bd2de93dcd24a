"""From article text to typed, located claims: quantities with their legs, separations and
directions, headings, times, places and the document's trip context.

``extract`` is pure and deterministic: the same document gives the same claims, and every
claim's ``text`` equals the document text at ``[start:end]``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from georoute.base.claims import Claim, DocumentClaims, Leg, TripContext
from georoute.base.documents import Document
from georoute.base.places import Place
from georoute.extraction.endpoints import (
    WHOLE_TRIP,
    leg_endpoints,
    locator,
    place_relation,
    subject_before,
)
from georoute.geo.gazetteer import Gazetteer, default_gazetteer
from georoute.geo.mentions import Mention, find_mentions, find_unplaced
from georoute.text.qualifiers import NOT_TRAVEL, not_travel
from georoute.text.quantities import MAX_TEXT, find_quantities
from georoute.text.timeexpr import CALENDAR_WORDS, find_times

__all__ = ["MODE_WORDS", "extract", "extract_document"]

MODE_WORDS: dict[str, str] = {
    "train": "train",
    "trains": "train",
    "rail": "train",
    "railway": "train",
    "railroad": "train",
    "locomotive": "train",
    "carriage": "train",
    "car": "road",
    "cars": "road",
    "bus": "road",
    "coach": "road",
    "drove": "road",
    "drive": "road",
    "motorcade": "road",
    "truck": "road",
    "road": "road",
    "highway": "road",
    "ship": "ship",
    "ferry": "ship",
    "boat": "ship",
    "vessel": "ship",
    "sailed": "ship",
    "yacht": "ship",
    "icebreaker": "ship",
    "tanker": "ship",
    "freighter": "ship",
    "liner": "ship",
    "cruise": "ship",
    "flight": "air",
    "flew": "air",
    "plane": "air",
    "aircraft": "air",
    "jet": "air",
    "fly": "air",
    "airliner": "air",
    "motorway": "road",
    "expressway": "road",
    "drivers": "road",
    "driver": "road",
    "cyclists": "bicycle",
    "cyclist": "bicycle",
    "cycling": "bicycle",
    "pedalled": "bicycle",
    "walked": "foot",
    "runner": "run",
    "runners": "run",
    "ran": "run",
    "marathon": "run",
    "trek": "foot",
    "pilgrims": "foot",
    "hikers": "foot",
    "walk": "foot",
    "hike": "foot",
    "on foot": "run",
    "ultramarathon": "run",
    "ultrarunner": "run",
    "running": "run",
    "cycled": "bicycle",
    "bicycle": "bicycle",
    "bike": "bicycle",
}
_COMPASS = {
    "north": "N",
    "northeast": "NE",
    "north-east": "NE",
    "east": "E",
    "southeast": "SE",
    "south-east": "SE",
    "south": "S",
    "southwest": "SW",
    "south-west": "SW",
    "west": "W",
    "northwest": "NW",
    "north-west": "NW",
}
for _a, _b in (("north", "east"), ("south", "east"), ("south", "west"), ("north", "west")):
    for _lead, _code in ((_a, _a[0] + _a[0] + _b[0]), (_b, _b[0] + _a[0] + _b[0])):
        # "north-north-east" (NNE), "east-north-east" (ENE), with or without hyphens
        for _sep in ("-", " "):
            _COMPASS[f"{_lead}{_sep}{_a}{_b}"] = _code.upper()
            _COMPASS[f"{_lead}{_sep}{_a}-{_b}"] = _code.upper()
_COMPASS_RE = "|".join(sorted(_COMPASS, key=len, reverse=True))
_DIRECTION_OF = re.compile(
    rf"^\s*(?:\)\s*)?(?P<dir>{_COMPASS_RE})(?:erly)?\s+of\s+$", re.IGNORECASE
)
_TO_THE = re.compile(
    rf"\s*(?:\)\s*)?(?:away\s+)?to\s+(?:the\s+|its\s+)(?P<dir>{_COMPASS_RE})\b", re.IGNORECASE
)
#: "<distance> north of <a name>": the name is the reference, placed or not
_DIRECTION_OF_UNKNOWN = re.compile(
    rf"\s*(?:\)\s*)?(?P<dir>{_COMPASS_RE})(?:erly)?\s+of\s+(?:the\s+)?(?P<ref>[A-Z][\w'’-]+)",
    re.IGNORECASE,
)
_AWAY = re.compile(r"\s*(?:\)\s*)?(?:away|distant|off)\b(?!\s+(?:from|of)\b)", re.IGNORECASE)
_DIRECTION_ONLY = re.compile(rf"\b(?P<dir>{_COMPASS_RE})\s+of\s+$", re.IGNORECASE)
_RELATIVE_POSITION = re.compile(
    r"\b(?:is|are|was|lies|lie|lay|located|situated|sits|stands)\b(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_HEADING = re.compile(
    rf"\b(?:headed|heading|head|travelled|traveled|moving|going|went)\s+(?P<dir>{_COMPASS_RE})(?:wards?|bound)?\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)]?\s+|\n+")
#: Abbreviations always followed by more of the sentence: titles, saints, months, "No.".
_ABBREV_NEVER_END = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Ste",
        "Mt",
        "Ft",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Col",
        "Lt",
        "Sgt",
        "Capt",
        "Cmdr",
        "Adm",
        "Maj",
        "Prof",
        "Rev",
        "Fr",
        "Hon",
        "Pres",
        "Supt",
        "Jan",
        "Feb",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "No",
        "Nos",
        "Vol",
        "vs",
        "approx",
        "ca",
        "cf",
    ]
)
#: Abbreviations that may end a sentence ("arrived at 6:45 p.m. He..."): they end one only
#: before a word that opens sentences.
_ABBREV_MAY_END = re.compile(r"(?:[A-Za-z]\.)+|(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|Bros|Cie)\.")
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Then",
        "But",
        "And",
        "Yet",
        "So",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "After",
        "Before",
        "When",
        "While",
        "Once",
        "Later",
        "Earlier",
        "Meanwhile",
        "However",
        "Officials",
        "Police",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)
#: What splits a sentence into clauses before a time expression: a relative clause or a semicolon.
_CLAUSE_BREAK = re.compile(r";|\b(?:that|which|where|while|when)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SPECULATIVE = re.compile(
    r"\b(?:might|may|could|possibly|perhaps|likely|reportedly|speculat\w*|expected)\b",
    re.IGNORECASE,
)
_DEPART = re.compile(
    r"\b(?:left|leaves?|leaving|depart(?:ed|s|ing)?|board(?:ed|s|ing)?|set (?:off|out|sail)"
    r"|took off|takes? off|sailed from|pulled out)\b",
    re.IGNORECASE,
)
_ARRIVE = re.compile(
    r"\b(?:arriv(?:ed|es|e|ing)|reach(?:ed|es|ing)?|pulled into|land(?:ed|s|ing)"
    r"|touched down|docked|dock(?:s|ing)? (?:at|in)|pulled in)\b",
    re.IGNORECASE,
)
_CROSS = re.compile(
    r"\bcross(?:ed|es|ing)?\s+(?:into|over\s+into|the\s+border|the\s+frontier)"
    r"|\bacross\s+the\s+(?:border|frontier)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(forum|summit|conference|festival|games|talks|meeting|visit|expo|exhibition)\b",
    re.IGNORECASE,
)
_TRAVEL_VERB = re.compile(
    r"\b(?:travel\w*|journey\w*|trip|ride|rode|drove|flew|sailed|took|spent|covered|ran|runs|speed|rattle\w*)\b",
    re.IGNORECASE,
)


#: Longer "sentences" (lists, tables, junk) are cut into pieces so that work per claim stays bounded.
MAX_SENTENCE = 600


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether the full stop before ``m`` ends a sentence, not an abbreviation ("St. Louis")."""
    if text[m.start() - 1] != "." or "\n" in m.group(0):
        return True
    token = text[max(0, m.start() - 24) : m.start()].rsplit(None, 1)[-1].lstrip("([\"'“‘")
    if token[:-1] in _ABBREV_NEVER_END:
        return False
    if _ABBREV_MAY_END.fullmatch(token):
        nxt = re.match(r"[\"'“‘(]*([A-Za-z]+)", text[m.end() : m.end() + 24])
        return bool(nxt and nxt.group(1) in _SENTENCE_OPENERS)
    return True


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE.finditer(text):
        if not _ends_sentence(text, m):
            continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    out = []
    for a, z in bounds:
        while z - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append((a, cut))
            a = cut
        out.append((a, z))
    return out


@lru_cache(maxsize=4096)
def _mode_in(text: str) -> str | None:
    words = re.findall(r"[a-z]+(?: foot)?", text.casefold())
    modes = [MODE_WORDS[w] for w in words if w in MODE_WORDS]
    return Counter(modes).most_common(1)[0][0] if modes else None


class _Builder:
    """Accumulates the claims of one document with stable ids ``<doc>:c<n>``."""

    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.claims: list[Claim] = []
        self._at: dict[str, int] = {}

    def add(self, **kw) -> Claim:
        c = Claim(id=f"{self.doc}:c{len(self.claims) + 1}", doc=self.doc, **kw)
        self._at[c.id] = len(self.claims)
        self.claims.append(c)
        return c

    def get(self, claim_id: str) -> Claim:
        return self.claims[self._at[claim_id]]

    def replace(self, old: Claim, **kw) -> Claim:
        new = dataclasses.replace(old, **kw)
        self.claims[self._at[old.id]] = new
        return new


def _resolutions(mentions: list[Mention]) -> dict[int, dict]:
    """Per place: why it won and the five best candidates that lost."""
    out: dict[int, dict] = {}
    for m in mentions:
        if m.place and m.place.id not in out:
            out[m.place.id] = {
                "reason": m.resolution.reason,
                "alternatives": [
                    {
                        "id": c.place.id,
                        "name": c.place.name,
                        "country": c.place.country,
                        "lat": c.place.lat,
                        "lon": c.place.lon,
                        "source": c.place.source,
                        "score": c.score,
                    }
                    for c in m.resolution.alternatives[:5]
                ],
            }
    return out


class _Extraction:
    """One document's extraction, phase by phase: places, quantities, separations and
    directions, headings, legs, times. Each phase adds or refines claims through the builder."""

    def __init__(self, document: Document, gaz: Gazetteer) -> None:
        self.document = document
        self.gaz = gaz
        self.text = text = document.text[:MAX_TEXT]
        self.doc = document.id
        self.b = _Builder(self.doc)
        self.mentions = find_mentions(text, gaz)
        self.mention_starts = [m.start for m in self.mentions]
        self.places: dict[int, Place] = {m.place.id: m.place for m in self.mentions if m.place}
        self.resolutions = _resolutions(self.mentions)
        self.sentences = _sentences(text)
        self.starts = [a for a, _ in self.sentences]
        self.doc_mode = _mode_in(text)
        self.quantities = find_quantities(text)
        self.q_claims: list[Claim] = []
        self.traveller = _traveller(text, self.mentions)
        self.unplaced = find_unplaced(text, gaz, self.mentions)

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        return self.mentions[
            bisect.bisect_left(self.mention_starts, lo) : bisect.bisect_left(
                self.mention_starts, hi
            )
        ]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return max(0, pos - MAX_SENTENCE // 2), min(len(self.text), pos + MAX_SENTENCE // 2)

    def add_places(self) -> None:
        """Every place mention, with origin or destination when the words say so."""
        per_sentence: dict[tuple[int, int], tuple[set[int], bool]] = {}
        for k, m in enumerate(self.mentions):
            a, z = self.sentence_of(m.start)
            sent = self.text[a:z]
            if (a, z) not in per_sentence:  # years and hedging words, once per sentence
                per_sentence[a, z] = (
                    {int(y) for y in _YEAR.findall(sent)},
                    bool(_SPECULATIVE.search(sent)),
                )
            years, speculative = per_sentence[a, z]
            relation = place_relation(self.text[max(a, m.start - 120) : m.start])
            if k and locator(self.text, self.mentions[k - 1], m):
                relation = None  # "left Tobruk in Libya": Libya only says where Tobruk is
            if years and (self.document.date is None or years != {self.document.date.year}):
                relation = None  # another trip, another year ("his 2018 trip to Beijing")
            self.b.add(
                kind="place",
                text=m.text,
                start=m.start,
                end=m.end,
                value=m.place.name,
                places=(m.place.id,),
                relation=relation,
                speculative=speculative and relation == "destination",
                mode=_mode_in(sent),
            )

    def add_quantities(self) -> None:
        """Every distance, speed and duration, with what it describes when it is no leg."""
        for i, q in enumerate(self.quantities):
            a, z = self.sentence_of(q.start)
            sent = self.text[a:z]
            same_as = self.q_claims[q.same_as].id if q.same_as is not None else None
            years = {int(y) for y in _YEAR.findall(sent)}
            year = next(iter(sorted(years))) if len(years) == 1 else None
            c = self.b.add(
                kind=q.kind,
                text=q.text,
                start=q.start,
                end=q.end,
                value=q.value,
                unit=q.unit,
                low=q.low,
                high=q.high,
                hedge=q.hedge,
                same_as=same_as,
                mode=_mode_in(sent) or self.doc_mode,
                year=year,
                relation=not_travel(self.text, self.quantities, i) if same_as is None else None,
            )
            if same_as is not None and self.b.get(same_as).relation in NOT_TRAVEL:
                c = self.b.replace(c, relation=self.b.get(same_as).relation)
            self.q_claims.append(c)

    def separate(
        self, i: int, tail_end: int, pl: tuple, ds: int | None = None, de: int | None = None
    ) -> None:
        """Mark quantity ``i`` (and its conversion) a separation of ``pl`` = (reference,
        subject); with ``text[ds:de]`` a compass word, add the direction claim too."""
        for k in [i] + ([i + 1] if tail_end != self.quantities[i].end else []):
            self.q_claims[k] = self.b.replace(self.q_claims[k], relation="separation", places=pl)
        if ds is not None and de is not None:
            self.b.add(
                kind="direction",
                text=self.text[ds:de],
                start=ds,
                end=de,
                value=_COMPASS[self.text[ds:de].casefold()],
                places=pl,
                relation="separation",
            )

    def mark_separations(self) -> None:
        """Separations and directions: "<distance> <direction> of Y", "Y, D to the south", "D away"."""
        for i, q in enumerate(self.quantities):
            c = self.q_claims[i]
            if c.kind != "distance" or q.same_as is not None:
                continue
            tail_end = q.end
            if i + 1 < len(self.quantities) and self.quantities[i + 1].same_as == i:
                tail_end = self.quantities[i + 1].end
            tm = _TO_THE.match(self.text, tail_end)
            if tm:  # "Kunming with Vientiane, 1,035km to the south": Vientiane, south of Kunming
                a, _ = self.sentence_of(q.start)
                here = [
                    m
                    for m in self.mentions_between(a, q.start)
                    if m.place and not m.place.is_region
                ]
                sub = here[-1] if here else None
                # the reference: the place named before the subject, in this sentence or the last
                earlier = [
                    m
                    for m in self.mentions_between(
                        max(0, a - MAX_SENTENCE), sub.start if sub else a
                    )
                    if m.place and not m.place.is_region and (sub is None or m.place != sub.place)
                ]
                ref = earlier[-1] if earlier and sub else None
                pl = (ref.place.id if ref else None, sub.place.id if sub else None)
                self.separate(i, tail_end, pl, tm.start("dir"), tm.end("dir"))
                continue
            if _AWAY.match(self.text, tail_end):  # "Joliet, some 40 miles away": away from where?
                a, _ = self.sentence_of(q.start)
                before = [m for m in self.mentions_between(a, q.start) if m.place]
                sub = before[-1].place if before and not before[-1].place.is_region else None
                # away from the place named before it in the sentence ("left Paris ... reached
                # Lyon, 390 km away"), if any; "taken to Joliet, 40 miles away" says not from where
                ref = next(
                    (
                        m.place
                        for m in reversed(before[:-1])
                        if sub is not None and not m.place.is_region and m.place != sub
                    ),
                    None,
                )
                self.separate(i, tail_end, (ref.id if ref else None, sub.id if sub else None))
                continue
            ref = next(iter(self.mentions_between(tail_end + 1, tail_end + 40)), None)
            unknown = _DIRECTION_OF_UNKNOWN.match(self.text, tail_end)
            if unknown and (ref is None or ref.start > unknown.start("ref")):
                # "200 miles north of Zubrovka", Zubrovka unknown: a separation from a place
                # that cannot be placed (unverifiable), never the trip's distance
                a, _ = self.sentence_of(q.start)
                before = [
                    m
                    for m in self.mentions_between(a, q.start)
                    if m.place and not m.place.is_region
                ]
                pl = (None, before[-1].place.id if before else None)
                self.separate(i, tail_end, pl, unknown.start("dir"), unknown.end("dir"))
                continue
            if ref is None:
                continue
            dm = _DIRECTION_OF.match(self.text[tail_end : ref.start])
            if not dm and _RELATIVE_POSITION.search(self.text[max(0, q.start - 45) : q.start]):
                # "X lies 150 km from Y" (a position), not "sailed 1,200 nautical miles from Y" (a trip)
                dm = re.match(
                    r"^\s*\)?\s*(?:from|away from)\s+$",
                    self.text[tail_end : ref.start],
                    re.IGNORECASE,
                )
            if not dm:
                continue
            a, _ = self.sentence_of(q.start)
            subject = subject_before(
                self.mentions, self.mention_starts, a, q.start, ref, text=self.text
            )
            pl = (ref.place.id, subject.place.id if subject else None)
            if "dir" in dm.groupdict() and dm.group("dir"):
                self.separate(i, tail_end, pl, tail_end + dm.start("dir"), tail_end + dm.end("dir"))
            else:
                self.separate(i, tail_end, pl)

    def add_bare_directions(self) -> None:
        """Directions without a distance: "Khasan, north of Tumangang"."""
        for m in self.mentions:
            seg = self.text[max(0, m.start - 20) : m.start]
            dm = _DIRECTION_ONLY.search(seg)
            if not dm or re.search(r"\d", self.text[max(0, m.start - 45) : m.start]):
                continue
            a, _ = self.sentence_of(m.start)
            ds = max(0, m.start - 20) + dm.start("dir")
            subject = subject_before(
                self.mentions, self.mention_starts, a, ds, m, same_sentence_only=True
            )
            if subject is None:
                continue
            de = ds + len(dm.group("dir"))
            self.b.add(
                kind="direction",
                text=self.text[ds:de],
                start=ds,
                end=de,
                value=_COMPASS[dm.group("dir").casefold()],
                places=(m.place.id, subject.place.id),
                relation="separation",
            )

    def add_headings(self) -> None:
        """Headings describe travel, not positions ("headed northwards")."""
        for hm in _HEADING.finditer(self.text):
            ds, de = hm.start("dir"), hm.end("dir")
            self.b.add(
                kind="heading",
                text=self.text[ds:de],
                start=ds,
                end=de,
                value=_COMPASS[hm.group("dir").casefold()],
                relation="heading",
                mode=self.doc_mode,
            )

    def assign_legs(self) -> list[Leg]:
        """The leg of every travel quantity: named by its sentence, carried on from the sentence
        before, or the trip's open leg."""
        legs: list[Leg] = []
        open_leg_claims: list[str] = []
        legs_by_ends: dict[tuple[int | None, int | None, int | None], Leg] = {}  # ends, year
        # (end of the sentence that named a leg, that leg, its origin, its destination)
        last_named: tuple[int, Leg, Mention | None, Mention | None] | None = None
        for _idx, c in enumerate(self.q_claims):
            c = self.b.get(c.id)
            if c.relation == "separation" or c.relation in NOT_TRAVEL:
                continue
            a, z = self.sentence_of(c.start)
            origin, dest = leg_endpoints(self.text, a, z, self.mentions_between(a, z))
            follows = (
                last_named is not None
                and not (origin or dest)
                and re.fullmatch(r"[\s\"'”’)]*", self.text[last_named[0] : a]) is not None
                and (c.mode is None or c.mode == last_named[1].mode)
                and c.year == last_named[1].year  # "In 1990 it took six hours. Today..."
                and not WHOLE_TRIP.search(self.text[a:z])
            )
            if follows:
                # "...took the train from Berlin to Warsaw. The train averaged 105 km/h.": the
                # sentence right after a named leg, naming no places, goes on about that leg
                _, _, origin, dest = last_named
            if c.same_as:
                leg_id = self.b.get(c.same_as).leg
            elif origin or dest:
                existing = legs_by_ends.get(
                    (origin.place.id if origin else None, dest.place.id if dest else None, c.year)
                )
                if existing:
                    leg_id = existing.id
                else:
                    leg_id = f"{self.doc}:L{len(legs) + 1}"
                    legs_by_ends[
                        (
                            origin.place.id if origin else None,
                            dest.place.id if dest else None,
                            c.year,
                        )
                    ] = Leg(leg_id, self.doc, None, None, None)
                    legs.append(
                        Leg(
                            leg_id,
                            self.doc,
                            origin.place.id if origin else None,
                            dest.place.id if dest else None,
                            c.mode,
                            (),
                            False,
                            c.year,
                        )
                    )
            else:
                if c.year is not None and self.document.date and c.year != self.document.date.year:
                    leg_id = f"{self.doc}:L{len(legs) + 1}"
                    legs.append(Leg(leg_id, self.doc, None, None, c.mode, (), True, c.year))
                else:
                    leg_id = f"{self.doc}:trip"
                    open_leg_claims.append(c.id)
            pl = (origin.place.id if origin else None, dest.place.id if dest else None)
            self.b.replace(c, leg=leg_id, relation="leg", places=pl if (origin or dest) else ())
            if origin or dest:
                last_named = (z, next(lg for lg in legs if lg.id == leg_id), origin, dest)
            elif not follows:
                last_named = None
        if open_leg_claims:
            legs.append(
                Leg(
                    f"{self.doc}:trip",
                    self.doc,
                    None,
                    None,
                    self.doc_mode,
                    (),
                    True,
                    self.document.date.year if self.document.date else None,
                )
            )
        final_claims = self.b.claims
        legs = [
            Leg(
                lg.id,
                lg.doc,
                lg.origin,
                lg.destination,
                lg.mode,
                tuple(c.id for c in final_claims if c.leg == lg.id),
                lg.open,
                lg.year,
            )
            for lg in legs
        ]
        return legs

    def add_times(self) -> None:
        """Dates and times, with the departure, arrival or crossing the verbs make of them."""
        place_words = {w for m in self.mentions for w in m.text.split()}
        place_words |= {w for u in self.unplaced for w in u.text.split()}  # "the North Pole"
        for t in find_times(self.text, self.document.date):
            a, z = self.sentence_of(t.start)
            sent = self.text[a:z]
            part = _CLAUSE_BREAK.split(self.text[a : t.start])[-1]
            role = None
            # the verb nearest the time expression says what happened then; a clause with no verb
            # ("..., some 50 km north of Seoul, at 9:30am") takes the verb of the clause before it
            for clause in reversed(part.split(",")[-3:]):
                verbs = [
                    (m.end(), name)
                    for name, rx in (
                        ("crossing", _CROSS),
                        ("departure", _DEPART),
                        ("arrival", _ARRIVE),
                    )
                    for m in rx.finditer(clause)
                ]
                if verbs:
                    role = max(verbs)[1] if _actor_ok(clause, self.traveller, place_words) else None
                    break
            evs = _EVENT.findall(self.text[a : t.start])
            event = evs[-1].casefold() if evs and role is None else None
            self.b.add(
                kind=t.kind,
                text=t.text,
                start=t.start,
                end=t.end,
                value=t.begin.isoformat() if t.begin else None,
                relation=role or ("event" if event else None),
                begin=t.begin,
                until=t.until,
                zone=t.zone,
                weekday=t.weekday,
                date=t.date,
                event=event,
                mode=_mode_in(sent),
            )

    def result(self, legs: list[Leg]) -> DocumentClaims:
        """The document's claims in text order, its legs, trip context, places and unplaced names."""
        trip = _trip_context(self.document, self.b.claims, self.traveller, self.doc_mode)
        return DocumentClaims(
            self.doc,
            tuple(sorted(self.b.claims, key=lambda c: (c.start, c.end, c.id))),
            tuple(legs),
            trip,
            self.places,
            self.resolutions,
            tuple(self.unplaced),
        )


def extract_document(document: Document, gazetteer: Gazetteer | None = None) -> DocumentClaims:
    """All claims, legs and the trip context of one document."""
    x = _Extraction(document, gazetteer or default_gazetteer())
    x.add_places()
    x.add_quantities()
    x.mark_separations()
    x.add_bare_directions()
    x.add_headings()
    legs = x.assign_legs()
    x.add_times()
    return x.result(legs)


def _traveller(text: str, mentions: list[Mention]) -> str | None:
    """The name the document most often makes the subject of a verb: its traveller."""
    mentioned = {m.text for m in mentions}
    subject = re.compile(
        r"\b([A-Z][\w-]+)(?:['’]s\b|\s+(?:was|is|has|had|left|boarded|arrived|will|would|plans|"
        r"spent|made|travel\w*|walked|crossed|flew|drove|sailed|rode|reached|departed|landed|set))"
    )
    skip = {
        "The",
        "It",
        "He",
        "She",
        "This",
        "That",
        "There",
        "They",
        "We",
        "Mr",
        "Mrs",
        "Ms",
        "Who",
        "What",
    }
    counts = Counter(
        m.group(1)
        for m in subject.finditer(text)
        if m.group(1) not in mentioned and m.group(1) not in skip
    )
    return counts.most_common(1)[0][0] if counts else None


_ACTORS = re.compile(
    r"\b(?:he|she|they|we|i|train|convoy|motorcade|delegation|leader|plane|ship|ferry|flight"
    r"|aircraft|jet|vessel|boat|bus|coach|car|crew|passengers?|travell?ers?|team|riders?"
    r"|icebreaker|tanker|freighter|liner|yacht|helicopter|balloon|convoy|caravan)\b",
    re.IGNORECASE,
)
_OTHER_PERSON = re.compile(r"\b[A-Z][a-z]+\b")


def _actor_ok(clause: str, traveller: str | None, places: set[str]) -> bool:
    """A departure or arrival verb counts when its clause is about the traveller (or names no one else)."""
    if traveller and traveller in clause:
        return True
    if _ACTORS.search(clause):
        return True
    names = [
        w
        for w in _OTHER_PERSON.findall(clause)
        if w not in ("Mr", "Mrs", "Ms", "The", "On", "In", "At")
        and w not in places
        and w.casefold() not in CALENDAR_WORDS
    ]
    return not names


def _trip_context(
    document: Document, claims: list[Claim], traveller: str | None, mode: str | None
) -> TripContext:
    origins = tuple(c.id for c in claims if c.kind == "place" and c.relation == "origin")
    dests = tuple(c.id for c in claims if c.kind == "place" and c.relation == "destination")
    pl = tuple(sorted({c.places[0] for c in claims if c.kind == "place" and c.places}))
    return TripContext(traveller, mode, document.date, origins, dests, pl)


def extract(document: Document | str, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """The claims of one document (a Document, or plain text with id ``doc``)."""
    if isinstance(document, str):
        document = Document("doc", document)
    return list(extract_document(document, gazetteer).claims)
