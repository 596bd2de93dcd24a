"""The annotated document: tokens, the one sentence splitter, clauses, words, long texts."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from georoute.text.document import (
    LONG_RUN,
    MAX_SENTENCE,
    SECTION,
    _nlp,
    _tokens,
    annotate,
    sentence_spans,
)
from tests.strategies import hostile_text


def _sents(text: str) -> list[str]:
    return [text[a:z] for a, z in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences():
    text = (
        "The train left at 9 a.m. on Sept. 5 from St. Louis. It reached Washington, D.C. at "
        "5 p.m. Mr. Smith said the trip went well. It arrived at 6:45 p.m. He left."
    )
    assert _sents(text) == [
        "The train left at 9 a.m. on Sept. 5 from St. Louis.",
        "It reached Washington, D.C. at 5 p.m.",
        "Mr. Smith said the trip went well.",
        "It arrived at 6:45 p.m.",
        "He left.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. and the U.K. agreed. Talks went on.",
            ["The U.S. and the U.K. agreed.", "Talks went on."],
        ),
        ("Supt. Jones left. Cmdr. Li stayed.", ["Supt. Jones left.", "Cmdr. Li stayed."]),
        ("It runs at 80 km/h. Then it stops.", ["It runs at 80 km/h.", "Then it stops."]),
        ('He said "go." They went.', ['He said "go.', "They went."]),
        ("A headline\nThe body starts here.", ["A headline", "The body starts here."]),
        (
            "It cost 3.5 million. Done!  Next? Yes…\n\nEnd",
            ["It cost 3.5 million.", "Done!", "Next?", "Yes…", "End"],
        ),
        ("The firm, Acme Inc. said so.", ["The firm, Acme Inc. said so."]),
        (
            "It was sold to Acme Inc. The deal closed.",
            ["It was sold to Acme Inc.", "The deal closed."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert _sents(text) == expected


def test_sentences_never_hold_edge_whitespace_and_cover_every_word():
    text = "  First one.   \n\n Second one ends here.\n  third  "
    spans = sentence_spans(text)
    assert [text[a:z] for a, z in spans] == ["First one.", "Second one ends here.", "third"]
    covered = "".join(text[a:z] for a, z in spans)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_long_sentences_are_cut():
    text = ("word " * 400).strip()
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(z - a <= MAX_SENTENCE for a, z in spans)


def test_tokens_carry_offsets_across_sections_and_long_runs():
    para = "The train left Paris for Lyon, a 400 km trip.\n"
    text = para * (SECTION // len(para) + 50) + "x" * (3 * LONG_RUN + 5) + " end."
    starts, ends = _tokens(text)
    assert all(a < z for a, z in zip(starts, ends, strict=True))
    assert all(z <= a for z, a in zip(ends, starts[1:], strict=False))  # in order, no overlap
    words = {text[a:z] for a, z in zip(starts, ends, strict=True) if not text[a:z].isspace()}
    assert {"Paris", "Lyon", "km", "end", "."} <= words
    assert text[starts[-2] : ends[-2]] == "end"


def test_document_queries():
    d = annotate("The train arrived in Kazan, which Putin visited on Monday; then it left.")
    monday = d.text.index("Monday")
    assert d.text[d.clause_start(monday) : monday].strip() == "Putin visited on"
    left = d.text.index("left")
    assert d.text[d.clause_start(left) : left].strip() == "then it"
    assert d.tokens_before(monday, 2) == ["visited", "on"]
    assert d.tokens_between(0, 9) == ["The", "train"]
    assert d.mode_in(0, len(d.text)) == "train"
    assert [w.text for w in d.words][:3] == ["The", "train", "arrived"]


def test_mode_words_count_on_foot():
    d = annotate("They crossed the pass on foot, then walked on.")
    assert d.mode_of_sentence(0) in ("run", "foot")
    assert annotate("No vehicle here.").mode_of_sentence(0) is None


def _mode_counted(d, a: int, z: int) -> str | None:
    """The mode of ``[a, z)`` counted word by word from the span's own tokens."""
    from collections import Counter

    from georoute.base.modes import PEOPLE_WORDS
    from georoute.text.document import _NOT_RUNNING, MODE_WORDS, _carried_before

    toks = [w.casefold() for w in d.tokens_between(a, z)]
    every = [w.casefold() for w in d.tokens_between(0, len(d.text))]
    first = d.token_range(a, z).start
    # the token after each of the span's, in the whole text ("ran" then "aground")
    nxt = [every[first + i + 1] if first + i + 1 < len(every) else "" for i in range(len(toks))]
    prev = [every[first + i - 1] if first + i >= 1 else "" for i in range(len(toks))]
    # (a companion's vehicle, "two support cars", is not the traveller's)
    companion = {"support", "escort", "escorting", "pilot", "safety", "chase", "accompanying"}
    toks = [
        "" if w in MODE_WORDS and p in companion else w for w, p in zip(toks, prev, strict=True)
    ]
    shared = {"ran", "run", "runs", "running"}  # verbs vehicles share with runners
    # (no word that only qualifies another mode's vehicle after it, no "ran" of "ran aground")
    toks = [
        ""
        if (w in shared and n in _NOT_RUNNING)
        or (
            w in MODE_WORDS
            and n in MODE_WORDS
            and MODE_WORDS[n] != MODE_WORDS[w]
            and n not in shared
            and n not in PEOPLE_WORDS
        )
        else w
        for w, n in zip(toks, nxt, strict=True)
    ]
    # (a word inside a two-word name counts as that name only: "cars" of "sleeping cars"; nor
    # a vehicle carried: "carrying ... crates of fruit and motorcycles")
    seconds = {
        i
        for i in range(1, len(toks))
        if f"{toks[i - 1]} {toks[i]}" in MODE_WORDS and f"{toks[i - 1]} {toks[i]}" != "on foot"
    }
    carried = {
        i
        for i, w in enumerate(toks)
        if w in MODE_WORDS and w not in PEOPLE_WORDS and _carried_before(every, first + i)
    }
    singles = ["" if i in carried else w for i, w in enumerate(toks)]
    modes = [
        MODE_WORDS[w]
        for i, w in enumerate(singles)
        if w in MODE_WORDS and w not in shared and i not in seconds
    ]
    # then two-word names ("touched down"), then "on foot"
    modes += [
        MODE_WORDS[f"{w} {v}"]
        for w, v in itertools.pairwise(toks)
        if f"{w} {v}" in MODE_WORDS and f"{w} {v}" != "on foot"
    ]
    modes += [
        MODE_WORDS["on foot"] for w, v in itertools.pairwise(toks) if (w, v) == ("on", "foot")
    ]
    if not modes and any(w in shared and w in MODE_WORDS for w in singles):
        from georoute.base.modes import SUBMODES, submodes_in

        named = {sm.mode for sm in SUBMODES if sm.id in submodes_in(d.text[a:z])}
        if len(named) == 1:
            return named.pop()
        return _mode_counted(d, 0, len(d.text)) if (a, z) != (0, len(d.text)) else "run"
    return Counter(modes).most_common(1)[0][0] if modes else None


