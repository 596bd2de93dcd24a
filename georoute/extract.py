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

from .claims import Claim, DocumentClaims, Leg, TripContext
from .documents import Document
from .gazetteer import Gazetteer, default_gazetteer
from .mentions import Mention, find_mentions, find_unplaced
from .places import Place
from .quantities import MAX_TEXT, find_quantities
from .timeexpr import CALENDAR_WORDS, find_times

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
    "pilgrims": "foot",
    "hikers": "foot",
    "walk": "foot",
    "hike": "foot",
    "on foot": "foot",
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
_SENTENCE = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])(?<=[.!?…])[\"'”’)]?\s+|\n+")
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


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE.finditer(text):
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


def _after(text: str, pos: int, pattern: str) -> bool:
    return re.match(pattern, text[pos:], re.IGNORECASE) is not None


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


def _leg_endpoints(
    text: str, s0: int, s1: int, ments: list[Mention]
) -> tuple[Mention | None, Mention | None]:
    """Origin and destination a sentence names: "from A to B", "between A and B", "A-B line".

    ``ments`` are the mentions inside the sentence ``[s0, s1)``.
    """
    inside = [m for i, m in enumerate(ments) if not _locator(text, ments[i - 1] if i else None, m)]
    origin = dest = None
    for i, m in enumerate(inside):
        before = text[max(s0, m.start - 12) : m.start].casefold()
        if re.search(
            r"\b(?:from|left|leaving|departed|between|links?|linking|connects?|connecting|joins?)"
            r"\s+(?:the\s+)?$",
            before,
        ):
            if origin is None or (origin.place.is_region and not m.place.is_region):
                origin = m  # "pilgrims from Ireland walked ... from Saint-Jean": the town
            nxt = inside[i + 1] if i + 1 < len(inside) else None
            if nxt and re.fullmatch(
                r"\s*(?:to|and|with|for|towards|-|–)\s*(?:the\s+)?",
                text[m.end : nxt.start],
                re.IGNORECASE,
            ):
                dest = dest or nxt
        elif (
            re.search(r"\b(?:to|into|reached|towards|for|in|at)\s+(?:the\s+)?$", before)
            and origin
            and not dest
        ):
            dest = m
        elif not dest and re.search(
            r"\b(?:arriv\w*\s+(?:in|at)|reached|land(?:ed|s)\s+(?:in|at)|pulled\s+into|"
            r"dock(?:ed|s)\s+(?:in|at))\s+(?:the\s+)?$",
            text[max(s0, m.start - 25) : m.start].casefold(),
        ):
            dest = m  # "arrived in Kyiv ... from Przemyśl": the arrival may come first
        elif (
            i + 1 < len(inside)
            and re.fullmatch(r"\s*[-–]\s*", text[m.end : inside[i + 1].start])
            and _after(text, inside[i + 1].end, r"\s+(?:line|railway|route|road|highway|flight)")
        ):
            origin, dest = m, inside[i + 1]
    return _narrowed(text, origin, inside), _narrowed(text, dest, inside)


def _locator(text: str, prev: Mention | None, m: Mention) -> bool:
    """Whether ``m`` only says where the place before it lies: "Przemyśl in Poland",
    "Przemyśl, Poland"."""
    return (
        prev is not None
        and prev.place is not None
        and m.place is not None
        and m.place.is_region
        and m.place.contains(prev.place)
        and re.fullmatch(r"\s*(?:,|in|,\s*in)\s*", text[prev.end : m.start]) is not None
    )


def _narrowed(text: str, end: Mention | None, inside: list[Mention]) -> Mention | None:
    """A country or region endpoint gives way to the place in it that the words name next:
    "from the Polish border town of Przemyśl" leaves from Przemyśl."""
    if end is None or end.place is None or not end.place.is_region:
        return end
    for m in inside:
        if (
            m.start > end.end
            and m.start - end.end <= 40
            and m.place is not None
            and not m.place.is_region
            and end.place.contains(m.place)
            and re.search(r"\bof\s+(?:the\s+)?$", text[end.end : m.start])
        ):
            return m
    return end


