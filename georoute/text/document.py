"""One annotated document per article, built once: tokens with character offsets, sentences,
clauses, words and capitalised runs, the dateline and (after the place stage) the place
mentions. Every later stage asks it ("the sentence of", "the tokens before", "the clause of")
instead of slicing characters.

Tokens come from spaCy's rule-based English tokenizer (``spacy.blank("en")``: no statistical
model, nothing downloaded), extended with the project's abbreviations; sentences from the
project's own boundary rule over those tokens (spaCy's sentencizer would not split after an
abbreviation that ends a sentence, "arrived at 6:45 p.m. He returned"). Long texts are read in
sections below ``nlp.max_length``, and whitespace-free runs in short pieces (the tokenizer's
affix rules are quadratic in the length of a run).

>>> d = annotate("It left St. Louis at 6:45 p.m. He returned to Washington, D.C. on Monday.")
>>> [d.text[a:z] for a, z in d.sentences]
['It left St. Louis at 6:45 p.m.', 'He returned to Washington, D.C. on Monday.']
>>> d.text[slice(*d.sentence_of(d.text.index("Monday")))][:11]
'He returned'
>>> d.tokens_before(d.text.index("Monday"), 3)
[',', 'D.C.', 'on']
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import compress, count
from typing import TYPE_CHECKING, Any

from georoute.base.folding import FOLD_ODD, folds_plainly
from georoute.base.lazy import cached_property
from georoute.base.modes import (
    MAX_SPEED_KMH,
    MODE_WORDS,
    PEOPLE_WORDS,
    SHARED_WORDS,
    SUBMODES,
    submodes_in,
)
from georoute.text.tokens import Token, tokenize

if TYPE_CHECKING:
    from georoute.geo.mentions import Mention

#: The two-word names of a mode other than "on foot" (counted on its own), by their words.
MODE_PAIRS = {
    tuple(w.split(" ")): m for w, m in MODE_WORDS.items() if w.count(" ") == 1 and w != "on foot"
}
_PAIR_FIRSTS = frozenset(a for a, _ in MODE_PAIRS)
#: Words before a mode word that deny the vehicle: "no road connection", "without a car".
_DENIED = frozenset(["no", "without"])
#: Words after "ran" that make it no travel verb: "ran aground", "ran out of fuel".
_NOT_RUNNING = frozenset({"aground", "out", "short", "dry", "low", "afoul", "foul"})
_SUBMODE_OF = {sm.id: sm.mode for sm in SUBMODES}
#: Words a few tokens before travellers' word that make them a vehicle's load, not how they
#: travel: "it carried 18 passengers - hikers, two researchers", "ferried pilgrims".
_CARRIED = frozenset({"passengers", "carried", "carrying", "carries", "ferried", "ferrying"})
#: Words right before vehicles that a vehicle carries ("carrying 180 passengers along with crates
#: of fruit and motorcycles", "laden with cars").
_CARGO = frozenset({"carrying", "carried", "carries", "laden", "loaded"})
#: Words that end the clause a cargo word governs.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def _carried_before(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` follows a cargo word in its clause, within 12 words:
    "carrying 180 passengers in hammocks along with crates of fruit and motorcycles"."""
    for j in range(k - 1, max(-1, k - 13), -1):
        if words[j] in _CLAUSE_ENDS:
            return False
        if words[j] in _CARGO:
            return True
    return False


__all__ = [
    "FOLD_ODD",
    "MAX_SENTENCE",
    "MODE_PAIRS",
    "MODE_WORDS",
    "ArticleText",
    "Gated",
    "annotate",
    "finditer_at_superset",
    "lower_superset",
    "search_at_superset",
    "sentence_spans",
    "words",
]


@cache
def words() -> dict[str, Any]:
    """The document layer's word lists (``georoute/data/words.json``)."""
    return json.loads(files("georoute").joinpath("data/words.json").read_text(encoding="utf-8"))


_NEVER_END = frozenset(words()["abbreviations_never_end"])
_MAY_END = frozenset(words()["abbreviations_may_end"])
_OPENERS = frozenset(words()["sentence_openers"])
_CLAUSE_BREAKS = frozenset(words()["clause_breaks"])
#: Nouns that make a vehicle's word before them a place's name: "bus station", "ferry terminal".
_FACILITY_NOUNS = frozenset(words()["facility_nouns"])
#: Initialisms written with dots ("p.m.", "U.S.", "D.C."): they may end a sentence.
#: A count before a hyphen: "six-car", "10-coach" (carriages of a train, not a mode).
_COUNT = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+")
_LETTERS = re.compile(r"[A-Za-z]+")
_ENDERS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’)")
_OPENING_QUOTES = "\"'“‘("

#: ``FOLD_ODD`` (``base.folding``): characters that a case-insensitive pattern matches to an
#: ASCII letter but ``str.lower`` does not lower to it: see :meth:`ArticleText.may_hold`.


