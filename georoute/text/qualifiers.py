"""What a figure describes when it describes no leg of the journey: a stay, an earlier figure,
a height, a speed at one moment, the size of a feature, a strike, a margin, a delay, an extra
distance, a straight line, a short length, a span of years. Such quantities stay in the report
with a ``relation`` that says so, and out of the checks.

The rules are data (``RULES``): for each relation, the kinds of quantity it applies to and the
words before or after the figure that make it; the first rule that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from georoute.text.quantities import Quantity
from georoute.text.units import LENGTH_UNITS

__all__ = ["NOT_TRAVEL", "RULES", "Rule", "not_travel"]

#: Relations of quantities that describe no leg of the journey (kept in the report, unchecked).
NOT_TRAVEL = {
    "stay": "how long someone stays or visits ('a three-day state visit'), not the journey",
    "former": "an earlier figure a change starts from ('cut from two days to ten hours')",
    "elevation": "a height or depth ('3,400 metres above sea level'), not a distance travelled",
    "instant": "a speed at one moment ('travelling at 79 mph when it derailed'), not an average",
    "feature": "the size of a feature or the length of a line, road or border ('the 34-kilometre "
    "strait', 'the 2,000 km Baikal-Amur Mainline'), not the distance travelled",
    "frequency": "how often something runs ('every two hours'), not how long it takes",
    "event": "how long an event lasts ('a 24-hour walkout', 'a 48-hour ceasefire'), not the journey",
    "margin": "a gap between competitors or a change ('four minutes ahead', 'won by 12 seconds')",
    "delay": "a delay ('two hours late', 'a fortnight of detours'), not the journey's length",
    "extra": "an alternative's extra length or time ('going round Africa adds 3,500 nautical "
    "miles'), not the journey",
    "straight_line": "a straight-line distance given beside the travelled one ('900 km as the "
    "crow flies')",
    "length": "a size or a short length in metres, feet, yards, inches ('a 776-foot airship'), "
    "not a leg",
    "span": "a span of months or years (an age, a history, a term), not a journey's duration",
}

_I = re.IGNORECASE
_HEDGE_WORDS = r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?"


@dataclass(frozen=True)
class Rule:
    """Quantity of one of ``kinds`` (and, if set, ``units``) whose words before (``before``,
    searched in the 40 characters before the figure) or after (``after``, matched right after
    it and its conversion) say it is ``relation``, unless the words before match ``unless``."""

    relation: str
    kinds: frozenset[str]
    before: re.Pattern | None = None
    after: re.Pattern | None = None
    units: frozenset[str] | None = None
    unless: re.Pattern | None = None


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _I)


_D, _T, _V = frozenset({"distance"}), frozenset({"duration"}), frozenset({"speed"})
_JOURNEY = (
    r"journey|trip|trek|route|ride|drive|flight|voyage|walk|march|hike|crossing|run|race|swim|"
    r"sail|passage|expedition|circumnavigation|odyssey|pilgrimage|tour|cruise|transit|commute|"
    r"ferry|train|bus|stage|leg"
)
_LINE_WORDS = (
    r"line|lines|railway|railroad|mainline|road|highway|motorway|expressway|pipeline|border|"
    r"frontier|trail|canal|network|corridor|coastline|wall|fence"
)

#: Rules in the order they are tried.
RULES: tuple[Rule, ...] = (
    Rule(
        "stay",
        _T,
        before=_rx(
            r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|wait|waits|waited|"
            r"waiting|rested|resting|holiday|vacation|detained|held|lasting)\b"
            r"(?:\s+[\w'’-]+){0,3}?\s+(?:for\s+)?" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:(?:state|official|working|private|royal|papal|pastoral|"
            r"diplomatic)\s+)?(?:visit|visits|stay|stopover|layover|summit|conference|forum|"
            r"festival|holiday|vacation|break|retreat|residency)\b"
        ),
    ),
    Rule("frequency", _T, before=_rx(r"\b(?:every|each)\s+(?:other\s+)?$")),
    Rule(
        "event",
        _T,
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:general\s+|hunger\s+|national\s+|nationwide\s+)?(?:strike|"
            r"strikes|walkout|stoppage|shutdown|closure|blockade|protest|ceasefire|truce|curfew|"
            r"lockdown|blackout|outage|siege|vigil|standoff|talks|meeting|session|debate|trial|"
            r"festival|celebration|ceremony|match|game|shift|sit-in)\b"
        ),
    ),
    Rule(
        "delay",
        _T,
        before=_rx(
            r"\b(?:delayed|held\s+up|late|postponed|behind\s+schedule)\s+(?:by\s+|for\s+)?$"
        ),
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:delay|delays|late|behind\s+schedule|hold-up|wait|"
            r"of\s+(?:detours?|delays?|waiting))\b"
        ),
    ),
    Rule(
        "margin",
        _D | _T | _V,
        before=_rx(
            r"\b(?:won|wins|winning|win|lead|leads|led|leading|beat|beats|margin)\s+(?:\w+\s+)?"
            r"(?:by|of)\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:ahead|behind|clear|adrift|faster|slower|quicker|shorter|longer|"
            r"less|more)\b(?!\s+(?:journey|trip|ride|drive|flight|voyage|walk))"
        ),
    ),
    Rule(
        "extra",
        _D | _T,
        before=_rx(
            r"\b(?:adds?|added|adding|extra|additional|another|saves?|saved|saving|cuts?\s+\w+\s+by"
            r"|detour\s+of|longer\s+by|shorter\s+by)\s+(?:an?\s+)?(?:extra\s+)?"
            + _HEDGE_WORDS
            + "$"
        ),
        after=_rx(r"[\s-]+(?:detour|diversion|extra|more|longer|shorter)\b"),
    ),
    Rule(
        "straight_line",
        _D,
        before=_rx(r"\b(?:straight[\s-]+line|direct\s+distance|as\s+the\s+crow\s+flies)\b.{0,20}$"),
        after=_rx(
            r"\s*(?:\)\s*)?(?:apart\s*)?(?:,\s*)?(?:as\s+the\s+crow\s+flies|in\s+a\s+straight\s+line|"
            r"(?:in\s+)?straight[\s-]+line)\b"
        ),
    ),
    Rule(
        "elevation",
        _D,
        before=_rx(
            r"\b(?:stands?\s+at|rises?\s+to|(?:altitude|elevation|height|depth)\s+of|"
            r"at\s+an\s+altitude\s+of|orbit\w*\s+(?:at\s+)?)\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:(?:above|below)\s+(?:sea[\s-]+level|ground|the\s+\w+)|high\b|tall\b|"
            r"deep\b|(?:in|of)\s+(?:altitude|elevation|height|depth)|up\b|underground|"
            r"below\s+ground|down\b|beneath\b|under\s+(?:water|the\s+sea|ground))"
        ),
    ),
    Rule(
        "feature",
        _D,
        after=_rx(
            r"(?:[-\s]+(?:long|wide|deep))?\s+(?:[a-z]+\s+)?(?:strait|channel|bridge|tunnel|river|"
            r"lake|border|frontier|coastline|coast|island|canal|wall|fence|runway|gorge|valley|bay|"
            r"pipeline|glacier|reef|dam|ridge|mountain\s+range)s?\b"
            # "a 2 km-long queue": a size, unless what is that long is a way travelled
            r"|[-\s]+(?:long|wide|high|tall|deep)\s+(?!(?:" + _JOURNEY + r"|line|railway|road|"
            r"motorway|highway|track)\b)[a-z]"
            # "the 2,000 km Baikal-Amur Mainline", "the 4,000-mile US-Canada border"
            r"|(?:[-\s]+long)?\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:"
            + _LINE_WORDS
            + r")\b(?!\s+(?:"
            + _JOURNEY
            + r")\b)"
        ),
        # "a drive along the 200-kilometre Reunification Highway": the way travelled
        unless=_rx(r"\balong\s+(?:the\s+|its\s+)?(?:entire\s+|whole\s+|full\s+)?$"),
    ),
    Rule(
        "instant",
        _V,
        before=_rx(
            r"\b(?:crawl\w*|slow\w*\s+to|dropp\w*\s+to|fell\s+to|reduced\s+to|at\s+times|briefly|"
            r"clocked|recorded)\s+(?:at\s+)?(?:about\s+|around\s+|just\s+)?$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:when|as\s+(?:it|the)|at\s+the\s+(?:time|moment)|before\s+(?:it|the))\b"
        ),
    ),
)
#: A short length describes the leg only when a verb of travel takes it or a journey word follows.
_LENGTH_TRAVELLED_BEFORE = _rx(
    r"\b(?:walk\w*|ran|run|runs|swam|swim\w*|row\w*|sail\w*|drove|driv\w*|cycl\w*|rode|ride|"
    r"travel\w*|covered|cover|hik\w*|march\w*|crawl\w*|taxi\w*|moved|move|went|go|goes|"
    r"traveled|sprint\w*|dragged|carried|towed)\s+(?:\w+\s+){0,2}" + _HEDGE_WORDS + "$"
)
_LENGTH_TRAVELLED_AFTER = _rx(r"[\s-]+(?:long\s+)?(?:" + _JOURNEY + r"|sprint|dash)\b")
#: Months and years are a journey's duration only with a journey's words around them.
_SPAN_JOURNEY_BEFORE = _rx(
    r"\b(?:sail\w*|walk\w*|cycl\w*|rode|ride|travel\w*|journey\w*|trek\w*|drove|drive|took|"
    r"take|takes|taking|voyage|march\w*|hik\w*|row\w*|flew|fly|circumnavigat\w*)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:for\s+|in\s+)?" + _HEDGE_WORDS + "$"
)
_CHANGE_TO = re.compile(r"^\s*to\s+(?:[\w'’-]+\s+){0,2}$", _I)


def not_travel(text: str, quantities: list[Quantity], i: int) -> str | None:
    """Why quantity ``i`` describes no leg ("stay", "former", ...), or None.

    >>> from georoute.text.quantities import find_quantities
    >>> t = "He will stay for four days. The line cut travel time from two days to under 10 hours."
    >>> qs = find_quantities(t)
    >>> [not_travel(t, qs, i) for i in range(len(qs))]
    ['stay', 'former', None]
    """
    q = quantities[i]
    lead = text[max(0, q.start - 40) : q.start]
    tail = (
        quantities[i + 1].end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i
        else q.end
    )
    for rule in RULES:
        if q.kind not in rule.kinds or (rule.units is not None and q.unit not in rule.units):
            continue
        if (
            (rule.before is not None and rule.before.search(lead))
            or (rule.after is not None and rule.after.match(text, tail))
        ) and not (rule.unless is not None and rule.unless.search(lead)):
            return rule.relation
    nxt = next((p for p in quantities[i + 1 :] if p.same_as is None), None)
    if (
        nxt is not None
        and nxt.kind == q.kind
        and re.search(r"\bfrom\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?$", lead)
        and _CHANGE_TO.match(text[q.end : nxt.start])
    ):
        return "former"
    if q.unit in LENGTH_UNITS and not (
        _LENGTH_TRAVELLED_BEFORE.search(lead) or _LENGTH_TRAVELLED_AFTER.match(text, tail)
    ):
        return "length"
    if q.unit in ("yr", "mo") and not (
        _SPAN_JOURNEY_BEFORE.search(lead) or _LENGTH_TRAVELLED_AFTER.match(text, tail)
    ):
        return "span"
    return None
