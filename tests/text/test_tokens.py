"""The name finder's word split: the same words as a plain per-letter reading of its rule."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.text.tokens import Token, tokenize

#: The rule as first written: one alternation per letter (slower, the same words).
_REFERENCE = re.compile(
    r"[^\W\d_]{1,2}\.(?:[^\W\d_]{1,2}\.)+(?![^\W\d_])"
    r"|[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])(?![sS]\b)|\.(?=[^\W\d_]))*"
)


def _reference(text: str) -> list[Token]:
    out = []
    n = len(text)
    for m in _REFERENCE.finditer(text):
        word = m.group()
        start, end = m.span()
        poss = False
        if end < n and text[end] in "'’":
            after = text[end + 1 : end + 2]
            if (
                after in ("s", "S") and not text[end + 2 : end + 3].isalpha()
            ) or not after.isalpha():
                poss = True
        out.append(Token(start, end, word, poss, word[:1].isupper()))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZé'’.sS _1\u0130-x\n", max_size=40))
def test_tokenize_reads_the_words_of_the_reference_rule(text):
    assert tokenize(text) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ'.sS _1-x\n9", max_size=40))
def test_tokenize_reads_an_ascii_text_as_the_reference_rule(text):
    # (an ASCII text is split by a pattern of ASCII classes: the same words)
    assert tokenize(text) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ'’.sS _1-x\n9“”—–…\u00a0\u2018é٣", max_size=40))
def test_tokenize_reads_a_text_of_ascii_words_as_the_reference_rule(text):
    # (a text whose characters beyond ASCII are no word characters, curly quotes and dashes, is
    # split by the pattern of ASCII classes too; "é" and the Arabic-Indic three send it back)
    assert tokenize(text) == _reference(text)


def test_tokenize_marks_possessives_and_keeps_initialisms():
    text = "Russia's U.S. allies' O'Neill KIM’S Kim's-house D.C."
    assert tokenize(text) == _reference(text)
    assert [(t.text, t.possessive) for t in tokenize(text) if t.possessive] == [
        ("Russia", True),
        ("allies", True),
        ("KIM", True),
        ("Kim", True),
    ]