@dataclass(frozen=True)
class Gated:
    """A regular expression with its gate: words every match of it holds, so that a text
    holding none of them is not searched. The two are declared together, and
    ``tests/extraction/test_extract.py`` checks, for every gated pattern of the extractor, that
    its matches (generated from the pattern and found in the test articles) hold a gate word.
    A case-insensitive pattern's words are lower-case ASCII, found in any case.

    >>> g = Gated(re.compile(r"\\b(?:head|went)\\s+north\\b", re.IGNORECASE), ("head", "went"))
    >>> g.search("They WENT north.").group(), g.search("They sailed north."), g.may_match("sailed")
    ('WENT north', None, False)
    """

    rx: re.Pattern[str]
    words: tuple[str, ...]
    #: whether the pattern ignores case (its words are then found in any case)
    folds: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folds", bool(self.rx.flags & int(re.IGNORECASE)))
        if not self.words or not all(self.words):
            raise ValueError(f"a gate needs words, not {self.words!r}")
        if self.folds and not all(w.isascii() and w == w.lower() for w in self.words):
            raise ValueError(
                f"a case-insensitive pattern's gate words are lower-case ASCII: {self.words!r}"
            )

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False only when ``text[start:end]`` holds none of the words, so no match lies there."""
        end = len(text) if end is None else end
        part = text if start == 0 and end >= len(text) else text[start:end]
        if self.folds:
            if not folds_plainly(part):
                return True
            part = part.lower()
        return any(map(part.__contains__, self.words))

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``rx.search(text, start, end)``, skipped when the gate says no match can be there."""
        end = len(text) if end is None else end
        return self.rx.search(text, start, end) if self.may_match(text, start, end) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``rx.finditer(text)``, skipped when the text holds none of the words."""
        return self.rx.finditer(text) if self.may_match(text) else iter(())

    def findall(self, text: str) -> list[Any]:
        """``rx.findall(text)``, skipped when the text holds none of the words."""
        return self.rx.findall(text) if self.may_match(text) else []


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive ``rx`` as a case-sensitive pattern for the lower-cased text: at the
    same offsets, the same matches in a text that holds no character of ``FOLD_ODD`` (there,
    lower-casing keeps each character one character, a word character or not, a digit or not,
    a space or not, and the characters a case-insensitive pattern matches to an ASCII letter
    are those that lower to it), found several times more quickly (the regex engine folds the
    case of every character a case-insensitive pattern reads). None when ``rx`` is
    case-sensitive, sets flags inside, or writes a letter that is upper-case or not ASCII (in a
    literal or a class): then the two could differ. Read the matched words off the original
    text, by offset.

    >>> lower_twin(re.compile("(?:left|departed) from", re.IGNORECASE)).pattern
    '(?:left|departed) from'
    >>> lower_twin(re.compile("[A-Z]+ from", re.IGNORECASE)), lower_twin(re.compile("x"))
    (None, None)
    """
    if not rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # pragma: no cover - a Python without the parser module
        return None

    def plain(code: int) -> bool:  # a character the case of which cannot matter
        ch = chr(code)
        return ch == ch.lower() and (ch.isascii() or not ch.isalpha())

    def fits(seq) -> bool:
        for op, av in seq:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if not plain(av):
                    return False
            elif op is c.IN:
                for o, v in av:
                    if o is c.LITERAL and not plain(v):
                        return False
                    if o is c.RANGE and not (v[1] < 128 and all(map(plain, range(v[0], v[1] + 1)))):
                        return False
                    if o not in (c.LITERAL, c.RANGE, c.CATEGORY, c.NEGATE):
                        return False
            elif op is c.SUBPATTERN:
                if av[1] or av[2] or not fits(av[3]):
                    return False
            elif op is c.BRANCH:
                if not all(fits(p) for p in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
                if not fits(av[2]):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not fits(av[1]):
                    return False
            elif op is getattr(c, "ATOMIC_GROUP", None):
                if not fits(av):
                    return False
            elif op not in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
                return False
        return True

    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except re.error:  # pragma: no cover - it compiled once
        return None
    if not fits(parsed):
        return None
    twin = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    return None if twin.flags & re.IGNORECASE else twin  # (an inline "(?i)" stays)


#: A capital a case-insensitive pattern requires as written ("a name follows"), and what reads
#: it in the lower-cased text: any lower-case letter (a capital lowers to one of them).
_CASED_CAPITAL, _LOWERED_CAPITAL = "(?-i:[A-Z])", "[a-z]"


def lower_superset(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive ``rx`` that requires capitals (``(?-i:[A-Z])``, which keeps it
    from a :func:`lower_twin`), a case-sensitive pattern for the lower-cased text that matches
    at every offset where ``rx`` matches (and maybe at more): ``rx``'s twin with each such
    capital read as any lower-case letter. It finds, quickly, the only offsets where ``rx``
    may match (:func:`search_at_superset`). None when there is no such twin, or when ``rx``
    may match an empty string.

    >>> rx = re.compile(r"\\bcalled\\s+at\\s+(?-i:[A-Z])", re.IGNORECASE)
    >>> lower_superset(rx).pattern
    '\\\\bcalled\\\\s+at\\\\s+[a-z]'
    """
    if not rx.flags & re.IGNORECASE or _CASED_CAPITAL not in rx.pattern:
        return None
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # pragma: no cover - a Python without the parser module
        return None
    capital = [(c.IN, [(c.RANGE, (ord("A"), ord("Z")))])]

    def capitals(seq) -> int:  # how many ``(?-i:[A-Z])`` the parsed pattern holds
        n = 0
        for op, av in seq:
            if op is c.SUBPATTERN:
                if av[1] == 0 and av[2] == re.IGNORECASE and list(av[3]) == capital:
                    n += 1
                else:
                    n += capitals(av[3])
            elif op is c.BRANCH:
                n += sum(capitals(p) for p in av[1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                n += capitals(av[2])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                n += capitals(av[1])
        return n

    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except re.error:  # pragma: no cover - it compiled once
        return None
    # (each written capital is one the parser reads as such: none inside a class or escaped)
    if parsed.getwidth()[0] == 0 or capitals(parsed) != rx.pattern.count(_CASED_CAPITAL):
        return None
    return lower_twin(re.compile(rx.pattern.replace(_CASED_CAPITAL, _LOWERED_CAPITAL), rx.flags))


def search_at_superset(
    rx: re.Pattern[str],
    superset: re.Pattern[str],
    text: str,
    low: str,
    pos: int = 0,
    endpos: int | None = None,
) -> re.Match[str] | None:
    """``rx.search(text, pos, endpos)``, ``rx`` tried only at the offsets where ``superset``
    (its :func:`lower_superset`) matches in ``low`` (``text`` lower-cased, holding no
    character of ``FOLD_ODD``): the same match, the first of ``rx`` from ``pos`` on."""
    endpos = len(text) if endpos is None else endpos
    while True:
        at = superset.search(low, pos, endpos)
        if at is None:
            return None
        m = rx.match(text, at.start(), endpos)
        if m is not None:
            return m
        pos = at.start() + 1


def finditer_at_superset(
    rx: re.Pattern[str], superset: re.Pattern[str], text: str, low: str
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` by :func:`search_at_superset` (``rx`` matches no empty string:
    each match is searched for from the end of the one before)."""
    pos = 0
    while (m := search_at_superset(rx, superset, text, low, pos)) is not None:
        yield m
        pos = m.end()


def word_starts(text: str, words: Iterable[str]) -> list[int]:
    """The offsets at which one of ``words`` stands in ``text``, in order, each once (found by
    ``str.find``, in C: a few literal words are found in a text far more quickly than a pattern
    is tried at each of its characters).

    >>> word_starts("he went, then went on", ("went", "then"))
    [3, 9, 14]
    """
    found: set[int] = set()
    for w in words:
        k = text.find(w)
        while k >= 0:
            found.add(k)
            k = text.find(w, k + 1)
    return sorted(found)


def finditer_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern every match of which starts at one of the sorted
    offsets ``starts`` (the :func:`word_starts` of the words its matches open with) and none of
    which is empty: ``rx`` is tried at those offsets only, left to right, each after the last
    match's end, as ``finditer`` reads; not at every character of the text (which a pattern
    that opens with a word boundary, a look-around or a class of common letters costs).

    >>> rx = re.compile(r"\\b(?:went|head(?:ed)?)\\s+(\\w+)")
    >>> t = "They headed north and went home; he went west."
    >>> [m.group(1) for m in finditer_at(rx, t, word_starts(t, ("went", "head")))]
    ['north', 'home', 'west']
    """
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)) is not None:
            end = m.end()
            yield m


#: The most strings :func:`required_strings` gives (more cost more to look for than they save).
_REQUIRED_LIMIT = 48


def required_strings(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``rx`` holds, read off the pattern's parsed form
    (lower-case when ``rx`` ignores case; ASCII only), or None when the pattern gives none:
    a gate derived from the pattern itself, for patterns kept as data whose words are not
    declared beside them. A text (lower-cased for a case-insensitive pattern, and holding no
    character of ``FOLD_ODD``) that holds none of them holds no match.

    Literal runs, choices of words, optional parts and groups are read; any other part (a
    class, a repetition, a flag set inside) ends a run of literals, and each run every match
    goes through is a candidate: the one kept is the fewest strings of at least four letters
    (a string that holds another is left out: "stays" when "stay" is there).

    >>> required_strings(re.compile(r"\\b(?:won|win)\\s+(?:by|of)\\s+$", re.IGNORECASE))
    ('win', 'won')
    >>> required_strings(re.compile(r"\\b(?:stay|stays|stayed)\\s+for", re.IGNORECASE))
    ('stay',)
    >>> required_strings(re.compile(r"\\bspent\\s+(?:some\\s+)?$", re.IGNORECASE))
    ('spent',)
    >>> required_strings(re.compile(r"(?:stayed|held)\\s+for|\\bduring\\s+the\\s+visit"))
    ('during', 'held', 'stayed')
    >>> required_strings(re.compile(r"\\s+\\d+")) is None
    True
    """
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # pragma: no cover - a Python without the parser module
        return None
    fold = bool(rx.flags & re.IGNORECASE)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

    def char(code: int) -> str | None:
        ch = chr(code)
        if fold and not ch.isascii():
            return None  # (a case-insensitive non-ASCII letter has forms ``lower`` misses)
        return ch.lower() if fold else ch

    def product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
        out = frozenset(x + y for x in a for y in b)
        return out if len(out) <= _REQUIRED_LIMIT else None

    def exact(seq) -> frozenset[str] | None:
        """Every text a match of ``seq`` can consume, when they are few (assertions consume
        nothing), else None."""
        out: frozenset[str] | None = frozenset([""])
        for op, av in seq:
            e = exact_node(op, av)
            if e is None or out is None:
                return None
            out = product(out, e)
        return out

    def exact_node(op, av) -> frozenset[str] | None:
        if op is c.LITERAL:
            ch = char(av)
            return None if ch is None else frozenset([ch])
        if op is c.IN:
            if not all(o is c.LITERAL for o, _ in av):
                return None
            chars = [char(v) for _, v in av]
            return None if None in chars else frozenset(chars)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return frozenset([""])
        if op is c.SUBPATTERN:
            _, add, drop, p = av
            return None if add or drop else exact(p)
        if op is c.BRANCH:
            out: set[str] = set()
            for p in av[1]:
                e = exact(p)
                if e is None:
                    return None
                out |= e
            return frozenset(out) if len(out) <= _REQUIRED_LIMIT else None
        if op in repeats:
            lo, hi, p = av
            if hi > 3:
                return None
            item, power = exact(p), frozenset([""])
            if item is None:
                return None
            out = set()
            for k in range(hi + 1):
                if k >= lo:
                    out |= power
                if k < hi and (power := product(power, item)) is None:
                    return None
            return frozenset(out) if len(out) <= _REQUIRED_LIMIT else None
        return None

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        a, b = shortest(a), shortest(b)
        if a is None or "" in a:
            return None if b is None or "" in b else b
        if b is None or "" in b:
            return a
        key = lambda s: (min(min(map(len, s)), 4), -len(s))  # noqa: E731
        return a if key(a) >= key(b) else b

    def shortest(found: frozenset[str] | None) -> frozenset[str] | None:
        """The strings less those that hold another (a text holding "stays" holds "stay")."""
        if found is None:
            return None
        return frozenset(s for s in found if not any(o != s and o in s for o in found))

    def required(seq) -> frozenset[str] | None:
        best = None
        run: frozenset[str] = frozenset([""])
        for op, av in seq:
            e = exact_node(op, av)
            if e is not None and (joined := product(run, e)) is not None:
                run = joined
                continue
            best = better(best, run)
            if e is not None:
                run = e
            else:
                run = frozenset([""])
                best = better(best, required_node(op, av))
        return better(best, run)

    def required_node(op, av) -> frozenset[str] | None:
        if op is c.SUBPATTERN:
            _, add, drop, p = av
            return None if add or drop else required(p)
        if op is c.BRANCH:
            out: set[str] = set()
            for p in av[1]:
                r = required(p)
                if r is None:
                    return None
                out |= r
            return frozenset(out) if len(out) <= _REQUIRED_LIMIT else None
        if op in repeats and av[0] >= 1:
            return required(av[2])
        return None

    try:
        found = required(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - a form this reading does not know: no gate
        return None
    if found is None or "" in found or not all(s.isascii() for s in found):
        return None
    return tuple(sorted(found))


#: Longer "sentences" (lists, tables, junk) are cut into pieces so that work per claim stays bounded.
MAX_SENTENCE = 600
#: Sections handed to the tokenizer at once (spaCy refuses texts above ``nlp.max_length``).
SECTION = 100_000
#: Whitespace-free runs longer than this are tokenized in pieces of this length.
LONG_RUN = 64
_LONG = re.compile(rf"\S{{{LONG_RUN + 1},}}")


#: Bumped when the way the tokenizer's special cases are chosen changes: the tables cached in
#: the cache folder are keyed by it, by spaCy's version and by the abbreviations.
_RULES_FORMAT = 1
#: Lexemes the tokenizer's vocabulary may gain before it is replaced by a fresh one: spaCy adds
#: every new word to its vocabulary (and every new whitespace-free run to its cache) for good,
#: so a long corpus would grow them without end.
VOCAB_LIMIT = 10_000


@dataclass(frozen=True)
class _Reader:
    """What the document layer reads with: spaCy's tokenizer (``make_doc`` as in a pipeline)."""

    tokenizer: Any
    #: lexemes in the vocabulary when built (those of the special cases)
    fresh: int = 0

    @property
    def vocab(self) -> Any:
        return self.tokenizer.vocab

    def make_doc(self, text: str) -> Any:
        return self.tokenizer(text)


def _tokenizer(rules: dict[str, list[str]]) -> Any:
    """spaCy's English tokenizer (the prefix, suffix, infix and token rules of
    ``spacy.blank("en")``) with ``rules`` as its special cases (form -> pieces), no URL rule,
    and a plain vocabulary (no lexical attributes: only token offsets are read)."""
    from spacy import util
    from spacy.lang.en import English
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    d = English.Defaults
    return Tokenizer(
        Vocab(),
        rules={form: [{ORTH: p} for p in pieces] for form, pieces in rules.items()},
        prefix_search=util.compile_prefix_regex(d.prefixes).search,
        suffix_search=util.compile_suffix_regex(d.suffixes).search,
        infix_finditer=util.compile_infix_regex(d.infixes).finditer,
        token_match=d.token_match,
        url_match=None,
    )


def _chosen_rules() -> dict[str, list[str]]:
    """The special cases the project's tokenizer keeps: spaCy's English ones, plus the
    project's abbreviations (each stays one token: "Supt.", "approx.", "etc."), less those
    that split their text as the other rules do anyway ("\\n", "It's", "N.Y."): spaCy caches no
    run read after a special case in the same text, and a line break is one, so they cost the
    tokenizer its cache. Slow (every form is tokenized, the tables loaded a few times): the
    result is cached (:func:`_rules`)."""
    from spacy.lang.en import English
    from spacy.symbols import ORTH

    rules = {
        form: [p[ORTH] for p in pieces]
        for form, pieces in English.Defaults.tokenizer_exceptions.items()
    }
    tokenizer = _tokenizer(rules)
    for abbr in sorted(_NEVER_END | _MAY_END):
        form = abbr + "."
        if len(tokenizer(form)) != 1:
            rules[form] = [form]
    tokenizer = _tokenizer({})
    dropped = {f for f, pieces in rules.items() if [t.text for t in tokenizer(f)] == pieces}
    while True:  # put back any dropped rule the kept ones would not reproduce
        kept = {f: v for f, v in rules.items() if f not in dropped}
        tokenizer = _tokenizer(kept)
        wrong = {f for f in dropped if [t.text for t in tokenizer(f)] != rules[f]}
        if not wrong:
            return kept
        dropped -= wrong


def _rules() -> dict[str, list[str]]:
    """:func:`_chosen_rules`, read from the cache folder when a run has chosen them before with
    the same spaCy and abbreviations (``spacy-rules-*.json``; rebuilt when unreadable)."""
    import hashlib
    import os

    import spacy

    from georoute.base.fileio import cache_dir

    key = json.dumps([_RULES_FORMAT, spacy.__version__, sorted(_NEVER_END | _MAY_END)])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    path = None
    try:
        path = cache_dir() / f"spacy-rules-{digest}.json"
        cached = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and all(
            isinstance(v, list) and "".join(v) == f for f, v in cached.items()
        ):
            return cached
    except (OSError, ValueError):
        pass
    rules = _chosen_rules()
    if path is not None:
        try:
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # an unwritable cache costs the next run the choice again, nothing more
    return rules


@cache
def _nlp() -> _Reader:
    """The tokenizer the document layer reads with: spaCy's rule-based English tokenizer
    (``spacy.blank("en")``'s rules, no statistical model, nothing downloaded) with the special
    cases of :func:`_chosen_rules`, without its URL rule (a URL is no claim, and the rule is tried
    on every whitespace-free run). Built from the cached special cases, without the rest of
    spaCy's pipeline machinery. The tokens of the test texts are those of the full tokenizer
    (``tests/text/test_document.py``)."""
    tokenizer = _tokenizer(_rules())
    return _Reader(tokenizer, len(tokenizer.vocab))


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` to tokenize apart: sections of at most ``SECTION`` characters cut at a
    line break or a space, and long whitespace-free runs cut into ``LONG_RUN`` pieces."""
    out: list[tuple[int, int]] = []
    pos = 0

    def sections(a: int, z: int) -> None:
        while z - a > SECTION:
            cut = text.rfind("\n", a + SECTION // 2, a + SECTION)
            if cut < 0:
                cut = text.rfind(" ", a + SECTION // 2, a + SECTION)
            cut = cut + 1 if cut >= 0 else a + SECTION
            out.append((a, cut))
            a = cut
        if z > a:
            out.append((a, z))

    # a run this long is rare: the spaces, then the split (in C), say whether there may be one
    # before the search
    long_runs = (
        len(text) > LONG_RUN and not _spaced(text) and max(map(len, text.split())) > LONG_RUN
    )
    for m in _LONG.finditer(text) if long_runs else ():
        sections(pos, m.start())
        out.extend((k, min(k + LONG_RUN, m.end())) for k in range(m.start(), m.end(), LONG_RUN))
        pos = m.end()
    sections(pos, len(text))
    return out


def _spaced(text: str) -> bool:
    """Whether every ``LONG_RUN + 1`` characters of ``text`` hold a space (then it has no run
    longer than ``LONG_RUN`` without white space): the last space of each such window found
    from the one before, some forty look-ups of a page of news where its split makes hundreds
    of words. False says only that a window holds no space (a line break may still cut it).

    >>> _spaced("a b " * 40), _spaced("x" * 65), _spaced("x" * 64 + " y")
    (True, False, True)
    """
    i, n, width = 0, len(text), LONG_RUN + 1
    while i + width <= n:
        k = text.rfind(" ", i, i + width)
        if k < 0:
            return False
        i = k + 1
    return True


#: A lone surrogate (text from ``texts=`` or a lenient decoder): spaCy cannot encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _tokens(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of spaCy's tokens, whitespace tokens included (a lone surrogate is
    read as U+FFFD, one character for one, so the offsets are the text's own)."""
    from spacy.attrs import IDX, LENGTH

    nlp = _nlp()
    try:
        text.encode("utf-8")  # much quicker than the search when, as usual, there is none
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    starts: list[int] = []
    ends: list[int] = []
    for a, z in _pieces(text):
        arr = nlp.make_doc(text[a:z]).to_array([IDX, LENGTH])
        if len(arr):
            s = (arr[:, 0] + a).tolist()
            starts.extend(s)
            ends.extend((arr[:, 0] + arr[:, 1] + a).tolist())
    if (
        len(nlp.vocab) > nlp.fresh + VOCAB_LIMIT
    ):  # a fresh vocabulary: memory stays flat over a corpus
        _nlp.cache_clear()
    return starts, ends


def _opener_after(text: str, starts: list[int], ends: list[int], j: int) -> bool:
    """Whether the first word from token ``j`` on opens sentences ("He", "The", "Mr.")."""
    while j < len(starts):
        w = text[starts[j] : ends[j]]
        if not w.isspace() and w not in _OPENING_QUOTES:
            m = _LETTERS.match(w)
            return bool(m and m.group() in _OPENERS)
        j += 1
    return False


def _ends_sentence(text: str, starts: list[int], ends: list[int], i: int) -> bool:
    """Whether token ``i`` (ending in a full stop, "!", "?" or "…") ends a sentence; the stop of
    an abbreviation does not ("St. Louis"), that of an initialism only before a sentence
    opener ("at 6:45 p.m. He returned")."""
    w = text[starts[i] : ends[i]]
    if w[-1] != ".":
        return True
    j = i  # the whole whitespace-free word the stop closes ("km/h.", "(St.")
    while j and ends[j - 1] == starts[j] and not text[starts[j] - 1].isspace():
        j -= 1
    word = text[starts[j] : ends[i]].lstrip(_OPENING_QUOTES)
    if word[:-1] in _NEVER_END:
        return False
    if word[:-1] in _MAY_END or _INITIALISM.fullmatch(word):
        return _opener_after(text, starts, ends, i + 1) or (
            word.casefold() in _CLOCK_MARKS
            and _new_sentence_after_clock(text, starts, ends, i + 1)
            # "the 7:15 a.m. Frecciarossa": a time before a name it qualifies
            and not _ATTRIBUTIVE_CLOCK.search(text, max(0, starts[j] - 30), starts[j])
        )
    return True


#: A clock time after a determiner or a possessive names the service that follows it ("The
#: 8:30 a.m. Greyhound from ...", "Monday's 6 p.m. Eurostar"): no sentence ends at its "a.m.".
_ATTRIBUTIVE_CLOCK = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)|['’]s)\s+"
    r"\d{1,2}(?:[:.]\d{2})?\s*$"
)


#: The marks that close a clock time: after them a capitalised common word opens a sentence
#: ("left at 9 p.m. High-speed trains ..."), a zone or a place's clock does not ("9 p.m. ET",
#: "9 p.m. Tokyo time", "9 a.m. Monday").
_CLOCK_MARKS = frozenset(["a.m.", "p.m."])
_CLOCK_CONTINUES = re.compile(
    r"\s*(?:[A-Z]{1,5}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?i:time)\b)"
)


def _new_sentence_after_clock(text: str, starts: list[int], ends: list[int], j: int) -> bool:
    """Whether the word after a clock time's "p.m." is a capitalised word that goes on no
    time: neither a zone, a weekday, a date nor a place's clock ("Tokyo time")."""
    if j >= len(starts):
        return False
    at = starts[j]
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text) or not text[at].isupper():
        return False
    return _CLOCK_CONTINUES.match(text, at) is None


#: A character that ends a sentence, or a line break: the tokens :func:`sentence_spans` reads.
_BREAK = re.compile("[" + re.escape("".join(sorted(_ENDERS))) + "\n]")


def _breaking_tokens(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """The indexes, in order, of the tokens that may end a sentence: those whose last character
    is one of ``_ENDERS`` and those that hold a line break (found from those characters in the
    text, in C: a sentence's other tokens need no look)."""
    found: set[int] = set()
    for m in _BREAK.finditer(text):
        c = m.start()
        if text[c] == "\n":
            found.add(bisect.bisect_right(starts, c) - 1)  # the token holding the line break
        else:
            i = bisect.bisect_left(ends, c + 1)  # the token this character ends, if one does
            if i < len(ends) and ends[i] == c + 1:
                found.add(i)
    found.discard(-1)
    return sorted(found)


def sentence_spans(
    text: str, starts: list[int] | None = None, ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` spans: ends at a line break, or after a
    full stop, "!", "?" or "…" (one closing quote or bracket may follow) that whitespace
    follows and no abbreviation owns; a sentence longer than ``MAX_SENTENCE`` is cut at spaces.

    >>> t = "He said: \\"Go.\\" They went by train (to Rome). Then home\\nNext line"
    >>> [t[a:z] for a, z in sentence_spans(t)]
    ['He said: "Go.', 'They went by train (to Rome).', 'Then home', 'Next line']
    """
    if starts is None or ends is None:
        starts, ends = _tokens(text)
    bounds: list[tuple[int, int]] = []
    begin = 0  # where the current sentence starts
    n = len(starts)
    for i in _breaking_tokens(text, starts, ends):
        s, e = starts[i], ends[i]
        last = text[e - 1]
        if last == "\n" or (last.isspace() and "\n" in text[s:e]):
            if begin <= s:  # (a stop just before took the line break in)
                cut = text.index("\n", s)
                if cut > begin:
                    bounds.append((begin, cut))
                begin = text.rindex("\n", s, e) + 1
            continue
        if last not in _ENDERS:
            continue
        k = e
        if i + 1 < n and starts[i + 1] == e and text[e : ends[i + 1]] in _CLOSERS:
            k = ends[i + 1]
        if k >= len(text) or not text[k].isspace():
            continue  # a stop inside a word or a figure, or a stop followed by more punctuation
        if not _ends_sentence(text, starts, ends, i):
            continue
        if e > begin:
            bounds.append((begin, e))
        begin = k
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text):
        bounds.append((begin, len(text)))
    out = []
    for a, z in bounds:
        while a < z and text[a].isspace():
            a += 1
        while z > a and text[z - 1].isspace():
            z -= 1
        if a == z:
            continue
        while z - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append((a, cut))
            a = cut
        out.append((a, z))
    return out


#: A figure written as one word ("one-hour", "12-hour", "340-km") or with its unit, then the
#: noun it qualifies: what ``ArticleText.mode_near`` reads before a vehicle's word.
_FIGURE_THEN_NOUN = re.compile(r"[\w.,'’-]+-[\w'’]+\s+|[\d.,]+[\s-]+[a-z]+\s+")


@dataclass
class ArticleText:
    """An article's text read once: tokens (spaCy, whitespace tokens left out), sentences,
    words that can be names, capitalised runs, the dateline, and the place mentions once the
    place stage has found them (``mentions``, in text order)."""

    text: str
    dateline: dt.date | None
    token_starts: list[int]
    token_ends: list[int]
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._sent_starts = [a for a, _ in self.sentences]

    @cached_property
    def words(self) -> list[Token]:
        """The words that can be (part of) names, for the place stage (``namespans.tokenize``)."""
        return tokenize(self.text)

    @cached_property
    def mention_starts(self) -> list[int]:
        """Where each place mention starts (in text order)."""
        return [m.start for m in self.mentions]

    def with_mentions(self, mentions: list[Mention]) -> ArticleText:
        """This document with its place mentions (in text order)."""
        self.mentions = list(mentions)
        self.__dict__.pop("mention_starts", None)
        return self

    # sentences -------------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int | None:
        """The index of the sentence holding offset ``pos``, or None (between sentences)."""
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return i
        return None

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (a window of ``MAX_SENTENCE`` characters
        around it when it lies between sentences)."""
        i = self.sentence_index(pos)
        if i is not None:
            return self.sentences[i]
        return max(0, pos - MAX_SENTENCE // 2), min(len(self.text), pos + MAX_SENTENCE // 2)

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The span of the sentence before the one holding ``pos``, or None (``pos`` opens the
        text's first sentence, or lies between sentences)."""
        i = self.sentence_index(pos)
        return self.sentences[i - 1] if i else None

    # tokens ----------------------------------------------------------------------------------
    def token_range(self, a: int, z: int) -> range:
        """Indexes of the tokens lying in ``[a, z)``."""
        return range(
            bisect.bisect_left(self.token_starts, a), bisect.bisect_left(self.token_starts, z)
        )

    def tokens_between(self, a: int, z: int) -> list[str]:
        """The tokens lying in ``[a, z)`` (their text)."""
        t = self.text
        return [t[self.token_starts[k] : self.token_ends[k]] for k in self.token_range(a, z)]

    def tokens_before(self, pos: int, n: int) -> list[str]:
        """Up to ``n`` tokens ending at or before ``pos``, within its sentence, nearest last."""
        a, _ = self.sentence_of(pos)
        k = bisect.bisect_right(self.token_ends, pos)
        lo = max(bisect.bisect_left(self.token_starts, a), k - n)
        return [self.text[self.token_starts[j] : self.token_ends[j]] for j in range(lo, k)]

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last semicolon or relative word
        ("that", "which", "where", "while", "when") before it in its sentence.

        >>> d = annotate("The train arrived in Kazan, which Putin visited on Monday.")
        >>> d.text[d.clause_start(d.text.index("Monday")):].strip()
        'Putin visited on Monday.'
        """
        a, _ = self.sentence_of(pos)
        for k in reversed(self.token_range(a, pos)):
            if self.token_ends[k] <= pos and (
                self.text[self.token_starts[k] : self.token_ends[k]] in _CLAUSE_BREAKS
            ):
                return self.token_ends[k]
        return a

    # words -----------------------------------------------------------------------------------
    @cached_property
    def _lower(self) -> str | None:
        """The text lower-cased, or None when it holds a character of ``FOLD_ODD``."""
        return self.text.lower() if folds_plainly(self.text) else None

    def may_hold(self, *words: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the text (its ``[start, end)`` part) may hold one of ``words`` (lower-case
        ASCII) in any case: False only when the lower-cased text holds none of them, so that a
        case-insensitive pattern every match of which holds one of them need not be searched.

        >>> d = annotate("The train headed NORTH.")
        >>> d.may_hold("north", "south"), d.may_hold("west"), d.may_hold("train", end=9)
        (True, False, True)
        """
        low = self._lower  # as long as the text: only "İ" lengthens, and it is in FOLD_ODD
        if low is None:
            return True
        part = low if start == 0 and (end is None or end >= len(low)) else low[start:end]
        return any(map(part.__contains__, words))

    def may_match(self, gated: Gated, start: int = 0, end: int | None = None) -> bool:
        """Whether ``gated``'s gate is open in ``[start, end)`` of the text (the words of a
        case-insensitive gate are found in the text lower-cased once)."""
        if not gated.folds:
            return gated.may_match(self.text, start, end)
        low = self._lower
        if low is None:
            return True
        part = low if start == 0 and (end is None or end >= len(low)) else low[start:end]
        return any(map(part.__contains__, gated.words))

    def search(self, gated: Gated, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``gated``'s search in ``[start, end)`` of the text, skipped when its gate is shut.

        >>> d = annotate("The convoy HEADED north.")
        >>> g = Gated(re.compile(r"\\bheaded\\s+(north|south)", re.IGNORECASE), ("headed",))
        >>> d.search(g).group(1), d.search(g, end=10), d.may_match(g, end=10)
        ('north', None, False)
        """
        end = len(self.text) if end is None else end
        return gated.rx.search(self.text, start, end) if self.may_match(gated, start, end) else None

    def finditer(self, gated: Gated) -> Iterator[re.Match[str]]:
        """Every match of ``gated`` in the text, none searched when its gate is shut."""
        return gated.rx.finditer(self.text) if self.may_match(gated) else iter(())

    def finditer_lower(
        self, gated: Gated, twin: re.Pattern[str] | None, opening: bool = False
    ) -> Iterator[re.Match[str]]:
        """:meth:`finditer`, by ``twin`` (:func:`lower_twin` of ``gated.rx``) in the lower-cased
        text when there is one: the same matches at the same offsets, found several times more
        quickly, their groups lower-cased (read the words off the text by offset). With
        ``opening`` (every match of the pattern opens with one of its gate's words), the twin
        is tried only where those words stand (:func:`finditer_at`)."""
        low = self._lower
        if twin is None or low is None:
            return self.finditer(gated)
        if opening:
            return finditer_at(twin, low, word_starts(low, gated.words))
        return twin.finditer(low) if self.may_match(gated) else iter(())

    @cached_property
    def _mode_words(
        self,
    ) -> tuple[list[int], list[str], list[int], list[int], list[str], list[bool], list[bool]]:
        """The indexes of the tokens that name a travel mode, their modes, the indexes of the
        "on" of "on foot", the first words of two-word names with their modes, and whether each
        mode word is a verb that vehicles share or names travellers (read once for every span
        :meth:`mode_in` is asked about)."""
        t = self.text
        low = t.casefold()
        if len(low) == len(t):  # each character folds to one: the words are slices of it
            words = [low[s:e] for s, e in zip(self.token_starts, self.token_ends, strict=True)]
        else:  # a character folds to several ("ß"): word by word
            words = [
                t[s:e].casefold() for s, e in zip(self.token_starts, self.token_ends, strict=True)
            ]
        # the words that name a mode, found in C (a look-up a word); the tests below run on
        # those few only
        named = compress(count(), map(MODE_WORDS.__contains__, words))
        at = [
            k
            for k in named
            for w in (words[k],)
            # (not the cars of "a six-car train": a count of its carriages)
            if not (k >= 2 and words[k - 1] == "-" and _COUNT.fullmatch(words[k - 2]))
            # (nor a word that only qualifies the vehicle named right after it: "a road bike",
            # "a car ferry", "the train ferry" name a bicycle and ferries)
            # (nor the "ran" of "ran aground", "ran out of fuel": no running)
            and not (w in SHARED_WORDS and k + 1 < len(words) and words[k + 1] in _NOT_RUNNING)
            # (nor a vehicle denied: "a town that has no road connection", "without a car",
            # "no direct flights")
            and not (k >= 1 and words[k - 1] in _DENIED)
            and not (k >= 2 and words[k - 2] == "no" and words[k - 1].isalpha())
            # (nor the vehicle of someone who watched: "was spotted by a Frontex aircraft",
            # "escorted by two navy ships")
            and not _watched_by(words, k)
            # (nor vehicles carried as cargo: "with 900 passengers and 180 lorries on board")
            and not (k + 1 < len(words) and words[k + 1] == "aboard")
            # (nor travellers a vehicle carries: "carried 18 passengers - hikers, ...")
            and not (w in PEOPLE_WORDS and not _CARRIED.isdisjoint(words[max(0, k - 4) : k]))
            and not (k + 2 < len(words) and words[k + 1] == "on" and words[k + 2] == "board")
            # (nor vehicles a vehicle carries: "carrying ... crates of fruit and motorcycles")
            and not (w not in PEOPLE_WORDS and _carried_before(words, k))
            and not (
                k + 1 < len(words)
                and words[k + 1] in MODE_WORDS
                and MODE_WORDS[words[k + 1]] != MODE_WORDS[w]
                and words[k + 1] not in SHARED_WORDS
                and words[k + 1] not in PEOPLE_WORDS
            )
        ]
        modes = [MODE_WORDS[words[k]] for k in at]
        weak = [words[k] in SHARED_WORDS for k in at]
        people = [words[k] in PEOPLE_WORDS for k in at]
        # (a word the text lower-cased does not hold is no token: those scans are skipped then)
        feet = (
            [
                k - 1
                for k in compress(count(), map("foot".__eq__, words))
                if k and words[k - 1] == "on"
            ]
            if "foot" in low
            else []
        )
        # two-word names of a mode ("touched down", "air ambulance"), at their first word
        pairs = (
            [
                (k, MODE_PAIRS[w, words[k + 1]])
                for k in compress(count(), map(_PAIR_FIRSTS.__contains__, words[:-1]))
                for w in (words[k],)
                if (w, words[k + 1]) in MODE_PAIRS
            ]
            if MODE_PAIRS and any(map(low.__contains__, _PAIR_FIRSTS))
            else []
        )
        return at, modes, feet, [k for k, _ in pairs], [m for _, m in pairs], weak, people

    def _modes_named(self, a: int, z: int) -> tuple[list[tuple[int, str, bool]], int]:
        """The mode words of the tokens in ``[a, z)`` other than the verbs vehicles share with
        runners, as (token index, mode, whether the word names travellers): single words in the
        text's order, then two-word names ("touched down"), then "on foot"; and how many shared
        verbs ("ran") the span holds."""
        span = self.token_range(a, z)
        at, modes, feet, two_at, two_modes, weak, people = self._mode_words
        lo, hi = bisect.bisect_left(at, span.start), bisect.bisect_left(at, span.stop)
        named = [
            (k, m, p)
            for k, m, w, p in zip(at[lo:hi], modes[lo:hi], weak[lo:hi], people[lo:hi], strict=True)
            if not w
        ]
        shared = hi - lo - len(named)
        t_lo, t_hi = (
            bisect.bisect_left(two_at, span.start),
            bisect.bisect_left(two_at, span.stop - 1),
        )
        if t_hi > t_lo:
            # a word inside a two-word name counts as that name only ("cars" of "sleeping cars")
            seconds = {k + 1 for k in two_at[t_lo:t_hi]}
            named = [x for x in named if x[0] not in seconds]
        named += [
            (k, m, False) for k, m in zip(two_at[t_lo:t_hi], two_modes[t_lo:t_hi], strict=True)
        ]
        f_lo, f_hi = bisect.bisect_left(feet, span.start), bisect.bisect_left(feet, span.stop - 1)
        named += [(k, MODE_WORDS["on foot"], False) for k in feet[f_lo:f_hi]]
        if len(named) > 1:
            # a vehicle's word that names a place ("set out from the central bus station ...
            # on foot") gives way to the other modes the span names
            places = [x for x in named if self._names_a_facility(x[0])]
            if places and len(places) < len(named):
                named = [x for x in named if x not in places]
        return named, shared

    def _names_a_facility(self, k: int) -> bool:
        """Whether the mode word at token ``k`` names a place by the word after it ("bus
        station", "ferry terminal", "train depot")."""
        if k + 1 >= len(self.token_starts):
            return False
        nxt = self.text[self.token_starts[k + 1] : self.token_ends[k + 1]].casefold()
        return nxt in _FACILITY_NOUNS

    def mode_in(self, a: int, z: int) -> str | None:
        """The travel mode the words of ``[a, z)`` name most often ("train", "air"...; a tie
        goes to the mode named first, two-word names ("touched down") and then "on foot" counting
        after the single words)."""
        named, shared = self._modes_named(a, z)
        if not named and shared:
            # only a verb that trains and buses share with runners: the vehicle the span names
            # ("the Nozomi ran"), else the mode the whole text names by other words, else running
            vehicles = {_SUBMODE_OF[sm] for sm in submodes_in(self.text[a:z])}
            if len(vehicles) == 1:
                return vehicles.pop()
            whole = self._strong_mode
            return whole if whole is not None else MODE_WORDS["ran"]
        return _most_named(named)

    def mode_near(self, pos: int) -> str | None:
        """The travel mode of a figure at ``pos``: its sentence's (:meth:`mode_of_sentence`),
        unless the sentence names two modes or more by vehicles or verbs; then the mode named
        last before the figure ("walked to the station and boarded a train that covered 500
        km": the train; "drove to the airport and flew 1,200 km": the flight)."""
        a, z = self.sentence_of(pos)
        own = self.mode_of_sentence(pos)
        # (a word that names travellers, "their drivers", counts as a mode the sentence names
        # but names no vehicle for the figure)
        named, _ = self._modes_named(a, z)
        if len({m for _, m, _ in named}) < 2:
            return own
        before = self.token_range(a, pos).stop
        # a figure written as the adjective of the vehicle or the trip right after it ("a
        # one-hour flight", "a 12-hour train ride"): that one's mode
        for k, m, p in named:
            if not p and before <= k < before + 6:
                between = self.text[pos : self.token_starts[k]]
                if _FIGURE_THEN_NOUN.fullmatch(between):
                    return m
        vehicles = [(k, m) for k, m, p in named if k < before and not p]
        if vehicles:
            return max(vehicles)[1]
        # no vehicle named before the figure ("at 300 km/h: pilgrims swap buses for bullet
        # trains"): when unsure, the fastest of the vehicles named, whose limit allows the most
        after = {m for _, m, p in named if not p}
        return max(after, key=lambda m: (MAX_SPEED_KMH.get(m, 0.0), m)) if after else own

    @cached_property
    def _strong_mode(self) -> str | None:
        """The mode the whole text names most often by words other than the verbs vehicles
        share with runners ("ran"), or None."""
        return _most_named(self._modes_named(0, len(self.text))[0])

    @cached_property
    def sea_or_air(self) -> str:
        """Of the sea and the air, the mode the whole text names more often ("ship" or "air"):
        the way a figure in knots or nautical miles went when its sentence names a land mode
        ("cruised at 140 knots" in a bush flight's story that also speaks of driving); the air,
        whose limit allows the most, when the text names neither or both as often."""
        named = Counter(m for _, m, p in self._modes_named(0, len(self.text))[0] if not p)
        return "ship" if named["ship"] > named["air"] else "air"

    def mode_of_sentence(self, pos: int) -> str | None:
        """The travel mode of the sentence holding ``pos`` (computed once per sentence)."""
        i = self.sentence_index(pos)
        key = i if i is not None else -1 - pos
        cache = self.__dict__.setdefault("_modes", {})
        if key not in cache:
            a, z = self.sentence_of(pos)
            cache[key] = self.mode_in(a, z) or _by_vehicle(self.text, a, z)
        return cache[key]

    # places ----------------------------------------------------------------------------------
    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The place mentions starting in ``[lo, hi)``."""
        starts = self.mention_starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


#: Verbs of watching whose agent's vehicle is not the traveller's: "spotted by a Frontex
#: aircraft", "escorted by a navy frigate" (not "rescued by a helicopter", which then carries).
_WATCHERS = frozenset(
    [
        "spotted",
        "seen",
        "sighted",
        "intercepted",
        "escorted",
        "tracked",
        "located",
        "photographed",
        "filmed",
        "followed",
        "shadowed",
        "detected",
        "monitored",
        "observed",
        "buzzed",
        "accompanied",
        "shepherded",
        "guided",
    ]
)
#: Words before a vehicle's word that make it a companion's, not the traveller's: "his
#: support boat", "an escort kayak", "the pilot boat", "a chase car".
_COMPANION = frozenset(
    ["support", "escort", "escorting", "pilot", "safety", "chase", "accompanying"]
)


def _watched_by(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` names the vehicle of a watcher or a companion: "by" up to
    three words before it, a verb of ``_WATCHERS`` right before that; or a word of
    ``_COMPANION`` right before it ("a support boat")."""
    if k >= 1 and words[k - 1] in _COMPANION:
        return True
    for j in range(1, 4):
        if k - j < 1:
            return False
        if words[k - j] == "by":
            return words[k - j - 1] in _WATCHERS
        if words[k - j] in (".", ",", ";"):
            return False
    return False


#: A vehicle named as the means of travel: "by helicopter", "by a chartered catamaran" (not
#: the agent of a passive: "owned by the freight carriers", "hit by a car").
_BY_VEHICLE = re.compile(
    r"(?<!owned )(?<!operated )(?<!run )(?<!built )(?<!made )(?<!hit )(?<!struck )"
    r"\bby\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+)?[\w-]+\b",
    re.IGNORECASE,
)


#: What every match of ``_BY_VEHICLE`` holds ("by" in any case, then a space; only ASCII
#: letters fold to "b" and "y"): a sentence without it is not scanned by that pattern, whose
#: look-behinds are tried at every position.
_BY_GATE = re.compile(r"[bB][yY]\s")


def _by_vehicle(text: str, a: int, z: int) -> str | None:
    """The mode of the one kind of vehicle ``[a, z)`` names after "by", for a sentence with no
    mode word of its own ("the group was ferried to Hilsa by helicopter"), else None."""
    if _BY_GATE.search(text, a, z) is None:
        return None
    by = " ".join(m.group() for m in _BY_VEHICLE.finditer(text, a, z))
    vehicles = {_SUBMODE_OF[sm] for sm in submodes_in(by)} if by else set()
    return vehicles.pop() if len(vehicles) == 1 else None


def _most_named(named: list[tuple[int, str, bool]]) -> str | None:
    """The mode of ``named`` (from ``ArticleText._modes_named``) that comes most often, the
    first named among equals (as ``Counter.most_common``), or None."""
    found = [m for _, m, _ in named]
    return max(dict.fromkeys(found), key=found.count) if found else None


def annotate(text: str, dateline: dt.date | None = None) -> ArticleText:
    """Read ``text`` once: tokens, sentences (see ``sentence_spans``) and its dateline."""
    starts, ends = _tokens(text)
    sentences = sentence_spans(text, starts, ends)
    # spaCy cuts the text into runs of whitespace and runs of other characters before any
    # other rule: a token is all whitespace or holds none, so its first character tells
    kept = [not text[a].isspace() for a in starts]
    return ArticleText(
        text, dateline, list(compress(starts, kept)), list(compress(ends, kept)), sentences
    )
