"""What a figure describes when it describes no leg of the journey: a stay, an earlier figure,
a height, a speed at one moment, the size of a feature, a strike, a margin, a delay, an extra
distance, a straight line, a short length, a span of years. Such quantities stay in the report
with a ``relation`` that says so, and out of the checks.

The rules are data (``georoute/data/rules/qualifiers.json``, compiled into ``RULES``): for each
relation, the kinds of quantity it applies to and the words before or after the figure that make
it; the first rule that matches wins. Their words are lists; the glue between them stays a
regular expression over characters, because these rules read the characters around a figure
(the 40 before it, those right after it and its conversion: hyphens, parentheses, capitals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from georoute.base.coverage import fired
from georoute.base.folding import folds_plainly
from georoute.base.rules import rule_lists, rule_rows, words_pattern
from georoute.text.document import lower_twin, required_strings
from georoute.text.quantities import Quantity
from georoute.text.units import LENGTH_UNITS

__all__ = ["NOT_TRAVEL", "RULES", "Rule", "in_quote", "not_travel"]

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
    "limit": "a limit ('the 100 m.p.h. limit on that stretch', 'limited to 80 km/h'), a bound, "
    "not the leg's speed",
    "planned": "a figure of something planned, proposed or hoped for ('plans a 1,000-km race "
    "next summer', 'a proposed 300 km line'), not the journey reported",
    "weather": "the speed of a wind, a current or a storm ('winds gusting to 90 km/h'), not "
    "the vehicle's",
    "offset": "how long before or after another moment ('sailed on two days later'), not the "
    "journey's duration",
    "part": "a figure for each part or for each day or week ('turns of 5 km each', '200 km per "
    "stage', 'trains 130 km a week'), not the whole journey",
    "usual": "how long such a journey often or usually takes ('often spending 12 hours or more "
    "on the way'), not this journey",
    "other": "a figure of another journey, route or vehicle named beside this one "
    "('destinations as far away as Auckland, a 17-hour flight'), not this journey",
    "quoted": "a duration inside a quotation (a speaker's 'it takes two days', 'for 30 years'), "
    "not the report's own figure for the journey",
}


@dataclass(frozen=True)
class Rule:
    """Quantity of one of ``kinds`` (and, if set, ``units``) whose words before (``before``,
    searched in the ``window`` characters before the figure, 40 unless the row says) or after
    (``after``, matched right after it and its conversion) say it is ``relation``, unless the
    words before match ``unless``."""

    relation: str
    kinds: frozenset[str]
    before: re.Pattern | None = None
    after: re.Pattern | None = None
    units: frozenset[str] | None = None
    unless: re.Pattern | None = None
    id: str = ""  # stable id for the rule-coverage report; default: relation#position
    both: bool = False  # the words before and those after must both match
    window: int = 40  # how many characters before the figure ``before`` and ``unless`` read


def _steps(
    steps: list | None, lists: dict[str, list[str]], cased: bool = False
) -> re.Pattern | None:
    """A table pattern compiled (in any case unless ``cased``): a list is a choice of words
    (``@name`` takes in a shared list), ``{"opt": [...]}`` one of those words and white space
    or nothing, a string the character-level glue around them (see the table's ``_about``)."""
    if steps is None:
        return None

    def words(ws: list[str]) -> str:
        flat = [w for x in ws for w in (lists[x[1:]] if x.startswith("@") else (x,))]
        return "(?:" + words_pattern(flat) + ")"

    out = []
    for step in steps:
        if isinstance(step, str):
            out.append(step)
        elif isinstance(step, dict):
            out.append("(?:" + words(step["opt"]) + r"\s+)?")
        else:
            out.append(words(step))
    return re.compile("".join(out), 0 if cased else re.IGNORECASE)


_LISTS = rule_lists("qualifiers")


def _side(row: dict, side: str) -> re.Pattern | None:
    """One side (``before``, ``after``, ``unless``...) of a table row, compiled."""
    return _steps(row.get(side), _LISTS, side in row.get("cased", ()))


def _rule(row: dict) -> Rule:
    return Rule(
        row["relation"],
        frozenset(row["kinds"]),
        before=_side(row, "before"),
        after=_side(row, "after"),
        units=frozenset(row["units"]) if row.get("units") else None,
        unless=_side(row, "unless"),
        id=row["id"],
        both=bool(row.get("both")),
        window=int(row.get("window", 40)),
    )


#: Rules in the order they are tried (``georoute/data/rules/qualifiers.json``).
RULES: tuple[Rule, ...] = tuple(_rule(r) for r in rule_rows("qualifiers") if not r.get("fallback"))
_FALLBACK = {r["id"]: r for r in rule_rows("qualifiers") if r.get("fallback")}


@dataclass(frozen=True)
class _Gate:
    """Strings one of which every match of a pattern holds (:func:`required_strings`), and
    whether they are lower-case (the pattern ignores case): a lead holding none of them is not
    searched. None: no gate, the pattern is always searched."""

    strings: tuple[str, ...] | None
    folds: bool

    @classmethod
    def of(cls, rx: re.Pattern | None) -> _Gate:
        found = None if rx is None else required_strings(rx)
        return cls(found, rx is not None and bool(rx.flags & re.IGNORECASE))

    def open(self, near: str, low: str | None) -> bool:
        """False only when ``near`` (``low``: it lower-cased, None when it holds a character of
        ``FOLD_ODD``) holds none of the strings, so that no match lies in it."""
        if self.strings is None:
            return True
        if self.folds:
            if low is None:
                return True
            near = low
        return any(map(near.__contains__, self.strings))


#: Per rule of ``RULES``, the gates of its words before and of its ``unless`` (the words after
#: are matched at one place, which costs little; those before are searched in a window).
_GATES: tuple[tuple[_Gate, _Gate], ...] = tuple(
    (_Gate.of(r.before), _Gate.of(r.unless)) for r in RULES
)


#: Per rule of ``RULES``, its words before and its ``unless`` as patterns for the lower-cased
#: window (``text.document.lower_twin``; None where there is none).
_TWINS: tuple[tuple[re.Pattern | None, re.Pattern | None], ...] = tuple(
    (
        lower_twin(r.before) if r.before is not None else None,
        lower_twin(r.unless) if r.unless is not None else None,
    )
    for r in RULES
)
_Row = tuple[Rule, _Gate, _Gate, "re.Pattern | None", "re.Pattern | None"]
#: Per kind and unit of quantity: the rules of ``RULES`` that apply to it, in order, with their
#: gates (read off the table once per kind and unit, not tried rule by rule for every figure).
_APPLICABLE: dict[tuple[str, str], tuple[_Row, ...]] = {}


def _applicable(kind: str, unit: str) -> tuple[_Row, ...]:
    """The rules for a quantity of ``kind`` in ``unit``, with their gates and the twins of
    their patterns, in table order."""
    rows = _APPLICABLE.get((kind, unit))
    if rows is None:
        rows = _APPLICABLE[kind, unit] = tuple(
            (rule, before, unless, *twins)
            for rule, (before, unless), twins in zip(RULES, _GATES, _TWINS, strict=True)
            if kind in rule.kinds and (rule.units is None or unit in rule.units)
        )
    return rows


@dataclass(frozen=True)
class _Plan:
    """The rules for a quantity of one kind and unit (:func:`_applicable`), and which of them
    :func:`not_travel` needs to try: ``tried`` (by position) are those that may fire whatever
    their gate says (words after that decide alone, or words before with no gate); the others
    fire only when their gate is open. ``gates`` lists, per window and whether the gate reads
    the lower-cased window, each gate string with the rules whose gate it opens."""

    rows: tuple[_Row, ...]
    tried: frozenset[int]
    gates: tuple[tuple[int, bool, dict[str, tuple[int, ...]]], ...]
    #: the words after of every rule they may fire alone, as one alternation (or None): when
    #: it does not match after a figure, no such rule fires by its words after
    any_after: re.Pattern | None = None
    #: the gates read in the lower-cased window, read in one scan of the widest of their
    #: windows (``scan_window`` characters): ``scan`` finds, at every position, the longest
    #: gate string that starts there, and ``opens`` gives, per such string, for each window
    #: the rules that it or a string it opens ("later": "late") opens (see :func:`_scanner`)
    scan: re.Pattern | None = None
    scan_window: int = 0
    opens: dict[str, tuple[tuple[int, frozenset[int]], ...]] = field(default_factory=dict)
    #: the rules of ``tried`` whose words before are searched whatever the gates say (they
    #: have no gate): with those their gates open, the only rules that may fire when no
    #: words after match after the figure (read once per kind and unit, not per figure)
    searched: frozenset[int] = frozenset()


_PLANS: dict[tuple[str, str], _Plan] = {}


def _longest_tree(words: set[str]) -> str:
    """A pattern that matches, at a position, the longest of ``words`` that starts there (the
    words written letter by letter, their shared openings once; a word that ends where longer
    ones go on is an optional ending, tried first)."""

    def tree(ws: list[str]) -> str:
        groups: dict[str, list[str]] = {}
        for w in ws:
            if w:
                groups.setdefault(w[0], []).append(w[1:])
        if not groups:
            return ""
        alts = [re.escape(c) + tree(rest) for c, rest in sorted(groups.items())]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in ws else body

    return tree(sorted(words))


def _scanner(
    gates: dict[tuple[int, bool], dict[str, list[int]]],
) -> tuple[re.Pattern | None, int, dict[str, tuple[tuple[int, frozenset[int]], ...]]]:
    """The one scan of the gates read in the lower-cased window (see :class:`_Plan`): a string
    lies in a window when it starts in it, and the strings that start where another does are
    the openings of the longest one, so the longest found at each position says them all."""
    folded = {window: by_string for (window, folds), by_string in gates.items() if folds}
    if not folded:
        return None, 0, {}
    strings = {w for by_string in folded.values() for w in by_string}
    opens: dict[str, tuple[tuple[int, frozenset[int]], ...]] = {}
    for s in strings:
        per_window: dict[int, set[int]] = {}
        for window, by_string in folded.items():
            for t in by_string:
                if s.startswith(t):
                    per_window.setdefault(window, set()).update(by_string[t])
        opens[s] = tuple((w, frozenset(ks)) for w, ks in sorted(per_window.items()))
    return re.compile(f"(?=({_longest_tree(strings)}))"), max(folded), opens


def _alternation(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One pattern that matches at a position exactly where one of ``patterns`` does (None
    when there are none, or when they differ in flags or hold groups, which an alternation
    could renumber)."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(p.groups for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:  # (a global inline flag inside one of them)
        return None


def _plan(kind: str, unit: str) -> _Plan:
    """The :class:`_Plan` of a kind and unit (read off the table once per kind and unit)."""
    plan = _PLANS.get((kind, unit))
    if plan is None:
        rows = _applicable(kind, unit)
        tried = frozenset(
            k
            for k, (rule, before, _, _, _) in enumerate(rows)
            if (rule.before is not None and before.strings is None)
            or (rule.after is not None and not rule.both)
        )
        gates: dict[tuple[int, bool], dict[str, list[int]]] = {}
        for k, (rule, before, _, _, _) in enumerate(rows):
            if rule.before is None or before.strings is None:
                continue  # (no gate: its words after decide, or it is always tried)
            by_string = gates.setdefault((rule.window, before.folds), {})
            for w in before.strings or ():
                by_string.setdefault(w, []).append(k)
        plan = _PLANS[kind, unit] = _Plan(
            rows,
            tried,
            tuple(
                (window, folds, {w: tuple(ks) for w, ks in by_string.items()})
                for (window, folds), by_string in gates.items()
            ),
            _alternation(
                [rule.after for rule, *_ in rows if rule.after is not None and not rule.both]
            ),
            *_scanner(gates),
            searched=frozenset(
                k for k in tried if rows[k][0].before is not None and rows[k][1].strings is None
            ),
        )
    return plan


def _search(rx: re.Pattern, twin: re.Pattern | None, near: str, low: str | None):
    """``rx.search(near)``, on the lower-cased window ``low`` by ``twin`` when there are both."""
    return rx.search(near) if twin is None or low is None else twin.search(low)


def _lowered(near: str) -> str | None:
    """``near`` lower-cased, or None when it holds a character of ``FOLD_ODD`` (see _Gate)."""
    return near.lower() if folds_plainly(near) else None


#: "from" a figure "to" another of its kind: where a change starts.
_FROM = _side(_FALLBACK["former.from_to"], "before")
_CHANGE_TO = _side(_FALLBACK["former.from_to"], "between")
#: A short length describes the leg only when a verb of travel takes it or a journey word follows.
_LENGTH_TRAVELLED_BEFORE = _side(_FALLBACK["length.unit"], "before")
_LENGTH_TRAVELLED_AFTER = _side(_FALLBACK["length.unit"], "after")
#: ... unless a craft's noun follows it: "rowed a 7-metre boat" sizes the boat.
_LENGTH_SIZED = _side(_FALLBACK["length.unit"], "sized")
#: Months and years are a journey's duration only with a journey's words around them.
_SPAN_UNITS = frozenset(_FALLBACK["span.unit"]["units"])
_SPAN_JOURNEY_BEFORE = _side(_FALLBACK["span.unit"], "before")
_SPAN_JOURNEY_AFTER = _side(_FALLBACK["span.unit"], "after")
_SPAN_WINDOW = int(_FALLBACK["span.unit"].get("window", 40))


#: Quotation marks that open a quote (straight double quotes open and close alike).
_OPEN_QUOTES = ("\u201c", "\u201e", "\u00ab")
_CLOSE_QUOTES = ("\u201d", "\u00bb")


def in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation of its paragraph: after an odd number of
    straight double quotes, or after more opening than closing curly quotes.

    >>> t = 'He said: "It takes two days." It took 20 hours.'
    >>> in_quote(t, t.index("two")), in_quote(t, t.index("20"))
    (True, False)
    """
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    if '"' in para and para.count('"') % 2 == 1:
        return True
    opened = sum(para.count(q) for q in _OPEN_QUOTES)
    return opened > 0 and opened > sum(para.count(q) for q in _CLOSE_QUOTES)


#: Between two figures of one list: "14 days for single adults and 42 days", "two and three".
#: The first number of a range of which only the last was read with the unit: "two or " of
#: "two or three days" (the words before the range qualify the whole of it).
_RANGE_HEAD = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s*(?:or|to)\s+$",
    re.IGNORECASE,
)
_LIST_AND = re.compile(r"(?:\s+for\s+(?:[a-z'’-]+\s+){1,3}?|\s*,?\s+)(?:and|or)\s+")


#: The bracket that closes a figure's conversion before a word of size: "20 miles (32 km) wide".
_CONVERSION_CLOSE = re.compile(r"\s*\)(?P<rest>\s+(?:wide|deep|high|tall)\b)")


def not_travel(text: str, quantities: list[Quantity], i: int) -> str | None:
    """Why quantity ``i`` describes no leg ("stay", "former", ...), or None.

    >>> from georoute.text.quantities import find_quantities
    >>> t = "He will stay for four days. The line cut travel time from two days to under 10 hours."
    >>> qs = find_quantities(t)
    >>> [not_travel(t, qs, i) for i in range(len(qs))]
    ['stay', 'former', None]
    """
    q = quantities[i]
    head = _RANGE_HEAD.search(text, max(0, q.start - 16), q.start)
    start = head.start() if head else q.start  # "delayed for two or three days": from "two"
    lead = text[max(0, start - 40) : start]
    tail = (
        quantities[i + 1].end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i
        else q.end
    )
    if tail != q.end and (close := _CONVERSION_CLOSE.match(text, tail)) is not None:
        # "20 miles (32 km) wide": a breadth, a depth or a height read past the bracket's close
        # (only those: the other rules' words after were written for the close before them)
        tail = close.start("rest")
    # each window read once, with its lower-cased twin, however many rules read it
    windows = {40: (lead, _lowered(lead))}

    def window(size: int) -> tuple[str, str | None]:
        near_low = windows.get(size)
        if near_low is None:
            near = text[max(0, start - size) : start]
            near_low = windows[size] = (near, _lowered(near))
        return near_low

    # the gates that their strings open (the strings found in C: most gates are shut) ...
    plan = _plan(q.kind, q.unit)
    opened: set[int] = set()
    widest = window(plan.scan_window)[1] if plan.scan is not None else None
    if widest is not None:
        # the gates of the lower-cased windows in one scan of the widest (the windows all end
        # at the figure: a string found at ``at`` lies in those that reach back to it)
        first = max(0, start - plan.scan_window)
        for m in plan.scan.finditer(widest):
            at = m.start() + first
            for size, ks in plan.opens[m.group(1)]:
                if at >= start - size:
                    opened |= ks
    for size, folds, by_string in plan.gates:
        if folds and widest is not None:
            continue  # (read by the scan)
        near, low = window(size)
        if folds and low is None:  # (no gate of the lower-cased window is shut then)
            opened.update(k for ks in by_string.values() for k in ks)
            continue
        for w in filter((low if folds else near).__contains__, by_string):
            opened.update(by_string[w])
    # ... and only the rules that may fire tried, in table order; a rule whose words before
    # are not read (none, or a shut gate) fires only by its words after, and when none of the
    # rules' words after match after the figure (one match for them all), it is passed over
    rows = plan.rows
    after_any = plan.any_after is None or plan.any_after.match(text, tail) is not None
    for k in sorted((plan.tried if after_any else plan.searched) | opened):
        rule, before, unless, before_low, unless_low = rows[k]
        if not after_any and (
            rule.before is None or (before.strings is not None and k not in opened)
        ):
            continue
        near, low = window(rule.window)
        hit = (
            rule.before is not None
            and (before.strings is None or k in opened)  # (the gate, as ``_Gate.open``)
            and _search(rule.before, before_low, near, low)
        )
        if bool(hit) == rule.both:  # the words after decide: alone, or with those before
            hit = rule.after is not None and rule.after.match(text, tail)
        if hit and not (
            rule.unless is not None
            and unless.open(near, low)
            and _search(rule.unless, unless_low, near, low)
        ):
            fired(f"relations:{rule.id or rule.relation}")
            return rule.relation
    prev = next(
        (quantities[j] for j in range(i - 1, -1, -1) if quantities[j].same_as is None), None
    )
    if (
        prev is not None
        and prev.kind == q.kind
        and _LIST_AND.fullmatch(text, prev.end, q.start)
        and (shared := not_travel(text, quantities, quantities.index(prev))) is not None
    ):
        # "shelter stays of 14 days for single adults and 42 days for families": a list's
        # second figure is what its first is
        fired("relations:list.shares")
        return shared
    nxt = next(
        (quantities[j] for j in range(i + 1, len(quantities)) if quantities[j].same_as is None),
        None,
    )
    if (
        nxt is not None
        and nxt.kind == q.kind
        and _FROM.search(lead)
        and _CHANGE_TO.match(text[q.end : nxt.start])
    ):
        fired("relations:former.from_to")
        return "former"
    if q.unit in LENGTH_UNITS and (
        _LENGTH_SIZED.match(text, tail)
        or not (_LENGTH_TRAVELLED_BEFORE.search(lead) or _LENGTH_TRAVELLED_AFTER.match(text, tail))
    ):
        fired("relations:length.unit")
        return "length"
    if q.unit in _SPAN_UNITS and not (
        _SPAN_JOURNEY_BEFORE.search(text[max(0, start - _SPAN_WINDOW) : start])
        or _SPAN_JOURNEY_AFTER.match(text, tail)
    ):
        fired("relations:span.unit")
        return "span"
    return None