def test_the_mode_of_a_span_is_read_from_the_modes_of_the_whole_text():
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("tests/wire/*.txt"))]
    texts.append("On foot, on foot; then by train, on foot by bus on\nfoot, bus, train.")
    spans = 0
    for text in texts:
        d = annotate(text)
        cuts = [0, *range(1, len(text), 97), len(text)]
        for a, z in [*d.sentences, *itertools.pairwise(cuts), (0, len(text)), (5, 5)]:
            assert d.mode_in(a, z) == _mode_counted(d, a, z), (text[a:z], a, z)
            spans += d.mode_in(a, z) is not None
    assert spans > 100


def test_hostile_and_empty_texts():
    for text in ("", " ", "\n\n", "((((" * 5000, "1,234," * 20000, "."):
        d = annotate(text)
        assert all(0 <= a < z <= len(text) for a, z in d.sentences)


def test_a_lone_surrogate_is_read_not_refused():
    """spaCy cannot encode a lone surrogate; the document reads it as one character."""
    from georoute.text.document import annotate

    text = "The train left Berlin.\ud800 It reached Warsaw at 6 p.m. He left."
    doc = annotate(text)
    assert [text[a:z] for a, z in doc.sentences][-1] == "He left."
    assert doc.tokens_between(0, len(text))[:3] == ["The", "train", "left"]


