"""Which places a sentence's figures are about: a leg's origin and destination ("from A to B",
"arrived in B ... from A", "the A-B line"), and the subject of a position ("X lies D north of
Y"), with the words that rule a candidate out (an action verb between, no back-reference)."""

from __future__ import annotations

import bisect
import re
from operator import methodcaller

from georoute.base.coverage import fired
from georoute.base.documents import sentence_around
from georoute.base.folding import folds_plainly
from georoute.base.rules import letter_tree, rule_row, words_pattern
from georoute.base.words import CALENDAR_WORDS
from georoute.geo.mentions import Mention
from georoute.geo.readings import hometown
from georoute.text.document import lower_twin

__all__ = [
    "AGENCY_CREDIT",
    "KIND_OF",
    "RELATIVE_CLAUSE",
    "WHOLE_TRIP",
    "arrived_at",
    "last_part",
    "leg_endpoints",
    "locator",
    "names_facility_in",
    "near_unplaced",
    "place_relation",
    "subject_before",
    "unplaced_name_in",
    "waypoints",
]


def _words(rid: str, field: str = "words") -> str:
    """The alternation of a row's words in ``georoute/data/rules/endpoints.json``."""
    row = rule_row("endpoints", rid)
    return words_pattern(
        row[field], literal_spaces=field == "words" and row.get("spaces") == "literal"
    )


#: "the" before an end, or a description of it right before its name ("from the commercial
#: capital Dar es Salaam to the political capital Dodoma"; "from the capital Bishkek").
_THE_DESCRIBED = (
    r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:capital|city|port|town|village|resort|hub)\s+|the\s+)?$"
)
_FROM_BEFORE = re.compile(r"\b(?:" + _words("from_before") + r")\s+" + _THE_DESCRIBED)
#: "from the Acropolis in Athens", "left the National Bus Terminal in Havana", "took off from
#: the former airbase at Erbenheim": the town the place of departure lies in, the landmark or
#: building being no place of the gazetteer's (with its street: "left the Red Lion Garage on
#: West 52nd Street in Manhattan").
_FROM_THE_IN = re.compile(
    r"\b(?:from|left|leaving|departed|departing)\s+the\s+"
    r"(?:(?!(?:to|and|into|for|towards)\s)[\w'’-]+\s+){1,7}?(?:in|at)\s+$"
)
#: "left Furi station on the southern edge of Addis Ababa", "from Central station in Quito": a
#: station, terminal or port the gazetteer lacks, named before the town it lies in or beside.
_FROM_FACILITY_IN = re.compile(
    r"\b(?:from|left|leaving|departed|departing|out\s+of)\s+(?:the\s+)?"
    r"(?:(?!(?:to|and|into|for|towards|via)\s)[\w'’.-]+\s+){1,4}?(?:"
    + _words("facility_in")
    + r")\s+(?:in|at|near|outside|on\s+the\s+(?:[\w-]+\s+)?(?:edge|edges|outskirts|fringe|"
    r"fringes)\s+of)\s+(?:the\s+)?$"
)
#: "Bear Cove terminal at Port Hardy", "Victoria station in London": a facility named after a
#: place, then the town it lies in.
_FACILITY_THEN_IN = re.compile(
    r"\s+(?:" + _words("facility_in") + r")\s+(?:in|at|near|outside)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def names_facility_in(text: str, m: Mention, nxt: Mention) -> bool:
    """Whether mention ``m`` names a station, terminal or port that the next mention ``nxt``
    locates ("left Bear Cove terminal at Port Hardy"): the facility is no end of its own, the
    town is the end."""
    f = _FACILITY_THEN_IN.match(text, m.end)
    if f is None or f.end() != nxt.start or nxt.place is None or nxt.place.is_region:
        return False  # ("left Oarai port in Ibaraki Prefecture": the port's town is the end)
    fired("endpoints:facility_named_then_town")
    return True


_TO_BETWEEN = re.compile(r"\s*(?:" + _words("to_between") + r")\s*(?:the\s+)?", re.IGNORECASE)
#: "a bridge between A and B": the structure's ends, not a leg's.
_STRUCTURE_BETWEEN = re.compile(
    r"\b(?:" + _words("structure_between") + r")\s+(?:[\w'’-]+\s+){0,2}?between\s+(?:the\s+)?$"
)
#: A place described by its kind before "of" and its name: "the old town of Porvoo", "the port
#: of Dakar", "the island of Ustica" (not "the capital of Mali": the country, not its capital).
KIND_OF = r"(?:[\w'’-]+\s+){0,2}?(?:city|port|town|village|resort|island|oasis)\s+of"
_TO_BEFORE = re.compile(
    r"\b(?:(?:"
    + _words("to_before")
    + r")\s+"
    + _THE_DESCRIBED
    # "to the old town of Porvoo" (not "in the town of Pai", a stop)
    + r"|(?:to|into|towards)\s+the\s+"
    + KIND_OF
    + r"\s+$)"
)
#: How far before a name its "from" or "to" may stand: the words and a description.
_BEFORE_SPAN = 45
_ARRIVED_BEFORE = re.compile(r"\b(?:" + _words("arrived_before") + r")\s+(?:the\s+)?$")
#: How far before a name an arrival's words may stand ("stepped onto the platform at").
_ARRIVED_SPAN = 32
#: A place passed on the way is no endpoint: "a refuelling stop in Singapore", "via Khasan".
_WAYPOINT_BEFORE = re.compile(
    r"\b(?:"
    + _words("waypoint_before")
    + r")(?:\s+(?:"
    + _words("waypoint_before", "then")
    + r"))?\s+(?:the\s+)?$"
)
#: "between Kazakhstan's largest city and the Kyrgyz capital": a country's city, described
#: (the trip's end inside that country stands for it, see ``trips``)
_DESCRIBED_TO = re.compile(
    r"['’]s\s+(?:(?:second|third)[\s-]+)?(?:largest|biggest|main|chief|principal|busiest)\s+"
    r"(?:city|port|town|hub)\s*(?:" + _words("to_between") + r")\s*(?:the\s+)?",
    re.IGNORECASE,
)
#: ", a taxi driver from " before a place: a person's home, unless a word of a trip is among the
#: words (", a night train from").
#: "linking the capital with the border town of Boten": the next place, described first.
_TO_DESCRIBED = re.compile(
    r"\s*(?:to|and|with|for|towards)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:town|city|port|"
    r"village|capital|hub|resort|island)\s+of\s+",
    re.IGNORECASE,
)
#: An appositive that says where the place before it lies, whatever the index makes of the next
#: name (a town of the same name as the range): "set out from Olgii, in the Altai mountains".
_APPOSITIVE_IN = re.compile(r"\s*,\s*(?:in|near|on|at)\s+(?:the\s+)?")
_DASH = re.compile(r"\s*[-–]\s*")
_LINE_AFTER = re.compile(r"\s+(?:" + _words("line_after") + ")", re.IGNORECASE)
_LOCATOR_GAP = re.compile(r"\s*(?:,|in|,\s*in)\s*")


#: An unplaced name, then the place it lies near: "Les Baraques, near ", "Robie Park near ",
#: "the Sandy Hook lightship off ".
_NEAR_AFTER_NAME = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})(?:\s+(?-i:[a-z]+)){0,2}?,?"
    r"\s+(?:near|outside|close\s+to|off)"
    r"\s+(?:the\s+(?:town|city|port|village)\s+of\s+)?$",
    re.IGNORECASE,
)


