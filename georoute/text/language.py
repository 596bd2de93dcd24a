"""Whether an article is in English, the only language georoute reads.

A text of at least ``MIN_WORDS`` words in which English function words ("the", "of", "and",
"said") make up less than ``MIN_SHARE`` of the words is not English: in English news they are
about a third of all words, in French, Spanish, German or Italian news a few per cent (the
words the languages share, "a", "in", "on", are left out of the list).
"""

from __future__ import annotations

import re

__all__ = ["MIN_SHARE", "MIN_WORDS", "english_share", "is_english"]

#: English function words that are not also common words of the other languages of news.
FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "is",
        "was",
        "for",
        "with",
        "at",
        "by",
        "from",
        "that",
        "it",
        "as",
        "his",
        "her",
        "said",
        "were",
        "are",
        "has",
        "have",
        "had",
        "after",
        "its",
        "an",
        "be",
        "this",
        "which",
        "but",
        "not",
        "they",
        "he",
        "she",
        "their",
        "will",
        "would",
        "been",
        "who",
        "than",
        "into",
    ]
)
MIN_WORDS = 40
MIN_SHARE = 0.06
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """(share of English function words among the words, number of words).

    >>> round(english_share("The train left Paris for Lyon and it was late.")[0], 2)
    0.5
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return 0.0, 0
    return sum(w in FUNCTION_WORDS for w in words) / len(words), len(words)


def is_english(text: str) -> bool:
    """False only for a text long enough to tell that is clearly not English.

    >>> is_english("Le train a quitté Paris pour Lyon. " * 10)
    False
    >>> is_english("The train left Paris for Lyon, officials said. " * 10)
    True
    """
    share, n = english_share(text)
    return n < MIN_WORDS or share >= MIN_SHARE
