"""The Dask engine gives the in-process findings, on two workers, and when a worker dies."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute import engine_dask
from georoute.base.documents import load_documents
from georoute.outputs.report import validate
from georoute.verify import verify

from .conftest import ARTICLES, SEEDS
from .strategies import trip_meta

pytestmark = pytest.mark.slow


def _norm(findings) -> list[tuple]:
    """Findings as comparable values; order of findings and of their merged docs aside."""
    return sorted(
        (
            f.check,
            f.verdict,
            tuple(sorted(f.docs)),
            tuple(sorted(f.claims)),
            f.message,
            json.dumps(f.computed, sort_keys=True),
            f.legs,
        )
        for f in findings
    )


@pytest.fixture(scope="module")
def corpus():
    """The seeds (one trip in five articles) and test articles of several trips."""
    articles = sorted(ARTICLES.glob("*.txt"))[:10]
    return list(load_documents([SEEDS, *articles]).documents)


@pytest.fixture(scope="module")
def reference(corpus, gaz):
    return verify(corpus, gazetteer=gaz)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=0,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_same_findings_as_in_process(client, corpus, reference, tmp_path):
    assert len(reference.findings) > 20 and len(reference.trips) > 5  # a test that can fail
    ticks: list[tuple[int, int]] = []
    out = engine_dask.run(
        iter(corpus),
        client=client,
        partition_size=4,
        parquet_dir=tmp_path / "pq",
        json_path=tmp_path / "report.json",
        spill_dir=tmp_path / "spill",
        progress=lambda done, total: ticks.append((done, total)),
    )
    assert _norm(out.findings) == _norm(reference.findings)
    # the progress bar counts documents, up to all of them
    assert ticks[-1] == (len(corpus), len(corpus)) and len(ticks) > 1
    assert [d for d, _ in ticks] == sorted(d for d, _ in ticks)
    assert list((tmp_path / "spill").iterdir()) == []  # the run's spill folder is removed
    assert out.documents == len(corpus) and out.errors == ()
    assert out.partitions > 1
    assert {"extract", "block", "check", "write"} <= set(out.phases)
    # Parquet partitions: every claim, leg and finding once
    claims = pq.read_table(tmp_path / "pq" / "claims")
    assert sorted(claims.column("id").to_pylist()) == sorted(c.id for c in reference.claims)
    legs = pq.read_table(tmp_path / "pq" / "legs").column("id").to_pylist()
    assert sorted(legs) == sorted(lg.id for t in reference.trips for lg in t.legs)
    findings = pq.read_table(tmp_path / "pq" / "findings")
    assert findings.num_rows == len(reference.findings)
    assert len(list((tmp_path / "pq" / "claims").glob("part-*.parquet"))) == out.partitions
    # the streamed JSON report keeps the contract and says what the in-process report says
    rep = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    validate(rep)
    ref = reference.to_dict()
    for key in ("documents", "claims", "unplaced"):
        assert sorted(rep[key], key=json.dumps) == sorted(ref[key], key=json.dumps), key
    assert rep["places"] == ref["places"]
    assert len(rep["findings"]) == len(ref["findings"])


def test_travellers_met_in_later_partitions_are_looked_for_again(client, corpus, reference):
    """Extraction tasks look for the travellers the client knew when it submitted them (none
    for the first few) and their own; those met later are looked for in a second pass: one
    document a partition exercises both, and the findings are the in-process ones."""
    out = engine_dask.run(iter(corpus), client=client, partition_size=1)
    assert out.partitions > 1 and out.documents == len(corpus)
    assert _norm(out.findings) == _norm(reference.findings)


def _die_once(marker: str, index: int, partition: int) -> None:
    """Kill this worker process the first time it starts partition ``index``."""
    if partition == index and not os.path.exists(marker):
        Path(marker).write_text(str(os.getpid()))
        os._exit(1)


def test_a_worker_killed_mid_run_loses_no_document(client, corpus, reference, tmp_path):
    marker = tmp_path / "killed"
    out = engine_dask.run(
        iter(corpus),
        client=client,
        partition_size=4,
        on_partition=functools.partial(_die_once, str(marker), 2),
    )
    assert marker.exists()  # a worker process did die during the run...
    dead = int(marker.read_text())
    assert dead != os.getpid()
    with pytest.raises(ProcessLookupError):
        os.kill(dead, 0)
    # ... and its partitions were run again elsewhere: nothing lost, nothing counted twice
    assert out.documents == len(corpus)
    assert _norm(out.findings) == _norm(reference.findings)


def test_row_errors_are_carried_and_duplicate_ids_refused(client, corpus):
    items = [("wire.jsonl#3", "no text in column text"), corpus[0], corpus[0]]
    out = engine_dask.run(iter(items), client=client)
    assert out.documents == 1
    assert [w for w, _ in out.errors] == ["wire.jsonl#3", corpus[0].path]


_meta = trip_meta


@given(st.lists(st.tuples(_meta, st.sets(st.sampled_from(["Kim", "Putin"]))), max_size=12))
def test_blocks_never_split_documents_that_could_share_a_trip(rows):
    meta = [(f"d{i:02d}", *m) for i, (m, _) in enumerate(rows)]
    named = {f"d{i:02d}": names for i, (_, names) in enumerate(rows)}
    blocks = engine_dask.block_keys(meta, named, gap=3)
    for (a, ta, ma, da), (b, tb, mb, db) in itertools.combinations(meta, 2):
        linked = (
            ta is not None
            and tb is not None
            and (ta in named[b] or tb in named[a])
            and not (ma and mb and ma != mb)
            and not (da and db and abs((da - db).days) > 3)
        )
        if linked:
            assert blocks[a] == blocks[b]
    # a document with no traveller shares its block with no one
    for doc, trav, *_ in meta:
        if trav is None:
            assert [d for d, k in blocks.items() if k == blocks[doc]] == [doc]


@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 5), st.integers(0, 40)), min_size=1, max_size=4),
        max_size=30,
    ),
    st.integers(1, 8),
)
def test_output_partitions_hold_whole_blocks_of_about_equal_weight(blocks, n_out):
    """Each block lands whole in one output partition; there are at most ``n_out``, and
    none is heavier than its share plus its last block (the share is cut as soon as reached)."""
    members: dict[str, list] = {}
    weight: dict = {}
    for b, docs in enumerate(blocks):
        for k, (part, claims) in enumerate(docs):
            seq = (part, 100 * b + k)  # unique documents, in a few input partitions
            members.setdefault(f"b{b:02d}", []).append(seq)
            weight[seq] = 1 + claims
    plan = engine_dask._plan_outputs(members, weight, n_out)
    assert sorted(b for out in plan for b in out) == sorted(members)  # each block once
    assert len(plan) <= n_out and all(plan)
    share = sum(weight.values()) / n_out
    for out in plan:
        w = [sum(weight[q] for q in members[b]) for b in out]
        assert sum(w[:-1]) < share  # cut once the share is reached, never later
    # blocks follow the input order of their first document
    firsts = [min(members[b]) for out in plan for b in out]
    assert firsts == sorted(firsts)


def test_cli_engine_dask_on_a_running_scheduler(client, tmp_path, capsys):
    from georoute.cli import main
    from georoute.verify import verify as verify_inprocess

    src = tmp_path / "seeds.csv"
    import csv

    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["slug", "body"])
        for f in sorted(SEEDS.glob("*.txt")):
            w.writerow([f.stem, f.read_text(encoding="utf-8")])
    args = ["verify", str(src), "--engine", "dask", "--scheduler", client.scheduler.address]
    args += ["--id-column", "slug", "--text-column", "body", "--parquet", str(tmp_path / "pq")]
    args += ["--json", str(tmp_path / "r.json"), "--fail-on", "inconsistent"]
    code = main(args)
    out = capsys.readouterr().out
    ref = verify_inprocess([SEEDS])
    assert code == (1 if any(f.verdict == "inconsistent" for f in ref.findings) else 0)
    assert f"{len(ref.documents)} documents" in out
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert sorted(f["message"] for f in rep["findings"]) == sorted(f.message for f in ref.findings)
    assert pq.read_table(tmp_path / "pq" / "findings").num_rows == len(ref.findings)


def test_undated_documents_do_not_make_blocking_quadratic(monkeypatch):
    """Undated reports of one traveller are linked through one document per mode, not pair by
    pair: the pairs examined grow linearly with the corpus (they grew as dated x undated)."""
    calls = [0]
    compatible = engine_dask._compatible

    def counted(*args):
        calls[0] += 1
        return compatible(*args)

    monkeypatch.setattr(engine_dask, "_compatible", counted)

    def pairs(n: int) -> int:
        day0 = dt.date(2010, 1, 1)
        meta = [
            (
                f"d{i:05d}",
                "Kim",
                ("train", "air", None)[i % 3],
                None if i % 2 else day0 + dt.timedelta(days=7 * i),  # a trip a week
            )
            for i in range(n)
        ]
        calls[0] = 0
        blocks = engine_dask.block_keys(meta, {m[0]: {"Kim"} for m in meta}, gap=3)
        assert len(set(blocks.values())) == 1  # undated reports of any mode join everything
        return calls[0]

    small, large = pairs(500), pairs(2000)
    assert large <= 4 * 1.5 * max(small, 1), (small, large)


def test_tasks_leave_handles_not_documents_in_worker_memory(corpus, gaz, tmp_path):
    """What an extraction task returns (kept by its worker until the shuffle) is a handle to its
    spilled records and their metadata: a small fraction of the partition's texts."""
    import pickle

    source = engine_dask._put(list(corpus), str(tmp_path), "input-0")
    part = engine_dask._extract_part(0, source, None, None, str(tmp_path))
    texts = sum(len(d.text.encode("utf-8")) for d in corpus)
    assert len(pickle.dumps(part)) < texts / 10
    records = engine_dask._take(part.records)
    assert [r.doc.id for r in records] == [d.id for d in corpus]  # the records are all there