#: The words of ``_NEAR_AFTER_NAME`` that stand right before the place (a cheap first test).
_NEAR_WORDS = ("near", "outside", "close", "off", "NEAR", "Near")


def near_unplaced(text: str, s0: int, m: Mention, ments: list[Mention]) -> tuple[int, int] | None:
    """The span of an unplaced name that the text puts right before ``m`` as lying near it
    ("from Les Baraques, near Calais"; not a place named so, "from Richmond, near Sydney"),
    else None: the end the words give that name is ``m``'s, approximately."""
    if m.place is None or "populated_place" not in m.place.kinds:
        return None  # (an island or a region is too wide to stand for a place near it)
    tail = text[max(s0, m.start - 30) : m.start]
    if not any(w in tail for w in _NEAR_WORDS):
        return None  # (most places: no word of nearness right before them)
    g = _NEAR_AFTER_NAME.search(text, max(s0, m.start - 60), m.start)
    if g is None:
        return None
    a, b = g.span("name")
    if any(n.start < b and a < n.end for n in ments if n is not m):
        return None
    return a, b


def leg_endpoints(
    text: str, s0: int, s1: int, ments: list[Mention]
) -> tuple[Mention | None, Mention | None]:
    """Origin and destination a sentence names: "from A to B", "between A and B", "A-B line".

    ``ments`` are the mentions inside the sentence ``[s0, s1)``.
    """
    # a name inside a described place is no end of its own: "between the Argentine capital
    # and Santiago" (not "Argentine")
    outer = [
        m
        for m in ments
        if not any(
            n is not m
            and n.start <= m.start
            and m.end <= n.end
            and (n.start, n.end) != (m.start, m.end)
            for n in ments
        )
    ]
    inside = [
        m
        for i, m in enumerate(outer)
        if not locator(text, outer[i - 1] if i else None, m)
        and not (i and _APPOSITIVE_IN.fullmatch(text, outer[i - 1].end, m.start))
        and not _WAYPOINT_BEFORE.search(text[max(s0, m.start - 30) : m.start].casefold())
        and not (i + 1 < len(outer) and names_facility_in(text, m, outer[i + 1]))
    ]
    origin = dest = None
    located = False  # the region the origin lies in was named after it
    by_service = False  # the origin names where a service starts ("the train from Munich")
    for i, m in enumerate(inside):
        near = near_unplaced(text, s0, m, ments)
        # "took off from Les Baraques, near Calais": the place the unplaced end lies near
        # takes its role (``near_unplaced``)
        at = near[0] if near is not None else m.start
        before = text[max(s0, at - _BEFORE_SPAN) : at].casefold()
        departs = _FROM_BEFORE.search(before) or (
            origin is None
            and (
                _FROM_THE_IN.search(text[max(s0, m.start - 60) : m.start].casefold()) is not None
                or _FROM_FACILITY_IN.search(text[max(s0, m.start - 80) : m.start].casefold())
                is not None
            )
        )
        if (
            not departs
            and origin is None
            and _BEFORE_SETTING_OUT.match(text, m.end)
            and _STAYED_IN.search(text[max(s0, m.start - 40) : m.start].casefold())
        ):
            # "spent about four days in Japan before setting out on a Pacific crossing ... to
            # Los Angeles": where the stay was is where the next leg starts
            fired("endpoints:stay_before_setting_out")
            departs = True
        if departs and (
            hometown(text, s0, m)
            or _STRUCTURE_BETWEEN.search(text[max(s0, m.start - 50) : m.start].casefold())
            or (
                _LOCATIVE_FROM.search(text[max(s0, m.start - 40) : m.start].casefold())
                # (a region's name keeps the figure with the trip's other figures: "flying
                # across the Pacific from Alaska, covering 12,000 km")
                and not (
                    not m.place.is_region
                    and _WAY_FROM_TRAVEL.search(text, max(s0, m.start - 100), m.start)
                )
            )
            or _AFFILIATION_AFTER.match(text, m.end)
        ):
            continue
        if departs:
            if (
                origin is None
                or (origin.place.is_region and not m.place.is_region)
                or (by_service and _LEFT_BEFORE.search(before))
            ):
                # "pilgrims from Ireland walked ... from Saint-Jean": the town; "the EuroCity
                # train from Munich left Innsbruck at 9:36": where this journey left, not
                # where the service starts
                by_service = _SERVICE_FROM.search(before) is not None
                origin = m
            nxt = inside[i + 1] if i + 1 < len(inside) else None
            after = inside[i + 2] if i + 2 < len(inside) else None
            if (
                nxt
                and after
                and text[m.end : nxt.start] in ("-", "–")
                and _AND_WITH.fullmatch(text, nxt.end, after.start)
            ):
                # "between Calais-Frethun and Marseille": a station's double name, then the end
                dest = dest or after
            elif nxt and (
                _TO_BETWEEN.fullmatch(text, m.end, nxt.start)
                or _DESCRIBED_TO.fullmatch(text, m.end, nxt.start)
                or _TO_DESCRIBED.fullmatch(text, m.end, nxt.start)
            ):
                # (a town named by "from" and "to" is a more precise end than the countries of
                # a line's name: "the Laos-China Railway, linking the Lao capital with the
                # border town of Boten")
                if dest is None or (dest.place.is_region and not nxt.place.is_region):
                    dest = nxt
        elif (
            origin
            and not dest
            and _TO_BEFORE.search(before)  # (searched once an origin is found and no end)
            and not _APPOSITIVE_IN.fullmatch(text, origin.end, m.start)
            # "after a flight from A, and set off from the post in B": a second start, no end
            and not _SECOND_START.search(text, origin.end, m.start)
            # after where the start lies ("set off from the cape's plateau in Norway"), a
            # place after "in" or "at" is no end ("... said at a reception in Berlin"): only an
            # arrival names it
            and not located
        ):
            if _FEATURE_IN.fullmatch(text, origin.end, m.start) and _holds(m, origin):
                located = True
            else:
                dest = m
        elif not dest and _ARRIVED_BEFORE.search(
            text[max(s0, m.start - _ARRIVED_SPAN) : m.start].casefold()
        ):
            dest = m  # "arrived in Kyiv ... from Przemyśl": the arrival may come first
        elif (
            dest is None  # (an arrival named before stands: "stepped out in Tver ... on the
            # Moscow-St Petersburg railway")
            and i + 1 < len(inside)
            and _DASH.fullmatch(text, m.end, inside[i + 1].start)
            and _LINE_AFTER.match(text, inside[i + 1].end)
        ):
            origin, dest = m, inside[i + 1]
    if origin is not None and dest is None:
        # "sailed the last stretch to B ..., four hours after leaving A": the end named before
        # the start
        dest = next(
            (
                m
                for m in inside
                if m.end <= origin.start
                and m.place != origin.place
                and _TO_BEFORE.search(text[max(s0, m.start - _BEFORE_SPAN) : m.start].casefold())
            ),
            None,
        )
    return _narrowed(text, origin, inside), _narrowed(text, dest, inside)


