"""Where names can be in a text: words, capitalised runs, and the words around them that
open sentences, give titles or join names ("Santiago de Compostela")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from georoute.base.places import Place
from georoute.base.rules import rule_row
from georoute.base.words import CALENDAR_WORDS
from georoute.geo.resolution import Resolution
from georoute.text.tokens import Token, tokenize

if TYPE_CHECKING:  # the gazetteer reads contexts with the mention finder, built on this module
    from georoute.geo.gazetteer import Gazetteer

__all__ = ["Mention", "Token", "capital_runs", "joined", "title_before", "tokenize", "trimmed"]

_POSSESSIVE = re.compile(r"['’]s?$")


def _words(rid: str) -> frozenset[str]:
    """A word list of ``georoute/data/rules/names.json``."""
    return frozenset(rule_row("names", rid)["words"])


#: Titles and ranks before a person's name.
TITLES = _words("titles")
CALENDAR = CALENDAR_WORDS
COMPASS_WORDS = _words("compass")
CONNECTORS = _words("connectors")
#: Words after which a name is a place even where it is elsewhere part of a person's name.
LOCATIVES = _words("locatives")
#: "St. Louis": an abbreviation whose full stop stays inside the name.
NAME_PREFIXES = _words("name_prefixes")


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


def joined(text: str, a: Token, b: Token) -> bool:
    """True when b follows a inside one name: a single space or hyphen between them."""
    gap = text[a.end : b.start]
    if gap in (". ", ".\u00a0") and a.capital and a.text.casefold() in NAME_PREFIXES:
        return True  # "St. Louis", "Mt. Vernon"
    return not a.possessive and gap in (" ", "-", "\u00a0")


def capital_runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens (indexes), broken by punctuation and possessives."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, tok in enumerate(tokens):
        if (
            cur
            and tok.text in CONNECTORS
            and i + 1 < len(tokens)
            and tokens[i + 1].capital
            and tokens[i + 1].text.casefold() not in CALENDAR  # "Tapachula on Monday"
            and joined(text, tokens[cur[-1]], tok)
            and joined(text, tok, tokens[i + 1])
        ):
            cur.append(i)  # "Santiago de Compostela", "Stratford upon Avon"
        elif tok.capital and tok.text.casefold() not in CALENDAR:
            if cur and joined(text, tokens[cur[-1]], tok):
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
OPENERS = _words("openers")


#: Last words of the names of organisations and buildings named after a place: "Paris High
#: School", "Alexandria Police", "Toronto Star", "London Stock Exchange".
NAMED_AFTER_PLACE = _words("named_after_place")


def _split_run(run: list[int], tokens: list[Token]) -> list[list[int]]:
    """A run cut where a dateline ends ("LONDON The Latest": the capitals end), before a
    capitalised "The" inside it and after "of" ("Central Bank of Malta")."""
    parts: list[list[int]] = [[run[0]]]
    for prev, i in itertools.pairwise(run):
        a, b = tokens[prev], tokens[i]
        dateline = a.all_caps and len(a.text) >= 3 and not b.all_caps
        if dateline or b.text in ("The", "A", "An") or a.text == "of":
            parts.append([i])
        else:
            parts[-1].append(i)
    # no part starts or ends with a joining word ("CEOs of Europe": "CEOs", "Europe")
    parts = [[i for i in p if tokens[i].text not in CONNECTORS] or p for p in parts]
    return [p for p in parts if p and tokens[p[0]].text not in CONNECTORS]


def _route_parts(run: list[int], tokens: list[Token], text: str, gaz: Gazetteer) -> list[list[int]]:
    """A run that joins known names with hyphens or dashes ("Chicago-Denver", "Amman–Aqaba": a
    route, as headlines write it) cut into those names; any other run as it is."""
    parts: list[list[int]] = [[run[0]]]
    for prev, i in itertools.pairwise(run):
        if text[tokens[prev].end : tokens[i].start] in ("-", "\u2013", "\u2014"):
            parts.append([i])
        else:
            parts[-1].append(i)
    known = len(parts) >= 2 and all(
        gaz.candidates(" ".join(tokens[i].text for i in part), cased=True) for part in parts
    )
    return parts if known else [run]


def trimmed(
    runs: list[list[int]], tokens: list[Token], gaz: Gazetteer, text: str | None = None
) -> list[list[int]]:
    """Runs without a sentence-opening function word, unless the whole run is a known name
    ("The Hague"); a run that is no known name is cut at a dateline's end and before "The",
    and (given the ``text``) between known names joined by hyphens ("Chicago-Denver run").

    >>> toks = tokenize("In Washington today")
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [[toks[i].text for i in r] for r in trimmed(capital_runs("In Washington today", toks), toks, Gazetteer())]
    [['Washington']]
    >>> text = "Electric pickup makes Chicago-Denver run"
    >>> toks = tokenize(text)
    >>> [[toks[i].text for i in r] for r in trimmed(capital_runs(text, toks), toks, Gazetteer(), text)]
    [['Electric'], ['Chicago'], ['Denver']]
    """
    split: list[list[int]] = []
    for run in runs:
        if len(run) >= 2 and not gaz.candidates(" ".join(tokens[i].text for i in run)):
            for part in _split_run(run, tokens):
                split.extend(_route_parts(part, tokens, text, gaz) if text else [part])
        else:
            split.append(run)
    out = []
    for run in split:
        if (
            len(run) >= 2
            and tokens[run[0]].text.casefold() in OPENERS
            and not gaz.candidates(" ".join(tokens[i].text for i in run))
        ):
            run = run[1:]
        out.append(run)
    return out


def title_before(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.start and text[prev.start - 1].isdigit():
        return False  # "his 21st Hobart race": an ordinal, not "St."
    return (
        prev.text.casefold().rstrip(".") in TITLES
        and text[prev.end : tokens[i].start].strip(". ") == ""
    )