def test_not_english_is_marked_after_merging_as_in_process(client):
    """A finding two blocks say in the same words is one finding; when one of its documents is
    not English the merged finding is unverifiable as a whole, in-process and on Dask alike
    (Dask marked each block's findings before merging, and so gave two findings)."""
    from georoute.base.documents import Document

    en = "The council met on Monday, March 3, 2024, and approved the reservoir, it said."
    fr = (
        "Le conseil régional s'est réuni Monday, March 3, 2024, selon un communiqué publié en "
        "anglais. Les habitants ont attendu longtemps cette décision pendant que les agents "
        "vérifiaient les canalisations. Le directeur régional a expliqué que les retards étaient "
        "dus à une panne près de la station principale, et que le service serait rouvert demain."
    )
    docs = [Document("en", en, None, None), Document("fr", fr, None, None)]
    ref = verify(docs)
    out = engine_dask.run(iter(docs), client=client, partition_size=1)
    # two documents with no traveller are two blocks; their calendar findings merge
    assert engine_dask.block_keys([("en", None, None, None), ("fr", None, None, None)], {}) == {
        "en": "en",
        "fr": "fr",
    }
    assert [(f.check, f.verdict, sorted(f.docs)) for f in ref.findings] == [
        ("calendar", "unverifiable", ["en", "fr"])
    ]
    assert _norm(out.findings) == _norm(ref.findings)