#: A stay's place followed by the setting out that ends it: "(in Japan) before setting out".
_BEFORE_SETTING_OUT = re.compile(
    r",?\s+before\s+(?:setting\s+(?:out|off|sail)|heading\s+(?:out|off|on)|leaving\s+for|"
    r"pushing\s+on|sailing\s+on|flying\s+on|moving\s+on|departing\s+for)\b",
    re.IGNORECASE,
)
#: A stay's words right before its place: "spent four days in", "stopped for a week at".
_STAYED_IN = re.compile(
    r"\b(?:spent|spending|stayed|staying|rested|resting|stopped|stopping|waited|waiting|remained"
    r"|lingered)\b[^.;]{0,30}\b(?:in|at)\s+(?:the\s+)?$"
)


#: A service named by where it starts, right before the place: "the EuroCity train from".
_SERVICE_FROM = re.compile(
    r"\b(?:train|service|express|sleeper|flight|ferry|bus|coach|plane|shuttle)\s+from\s+$"
)
#: A departure verb right before the place: "left", "departed".
_LEFT_BEFORE = re.compile(r"\b(?:left|leaves|leaving|departed|departs|departing)\s+(?:the\s+)?$")


#: What stands between a start and the region it lies in: a facility's or a feature's noun,
#: then "in" or "at" ("Oarai port in", "the North Cape plateau in"). (A bare "A in B" is left
#: as it was: a name the gazetteer misplaces inside B would become the end.)
_FEATURE_IN = re.compile(r"\s+(?:[\w'’-]+\s+){1,2}(?:in|at)\s+(?:the\s+)?")


def _holds(region: Mention, point: Mention) -> bool:
    """Whether ``region`` is a country or region that holds ``point``'s place."""
    r, p = region.place, point.place
    return r is not None and p is not None and r.is_region and r != p and r.contains(p)


def arrived_at(text: str, s0: int, m: Mention) -> bool:
    """Whether an arrival verb stands right before mention ``m`` of the sentence from ``s0``
    ("reached Korcula", "docked in Picton")."""
    return (
        _ARRIVED_BEFORE.search(text[max(s0, m.start - _ARRIVED_SPAN) : m.start].casefold())
        is not None
    )


#: "from" that says where something lies, not where a trip starts: "Emeryville, across the bay
#: from San Francisco", "a suburb not far from Lyon", "just down the road from the border".
_LOCATIVE_FROM = re.compile(
    r"\b(?:across|opposite|away|far|down|up|along|over)\s+(?:the\s+[\w-]+\s+)?from\s+"
    r"(?:the\s+)?$"
)
#: A journey's way before "from": "after paddling 1,600 km down the Amazon from", "a ride across
#: the steppe from" (no verb of position between: "lies 440 km up the coast from" stays one).
_WAY_FROM_TRAVEL = re.compile(
    r"\b(?:"
    + _words("way_from_travel")
    + r")\b(?:(?!\b(?:"
    + _words("way_from_travel", "not_between")
    + r")\b)[^.;:!?])*?\b(?:down|up|across|along|over)\s+(?:the\s+[\w-]+\s+)?from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "cadets from Malaysian universities": a place before an organisation's noun says where
#: people belong, not where a leg starts (one word may stand between: "from Swiss private
#: clinics").
_AFFILIATION_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:" + _words("affiliation_after") + r")\b", re.IGNORECASE
)
#: A start of its own between an origin and the next place: that place begins another leg.
_SECOND_START = re.compile(
    r"\b(?:set\s+(?:off|out)|setting\s+(?:off|out)|sets\s+(?:off|out)|departed|pulled\s+out)\s+"
    r"(?:from\s+)?",
    re.IGNORECASE,
)
#: The second end after "between A": "and", "with".
_AND_WITH = re.compile(r"\s+(?:and|with)\s+(?:the\s+)?", re.IGNORECASE)
#: Between two places of one list: "via Nagano, Toyama and Kanazawa".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def waypoints(text: str, s0: int, ments: list[Mention]) -> list[Mention]:
    """The places a sentence ``[s0, ...)`` says are passed on the way, in order: after "via",
    "calling at", "a stop in"... and the places listed with them ("via Nagano, Toyama and
    Kanazawa"). ``ments`` are the sentence's mentions in order."""
    out: list[Mention] = []
    prev: Mention | None = None
    for m in ments:
        if prev is not None and m.start < prev.end:
            continue  # a name inside another one
        passed = _WAYPOINT_BEFORE.search(text[max(s0, m.start - 30) : m.start].casefold())
        listed = bool(out) and prev is out[-1] and _LIST_JOIN.fullmatch(text, prev.end, m.start)
        if passed or listed:
            out.append(m)
        prev = m
    return out


