"""Words of a text with their character offsets, as the name finder and the annotated document
read them (an initialism keeps its dots; a possessive is marked, not kept)."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, repeat
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

#: A word; an initialism keeps its dots, the last one too ("U.S.", "W.Va.", "D.C.").
#: Otherwise a letter, then letters and digits, joined by an apostrophe or a dot before a letter
#: ("O'Neill", "Kim's" stops before its "'s"), written as loops without a per-letter alternation.
#: Both forms open with a letter, written once before the alternation: the pattern then opens
#: with a character class, which the regex engine skips to without trying the pattern at every
#: space and stop.
_TOKEN = re.compile(
    r"[^\W\d_](?:[^\W\d_]?\.(?:[^\W\d_]{1,2}\.)+(?![^\W\d_])"
    r"|[^\W_]*(?:(?:['’](?![sS]\b)|\.)[^\W\d_][^\W_]*)*)"
)
#: ``_TOKEN`` as a group: ``split`` yields the text between words and the words in turn.
_WORDS = re.compile(f"({_TOKEN.pattern})")
#: ``_WORDS`` for a text whose word characters are all ASCII ones (:func:`_ascii_classes`),
#: where a letter is one of A-Z and a-z and a word character one of them or a digit: the same
#: pieces, split in about two thirds of the time (a class of ranges is read without the
#: Unicode categories).
_WORDS_ASCII = re.compile(
    _WORDS.pattern.replace(r"[^\W\d_]", "[A-Za-z]").replace(r"[^\W_]", "[A-Za-z0-9]")
)
_APOSTROPHE = re.compile("['’]")
#: A character beyond ASCII (found in C, a scan for a class).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_classes(text: str) -> bool:
    """Whether ``_WORDS_ASCII`` reads ``text`` as ``_WORDS`` does: an ASCII text, or one whose
    characters beyond ASCII are none of them a word character (curly quotes, dashes, a
    non-breaking space: what news copy mostly holds). There a word character is an ASCII one, so
    a letter is one of A-Z and a-z, a letter or a digit one of them or 0-9, as ``_WORDS_ASCII``
    writes them (a word character is one that ``str.isalnum`` accepts, or "_", which is ASCII).

    >>> _ascii_classes("He said: “Go—now.”"), _ascii_classes("Zürich")
    (True, False)
    """
    return text.isascii() or not any(map(str.isalnum, set(_NON_ASCII.findall(text))))


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
    """The words of ``text`` (see ``_TOKEN``), a word right before an apostrophe marked
    possessive ("Russia's", "States'"). The words are read first, then the rare apostrophes.

    >>> [(t.text, t.possessive) for t in tokenize("Russia's U.S. allies' O'Neill")]
    [('Russia', True), ('s', False), ('U.S.', False), ('allies', True), ("O'Neill", False)]
    """
    # The text is cut in C into what lies between words and the words (``_WORDS``: the words
    # are its one group), so the offsets are the running sums of the pieces' lengths, and the
    # tokens are made by ``map`` without a Python loop a word (a tuple's own ``__new__``, not
    # the generated one with its keyword handling).
    pieces = (_WORDS_ASCII if _ascii_classes(text) else _WORDS).split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    capital = [w[0].isupper() for w in words]
    out: list[Token] = list(
        map(
            tuple.__new__,
            repeat(Token),
            zip(offsets[1::2], offsets[2::2], words, repeat(False), capital),
        )
    )
    for a in _APOSTROPHE.finditer(text):
        end = a.start()
        k = bisect.bisect_left(out, (end,)) - 1  # the last word starting before it
        if k < 0 or out[k].end != end:
            continue
        # possessive "Russia's" / plural possessive "States'"
        after = text[end + 1 : end + 2]
        if (after in ("s", "S") and not text[end + 2 : end + 3].isalpha()) or not after.isalpha():
            out[k] = out[k]._replace(possessive=True)
    return out
