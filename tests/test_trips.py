"""Trip grouping: the blocked grouping equals the pairwise one, whatever the corpus; reports
that name the traveller differently are one trip, two unnamed travellers on one road are not."""

from __future__ import annotations

import datetime as dt
import random
import re

from hypothesis import given
from hypothesis import strategies as st

from georoute.base.claims import DocumentClaims, Leg, PlaceClaim, TripContext
from georoute.base.places import Place
from georoute.trips import MAX_DATELINE_GAP_DAYS, _plain, group_trips
from georoute.verify import verify

from .conftest import ARTICLES

#: Names chosen so that whole-word matching matters: "Kim" is in "Kim's" and "Kim-led" but not
#: in "Kimberly"; "Jong-un" is one name of two words; "Lee" is also a word of "Lee-Ann".
NAMES = ("Kim", "Kimberly", "Jong-un", "Lee", "Okafor", "Putin", "Ann")
FILLER = ("met", "left", "arrived", "Lee-Ann", "Kim's", "Kim-led", "Jong", "un", "the couple")
MODES = (None, "train", "air")
#: Phrases that stand for a traveller the report does not name (trips.PARTY_WORDS)
PARTY = ("the delegation", "the minister's party", "delegates")
#: Place ids: four cities and a country (which is never an end point of the route rule)
PLACES = {i: Place(i, f"City{i}", 10.0 * i, 5.0 * i, "XX", "UTC", "test") for i in (1, 2, 3, 4)} | {
    9: Place(9, "Country", 0.0, 0.0, "XX", "UTC", "test", kinds=("country",))
}


def _ends(d: DocumentClaims) -> tuple[int, int] | None:
    by_rel = {c.relation: c.places[0] for c in d.claims}
    o, de = by_rel.get("origin"), by_rel.get("destination")
    if o is None or de is None or o == de or 9 in (o, de):
        return None
    return o, de


def _reference(docs: list[DocumentClaims], texts: dict[str, str]) -> list[list[str]]:
    """The pairwise grouping, as written before blocking: every document against every group,
    regular expressions over the whole texts."""

    def party(d: DocumentClaims) -> bool:
        return bool(d.trip.traveller) or any(p in texts[d.doc] for p in PARTY)

    def names(name: str | None, text: str) -> bool:
        if not name:
            return False
        name, text = _plain(name), _plain(text)
        last = name.rsplit("-", 1)[-1]
        return bool(
            re.search(rf"\b{re.escape(name)}\b", text)
            or (
                "-" in name
                and last[:1].isupper()
                and len(last) > 2
                and re.search(rf"\b(?<!-){re.escape(last)}\b(?!-)", text)
            )
        )

    def same(a: DocumentClaims, b: DocumentClaims) -> bool:
        ta, tb = a.trip, b.trip
        if names(ta.traveller, texts[b.doc]) or names(tb.traveller, texts[a.doc]):
            # one names the other's traveller: one trip unless modes or dates differ
            if ta.mode and tb.mode and ta.mode != tb.mode:
                return False
            return not (
                ta.date and tb.date and abs((ta.date - tb.date).days) > MAX_DATELINE_GAP_DAYS
            )
        if ta.traveller and tb.traveller:
            return False
        # one names no traveller: one trip when both have a traveller or a party word and
        # state the same mode, the same two cities and dates within the gap
        return (
            party(a)
            and party(b)
            and _ends(a) is not None
            and _ends(a) == _ends(b)
            and ta.mode is not None
            and ta.mode == tb.mode
            and ta.date is not None
            and tb.date is not None
            and abs((ta.date - tb.date).days) <= MAX_DATELINE_GAP_DAYS
        )

    groups: list[list[DocumentClaims]] = []
    for d in sorted(docs, key=lambda x: x.doc):
        for g in groups:
            if all(same(d, o) for o in g):
                g.append(d)
                break
        else:
            groups.append([d])
    return [[d.doc for d in g] for g in groups]


#: Origin and destination of a document: equal pairs, reversed, half known, a country, a loop
ENDS = ((1, 2), (1, 2), (2, 1), (None, 2), (1, None), (9, 2), (1, 1), (None, None), (3, 2))


def _document(doc, traveller, words, date, mode, ends) -> tuple[DocumentClaims, str]:
    claims = tuple(
        PlaceClaim(f"{doc}:c{k}", doc, "place", "x", 0, 1, places=(pid,), relation=rel)
        for k, (rel, pid) in enumerate(zip(("origin", "destination"), ends, strict=True))
        if pid is not None
    )
    origins = tuple(c.id for c in claims if c.relation == "origin")
    dests = tuple(c.id for c in claims if c.relation == "destination")
    leg = Leg(f"{doc}:trip", doc, None, None, mode, (), open=True)
    context = TripContext(traveller, mode, date, origins, dests)
    return DocumentClaims(doc, claims, (leg,), context), " ".join(words) + "."


@st.composite
def corpora(draw) -> tuple[list[DocumentClaims], dict[str, str]]:
    n = draw(st.integers(1, 14))
    docs, texts = [], {}
    for i in range(n):
        doc = f"d{draw(st.integers(0, 99)):02d}_{i}"
        day = draw(st.one_of(st.none(), st.integers(0, 12)))
        d, texts[doc] = _document(
            doc,
            draw(st.sampled_from((None, None, *NAMES))),
            draw(st.lists(st.sampled_from(NAMES + FILLER + PARTY), max_size=8)),
            None if day is None else dt.date(2024, 1, 1) + dt.timedelta(days=day),
            draw(st.sampled_from(MODES)),
            draw(st.sampled_from(ENDS)),
        )
        docs.append(d)
    return docs, texts