def test_slices_read_by_the_tasks_give_the_in_process_findings(client, corpus, reference, tmp_path):
    """A JSON Lines corpus goes to the workers as slices (byte ranges at line starts) that the
    tasks read themselves: the same findings as in-process, its bad rows and an id repeated in
    another slice reported as ``read_corpus`` reports them, also when a worker dies."""
    from georoute.corpus import plan_slices, read_corpus

    p = tmp_path / "c.jsonl"
    rows = [
        json.dumps({"id": d.id, "date": d.date and d.date.isoformat(), "text": d.text})
        for d in corpus
    ]
    rows.insert(3, "{not json")
    rows.append(json.dumps({"id": corpus[0].id, "text": "The same id again."}))
    p.write_text("\n".join(rows), encoding="utf-8")  # and no final line break
    parts = plan_slices(p, rows=4)
    assert len(parts) == -(-len(rows) // 4) and all(s.end > s.start for s in parts)
    expected_errors = [tuple(e) for e in read_corpus(p) if not hasattr(e, "text")]
    assert len(expected_errors) == 2  # the bad row, and the repeated id (a test that can fail)
    marker = tmp_path / "killed"
    out = engine_dask.run(
        iter(parts),
        client=client,
        on_partition=functools.partial(_die_once, str(marker), 1),
    )
    assert marker.exists()
    assert out.documents == len(corpus)
    assert _norm(out.findings) == _norm(reference.findings)
    assert sorted(out.errors) == sorted(expected_errors)
