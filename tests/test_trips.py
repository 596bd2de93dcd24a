"""Trip grouping: the blocked grouping equals the pairwise one, whatever the corpus."""

from __future__ import annotations

import datetime as dt
import random
import re

from hypothesis import given
from hypothesis import strategies as st

from georoute.claims import DocumentClaims, Leg, TripContext
from georoute.trips import MAX_DATELINE_GAP_DAYS, group_trips

#: Names chosen so that whole-word matching matters: "Kim" is in "Kim's" and "Kim-led" but not
#: in "Kimberly"; "Jong-un" is one name of two words; "Lee" is also a word of "Lee-Ann".
NAMES = ("Kim", "Kimberly", "Jong-un", "Lee", "Okafor", "Putin", "Ann")
FILLER = (
    "met",
    "left",
    "arrived",
    "the",
    "Lee-Ann",
    "Kim's",
    "Kim-led",
    "Jong",
    "un",
    "delegation",
)
MODES = (None, "train", "air")


def _reference(docs: list[DocumentClaims], texts: dict[str, str]) -> list[list[str]]:
    """The pairwise grouping, as written before blocking: every document against every group,
    regular expressions over the whole texts."""

    def same(a: DocumentClaims, b: DocumentClaims) -> bool:
        ta, tb = a.trip, b.trip
        if not ta.traveller or not tb.traveller:
            return False
        if not (
            re.search(rf"\b{re.escape(ta.traveller)}\b", texts[b.doc])
            or re.search(rf"\b{re.escape(tb.traveller)}\b", texts[a.doc])
        ):
            return False
        if ta.mode and tb.mode and ta.mode != tb.mode:
            return False
        return not (ta.date and tb.date and abs((ta.date - tb.date).days) > MAX_DATELINE_GAP_DAYS)

    groups: list[list[DocumentClaims]] = []
    for d in sorted(docs, key=lambda x: x.doc):
        for g in groups:
            if all(same(d, o) for o in g):
                g.append(d)
                break
        else:
            groups.append([d])
    return [[d.doc for d in g] for g in groups]


@st.composite
def corpora(draw) -> tuple[list[DocumentClaims], dict[str, str]]:
    n = draw(st.integers(1, 14))
    docs, texts = [], {}
    for i in range(n):
        doc = f"d{draw(st.integers(0, 99)):02d}_{i}"
        traveller = draw(st.one_of(st.none(), st.sampled_from(NAMES)))
        words = draw(st.lists(st.sampled_from(NAMES + FILLER), max_size=8))
        day = draw(st.one_of(st.none(), st.integers(0, 12)))
        date = None if day is None else dt.date(2024, 1, 1) + dt.timedelta(days=day)
        mode = draw(st.sampled_from(MODES))
        texts[doc] = " ".join(words) + "."
        leg = Leg(f"{doc}:trip", doc, None, None, mode, (), open=True)
        docs.append(DocumentClaims(doc, (), (leg,), TripContext(traveller, mode, date)))
    return docs, texts


@given(corpora(), st.randoms())
def test_blocked_grouping_equals_pairwise_reference_in_any_order(corpus, rnd):
    docs, texts = corpus
    expected = _reference(docs, texts)
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    trips = group_trips(shuffled, texts, {})
    assert [list(t.docs) for t in trips] == expected
    assert [t.id for t in trips] == [f"T{i}" for i in range(1, len(expected) + 1)]
    assert all(lg.trip == t.id for t in trips for lg in t.legs)


def test_a_larger_corpus_of_overlapping_names_and_dates():
    """Hundreds of documents, names mentioned across trips, dates around each other: one trip
    per reference group, the same documents in each."""
    rnd = random.Random(3)
    docs, texts = [], {}
    for i in range(400):
        doc = f"doc{i:04d}"
        traveller = rnd.choice((*NAMES, None))
        day = rnd.choice((None, *range(60)))
        date = None if day is None else dt.date(2020, 2, 1) + dt.timedelta(days=day)
        mode = rnd.choice(MODES)
        texts[doc] = " ".join(rnd.sample(NAMES + FILLER, 4)) + f" {traveller or ''} left."
        leg = Leg(f"{doc}:trip", doc, None, None, mode, (), open=True)
        docs.append(DocumentClaims(doc, (), (leg,), TripContext(traveller, mode, date)))
    trips = group_trips(docs, texts, {})
    expected = _reference(docs, texts)
    assert [list(t.docs) for t in trips] == expected
    assert max(len(g) for g in expected) > 1, "the corpus has trips of several documents"
