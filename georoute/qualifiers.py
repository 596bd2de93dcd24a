"""What a figure describes when it describes no leg of the journey: a stay, an earlier figure,
a height, a speed at one moment, the size of a feature. Such quantities stay in the report with
a ``relation`` that says so, and out of the checks."""

from __future__ import annotations

import re

from .quantities import Quantity

__all__ = ["NOT_TRAVEL", "not_travel"]

#: Relations of quantities that describe no leg of the journey (kept in the report, unchecked).
NOT_TRAVEL = {
    "stay": "how long someone stays, not how long the journey takes",
    "former": "an earlier figure a change starts from ('cut from two days to ten hours')",
    "elevation": "a height or depth ('3,400 metres above sea level'), not a distance travelled",
    "instant": "a speed at one moment ('travelling at 79 mph when it derailed'), not an average",
    "feature": "the size of a feature ('the 34-kilometre strait'), not the distance travelled",
    "frequency": "how often something runs ('every two hours'), not how long it takes",
}
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.IGNORECASE)
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
_ELEVATION_BEFORE = re.compile(
    r"\b(?:stands?\s+at|rises?\s+to|(?:altitude|elevation|height|depth)\s+of|at\s+an\s+altitude\s+of)"
    r"\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$",
    re.IGNORECASE,
)
#: Speeds of a moment or a stretch, not of the whole way: "traffic crawled at 10 mph".
_INSTANT_BEFORE = re.compile(
    r"\b(?:crawl\w*|slow\w*\s+to|dropp\w*\s+to|fell\s+to|reduced\s+to|at\s+times|briefly|"
    r"clocked|recorded)\s+(?:at\s+)?(?:about\s+|around\s+|just\s+)?$",
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


def not_travel(text: str, quantities: list[Quantity], i: int) -> str | None:
    """Why quantity ``i`` describes no leg ("stay", "former"), or None.

    >>> from georoute.quantities import find_quantities
    >>> t = "He will stay for four days. The line cut travel time from two days to under 10 hours."
    >>> qs = find_quantities(t)
    >>> [not_travel(t, qs, i) for i in range(len(qs))]
    ['stay', 'former', None]
    """
    q = quantities[i]
    lead = text[max(0, q.start - 40) : q.start]
    if q.kind == "duration" and _STAY_BEFORE.search(lead):
        return "stay"
    if q.kind == "duration" and _EVERY_BEFORE.search(lead):
        return "frequency"
    tail = (
        quantities[i + 1].end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i
        else q.end
    )
    if q.kind == "distance" and (
        _ELEVATION_AFTER.match(text, tail) or _ELEVATION_BEFORE.search(lead)
    ):
        return "elevation"
    if q.kind == "distance" and _FEATURE_AFTER.match(text, tail):
        return "feature"
    if q.kind == "speed" and (_INSTANT_AFTER.match(text, tail) or _INSTANT_BEFORE.search(lead)):
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