def test_trimmed_tokenizer_keeps_the_full_tokenizers_tokens_on_the_test_texts():
    """The project's tokenizer drops spaCy's URL rule for speed: on every test text the tokens
    are those of the full blank English tokenizer with the same special cases."""
    import spacy
    from spacy.symbols import ORTH

    full = spacy.blank("en")
    for form in _nlp().tokenizer.rules:
        if form not in full.tokenizer.rules:
            full.tokenizer.add_special_case(form, [{ORTH: form}])
    root = Path(__file__).resolve().parents[2]
    paths = [*root.glob("tests/articles/*.txt"), *root.glob("tests/wire/*.txt")]
    paths += root.glob("seeds/*.txt")
    assert len(paths) > 90
    for p in paths:
        text = p.read_text(encoding="utf-8")
        starts, ends = _tokens(text)
        expected = [(t.idx, t.idx + len(t)) for t in full.make_doc(text)]
        assert list(zip(starts, ends, strict=True)) == expected, p.name


@settings(max_examples=150, deadline=None)
@given(hostile_text(with_surrogates=True))
def test_the_words_are_the_tokens_that_hold_no_whitespace(text):
    """The document keeps the tokens that are not whitespace, told by their first character."""
    starts, ends = _tokens(text)
    kept = [(a, z) for a, z in zip(starts, ends, strict=True) if not text[a:z].isspace()]
    d = annotate(text)
    assert list(zip(d.token_starts, d.token_ends, strict=True)) == kept


def test_may_hold_finds_words_in_any_case_and_only_where_asked():
    d = annotate("The train HEADED north from Kazan.")
    assert d.may_hold("head") and d.may_hold("kazan", "nowhere")
    assert not d.may_hold("west", "sail")
    assert d.may_hold("train", start=4, end=9) and not d.may_hold("train", start=5)


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_may_hold_says_yes_when_a_character_folds_oddly(odd):
    # a case-insensitive "sail" matches "ſail", which str.lower leaves as it is
    d = annotate(f"The ferry {odd}ailed at dawn.")
    assert d.may_hold("sail") and d.may_hold("nowhere")


def _mode_words_one_by_one(d):
    """``ArticleText._mode_words`` as first written: each token lower-cased on its own."""
    from georoute.base.modes import PEOPLE_WORDS
    from georoute.text.document import _COUNT, MODE_WORDS

    at, modes, feet, before, before2 = [], [], [], "", ""
    two_at: list[int] = []
    two_modes: list[str] = []
    for k, (s, e) in enumerate(zip(d.token_starts, d.token_ends, strict=True)):
        w = d.text[s:e].casefold()
        if w in MODE_WORDS and not (before == "-" and _COUNT.fullmatch(before2)):
            at.append(k)
            modes.append(MODE_WORDS[w])
        if w == "foot" and before == "on":
            feet.append(k - 1)
        if k and f"{before} {w}" in MODE_WORDS and f"{before} {w}" != "on foot":
            two_at.append(k - 1)
            two_modes.append(MODE_WORDS[f"{before} {w}"])
        before2, before = before, w
    # a mode word that only qualifies the vehicle named right after it ("a road bike")
    lows = [d.text[s:e].casefold() for s, e in zip(d.token_starts, d.token_ends, strict=True)]
    shared_or_people = {"ran", "run", "runs", "running"} | PEOPLE_WORDS
    from georoute.text.document import _NOT_RUNNING

    keep = [
        i
        for i, k in enumerate(at)
        if not (
            lows[k] in {"ran", "run", "runs", "running"}
            and k + 1 < len(lows)
            and lows[k + 1] in _NOT_RUNNING
        )
        and not (
            k + 1 < len(lows)
            and lows[k + 1] in MODE_WORDS
            and MODE_WORDS[lows[k + 1]] != modes[i]
            and lows[k + 1] not in shared_or_people
        )
    ]
    at, modes = [at[i] for i in keep], [modes[i] for i in keep]
    weak = [
        d.text[d.token_starts[k] : d.token_ends[k]].casefold() in {"ran", "run", "runs", "running"}
        for k in at
    ]
    people = [d.text[d.token_starts[k] : d.token_ends[k]].casefold() in PEOPLE_WORDS for k in at]
    return at, modes, feet, two_at, two_modes, weak, people


_MODE_TEXT = [
    "train",
    "Train",
    "BUS",
    "on",
    "foot",
    "by",
    "six",
    "-",
    "car",
    "ß",
    "İ",
    "ferry",
    "touched",
    "down",
    "Took",
    "off",
    "road",
    "bike",
    "runners",
    "ran",
    "aground",
]
_MODE_TEXT += ["flew", "walked", ".", "the", "Σ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_MODE_TEXT), max_size=25))
def test_mode_words_are_those_of_each_token_lower_cased(words):
    d = annotate(" ".join(words))
    assert d._mode_words == _mode_words_one_by_one(d)
