"""Words of a text with their character offsets, as the name finder and the annotated document
read them (an initialism keeps its dots; a possessive is marked, not kept)."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

#: A word; an initialism keeps its dots, the last one too ("U.S.", "W.Va.", "D.C.").
_TOKEN = re.compile(
    r"[^\W\d_]{1,2}\.(?:[^\W\d_]{1,2}\.)+(?![^\W\d_])"
    r"|[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])(?![sS]\b)|\.(?=[^\W\d_]))*"
)


class Token(NamedTuple):
    """A word of the text (a tuple: made by the thousand per article)."""

    start: int
    end: int
    text: str
    possessive: bool
    capital: bool

    @property
    def all_caps(self) -> bool:
        if not self.text.isupper():  # a lower-case letter, or no upper-case one
            return False
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    out = []
    n = len(text)
    make = tuple.__new__  # Token(...) without the keyword handling of its generated __new__
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        poss = False
        if end < n and text[end] in "'’":
            # possessive "Russia's" / plural possessive "States'"
            after = text[end + 1 : end + 2]
            if (
                after in ("s", "S") and not text[end + 2 : end + 3].isalpha()
            ) or not after.isalpha():
                poss = True
        out.append(make(Token, (start, end, word, poss, word[:1].isupper())))
    return out