def locator(text: str, prev: Mention | None, m: Mention) -> bool:
    """Whether ``m`` only says where the place before it lies: "Przemyśl in Poland",
    "Przemyśl, Poland"."""
    return (
        prev is not None
        and prev.place is not None
        and m.place is not None
        and m.place.is_region
        and m.place.contains(prev.place)
        and _LOCATOR_GAP.fullmatch(text, prev.end, m.start) is not None
    )


#: What stands between a sea and the port named after it: "the Pacific port of Guayaquil".
_SEA_PORT_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:port|harbour|harbor|city|town|resort)\s+of\s+(?:the\s+)?"
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
            and (
                (
                    end.place.contains(m.place)
                    and re.search(r"\bof\s+(?:the\s+)?$", text[end.end : m.start])
                )
                or (  # "to the Pacific port of Guayaquil": a sea's port, not the sea
                    "water_body" in end.place.kinds
                    and _SEA_PORT_OF.fullmatch(text, end.end, m.start) is not None
                )
            )
        ):
            return m
    return end


#: A relative clause or an appositive between commas, which says something of the place before
#: it, not what the sentence does: "Kenitra, where the high-speed line ends, lies about 180 km
#: from Tangier", "Petra, the city the riders visited on the way, lies 185 km south of ...",
#: "Pokhara, Nepal's second-largest city and a gateway to trekking routes, lies ...".
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:(?:where|which|whose|when)\b|(?:the|a|an|its|their)\s|"
    # (a figure's thousands comma stays inside: ", a city of about 440,000 people and the capital
    # of the Poro region,")
    r"(?-i:[A-Z][\w.-]*)['’]s\s)(?:[^,;]|(?<=\d),(?=\d{3}\b))*,"
)


#: (the same, for the readers of positions in ``extraction.extract``)
RELATIVE_CLAUSE = _RELATIVE_CLAUSE


def _without_clauses(s: str) -> str:
    """``s`` with its relative clauses and appositives between commas taken out, one after
    another ("X, a town of 14,000 people near Y, the capital founded by Z, lies" keeps "lies").

    >>> _without_clauses(", a town near Karakorum, the capital founded in 1235, lies some")
    '  lies some'
    """
    while (out := _RELATIVE_CLAUSE.sub(",", s, count=1)) != s:
        s = out
    return " " + s[1:] if s.startswith(",") else s


def _in_appositive(
    text: str, mentions: list[Mention], i: int, sent_start: int = 0, pos: int | None = None
) -> bool:
    """Whether mention ``i`` stands inside a relative clause or an appositive between commas
    (:data:`_RELATIVE_CLAUSE`) right after an earlier mention of its sentence (from
    ``sent_start``), which the clause describes, closed before the figure at ``pos`` ("X,
    whose capital Y lies 470 km west of Z" places Y): in "Saranda, the resort facing the island of Corfu, lies ..." Corfu is only
    part of what is said of Saranda.

    >>> from types import SimpleNamespace as N
    >>> t = "Saranda, the resort facing Corfu, lies"
    >>> _in_appositive(t, [N(start=0, end=7), N(start=27, end=32)], 1)
    True
    >>> _in_appositive(t, [N(start=0, end=7), N(start=27, end=32)], 0)
    False
    """
    m = mentions[i]
    for k in range(i - 1, max(-1, i - 4), -1):
        head = mentions[k]
        if head.start < sent_start:
            return False
        c = _RELATIVE_CLAUSE.match(text, head.end, m.start + 200)
        if (
            c is not None
            and c.start() == head.end
            and head.end < m.start < m.end < c.end()
            and (pos is None or c.end() <= pos)
        ):
            return True
    return False