@given(corpora(), st.randoms())
def test_blocked_grouping_equals_pairwise_reference_in_any_order(corpus, rnd):
    docs, texts = corpus
    expected = _reference(docs, texts)
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    trips = group_trips(shuffled, texts, PLACES)
    assert [list(t.docs) for t in trips] == expected
    assert [t.id for t in trips] == [f"T{i}" for i in range(1, len(expected) + 1)]
    assert all(lg.trip == t.id for t in trips for lg in t.legs)


def test_a_larger_corpus_of_overlapping_names_and_dates():
    """Hundreds of documents, names mentioned across trips, unnamed parties on the same
    routes, dates around each other: one trip per reference group, the same documents."""
    rnd = random.Random(3)
    docs, texts = [], {}
    for i in range(400):
        doc = f"doc{i:04d}"
        traveller = rnd.choice((*NAMES, None, None))
        day = rnd.choice((None, *range(60)))
        d, texts[doc] = _document(
            doc,
            traveller,
            [*rnd.sample(NAMES + FILLER + PARTY, 4), traveller or "", "left"],
            None if day is None else dt.date(2020, 2, 1) + dt.timedelta(days=day),
            rnd.choice(MODES),
            rnd.choice(ENDS),
        )
        docs.append(d)
    trips = group_trips(docs, texts, PLACES)
    expected = _reference(docs, texts)
    assert [list(t.docs) for t in trips] == expected
    unnamed = {d.doc for d in docs if not d.trip.traveller}
    assert max(len(g) for g in expected) > 1, "the corpus has trips of several documents"
    assert any(len(g) > 1 and unnamed & set(g) for g in expected), "unnamed travellers join"


def test_reports_naming_the_traveller_differently_are_one_trip(gaz):
    """A party of a minister, a delegation and a named minister on the same road on the same
    days: one trip, whose durations are set against each other."""
    texts = [
        "date 2024-04-23\nThe minister's party left Almaty by car on Tuesday morning and made "
        "the 240 km trip to Bishkek in about four hours, officials said.",
        "date 2024-04-24\nThe delegation drove from Almaty to Bishkek on Tuesday, a road journey "
        "of nearly seven hours.",
        "date 2024-04-23\nForeign Minister Nurlan Okafor left Almaty by car on Tuesday for talks "
        "in Bishkek. Okafor covered the 240 km in five hours.",
    ]
    report = verify(texts=texts, gazetteer=gaz)
    assert [t.docs for t in report.trips] == [("text1", "text2", "text3")]
    cross = {
        (f.docs, c["verdict"])
        for f in report.findings
        if f.check == "cross_source"
        for c in f.computed.get("compared", ())
        if c["kind"] == "duration"
    }
    assert (("text1", "text2"), "inconsistent") in cross  # about four hours, nearly seven
    assert (("text1", "text3"), "consistent") in cross


def test_a_leg_ending_at_an_airport_and_one_ending_at_its_city_are_one_trip():
    """Ends compare through ``Place.serves``: "landed at JFK" and "arrived in New York" end one
    trip; an airport serving another city does not."""
    day = dt.date(2024, 3, 1)
    served = PLACES | {
        5: Place(5, "Airport2", 20.1, 10.1, "XX", "UTC", "test", kinds=("airport",), serves=2),
        6: Place(6, "Airport3", 30.1, 15.1, "XX", "UTC", "test", kinds=("airport",), serves=3),
    }
    for end, trips_expected in ((5, 1), (6, 2)):
        a, ta = _document("a", None, ["the delegation", "left"], day, "air", (1, 2))
        b, tb = _document("b", None, ["the delegation", "left"], day, "air", (1, end))
        groups = group_trips([a, b], {"a": ta, "b": tb}, served)
        assert len(groups) == trips_expected, end


def test_two_unnamed_travellers_on_one_road_are_two_trips(gaz):
    """'The couple drove' and 'the bus' from Madrid to Barcelona on one day: nothing says they
    are one journey, so their distances are not compared."""
    report = verify([ARTICLES / "drive_ok.txt", ARTICLES / "geodesic_bad.txt"], gazetteer=gaz)
    assert len(report.trips) == 2
    assert not [f for f in report.findings if f.check == "cross_source"]


def _comparisons(docs, texts, monkeypatch) -> int:
    from georoute import trips

    calls = [0]
    same = trips._same_trip

    def counted(a, b):
        calls[0] += 1
        return same(a, b)

    monkeypatch.setattr(trips, "_same_trip", counted)
    group_trips(docs, texts, PLACES)
    return calls[0]


def _one_traveller(n: int, undated_share: float) -> tuple[list[DocumentClaims], dict[str, str]]:
    """``n`` reports of Putin, a share of them undated, in two modes, dated ones over years."""
    rnd = random.Random(n)
    docs, texts = [], {}
    for i in range(n):
        dated = rnd.random() >= undated_share
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rnd.randrange(3650)) if dated else None
        d, texts[f"u{i:05d}"] = _document(
            f"u{i:05d}", "Putin", ["Putin", "left"], day, MODES[1 + i % 2], (1, 2)
        )
        docs.append(d)
    return docs, texts


def test_undated_reports_of_one_traveller_do_not_make_grouping_quadratic(monkeypatch):
    """Comparisons grow linearly with undated reports of one traveller (they were quadratic:
    each compared with every report of its group, and collected every group of the name)."""
    for share in (1.0, 0.5):
        small = _comparisons(*_one_traveller(400, share), monkeypatch)
        large = _comparisons(*_one_traveller(1600, share), monkeypatch)
        assert small > 0
        assert large <= 4 * 1.5 * small, (share, small, large)
    # and the grouping is still the pairwise one
    docs, texts = _one_traveller(120, 0.5)
    assert [list(t.docs) for t in group_trips(docs, texts, PLACES)] == _reference(docs, texts)
