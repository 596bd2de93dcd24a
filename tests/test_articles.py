"""The test articles (``tests/articles``: the project's own; ``tests/wire`` and
``tests/holdout`` to ``tests/holdout98``: wire-style ones written by someone who had not read the
code, the holdout sets each measured before any rule was changed for them), each with its
expectation file: the claims to extract, the findings a fact-checker expects, the figures no
finding may rest on, and no false alarm on a correct article (``tests/expectations.py``).

Expectations the verifier cannot meet yet are listed in the folder's ``known_failures.lst`` and
run as strict expected failures: one that starts to hold fails the suite until it is taken off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from georoute.base.documents import Document, document_date
from georoute.verify import verify

from .expectations import groups, load_articles, score

HERE = Path(__file__).resolve().parent
FOLDERS = (
    HERE / "articles",
    HERE / "wire",
    HERE / "holdout",
    HERE / "holdout2",
    HERE / "holdout3",
    HERE / "holdout4",
    HERE / "holdout5",
    HERE / "holdout6",
    HERE / "holdout7",
    HERE / "holdout8",
    HERE / "holdout9",
    HERE / "holdout10",
    HERE / "holdout11",
    HERE / "holdout12",
    HERE / "holdout13",
    HERE / "holdout14",
    HERE / "holdout15",
    HERE / "holdout16",
    HERE / "holdout17",
    HERE / "holdout18",
    HERE / "holdout19",
    HERE / "holdout20",
    HERE / "holdout21",
    HERE / "holdout22",
    HERE / "holdout23",
    HERE / "holdout24",
    HERE / "holdout25",
    HERE / "holdout26",
    HERE / "holdout27",
    HERE / "holdout28",
    HERE / "holdout29",
    HERE / "holdout30",
    HERE / "holdout31",
    HERE / "holdout32",
    HERE / "holdout33",
    HERE / "holdout34",
    HERE / "holdout35",
    HERE / "holdout36",
    HERE / "holdout37",
    HERE / "holdout38",
    HERE / "holdout39",
    HERE / "holdout40",
    HERE / "holdout41",
    HERE / "holdout42",
    HERE / "holdout43",
    HERE / "holdout44",
    HERE / "holdout45",
    HERE / "holdout46",
    HERE / "holdout47",
    HERE / "holdout48",
    HERE / "holdout49",
    HERE / "holdout50",
    HERE / "holdout51",
    HERE / "holdout52",
    HERE / "holdout53",
    HERE / "holdout54",
    HERE / "holdout55",
    HERE / "holdout56",
    HERE / "holdout57",
    HERE / "holdout58",
    HERE / "holdout59",
    HERE / "holdout60",
    HERE / "holdout61",
    HERE / "holdout62",
    HERE / "holdout63",
    HERE / "holdout64",
    HERE / "holdout65",
    HERE / "holdout66",
    HERE / "holdout67",
    HERE / "holdout68",
    HERE / "holdout69",
    HERE / "holdout70",
    HERE / "holdout71",
    HERE / "holdout72",
    HERE / "holdout73",
    HERE / "holdout74",
    HERE / "holdout75",
    HERE / "holdout76",
    HERE / "holdout77",
    HERE / "holdout78",
    HERE / "holdout79",
    HERE / "holdout80",
    HERE / "holdout81",
    HERE / "holdout82",
    HERE / "holdout83",
    HERE / "holdout84",
    HERE / "holdout85",
    HERE / "holdout86",
    HERE / "holdout87",
    HERE / "holdout88",
    HERE / "holdout89",
    HERE / "holdout90",
    HERE / "holdout91",
    HERE / "holdout92",
    HERE / "holdout93",
    HERE / "holdout94",
    HERE / "holdout95",
    HERE / "holdout96",
    HERE / "holdout97",
    HERE / "holdout98",
)
# the folder of each group: two folders may hold articles of the same name, each with its own
# known failures
FOLDER_GROUPS = [(folder, g) for folder in FOLDERS for g in groups(load_articles(folder))]
GROUPS = [g for _, g in FOLDER_GROUPS]


def _known(folder: Path) -> set[str]:
    f = folder / "known_failures.lst"
    lines = f.read_text(encoding="utf-8").splitlines() if f.exists() else []
    return {ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()}


KNOWN = {f: _known(f) for f in FOLDERS}


def _ids(article) -> list[str]:
    e = article.expect
    kind = "no_false_alarm" if e.get("correct") else "no_unexpected_inconsistent"
    return (
        [f"{article.name}:finding:{k}" for k in range(len(e.get("findings", [])))]
        + [f"{article.name}:must_not_use:{k}" for k in range(len(e.get("must_not_use", [])))]
        + [f"{article.name}:{kind}"]
        + [f"{article.name}:extract:{k}" for k in range(len(e.get("extract", [])))]
    )


_CACHE: dict[int, dict] = {}


def _results(gaz, gi: int) -> dict:
    if gi in _CACHE:
        return _CACHE[gi]
    group = GROUPS[gi]
    docs = [
        Document(a.name, a.text, str(a.path), document_date(a.text, default=a.date)) for a in group
    ]
    report = verify(docs, gazetteer=gaz)
    _CACHE[gi] = {item.id: item for item in score(group, report)}
    return _CACHE[gi]


CASES = [
    pytest.param(
        gi,
        item_id,
        id=item_id,
        marks=[pytest.mark.xfail(strict=True, reason="known failure")]
        if item_id in KNOWN[folder]
        else [],
    )
    for gi, (folder, group) in enumerate(FOLDER_GROUPS)
    for a in group
    for item_id in _ids(a)
]


def test_known_failures_name_real_expectations():
    for folder, known in KNOWN.items():
        ids = {i for f, g in FOLDER_GROUPS if f == folder for a in g for i in _ids(a)}
        assert not known - ids, (folder.name, sorted(known - ids))


@pytest.mark.parametrize(("gi", "item_id"), CASES)
def test_article_expectation(gaz, gi, item_id):
    item = _results(gaz, gi)[item_id]
    assert item.ok, item.why