#: A sentence that opens with a name of its own before "which" or "where": what it places is
#: that name, known or not, never a place of an earlier sentence ("Jeju Province, which lies").
#: A figure's reference right before a place: "240 km south of ", "some 90 miles from the ".
_FIGURE_OF = re.compile(
    r"\d[\d,.]*\s*(?:-\s*)?[a-z]+\.?(?:\s+[a-z-]+){0,2}\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The next figure joined by "and" to the one before, right before it: ", and about ".
_AND_FIGURE = re.compile(
    r",?\s+and\s+(?:(?:about|some|roughly|around|nearly|almost|just|"
    r"over|under|more\s+than|less\s+than|approximately|another)\s+)?$",
    re.IGNORECASE,
)
_NAMED_SUBJECT = re.compile(
    r"\s*[\"“]?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,\s*(?:which|where|that)\b"
)


#: A sentence that opens with a thing of its own before "which" or "that": "The platform, which
#: lies some 200 km from Aberdeen" places the platform, never a place of an earlier sentence
#: (unless the noun is a place's: "The port, which lies ..." refers back).
_DESCRIBED_SUBJECT = re.compile(
    r"\s*[\"“]?(?:The|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)\s*,\s*(?:which|that)\b"
)


_PLACE_NOUNS = frozenset(rule_row("endpoints", "refers_back")["nouns"])


def _described_subject(text: str, lo: int, pos: int) -> bool:
    """Whether the sentence from ``lo`` opens with "The <noun>, which" of a noun that names no
    place (see ``_DESCRIBED_SUBJECT``)."""
    m = _DESCRIBED_SUBJECT.match(text, lo, pos)
    return m is not None and m.group("noun") not in _PLACE_NOUNS


#: A capitalised name (one the index lacks) right before the figure that places it: "fly from
#: Kathmandu's airport to Lukla, about 140 km east of the capital" places Lukla (not a name
#: after "of": "Kharkhorin, the town beside the ruins of Karakorum, about 320 km west"); or
#: joined to it by "and" after a comma's description ("reached Camp Four, near Yarrow and some
#: 90 km north of ...": what lies there is the name the index lacks).
_UNPLACED_RIGHT_BEFORE = re.compile(
    # (not a name after "of", unless a settlement's: "the Swiss village of Champex, about 22 km")
    r"(?:(?<!\bof\s)|(?<=village\sof\s)|(?<=town\sof\s)|(?<=city\sof\s)|(?<=port\sof\s)"
    r"|(?<=hamlet\sof\s)|(?<=resort\sof\s)|(?<=oasis\sof\s))"
    r"\b(?-i:[A-Z])[\w'’-]+\s*(?:,|\s(?:,\s*)?and)\s*(?:(?:about|some|roughly|around|"
    r"nearly|almost|just|only|more\s+than|over|less\s+than|under)\s+)?$"
)


#: From a place to a name inside the description set after it between commas: "Sawai
#: Madhopur, the gateway to Ranthambore National Park, about 115 km ..." describes the place
#: before (the name after the preposition is no subject of the figure).
_DESCRIPTION_TO_NAME = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:to|of|for|near|beside|by|at|on|in|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$"
)


#: A capitalised word inside a sentence (not its first): a name, unless a month's or a day's.
_INNER_NAME = re.compile(r"(?<=[\s(])(?-i:[A-Z])[\w'’-]+")


def unplaced_name_in(
    text: str, lo: int, pos: int, mentions: list[Mention], starts: list[int]
) -> bool:
    """Whether a capitalised name that is no place mention stands between ``lo`` (the end of
    the sentence's last word that refers back, else its first word) and ``pos``: "It reached
    Cooper Creek, near Innamincka and about 1,200 km north-east of Melbourne" places a name the
    index lacks, not a place of an earlier sentence ("Mr Kim ... in the city that is about 425
    miles north of Pyongyang" still refers back)."""
    for u in _INNER_NAME.finditer(text, lo + 1, pos):
        if u.group() == "I" or u.group().casefold() in CALENDAR_WORDS:
            continue  # (a month's or a day's name)
        k = bisect.bisect_right(starts, u.start()) - 1
        if not (k >= 0 and mentions[k].start <= u.start() < mentions[k].end):
            return True
    return False


def _unplaced_right_before(
    text: str, lo: int, pos: int, mentions: list[Mention], starts: list[int]
) -> bool:
    """Whether a capitalised name that is no place mention stands right before ``pos`` (not
    one inside the description of the place that ends at ``lo``)."""
    u = _UNPLACED_RIGHT_BEFORE.search(text, lo, pos)
    if u is None or _DESCRIPTION_TO_NAME.fullmatch(text, lo, u.start()):
        return False
    k = bisect.bisect_left(starts, u.start())
    return not (k < len(mentions) and mentions[k].start < pos)


#: An agency's credit closing a dateline: "(Reuters) -", "(AAP) --", "(EFE).-".
AGENCY_CREDIT = re.compile(r"\([A-Z][\w .&-]{0,30}\)\s*(?:[-–—]+|\.-)")