def extract_document(document: Document, gazetteer: Gazetteer | None = None) -> DocumentClaims:
    """All claims, legs and the trip context of one document."""
    gaz = gazetteer or default_gazetteer()
    text = document.text[:MAX_TEXT]
    doc = document.id
    b = _Builder(doc)
    mentions = find_mentions(text, gaz)
    mention_starts = [m.start for m in mentions]

    def mentions_between(lo: int, hi: int) -> list[Mention]:
        return mentions[
            bisect.bisect_left(mention_starts, lo) : bisect.bisect_left(mention_starts, hi)
        ]

    places: dict[int, Place] = {m.place.id: m.place for m in mentions if m.place}
    resolutions: dict[int, dict] = {}
    for m in mentions:
        if m.place and m.place.id not in resolutions:
            resolutions[m.place.id] = {
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
    sentences = _sentences(text)
    doc_mode = _mode_in(text)

    starts = [a for a, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
            return sentences[i]
        return max(0, pos - MAX_SENTENCE // 2), min(len(text), pos + MAX_SENTENCE // 2)

    # places
    place_claim: dict[tuple[int, int], Claim] = {}
    for m in mentions:
        a, z = sentence_of(m.start)
        sent = text[a:z]
        relation = None
        lead = text[a : m.start]
        if re.search(
            r"\b(?<!rarely\s)(?<!never\s)(?:left|leaving|departed|departs|departing|"
            r"boarded\s+\w+\s+(?:in|at))\s+(?:the\s+)?$",
            lead,
            re.IGNORECASE,
        ) or re.search(
            r"\b(?:travel\w*|trip|journey|flew|flight|flying|drove|driving|sail\w*|ride|rode|riding|"
            r"cycl\w*|walk\w*|train|voyage|"
            r"took off|set (?:off|out|sail)|pulled out|depart\w*)\b[^.,;]{0,40}\b(?:from|out\s+of)\s+(?:the\s+)?$",
            lead,
            re.IGNORECASE,
        ):
            relation = "origin"
        elif re.search(
            r"\b(?:arriv\w*|travel\w*|head\w*|meet|visit\w*|trip|journey|left|crossed|reach\w*|bound|"
            r"land(?:ed|s|ing)|touched down|dock\w*|pulled in|flew|fly\w*|drove|driv\w*|sail\w*|"
            r"rode|riding|cycl\w*|walk\w*)\b"
            r"[^.,;]{0,30}?\b(?:to|into|in|for|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
            lead,
            re.IGNORECASE,
        ) or re.search(
            r"\b(?:reached|reaching|entered|entering)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
            lead,
            re.IGNORECASE,
        ):
            relation = "destination"
        years = {int(y) for y in _YEAR.findall(sent)}
        if years and (document.date is None or years != {document.date.year}):
            relation = None  # another trip, another year ("his 2018 trip to Beijing")
        c = b.add(
            kind="place",
            text=m.text,
            start=m.start,
            end=m.end,
            value=m.place.name,
            places=(m.place.id,),
            relation=relation,
            speculative=bool(_SPECULATIVE.search(sent)) and relation == "destination",
            mode=_mode_in(sent),
        )
        place_claim[(m.start, m.end)] = c

    # quantities
    legs: list[Leg] = []
    open_leg_claims: list[str] = []
    quantities = find_quantities(text)
    q_claims: list[Claim] = []
    for i, q in enumerate(quantities):
        a, z = sentence_of(q.start)
        sent = text[a:z]
        same_as = q_claims[q.same_as].id if q.same_as is not None else None
        years = {int(y) for y in _YEAR.findall(sent)}
        year = next(iter(sorted(years))) if len(years) == 1 else None
        c = b.add(
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
            mode=_mode_in(sent) or doc_mode,
            year=year,
            relation=_not_travel(text, quantities, i) if same_as is None else None,
        )
        if same_as is not None and b.get(same_as).relation in _NOT_TRAVEL:
            c = b.replace(c, relation=b.get(same_as).relation)
        q_claims.append(c)

    # separations and directions: "<distance> <direction> of Y"
    def separate(
        i: int, tail_end: int, pl: tuple, ds: int | None = None, de: int | None = None
    ) -> None:
        """Mark quantity ``i`` (and its conversion) a separation of ``pl`` = (reference,
        subject); with ``text[ds:de]`` a compass word, add the direction claim too."""
        for k in [i] + ([i + 1] if tail_end != quantities[i].end else []):
            q_claims[k] = b.replace(q_claims[k], relation="separation", places=pl)
        if ds is not None and de is not None:
            b.add(
                kind="direction",
                text=text[ds:de],
                start=ds,
                end=de,
                value=_COMPASS[text[ds:de].casefold()],
                places=pl,
                relation="separation",
            )

    for i, q in enumerate(quantities):
        c = q_claims[i]
        if c.kind != "distance" or q.same_as is not None:
            continue
        tail_end = q.end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i:
            tail_end = quantities[i + 1].end
        tm = _TO_THE.match(text, tail_end)
        if tm:  # "Kunming with Vientiane, 1,035km to the south": Vientiane, south of Kunming
            a, _ = sentence_of(q.start)
            here = [m for m in mentions_between(a, q.start) if m.place and not m.place.is_region]
            sub = here[-1] if here else None
            # the reference: the place named before the subject, in this sentence or the last
            earlier = [
                m
                for m in mentions_between(max(0, a - MAX_SENTENCE), sub.start if sub else a)
                if m.place and not m.place.is_region and (sub is None or m.place != sub.place)
            ]
            ref = earlier[-1] if earlier and sub else None
            pl = (ref.place.id if ref else None, sub.place.id if sub else None)
            separate(i, tail_end, pl, tm.start("dir"), tm.end("dir"))
            continue
        if _AWAY.match(text, tail_end):  # "Joliet, some 40 miles away": away from where?
            a, _ = sentence_of(q.start)
            before = [m for m in mentions_between(a, q.start) if m.place]
            sub = before[-1].place.id if before and not before[-1].place.is_region else None
            separate(i, tail_end, (None, sub))
            continue
        ref = next(iter(mentions_between(tail_end + 1, tail_end + 40)), None)
        if ref is None:
            continue
        dm = _DIRECTION_OF.match(text[tail_end : ref.start])
        if not dm and _RELATIVE_POSITION.search(text[max(0, q.start - 45) : q.start]):
            # "X lies 150 km from Y" (a position), not "sailed 1,200 nautical miles from Y" (a trip)
            dm = re.match(
                r"^\s*\)?\s*(?:from|away from)\s+$", text[tail_end : ref.start], re.IGNORECASE
            )
        if not dm:
            continue
        a, _ = sentence_of(q.start)
        subject = _subject_before(mentions, mention_starts, a, q.start, ref, text=text)
        pl = (ref.place.id, subject.place.id if subject else None)
        if "dir" in dm.groupdict() and dm.group("dir"):
            separate(i, tail_end, pl, tail_end + dm.start("dir"), tail_end + dm.end("dir"))
        else:
            separate(i, tail_end, pl)
    # directions without a distance: "Khasan, north of Tumangang"
    for m in mentions:
        seg = text[max(0, m.start - 20) : m.start]
        dm = _DIRECTION_ONLY.search(seg)
        if not dm or re.search(r"\d", text[max(0, m.start - 45) : m.start]):
            continue
        a, _ = sentence_of(m.start)
        ds = max(0, m.start - 20) + dm.start("dir")
        subject = _subject_before(mentions, mention_starts, a, ds, m, same_sentence_only=True)
        if subject is None:
            continue
        de = ds + len(dm.group("dir"))
        b.add(
            kind="direction",
            text=text[ds:de],
            start=ds,
            end=de,
            value=_COMPASS[dm.group("dir").casefold()],
            places=(m.place.id, subject.place.id),
            relation="separation",
        )
    # headings describe travel, not positions
    for hm in _HEADING.finditer(text):
        ds, de = hm.start("dir"), hm.end("dir")
        b.add(
            kind="heading",
            text=text[ds:de],
            start=ds,
            end=de,
            value=_COMPASS[hm.group("dir").casefold()],
            relation="heading",
            mode=doc_mode,
        )

    # legs of the travel quantities
    legs_by_ends: dict[tuple[int | None, int | None], Leg] = {}
    last_named: tuple[int, Leg, Mention | None, Mention | None] | None = None  # (sentence end, ...)
    for _idx, c in enumerate(q_claims):
        c = b.get(c.id)
        if c.relation == "separation" or c.relation in _NOT_TRAVEL:
            continue
        a, z = sentence_of(c.start)
        origin, dest = _leg_endpoints(text, a, z, mentions_between(a, z))
        follows = (
            last_named is not None
            and not (origin or dest)
            and re.fullmatch(r"[\s\"'”’)]*", text[last_named[0] : a]) is not None
            and (c.mode is None or c.mode == last_named[1].mode)
            and not _WHOLE_TRIP.search(text[a:z])
        )
        if follows:
            # "...took the train from Berlin to Warsaw. The train averaged 105 km/h.": the
            # sentence right after a named leg, naming no places, goes on about that leg
            _, _, origin, dest = last_named
        if c.same_as:
            leg_id = b.get(c.same_as).leg
        elif origin or dest:
            existing = legs_by_ends.get(
                (origin.place.id if origin else None, dest.place.id if dest else None)
            )
            if existing:
                leg_id = existing.id
            else:
                leg_id = f"{doc}:L{len(legs) + 1}"
                legs_by_ends[
                    (origin.place.id if origin else None, dest.place.id if dest else None)
                ] = Leg(leg_id, doc, None, None, None)
                legs.append(
                    Leg(
                        leg_id,
                        doc,
                        origin.place.id if origin else None,
                        dest.place.id if dest else None,
                        c.mode,
                        (),
                        False,
                        c.year,
                    )
                )
        else:
            if c.year is not None and document.date and c.year != document.date.year:
                leg_id = f"{doc}:L{len(legs) + 1}"
                legs.append(Leg(leg_id, doc, None, None, c.mode, (), True, c.year))
            else:
                leg_id = f"{doc}:trip"
                open_leg_claims.append(c.id)
        pl = (origin.place.id if origin else None, dest.place.id if dest else None)
        b.replace(c, leg=leg_id, relation="leg", places=pl if (origin or dest) else ())
        if origin or dest:
            last_named = (z, next(lg for lg in legs if lg.id == leg_id), origin, dest)
        elif not follows:
            last_named = None
    if open_leg_claims:
        legs.append(
            Leg(
                f"{doc}:trip",
                doc,
                None,
                None,
                doc_mode,
                (),
                True,
                document.date.year if document.date else None,
            )
        )
    final_claims = b.claims
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

    # times
    traveller = _traveller(text, mentions)
    place_words = {w for m in mentions for w in m.text.split()}
    for t in find_times(text, document.date):
        a, z = sentence_of(t.start)
        sent = text[a:z]
        part = re.split(r";|\b(?:that|which|where|while|when)\b", text[a : t.start])[-1]
        role = None
        # the verb nearest the time expression says what happened then; a clause with no verb
        # ("..., some 50 km north of Seoul, at 9:30am") takes the verb of the clause before it
        for clause in reversed(part.split(",")[-3:]):
            verbs = [
                (m.end(), name)
                for name, rx in (("crossing", _CROSS), ("departure", _DEPART), ("arrival", _ARRIVE))
                for m in rx.finditer(clause)
            ]
            if verbs:
                role = max(verbs)[1] if _actor_ok(clause, traveller, place_words) else None
                break
        evs = _EVENT.findall(text[a : t.start])
        event = evs[-1].casefold() if evs and role is None else None
        b.add(
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

    trip = _trip_context(document, b.claims, traveller, doc_mode)
    return DocumentClaims(
        doc,
        tuple(sorted(b.claims, key=lambda c: (c.start, c.end, c.id))),
        tuple(legs),
        trip,
        places,
        resolutions,
        tuple(find_unplaced(text, gaz, mentions)),
    )


#: Relations of quantities that describe no leg of the journey (kept in the report, unchecked).
_NOT_TRAVEL = {
    "stay": "how long someone stays, not how long the journey takes",
    "former": "an earlier figure a change starts from ('cut from two days to ten hours')",
    "elevation": "a height or depth ('3,400 metres above sea level'), not a distance travelled",
    "instant": "a speed at one moment ('travelling at 79 mph when it derailed'), not an average",
    "feature": "the size of a feature ('the 34-kilometre strait'), not the distance travelled",
}
_FEATURE_AFTER = re.compile(
    r"(?:[-\s]+(?:long|wide|deep))?\s+(?:[a-z]+\s+)?(?:strait|channel|bridge|tunnel|river|lake|"
    r"border|frontier|coastline|coast|island|canal|wall|fence|runway|gorge|valley|bay)s?\b"
    # "a 2 km-long queue": a size, unless what is that long is a way travelled
    r"|[-\s]+(?:long|wide|high|tall|deep)\s+(?!(?:journey|trip|trek|route|ride|drive|flight|voyage|"
    r"walk|march|hike|crossing|line|railway|road|motorway|highway|track|run|race|swim)\b)[a-z]",
    re.IGNORECASE,
)
_ELEVATION_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:(?:above|below)\s+sea[\s-]+level|high\b|tall\b|deep\b|"
    r"(?:in|of)\s+(?:altitude|elevation|height|depth)|up\b|underground|below\s+ground)",
    re.IGNORECASE,
)
_INSTANT_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:when|as\s+(?:it|the)|at\s+the\s+(?:time|moment)|before\s+(?:it|the))\b",
    re.IGNORECASE,
)
_STAY_BEFORE = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|wait|waits|waited|"
    r"waiting|rested|resting|holiday|vacation|detained|held|lasting)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:for\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_CHANGE_TO = re.compile(r"^\s*to\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _not_travel(text: str, quantities: list, i: int) -> str | None:
    """Why quantity ``i`` describes no leg ("stay", "former"), or None.

    >>> from georoute.quantities import find_quantities
    >>> t = "He will stay for four days. The line cut travel time from two days to under 10 hours."
    >>> qs = find_quantities(t)
    >>> [_not_travel(t, qs, i) for i in range(len(qs))]
    ['stay', 'former', None]
    """
    q = quantities[i]
    lead = text[max(0, q.start - 40) : q.start]
    if q.kind == "duration" and _STAY_BEFORE.search(lead):
        return "stay"
    tail = (
        quantities[i + 1].end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i
        else q.end
    )
    if q.kind == "distance" and _ELEVATION_AFTER.match(text, tail):
        return "elevation"
    if q.kind == "distance" and _FEATURE_AFTER.match(text, tail):
        return "feature"
    if q.kind == "speed" and _INSTANT_AFTER.match(text, tail):
        return "instant"
    nxt = next((p for p in quantities[i + 1 :] if p.same_as is None), None)
    if (
        nxt is not None
        and nxt.kind == q.kind
        and re.search(r"\bfrom\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?$", lead)
        and _CHANGE_TO.match(text[q.end : nxt.start])
    ):
        return "former"
    return None


def _subject_before(
    mentions: list[Mention],
    starts: list[int],
    sent_start: int,
    pos: int,
    ref: Mention,
    same_sentence_only: bool = False,
    text: str | None = None,
) -> Mention | None:
    """The place a relation is about: the nearest earlier city in the sentence, else (when the
    sentence refers back: "the city that is...", "it lies...") in the text before it.

    A city in the same sentence is the subject only when what stands between it and the figure
    is no action: in "a train bound for Los Angeles derailed 90 miles southwest of Chicago" the
    place 90 miles from Chicago is where the train derailed, not Los Angeles.
    """
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0:
        m = mentions[i]
        if same_sentence_only and m.start < sent_start:
            return None
        if m.end <= pos and m.place and m.place.id != ref.place.id and not m.place.is_region:
            if m.start >= sent_start and text is not None and _action_between(text[m.end : pos]):
                return None
            if (
                m.start < sent_start
                and text is not None
                and not _REFERS_BACK.search(text[sent_start:pos])
            ):
                return None  # "walked across the border at Panmunjom, 50 km north of Seoul"
            return m
        i -= 1
    return None


#: Words that make a sentence about the whole journey, not the leg just described.
_WHOLE_TRIP = re.compile(
    r"\b(?:whole|entire|total|overall|altogether|in\s+all|all\s+told|round\s+trip|in\s+total)\b",
    re.IGNORECASE,
)

#: Words by which a sentence points to a place named before it.
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:city|town|port|village|station|capital|place|site|"
    r"resort|base|settlement|terminus|island)\b|\b(?:it|which|where)\s+(?:is|lies|was|sits|stands)\b"
    r"|^\s*(?:it|the\s+city|the\s+town)\b",
    re.IGNORECASE,
)


#: Words that are no action between a place and its position ("lying", "located", "hundred").
_NOT_ACTIONS = frozenset(
    [
        "located",
        "situated",
        "based",
        "placed",
        "centred",
        "centered",
        "lying",
        "sitting",
        "standing",
        "hundred",
        "speed",
        "during",
        "according",
        "including",
        "bordering",
        "neighbouring",
        "neighboring",
        "surrounding",
    ]
)
_VERB_FORM = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|ing)|left|went|came|ran|flew|drove|rode|took|fell|hit|struck|sank|broke)\b"
)


def _action_between(words: str) -> bool:
    """Whether a verb of action (not of position) stands in ``words``.

    >>> _action_between(" derailed about "), _action_between(", the city lying some ")
    (True, False)
    """
    return any(w.group() not in _NOT_ACTIONS for w in _VERB_FORM.finditer(words))


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
    r"|aircraft|jet|vessel|boat|bus|coach|car|crew|passengers?|travell?ers?|team|riders?)\b",
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