def subject_before(
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
    place 90 miles from Chicago is where the train derailed, not Los Angeles. A relative clause
    between commas after the city does not count ("Kenitra, where the line ends, lies ...").
    """
    i = bisect.bisect_left(starts, pos) - 1
    region = None  # a region the sentence itself is about ("Jeju, which lies 145 km south of")
    while i >= 0:
        m = mentions[i]
        if same_sentence_only and m.start < sent_start:
            return None
        if m.start >= sent_start and text is not None and AGENCY_CREDIT.search(text, m.end, pos):
            # the dateline's place opens the first sentence ("HOBART, Jan 5 (AAP) - Moskenes
            # lies north-west of Bodo"): where the story is filed, not what lies there
            return region
        if m.start < sent_start and region is not None:
            return region  # never a place of an earlier sentence past the sentence's own subject
        if (
            m.start >= sent_start
            and m.end <= pos
            and m.place
            and m.place.is_region
            and m.place.id != ref.place.id
            and text is not None
            and not _action_between(text[m.end : pos])
            and not _action_between(text[sent_start : m.start])
        ):
            region = m
        if m.end <= pos and m.place and m.place.id != ref.place.id and not m.place.is_region:
            if (
                m.start >= sent_start
                and text is not None
                and _in_appositive(text, mentions, i, sent_start, pos)
            ):
                i -= 1  # "Saranda, the resort facing Corfu, lies 80 km ...": Saranda lies there
                continue
            if (
                m.start >= sent_start
                and text is not None
                and _FIGURE_OF.search(text, max(sent_start, m.start - 60), m.start)
                and _AND_FIGURE.search(text, m.end, pos)
            ):
                # "A lies 240 km south of B, the town on the river, and 140 km east of C": B is
                # where the first figure is measured from; the second one's subject is A's
                fired("endpoints:coordinated_separation_subject")
                i -= 1
                continue
            if (
                m.start >= sent_start
                and text is not None
                and (
                    _action_between(_without_clauses(text[m.end : pos]))
                    or _unplaced_right_before(text, m.end, pos, mentions, starts)
                )
            ):
                return None  # (or a name the index lacks stands right before the figure)
            if (
                m.start < sent_start
                and text is not None
                and (
                    not _refers_back(text[sent_start:pos])
                    or _NAMED_SUBJECT.match(text, sent_start, pos)
                    or _described_subject(text, sent_start, pos)
                    or _unplaced_right_before(text, sent_start, pos, mentions, starts)
                    or unplaced_name_in(
                        text,
                        max(
                            (r.end() for r in _REFERS_BACK.finditer(text, sent_start, pos)),
                            default=sent_start,
                        ),
                        pos,
                        mentions,
                        starts,
                    )
                )
            ):
                return None  # "walked across the border at Panmunjom, 50 km north of Seoul"
                # ("It reached Camp Four, some 90 km north of ...": Camp Four lies there)
            if (
                m.start < sent_start
                and text is not None
                and _noun_misfits(text[sent_start:pos], m, mentions[max(0, i - _NOUN_BACK) : i])
            ):
                fired("endpoints:refers_back_noun_misfits")
                return None  # "... Sydney's. The island, which lies 1,470 km east of
                # Brisbane": the island is no city the story named last
            if m.start < sent_start and text is not None:
                # "Compiegne, about 70 km north-east of Paris, has been ... It lies some 145
                # km south of Roubaix": the pronoun takes the subject that opens the sentence
                # before, not the place its aside named last
                opener = _sentence_opener(mentions, starts, text, m, ref)
                if opener is not None:
                    fired("endpoints:pronoun_takes_opening_subject")
                    return opener
            return m
        i -= 1
    return None


def _sentence_opener(
    mentions: list[Mention], starts: list[int], text: str, m: Mention, ref: Mention
) -> Mention | None:
    """The town that opens the sentence of ``m`` as its subject, when that is another town
    than ``m`` and ``ref`` and an aside after it ends before ``m`` ("Compiegne, about 70 km
    north-east of Paris, has been ..."); else None. A dateline's town is no subject."""
    a, _ = sentence_around(text, m.start)
    credit = AGENCY_CREDIT.search(text, a, m.start)
    if credit is not None:
        a = (
            credit.end()
            + len(text[credit.end() : m.start])
            - len(text[credit.end() : m.start].lstrip())
        )
    k = bisect.bisect_left(starts, a)
    if k >= len(mentions) or mentions[k].start != a or mentions[k] is m:
        return None
    s = mentions[k]
    if (
        s.place is None
        or s.place.is_region
        or s.place.id in (m.place.id, ref.place.id)
        or AGENCY_CREDIT.search(text, s.end, m.start)
        or not text.startswith(",", s.end)
        or "," not in text[m.end : m.end + 3]
    ):
        return None
    return s


#: Words that make a sentence about the whole journey, not the leg just described.
WHOLE_TRIP = re.compile(r"\b(?:" + _words("whole_trip") + r")\b", re.IGNORECASE)

#: A word that makes the figure after it the trip's last part, with no number, no clause break
#: and no date noun between ("the final 214 km from", "on the last stage the riders covered").
_LAST_PART = re.compile(
    "".join(rf"(?<!\b{re.escape(w)}\s)" for w in rule_row("endpoints", "last_part")["not_after"])
    + r"\b(?:"
    + _words("last_part")
    + r")\s+(?!(?:"
    + _words("last_part", "not_then")
    + r")\b)(?:[^\W\d][\w'’-]*\s+){0,6}$",
    re.IGNORECASE,
)


def last_part(text: str, s0: int, pos: int) -> bool:
    """Whether the figure at ``pos`` (in the sentence from ``s0``) is the trip's last part.

    >>> last_part("The final 214 km from Brandon took a day.", 0, 10)
    True
    >>> last_part("Last year the ferry covered 40 km from Oban.", 0, 28)
    False
    >>> last_part("At last the crew covered 40 km from Oban.", 0, 25)
    False
    """
    return _LAST_PART.search(text, max(s0, pos - 60), pos) is not None


#: Words by which a sentence points to a place named before it.
_REFERS_BACK = re.compile(
    r"\b(?:"
    + _words("refers_back", "determiners")
    + r")\s+(?:[\w-]+\s+){0,2}(?:"
    + _words("refers_back", "nouns")
    + r")\b|\b(?P<pronoun>"
    + _words("refers_back", "pronouns")
    + r")\s+(?:"
    + _words("refers_back", "verbs")
    + r")\b|^\s*(?:"
    + _words("refers_back", "openers")
    + r")\b",
    re.IGNORECASE,
)


#: The place nouns of ``_REFERS_BACK`` that say what kind of place is meant: "the island" is
#: a place whose name says island (or of the island kind), "the capital" a capital.
_KIND_NOUN = re.compile(r"\b(?P<noun>island|capital)\b", re.IGNORECASE)
_ISLAND_NAME = re.compile(
    r"\b(?:island|islands|isle|isla|ile|île|ilha|insel|pulau|nusa)\b", re.IGNORECASE
)


#: How many mentions before the place a noun points back to are read for the island the story
#: named (the story's recent places: a constant window keeps the reading linear).
_NOUN_BACK = 40


def _noun_misfits(sentence: str, m: Mention, earlier: list[Mention]) -> bool:
    """Whether the place noun by which ``sentence`` points back cannot name the place ``m``:
    "the island" when the story named an island (a name that says so) other than ``m``; "the
    capital", with no word before the noun ("the former imperial capital" is a title), when
    ``m`` is no capital. The place meant is then another one, not guessed."""
    for r in _REFERS_BACK.finditer(sentence):
        if r.group("pronoun") is not None or m.place is None:
            continue
        k = _KIND_NOUN.search(r.group())
        if k is None:
            continue
        if k.group("noun").casefold() == "capital":
            bare = len(r.group().split()) == 2
            return bare and "capital" not in m.place.kinds
        if _ISLAND_NAME.search(m.text) or _ISLAND_NAME.search(m.place.name):
            return False
        return any(
            e.place is not None and e.place != m.place and _ISLAND_NAME.search(e.text)
            for e in earlier
        )
    return False


#: A conjunction that opens a clause hung on a main clause, whose subject a pronoun after it
#: stands for ("... sent a distress call when it was ...").
_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|while|whilst|as|after|before|until|once|because|since|though|"
    r"although|if)\s+$",
    re.IGNORECASE,
)


def _refers_back(sentence: str) -> bool:
    """Whether the start of a sentence (up to a figure) points to a place named before it.

    A pronoun that opens a clause hung on the sentence's own subject, or follows that subject's
    action, stands for that subject, not for an earlier place: in "The tanker, built in 2008,
    sent a distress call when it was 40 nautical miles west of the cape", "it" is the tanker.

    >>> _refers_back("It lies "), _refers_back("The ship sent a call when it was ")
    (True, False)
    """
    own_subject = False
    for m in _REFERS_BACK.finditer(sentence):
        head = sentence[: m.start()]
        if m.group("pronoun") is None or not (_SUBORDINATE.search(head) or _action_between(head)):
            return True
        own_subject = True
    if own_subject:
        fired("endpoints:pronoun_of_own_subject")
    return False


#: Words that are no action between a place and its position ("lying", "located", "hundred").
_NOT_ACTIONS = frozenset(rule_row("endpoints", "not_actions")["words"])
#: A word in -ed or -ing joined to the word before by a hyphen is an adjective ("UNESCO-listed").
_VERB_FORM = re.compile(r"(?<![\w-])(?:[a-z]{2,}(?:ed|ing)|" + _words("action_verbs") + r")\b")


def _action_between(words: str) -> bool:
    """Whether a verb of action (not of position) stands in ``words``.

    >>> _action_between(" derailed about "), _action_between(", the city lying some ")
    (True, False)
    >>> _action_between(", the UNESCO-listed town some ")
    False
    >>> _action_between(", the mining city some "), _action_between(", a town destroyed by ")
    (False, True)
    """
    return any(
        w.group() not in _NOT_ACTIONS
        # (after an article the word describes a noun: "the mining city", "a fishing village")
        and not (w.group().endswith("ing") and _ARTICLE_BEFORE.search(words, 0, w.start()))
        for w in _VERB_FORM.finditer(words)
    )


#: An article or a possessive right before a word: what follows is a noun's description.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)


#: How far after its word of travel the "from" of an origin may stand (characters).
_ORIGIN_GAP = 40
#: How far after its word of travel the "to", "in"... of a destination may stand (characters).
_DESTINATION_GAP = 30
#: A part of a town written before its name: "in south Dublin", "in downtown Nairobi".
_TOWN_PARTS = (
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "downtown", "old",
)  # fmt: skip
_ORIGIN_BEFORE = (
    re.compile(
        r"\b"
        + "".join(
            rf"(?<!{re.escape(w)}\s)" for w in rule_row("endpoints", "origin_verb")["not_after"]
        )
        + r"(?:"
        + _words("origin_verb")
        + r")\s+(?:(?:the|its|her|his|their)\s+)?"
        # "leaving the port of", "left the Adriatic city of", "left its home port of": a place
        # described by its kind
        + r"(?:(?:[\w’'-]+\s+)?(?:port|city|town|village|capital|hub|harbou?r|island|resort)\s+of\s+)?"
        # "left Marlay Park in south Dublin": the part of the town written before its name
        + r"(?:(?:"
        + "|".join(_TOWN_PARTS)
        + r")\s+)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:"
        + _words("origin_travel")
        + rf")\b[^.,;]{{0,{_ORIGIN_GAP}}}\b(?:"
        + _words("origin_travel", "then")
        + r")\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
)
_DESTINATION_BEFORE = (
    re.compile(
        r"\b(?:"
        + _words("destination_travel")
        + r")\b(?!\s+(?:an?|the)\s+(?:[\w’'-]+\s+)?(?:"
        + _words("destination_travel", "not_objects")
        + rf")\b)[^.,;]{{0,{_DESTINATION_GAP}}}?\b(?:"
        + _words("destination_travel", "then")
        + r")\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:"
        + _words("destination_reached")
        + r")\s+(?:(?:the|its|her|his|their)\s+)?(?:[\w’'-]+\s+){0,2}"
        # "reached the Atlantic resort town of": a place described by up to three words
        r"(?:(?<=\s)(?:[\w’'-]+\s+){0,1}(?:town|city|port|village|capital|hub|harbou?r|oasis|"
        r"settlement|resort)\s+of\s+)?$",
        re.IGNORECASE,
    ),
)


def _first_words(rid: str) -> re.Pattern:
    """Any first word of the phrases of a row (lower case, without a final ``*``), to search in
    a lower-cased lead: every match of the row's words starts at one of them. Only where a match
    starts is read, so the words are written as a tree of their letters (``base.rules.letter_tree``),
    which the regex engine tries at a position in a few steps instead of one per word."""
    return re.compile(letter_tree(_first_word_set(rid)))


def _first_word_set(rid: str) -> set[str]:
    """The first words of :func:`_first_words` (lower case, without a final ``*``)."""
    words = {w.split(" ")[0].removesuffix("*").lower() for w in rule_row("endpoints", rid)["words"]}
    assert all(w.isalpha() for w in words), rid
    return words


def _last_words(rid: str, field: str = "words") -> tuple[str, ...]:
    """The last words of the phrases of a row (lower case), and "the": a lead that
    ``_ORIGIN_BEFORE`` matches ends with one of them once its trailing spaces are stripped."""
    last = {w.rsplit(" ", 1)[-1].lower() for w in rule_row("endpoints", rid)[field]}
    assert all(w.isalpha() for w in last), rid  # no "_", "*" or "+": literal words
    return tuple(sorted(last | {"the"}))


#: The words after which ``_DESTINATION_BEFORE[0]`` allows at most five more (lower case).
_DESTINATION_THEN = tuple(w.lower() for w in rule_row("endpoints", "destination_travel")["then"])
assert all(w.isalpha() for w in _DESTINATION_THEN)
#: For each regex of ``_ORIGIN_BEFORE``, the words its matches end with (before the spaces).
_ORIGIN_ENDS = (
    tuple(sorted({*_last_words("origin_verb"), "of", *_TOWN_PARTS})),
    _last_words("origin_travel", "then"),
)
#: For each regex of ``_ORIGIN_BEFORE`` and ``_DESTINATION_BEFORE``, the words where its matches
#: start: a lead holding none is not searched, and one is searched from the first it holds.
_ORIGIN_WORDS = (_first_words("origin_verb"), _first_words("origin_travel"))
_DESTINATION_WORDS = (_first_words("destination_travel"), _first_words("destination_reached"))
#: Any first word of the four rows: a lead that holds none after its last stop, comma or
#: semicolon is no end, whichever row is asked (one scan instead of one a row).
_ANY_ROW_WORD = re.compile(
    letter_tree(
        set().union(
            *map(
                _first_word_set,
                ("origin_verb", "origin_travel", "destination_travel", "destination_reached"),
            )
        )
    )
)


#: The endpoint patterns for the lower-cased lead (``text.document.lower_twin``), or None, by
#: the pattern's ``id`` (a compiled pattern's hash reads its whole pattern and code at every
#: look-up).
_TWINS = {id(rx): lower_twin(rx) for rx in (*_ORIGIN_BEFORE, *_DESTINATION_BEFORE)}


def _found(lead: str, low: str | None, rx: re.Pattern, words: re.Pattern, after: int = 0) -> bool:
    """Whether ``rx`` matches in ``lead``, searched from the first of its ``words`` that the
    lower-cased lead ``low`` holds from ``after`` on (the same offsets: only "İ" lengthens when
    lower-cased, and ``low`` is None for a lead holding it)."""
    if low is None:
        return rx.search(lead) is not None
    first = words.search(low, after)
    if first is None:
        return False
    twin = _TWINS.get(id(rx))
    if twin is not None:
        return twin.search(low, first.start()) is not None
    return rx.search(lead, first.start()) is not None


#: Per regex of ``_ORIGIN_BEFORE``: it, the words its matches start with, those they end with.
_ORIGIN_ROWS = tuple(zip(_ORIGIN_BEFORE, _ORIGIN_WORDS, _ORIGIN_ENDS, strict=True))
#: Whether a word ends with one of ``_DESTINATION_THEN`` (called in C by ``map``).
_ENDS_THEN = methodcaller("endswith", _DESTINATION_THEN)
#: The stops of "a.m." and "p.m.", which end no clause (replaced by characters of one length).
_CLOCK_DOTS = re.compile(r"\b([aApP])\.[mM]\.")
#: The comma or point inside a figure ("1,032", "3.5"), which ends no clause.
_NUMBER_MARKS = re.compile(r"(?<=\d)[.,](?=\d)")


#: A journey that began somewhere, maybe after its day ("The march began on Tuesday, 7
#: September 2022, at Kanyakumari", "the trek started in Lukla"): an origin, though "at" and
#: "in" after a word of travel otherwise say where it ends.
_BEGAN_AT = re.compile(
    r"\b(?:march|trek|race|flight|voyage|walk|journey|expedition|trip|crossing|ride|tour|stage|"
    r"pilgrimage|row|swim|drive|run|relay|rally|migration|procession|convoy|caravan|odyssey|"
    r"yatra|hike|sail|passage|attempt)(?:es|s)?\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:began|begins|begun|started|starts|had\s+begun|had\s+started)"
    # (its day between: capitalised or numeric words only, "on Tuesday, 7 September 2022,")
    r"(?:\s+(?:on|in)(?:\s+(?-i:[A-Z0-9])[\w.]*,?){1,5})?,?\s+(?:at|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Verbs of leaving a place on foot, horse or ship: "Stanley marched out of Bagamoyo".
_MOVED_OUT_OF = re.compile(
    r"\b(?:marched|rode|sailed|steamed|drove|flew|paddled|rowed|trekked|hiked|walked|cycled|"
    r"galloped|trudged|filed|poured|streamed)\s+(?:\w+\s+)?out\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def place_relation(lead: str) -> str | None:
    """Whether the words before a place make it where the journey starts or ends.

    >>> place_relation("The train left "), place_relation("Kim arrived in the city of "), place_relation("He met ")
    ('origin', 'destination', None)
    """
    tail150 = lead[-150:]
    low150 = tail150.lower()
    # (what every match holds, tested first: most leads hold neither)
    if ("egan" in low150 or "egun" in low150 or "tart" in low150) and _BEGAN_AT.search(tail150):
        return "origin"
    if "out of" in low150[-60:] and _MOVED_OUT_OF.search(lead[-60:]):
        return "origin"
    if ".m." in lead:
        lead = _CLOCK_DOTS.sub(r"\1_m_", lead)  # "at 7:30 a.m. for": no stop in the clause
    lead = _NUMBER_MARKS.sub("_", lead)  # "covered 1,032 km from": no comma in the clause
    low = lead.lower() if folds_plainly(lead) else None
    if low is None:
        tail, after, last = None, 0, ()
    else:
        tail = low.rstrip()
        # no rule's match holds a stop, a comma or a semicolon: each starts after the last one
        after = max(low.rfind("."), low.rfind(","), low.rfind(";")) + 1
        if _ANY_ROW_WORD.search(low, after) is None:
            return None  # (no row's first word: none of them matches)
        last = tail[after:].split()[-6:]  # a destination's "to", "in"... ends one of these
        if _WAYPOINT_BEFORE.search(low[-30:]):
            return None  # "crossed the border at Korday", "a stop in Singapore": passed on the way
    for rx, words, ends in _ORIGIN_ROWS:
        if (tail is None or tail.endswith(ends)) and _found(lead, low, rx, words, after):
            return "origin"
    if (tail is None or any(map(_ENDS_THEN, last))) and _found(
        lead, low, _DESTINATION_BEFORE[0], _DESTINATION_WORDS[0], after
    ):
        return "destination"
    if _found(lead, low, _DESTINATION_BEFORE[1], _DESTINATION_WORDS[1], after):
        return "destination"
    return None
