"""Dask as the engine beyond one process: the same findings as ``verify``, on a cluster.

``run(documents, scheduler=ADDRESS)`` uses an existing cluster; ``run(documents, workers=N)``
starts a ``LocalCluster`` of N single-threaded worker processes for the run. The stages:

1. **Extraction per partition**: a corpus file comes as slices (``corpus.Slice``: a byte range
   of JSON Lines or CSV rows, or Parquet row groups), each a partition whose task reads it from
   the file itself; other documents are cut into partitions of ``partition_size`` as they are
   read (the input is an iterator, never a list). Each partition is extracted on a worker, and
   the ids of all are compared once read (a repeated id is reported and left out). Each worker opens the gazetteer index once (a worker plugin warms a per-process
   cache keyed by the cache folder; nothing heavy is pickled with a task) and the rail network
   only when a rail leg asks for a route.
2. **Blocking key**: every document that could share a trip with another must land in the same
   block. :func:`block_keys` mirrors the rule of ``georoute.trips`` (a traveller named in the
   other's text, compatible modes, datelines within ``MAX_DATELINE_GAP_DAYS``, an unknown mode
   or date compatible with any) and takes the connected components of that relation, so a block
   is a union of whole trips and grouping inside it gives the trips grouping everything would.
   Documents with no traveller are blocks of their own. (When ``trips`` gains its own blocking
   key, it replaces ``_compatible``: any key that never splits a trip gives the same findings.)
3. **Shuffle** on the block: the client cuts the blocks, in the input order of their first
   document, into output partitions of about equal weight (a document weighs one plus its
   claims; about one output partition per input partition); each input partition splits its
   records by output partition, and each output partition is checked as soon as the input
   partitions it draws on are split (no barrier: checks start while other splits run; the
   heaviest ready partition first). A check groups its blocks into trips and runs the checks
   block by block, releasing each block once checked.
4. **Findings** said in the same words by several blocks are merged as ``run_checks`` merges
   them; claims and legs are written as Parquet partitions by the workers, findings by the
   client after the merge.

Every task is submitted by the client with plain arguments (handles, never the result of
another task), so the scheduler hands it to whichever worker frees up first, and each small
result is released as soon as the client has it. Local clusters are started with
:data:`LOCAL_CLUSTER_CONFIG` (no statistical profiler, slow system monitors): on a machine
with as many cores as workers, the client and the scheduler share those cores.

Between stages the partitions live in a spill folder (``spill_dir``, shared by client and
workers), not in worker memory nor in the task graph: the client writes the documents it was
given (not the slices: no text of a corpus file passes through the client) to a file per
partition as it reads the input, and every task reads its own partition's file
(documents, records, pieces of the shuffle) and leaves a handle, so a worker holds about one
partition at a time whatever the corpus size. A worker that dies loses no document: its tasks
are run again elsewhere from the same files, and files and Parquet parts are written whole by
rename.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from georoute.base.documents import Document

__all__ = ["LOCAL_CLUSTER_CONFIG", "DaskRun", "block_keys", "local_cluster", "run"]

#: Documents per partition (and per extraction task).
PARTITION_SIZE = 100
#: At most this many travellers go with an extraction task, to be looked for in its texts
#: (those the client learnt first); the others are looked for in a second pass.
NAMED_INLINE = 2000


# -- Adapter: the only calls into the pipeline's stage functions ---------------------------------
def _stage(name: str, *args: Any) -> Any:
    """Call one pipeline stage; the one place to follow when their signatures change.

    ``extract``: (document, gazetteer) -> DocumentClaims. ``check``: (extractions, texts,
    router, zones_within) -> (trips, findings, failures), as ``georoute.verify.verify`` combines them: a
    check that raises costs an ``unverifiable`` finding and a ``(document, why)`` failure.
    Findings resting on a document that is not English are marked by the client after the
    blocks' findings are merged (``mark``: (findings, shares) -> findings), as ``verify`` marks
    them after ``run_checks`` merged them.
    """
    if name == "extract":
        from georoute.extraction.extract import extract_document

        return extract_document(*args)
    if name == "check":
        from georoute.checks import CheckInput
        from georoute.trips import group_trips
        from georoute.verify import check_isolated

        extractions, texts, router, zones_within = args
        places: dict = {}
        for e in extractions:
            places.update(e.places)
        trips = group_trips(extractions, texts, places)
        claims = {c.id: c for e in extractions for c in e.claims}
        failed: list[tuple[str, str]] = []
        dates = {e.doc: e.trip.date for e in extractions if e.trip.date is not None}
        namesakes = {pid: ps for e in extractions for pid, ps in e.namesakes.items()}
        found = check_isolated(
            CheckInput(
                claims,
                places,
                tuple(trips),
                router=router,
                dates=dates,
                namesakes=namesakes,
                zones_within=zones_within,
            ),
            failed,
        )
        return trips, found, failed
    if name == "not_english":
        from georoute.verify import not_english_shares

        (texts,) = args
        return not_english_shares(Document(d, t, None, None) for d, t in texts.items())
    if name == "mark":
        from georoute.verify import mark_not_english

        return mark_not_english(*args)
    raise ValueError(f"unknown stage {name!r}")


def _merge_key(f) -> tuple:
    """Findings with the same key are one finding (as ``checks.run_checks`` merges them)."""
    return (f.check, f.verdict, f.message, f.legs)


# -- Per-process resources -----------------------------------------------------------------------
@dataclass
class _Resources:
    gazetteer: Any
    cache_dir: str | None

    def route(self, places):
        from georoute.rail import rail_network

        return rail_network().route(places)


_RESOURCES: dict[str | None, _Resources] = {}


def _resources(cache_dir: str | None) -> _Resources:
    """The gazetteer (and lazily the rail network) of this process for ``cache_dir``."""
    res = _RESOURCES.get(cache_dir)
    if res is None:
        if cache_dir is not None:
            os.environ["GEOROUTE_CACHE_DIR"] = cache_dir  # the indexes are found there
        from georoute.geo.gazetteer import Gazetteer

        res = _RESOURCES[cache_dir] = _Resources(Gazetteer(), cache_dir)
    return res


def _plugin(cache_dir: str | None):
    from distributed.diagnostics.plugin import WorkerPlugin

    class GeorouteResources(WorkerPlugin):
        """Opens the gazetteer once when a worker starts (and again when one restarts)."""

        name = "georoute-resources"

        def __init__(self, cache_dir: str | None) -> None:
            self.cache_dir = cache_dir

        def setup(self, worker) -> None:
            _resources(self.cache_dir)

    return GeorouteResources(cache_dir)


# -- Spill files --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Spilled:
    """A handle to a pickle in the run's spill folder: what tasks pass instead of documents."""

    path: str


def _put(obj: Any, spill_dir: str, name: str) -> _Spilled:
    """Write ``obj`` to ``spill_dir/name`` whole (a temporary file, then a rename)."""
    import pickle

    path = os.path.join(spill_dir, name)
    tmp = f"{path}.{os.getpid()}.{uuid.uuid4().hex[:6]}.tmp"
    with open(tmp, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return _Spilled(path)


def _take(handle: _Spilled) -> Any:
    import pickle

    with open(handle.path, "rb") as fh:
        return pickle.load(fh)


# -- Stage tasks (run on workers) ----------------------------------------------------------------
#: A document's place in the input: (partition, position in it); partitions follow the input.
Seq = tuple[int, int]
#: What the client learns of each extracted document: its place, id, ROW (of a corpus row,
#: else None), its blocking metadata (traveller, mode, date) and its number of claims (what
#: its checks cost, to size the output partitions).
Meta = tuple[Seq, str, int | None, str | None, str | None, dt.date | None, int]


@dataclass(frozen=True)
class _Record:
    seq: Seq
    doc: Document
    extraction: Any  # DocumentClaims


@dataclass(frozen=True)
class _Extracted:
    """What an extraction task returns to the client: a handle and the small metadata."""

    records: _Spilled
    meta: list[Meta]
    errors: list[tuple[str, str]]
    rows: int  # rows read: documents, row errors and blank rows
    #: the travellers each document with a traveller names, among ``tested``: those the client
    #: knew when it submitted the task, and the partition's own
    named: list[tuple[Seq, str, list[str]]] = dataclasses.field(default_factory=list)
    tested: frozenset[str] = frozenset()


def _source_items(source, columns, default_date) -> Iterator[tuple[int | None, Any]]:
    """The (ROW or None, item) of a partition: documents the client spilled, or a corpus slice
    read here from the file."""
    from georoute.corpus import Slice, read_slice_numbered

    if isinstance(source, Slice):
        yield from read_slice_numbered(source, columns, default_date)
    else:
        for d in _take(source):
            yield None, d


def _extract_part(
    index: int,
    source: Any,
    cache_dir: str | None,
    hook: Callable[[int], None] | None,
    spill_dir: str,
    columns: Any = None,
    default_date: dt.date | None = None,
    travellers: tuple[str, ...] = (),
) -> _Extracted:
    """Read partition ``index``'s documents (from its spill file, or its slice of a corpus
    file), extract them, spill the records; find which of ``travellers`` (those known so far)
    and of the partition's own travellers each document names (the blocking key's input), so
    that most partitions need no second reading for it."""
    from georoute.corpus import Columns

    if hook is not None:
        hook(index)
    gaz = _resources(cache_dir).gazetteer
    out, errors, rows, where = [], [], 0, {}
    for k, (row, d) in enumerate(_source_items(source, columns or Columns(), default_date)):
        rows += 1
        if d is None:  # a blank row
            continue
        if not isinstance(d, Document):  # a row that is no document: (where, why)
            errors.append((str(d[0]), str(d[1])))
            continue
        try:
            out.append(_Record((index, k), d, _stage("extract", d, gaz)))
            where[(index, k)] = row
        except Exception as exc:  # one bad document must not stop the corpus
            errors.append((d.id, f"extraction failed: {type(exc).__name__}: {exc}"))
    meta = [
        (
            r.seq,
            r.doc.id,
            where[r.seq],
            r.extraction.trip.traveller,
            r.extraction.trip.mode,
            r.extraction.trip.date,
            len(r.extraction.claims),
        )
        for r in out
    ]
    tested = list(dict.fromkeys([*travellers, *(m[3] for m in meta if m[3])]))
    named = _names_in(out, tested)
    handle = _put(out, spill_dir, f"records-{index:06d}")
    return _Extracted(handle, meta, errors, rows, named, frozenset(tested))


_WORD = re.compile(r"\w+")


def _named(records: _Spilled, travellers: list[str]) -> list[tuple[Seq, str, list[str]]]:
    """:func:`_names_in` the records of a partition (spilled)."""
    return _names_in(_take(records), travellers)


def _names_in(records: list[_Record], travellers: list[str]) -> list[tuple[Seq, str, list[str]]]:
    """For each document with a traveller: which of ``travellers`` its text names.

    A traveller's first word must be a word of the text before the exact ``trips`` pattern
    (``\\b name \\b``) is tried, so each text is scanned a few times, not once per traveller.
    """
    by_first: dict[str, list[int]] = {}
    always: list[int] = []
    for i, t in enumerate(travellers):
        w = _WORD.search(t)
        (by_first.setdefault(w.group(), []) if w else always).append(i)
    out = []
    for r in records:
        if not r.extraction.trip.traveller:
            continue
        text = r.doc.text
        words = set(_WORD.findall(text))
        cands = always + [i for w in words & by_first.keys() for i in by_first[w]]
        out.append(
            (
                r.seq,
                r.doc.id,
                [
                    travellers[i]
                    for i in cands
                    if re.search(rf"\b{re.escape(travellers[i])}\b", text)
                ],
            )
        )
    return out


def _split(
    index: int, records: _Spilled, keys: dict[Seq, tuple[str, int]], spill_dir: str
) -> list[int]:
    """Spill partition ``index``'s records by output partition (``out-J/from-I``); return the
    output partitions it wrote to. A record without a key (an id used before) is dropped."""
    pieces: dict[int, list[tuple[str, _Record]]] = {}
    for r in _take(records):
        if r.seq not in keys:
            continue
        block, j = keys[r.seq]
        pieces.setdefault(j, []).append((block, r))
    for j, piece in pieces.items():
        folder = os.path.join(spill_dir, f"out-{j:06d}")
        os.makedirs(folder, exist_ok=True)
        _put(piece, folder, f"from-{index:06d}")
    return sorted(pieces)


def _check_part(
    j: int,
    *,
    spill_dir: str,
    cache_dir: str | None,
    parquet_dir: str | None,
    report: bool,
) -> dict[str, Any]:
    """Group and check output partition ``j``, block by block, releasing each block's records
    once checked; what the report needs is spilled, the findings returned. Run once every
    input partition that writes to ``out-J`` is split: it reads the whole folder."""
    import time

    from georoute.outputs.corpus_out import (
        claim_row,
        document_row,
        leg_row,
        place_mentions,
        unplaced_rows,
        write_parquet_part,
    )

    t0, cpu0 = time.perf_counter(), time.process_time()
    res = _resources(cache_dir)
    folder = Path(spill_dir) / f"out-{j:06d}"
    blocks: dict[str, list[_Record]] = {}
    for f in sorted(folder.glob("from-*")) if folder.is_dir() else ():
        if f.name.endswith(".tmp"):
            continue
        for block, r in _take(_Spilled(str(f))):
            blocks.setdefault(block, []).append(r)
    findings: list[tuple[str, int, Any]] = []
    failures: list[tuple[str, str]] = []
    not_english: dict[str, float] = {}
    legs: list[dict] = []
    n_trips = n_docs = 0
    want_claims = parquet_dir is not None or report
    claims: list[tuple[int, list[dict]]] = []
    documents: list[tuple[int, dict]] = []
    unplaced: list[tuple[int, list[dict]]] = []
    places: dict[int, tuple[int, Any, dict]] = {}
    mentions: dict[int, list[tuple[int, dict]]] = {}
    for block in sorted(blocks):
        recs = sorted(blocks.pop(block), key=lambda r: r.seq)
        texts = {r.doc.id: r.doc.text for r in recs}
        trips, found, failed = _stage(
            "check", [r.extraction for r in recs], texts, res.route, res.gazetteer.zones_within
        )
        not_english.update(_stage("not_english", texts))
        del texts
        paths = {r.doc.id: r.doc.path or r.doc.id for r in recs}
        failures.extend((paths.get(doc, doc), why) for doc, why in failed)
        n_trips += len(trips)
        n_docs += len(recs)
        findings.extend((block, i, f) for i, f in enumerate(found))
        for t in trips:
            # trip ids are numbered per block: the block's key makes them unique in the corpus
            legs.extend(
                leg_row(dataclasses.replace(lg, trip=f"{block}/{lg.trip}")) for lg in t.legs
            )
        for r in recs:
            e = r.extraction
            if want_claims:
                claims.append((r.seq, [claim_row(c) for c in e.claims]))
            if not report:
                continue
            documents.append((r.seq, document_row(r.doc)))
            unplaced.append((r.seq, list(unplaced_rows(e))))
            for pid, p in e.places.items():
                if pid not in places or places[pid][0] > r.seq:
                    places[pid] = (r.seq, p, e.resolutions.get(pid, {}))
            for pid, m in place_mentions(e):
                mentions.setdefault(pid, []).append((r.seq, m))
        del recs, trips  # this block's texts and extractions are no longer needed
    claim_rows = [c for _, cs in sorted(claims, key=lambda x: x[0]) for c in cs]
    if parquet_dir is not None:
        write_parquet_part(parquet_dir, "claims", j, claim_rows)
        write_parquet_part(parquet_dir, "legs", j, legs)
    out: dict[str, Any] = {
        "findings": findings,
        "not_english": not_english,
        "failures": failures,
        "documents": n_docs,
        "trips": n_trips,
    }
    if report:
        sections = {
            "documents_rows": [d for _, d in sorted(documents, key=lambda x: x[0])],
            "unplaced": [u for _, us in sorted(unplaced, key=lambda x: x[0]) for u in us],
            "claims": claim_rows,
            "legs": legs,
            "places": places,
            "mentions": mentions,
        }
        out["report"] = _put(sections, spill_dir, f"report-{j:06d}")
    out["busy"] = (time.perf_counter() - t0, time.process_time() - cpu0)
    return out


# -- Blocking ------------------------------------------------------------------------------------
def _compatible(
    a: tuple[str | None, dt.date | None], b: tuple[str | None, dt.date | None], gap: int
) -> bool:
    (ma, da), (mb, db) = a, b
    if ma and mb and ma != mb:
        return False
    return not (da and db and abs((da - db).days) > gap)


def block_keys(
    meta: list[tuple[str, str | None, str | None, dt.date | None]],
    named: dict[str, set[str]],
    gap: int | None = None,
) -> dict[str, str]:
    """The block of each document: the first id (sorted) of its component of possible trips.

    ``meta`` holds (doc, traveller, mode, date); ``named[doc]`` the travellers its text names.
    Two documents are linked when both have a traveller, one's traveller is named in the other's
    text, their modes agree (or one has none) and their dates lie within ``gap`` days (or one
    has none).

    >>> d = dt.date
    >>> meta = [("a", "Kim", "train", d(2023, 9, 10)), ("b", "Kim", None, d(2023, 9, 12)),
    ...         ("c", "Kim", "train", d(2024, 1, 1)), ("d", None, "train", d(2023, 9, 10))]
    >>> named = {"a": {"Kim"}, "b": {"Kim"}, "c": {"Kim"}}
    >>> block_keys(meta, named)
    {'a': 'a', 'b': 'a', 'c': 'c', 'd': 'd'}
    """
    if gap is None:
        from georoute.trips import MAX_DATELINE_GAP_DAYS

        gap = MAX_DATELINE_GAP_DAYS
    parent = {m[0]: m[0] for m in meta}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    info = {doc: (mode, date) for doc, trav, mode, date in meta if trav}
    travellers: dict[str, list[str]] = {}
    for doc, trav, _, _ in meta:
        if trav:
            travellers.setdefault(trav, []).append(doc)
    naming: dict[str, list[str]] = {}
    for doc, names in named.items():
        if doc in info:
            for t in names:
                naming.setdefault(t, []).append(doc)
    linked: set[tuple] = set()

    def link_all(a: str, key: tuple, group: list[str]) -> None:
        """Link ``a`` with every document of ``group`` (but itself). ``group`` is the same list
        for the same ``key``; once linked through one document it is one component, so later
        documents need one link to it, not one each (undated documents stay linear)."""
        if key in linked:
            b = next((b for b in group[:2] if b != a), None)
            if b is not None:
                union(a, b)
            return
        linked.add(key)
        for b in group:
            if b != a:
                union(a, b)

    for t, own in travellers.items():
        # a document whose traveller is t links with any document (with a traveller) naming t
        others = naming.get(t, [])
        undated_by_mode: dict[str | None, list[str]] = {}
        for b in others:
            if info[b][1] is None:
                undated_by_mode.setdefault(info[b][0], []).append(b)
        dated = sorted((info[b][1], b) for b in others if info[b][1] is not None)
        days = [x[0] for x in dated]
        by_mode: dict[str | None, list[str]] = {}
        for b in others:
            by_mode.setdefault(info[b][0], []).append(b)
        for a in own:
            ma, da = info[a]
            # the documents of t's namers a is compatible with whatever their date: by mode
            modes = list(by_mode if ma is None else dict.fromkeys((ma, None)))
            pool = by_mode if da is None else undated_by_mode
            for m in modes:
                if m in pool:
                    link_all(a, (t, da is None, m), pool[m])
            if da is not None:
                lo = bisect.bisect_left(days, da - dt.timedelta(days=gap))
                hi = bisect.bisect_right(days, da + dt.timedelta(days=gap))
                for _, b in dated[lo:hi]:
                    if b != a and _compatible(info[a], info[b], gap):
                        union(a, b)
    return {doc: find(doc) for doc, *_ in meta}


# -- The run -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DaskRun:
    """What a Dask run found: the findings (merged as in-process), counts and errors."""

    findings: tuple
    errors: tuple[tuple[str, str], ...]
    documents: int
    trips: int
    partitions: int
    parquet_dir: str | None = None
    #: wall seconds of each stage (extract, block, check, write), and the wall and CPU seconds
    #: spent inside the check tasks (check_tasks_wall, check_tasks_cpu)
    phases: dict = dataclasses.field(default_factory=dict)


def _partitions(
    items: Iterable[Any], size: int, errors: list[tuple[str, str]]
) -> Iterator[tuple[Any, int]]:
    """The partitions of the input, in its order, with the rows each holds: a corpus slice is
    one (its task reads it from the file), other documents are cut into lists of ``size``."""
    from georoute.corpus import Slice

    chunk: list[Document] = []
    for item in items:
        if isinstance(item, Slice):
            if chunk:
                yield chunk, len(chunk)
                chunk = []
            yield item, item.rows
        elif isinstance(item, Document):
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk, len(chunk)
                chunk = []
        else:  # a corpus RowError or a (where, why) pair: reported, never dropped
            errors.append((str(item[0]), str(item[1])))
    if chunk:
        yield chunk, len(chunk)


def _unique(
    meta: list[Meta], errors: list[tuple[str, str]], path_of: Callable[[Seq], str | None]
) -> set[Seq]:
    """The documents whose id an earlier one (in input order) has: reported, and left out."""
    from pathlib import Path as _Path

    first: dict[str, tuple[str | None, int | None]] = {}
    dropped: set[Seq] = set()
    for seq, doc, row, *_ in sorted(meta, key=lambda m: m[0]):
        path = path_of(seq)
        if doc not in first:
            first[doc] = (path, row)
            continue
        dropped.add(seq)
        path0, row0 = first[doc]
        if row is not None and row0 is not None and path == path0:  # as read_corpus says it
            errors.append((f"{_Path(path).name}#{row}", f"id {doc!r} already used by row {row0}"))
        else:
            errors.append((path or doc, f"id {doc!r} is used by another document"))
    return dropped


def _plan_outputs(
    members: dict[str, list[Seq]], weight: dict[Seq, int], n_out: int
) -> list[list[str]]:
    """The blocks cut into at most ``n_out`` output partitions of about equal weight.

    Blocks are taken in the input order of their first document and cut once a partition
    holds ``1 / n_out`` of the total weight (a document weighs one plus its claims: what its
    checks cost), so an output partition draws on few input partitions (a check task can
    start once those are split, not all of them) and no partition is much larger than
    another unless one block is.

    >>> _plan_outputs({"a": [(0, 0)], "b": [(0, 1), (1, 0)], "c": [(1, 1)]},
    ...               {(0, 0): 1, (0, 1): 1, (1, 0): 1, (1, 1): 3}, 2)
    [['a', 'b'], ['c']]
    """
    order = sorted(members, key=lambda b: min(members[b]))
    total = sum(weight[q] for b in order for q in members[b])
    target = total / max(n_out, 1)
    outs: list[list[str]] = []
    cur: list[str] = []
    acc = 0
    for b in order:
        cur.append(b)
        acc += sum(weight[q] for q in members[b])
        if acc >= target:
            outs.append(cur)
            cur, acc = [], 0
    if cur:
        outs.append(cur)
    return outs


def run(
    documents: Iterable[Any],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Any = None,
    partition_size: int = PARTITION_SIZE,
    parquet_dir: str | Path | None = None,
    json_path: str | Path | None = None,
    cache_dir: str | Path | None = None,
    spill_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_partition: Callable[[int], None] | None = None,
    columns: Any = None,
    default_date: dt.date | None = None,
) -> DaskRun:
    """Verify ``documents`` on Dask; the findings are those ``verify`` gives in one process.

    ``documents`` holds documents and :class:`georoute.corpus.Slice` s (parts of corpus files,
    from ``corpus.plan_slices``): each slice is a partition whose task reads its rows from the
    file itself, with ``columns`` and ``default_date`` (the file must be at the same path for
    every worker); the client never reads them. Ids are compared across partitions once read:
    a repeated one is reported as ``read_corpus`` reports it, and its document left out.

    Give one of ``scheduler`` (the address of a running cluster), ``workers`` (a LocalCluster
    of that many single-threaded processes, closed after the run) or ``client`` (a connected
    ``distributed.Client``). ``documents`` may hold ``(where, why)`` pairs (such as
    :class:`georoute.corpus.RowError`): they are carried into ``errors``, as are rows of slices
    that are no documents. ``parquet_dir``
    receives the claims, legs and findings tables as Parquet parts (a folder every worker can
    reach); ``json_path`` the report of ``REPORT.md``, written streaming. ``cache_dir`` is the
    gazetteer and rail cache workers use (default: this process's for a local cluster, the
    workers' own for a remote one). ``spill_dir`` is where partitions are kept between stages
    (a folder the client and every worker can reach; default a temporary folder, removed
    after the run): tasks read their own documents and records from it, so a worker holds one
    partition at a time whatever the corpus size, and a task run again after a worker dies
    reads the same files. ``on_partition(index)`` is called on the worker before each
    partition is extracted (fault-injection in tests). ``progress(done, total)`` counts
    documents (rows of slices) read and extracted.
    """
    if sum(x is not None for x in (scheduler, workers, client)) > 1:
        from georoute.base.errors import UsageError

        raise UsageError("give one of scheduler, workers or client, not several")
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size!r}")
    import shutil
    import tempfile

    from distributed import Client

    owned: list[Any] = []
    if client is None:
        if scheduler is not None:
            client = Client(scheduler)
            owned.append(client)
        else:
            from georoute.geo.gazindex import cache_dir as default_cache_dir

            cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
            cluster = local_cluster(workers or 1)
            client = Client(cluster)
            owned += [client, cluster]
    if spill_dir is None:
        spill = tempfile.mkdtemp(prefix="georoute-dask-")
    else:
        Path(spill_dir).mkdir(parents=True, exist_ok=True)
        spill = tempfile.mkdtemp(prefix="run-", dir=str(Path(spill_dir).resolve()))
    try:
        return _run(
            client,
            documents,
            partition_size=partition_size,
            parquet_dir=None if parquet_dir is None else str(Path(parquet_dir).resolve()),
            json_path=json_path,
            cache_dir=None if cache_dir is None else str(cache_dir),
            spill_dir=spill,
            progress=progress,
            on_partition=on_partition,
            columns=columns,
            default_date=default_date,
        )
    finally:
        for x in owned:
            x.close()
        shutil.rmtree(spill, ignore_errors=True)


#: Dask settings of the local clusters a run starts (``workers=N``): they have no dashboard, so
#: the workers' statistical profiler (a stack sample every 10 ms) and the frequent system and
#: memory monitors (twice a second in each worker, nanny and the scheduler, which share the
#: client's process and its cores) cost CPU and tell nobody anything.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(workers: int):
    """A ``LocalCluster`` of ``workers`` single-threaded processes, as ``run(workers=N)``
    starts it (no dashboard, no memory limit, :data:`LOCAL_CLUSTER_CONFIG`); close it after."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # nannies and scheduler read them as they start
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=0,
        )


def _check_reachable(client, path: str, test=os.path.isdir, what: str = "spill folder") -> None:
    missing = [w for w, ok in client.run(test, path).items() if not ok]
    if missing:
        from georoute.base.errors import UsageError

        hint = "a folder every worker can reach (--spill-dir)"
        if what != "spill folder":
            hint = "a path every worker can reach"
        raise UsageError(
            f"the {what} {path} is not visible to the workers {', '.join(missing)}: give {hint}"
        )


def _run(
    client,
    documents,
    *,
    partition_size: int,
    parquet_dir: str | None,
    json_path,
    cache_dir: str | None,
    spill_dir: str,
    progress,
    on_partition,
    columns=None,
    default_date: dt.date | None = None,
) -> DaskRun:
    import time

    from distributed import as_completed

    clock = [time.perf_counter()]
    phases: dict[str, float] = {}

    def lap(name: str) -> None:
        now = time.perf_counter()
        phases[name] = round(now - clock[0], 3)
        clock[0] = now

    client.register_plugin(_plugin(cache_dir), name="georoute-resources")
    _check_reachable(client, spill_dir)
    tag = uuid.uuid4().hex[:8]
    errors: list[tuple[str, str]] = []
    sources: list[Any] = []
    total = 0
    files: set[str] = set()
    paths: dict[Seq, str | None] = {}  # of the documents given (a slice's are its file's)
    slice_path: dict[int, str] = {}
    for i, (chunk, rows) in enumerate(_partitions(documents, partition_size, errors)):
        if isinstance(chunk, list):
            # the documents go to a file the task reads, not into the task graph
            sources.append(_put(chunk, spill_dir, f"input-{i:06d}"))
            paths.update(((i, k), d.path) for k, d in enumerate(chunk))
        else:  # a corpus slice: the task reads it from the corpus file itself
            sources.append(chunk)
            slice_path[i] = chunk.path
            if chunk.path not in files:
                files.add(chunk.path)
                _check_reachable(client, chunk.path, os.path.isfile, "corpus file")
        total += rows
        del chunk
    # Extraction tasks are submitted a few at a time, each with the travellers the client knows
    # by then, so that the task itself finds which of them its documents name: only travellers
    # first met later need a second pass (the blocking key's round trip, mostly saved).
    # Each returns its records' handle and metadata, released once received: the records live
    # in the spill folder, so nothing waits in worker memory between stages.
    n_workers = max(1, len(client.scheduler_info()["workers"]))
    known: dict[str, None] = {}  # travellers, in the order the client learnt them
    index: dict[str, int] = {}
    pending = as_completed([], with_results=True)

    def extract(i: int) -> None:
        fut = client.submit(
            _extract_part,
            i,
            sources[i],
            cache_dir,
            on_partition,
            spill_dir,
            columns,
            default_date,
            tuple(itertools.islice(known, NAMED_INLINE)),
            key=f"georoute-extract-{tag}-{i}",
        )
        index[fut.key] = i
        pending.add(fut)

    window = 2 * n_workers + 2
    for i in range(min(window, len(sources))):
        extract(i)
    submitted = min(window, len(sources))
    records: list[_Spilled] = [_Spilled("")] * len(sources)
    meta: list[Meta] = []
    part_errors: dict[int, list[tuple[str, str]]] = {}
    part_named: dict[int, list[tuple[Seq, str, list[str]]]] = {}
    tested: dict[int, frozenset[str]] = {}
    done = 0
    for fut, part in pending:
        i = index.pop(fut.key)
        records[i] = part.records
        meta.extend(part.meta)
        known.update((m[3], None) for m in part.meta if m[3])
        part_errors[i] = part.errors
        part_named[i] = part.named
        tested[i] = part.tested
        done += part.rows
        fut.release()
        del fut, part
        if submitted < len(sources):
            extract(submitted)
            submitted += 1
        if progress is not None:
            progress(done, total)
    sources.clear()
    for i in sorted(part_errors):  # in input order, whatever order the tasks ended in
        errors.extend(part_errors[i])
    # ids are compared across partitions once all are read
    dropped = _unique(meta, errors, lambda q: slice_path.get(q[0]) or paths.get(q))
    paths.clear()
    meta = [m for m in meta if m[0] not in dropped]
    seq_of = {m[1]: m[0] for m in meta}  # ids are unique now
    weight = {m[0]: 1 + m[6] for m in meta}

    lap("extract")
    travellers = {m[3] for m in meta if m[3]}
    named: dict[str, set[str]] = {}
    for rows in part_named.values():
        for seq, doc, names in rows:
            if seq not in dropped:
                named[doc] = set(names)
    # the travellers a partition was not tested for (first met in a later partition)
    late = {
        i: sorted(travellers - tested[i])
        for i, rows in part_named.items()
        if rows and travellers - tested[i]
    }
    del part_named, tested
    if late:
        for rows in client.gather(
            [client.submit(_named, records[i], names) for i, names in late.items()]
        ):
            for seq, doc, names in rows:
                if seq not in dropped:
                    named.setdefault(doc, set()).update(names)
    blocks = block_keys([(m[1], m[3], m[4], m[5]) for m in meta], named)
    del meta, named
    lap("block")

    # output partitions of about equal weight (at least as many as input partitions, and a
    # few a worker): a check task's memory does not grow with the corpus
    members: dict[str, list[Seq]] = {}
    for doc, block in blocks.items():
        members.setdefault(block, []).append(seq_of[doc])
    del blocks, seq_of
    plan = _plan_outputs(members, weight, max(1, len(records), 4 * n_workers))
    n_out = max(1, len(plan))
    keys_by_part: list[dict[Seq, tuple[str, int]]] = [{} for _ in records]
    draws: list[set[int]] = [set() for _ in range(n_out)]
    out_weight = [0] * n_out
    for j, out in enumerate(plan):
        for block in out:
            for seq in members[block]:
                keys_by_part[seq[0]][seq] = (block, j)
                draws[j].add(seq[0])
                out_weight[j] += weight[seq]
    del members, weight, plan
    # splits before checks: each split ends a wait, and a check left for the end is a straggler
    first = 1 + max(out_weight)
    splits = {
        client.submit(
            _split,
            i,
            h,
            keys_by_part[i],
            spill_dir,
            key=f"georoute-split-{tag}-{i}",
            priority=first,
        ): i
        for i, h in enumerate(records)
        if keys_by_part[i]
    }
    del keys_by_part
    waiting: dict[int, set[int]] = {}  # output partition -> input partitions not yet split
    for j, src in enumerate(draws):
        waiting[j] = set(src)
    by_source: dict[int, list[int]] = {}
    for j, src in enumerate(draws):
        for i in src:
            by_source.setdefault(i, []).append(j)
    del draws

    def check(j: int):
        """Submit output partition ``j`` once all its input partitions are split: its records
        are then whole in its folder (the heaviest partitions first among those ready)."""
        return client.submit(
            _check_part,
            j,
            spill_dir=spill_dir,
            cache_dir=cache_dir,
            parquet_dir=parquet_dir,
            report=json_path is not None,
            key=f"georoute-check-{tag}-{j}",
            priority=out_weight[j],
        )

    pending = as_completed(list(splits), with_results=True)
    out_index: dict[str, int] = {}
    for j in [j for j, w in waiting.items() if not w]:  # nothing to wait for (no documents)
        fut = check(j)
        out_index[fut.key] = j
        pending.add(fut)
    results: list[tuple[int, dict[str, Any]]] = []
    for fut, res in pending:
        if fut in splits:
            for j in by_source.get(splits[fut], ()):
                waiting[j].discard(splits[fut])
                if not waiting[j]:
                    new = check(j)
                    out_index[new.key] = j
                    pending.add(new)
        else:
            results.append((out_index[fut.key], res))
        fut.release()
        del fut, res
    del splits
    merged: dict[tuple, Any] = {}
    n_docs = n_trips = 0
    ordered: list[tuple[str, int, Any]] = []
    not_english: dict[str, float] = {}
    reports: dict[int, _Spilled] = {}
    busy = [0.0, 0.0]  # wall and CPU seconds inside the check tasks, summed
    for j, res in sorted(results, key=lambda x: x[0]):  # in a fixed order
        busy = [a + b for a, b in zip(busy, res["busy"], strict=True)]
        n_docs += res["documents"]
        n_trips += res["trips"]
        ordered.extend(res["findings"])
        not_english.update(res["not_english"])
        errors.extend(res["failures"])
        if "report" in res:
            reports[j] = res["report"]
    del results
    for _, _, f in sorted(ordered, key=lambda x: (x[0], x[1])):
        key = _merge_key(f)
        old = merged.get(key)
        merged[key] = (
            f
            if old is None
            else dataclasses.replace(
                old,
                docs=tuple(dict.fromkeys(old.docs + f.docs)),
                claims=tuple(dict.fromkeys(old.claims + f.claims)),
            )
        )
    # marked once merged, as in-process: a finding two blocks say alike is one finding, and it
    # is unverifiable as a whole when any of its documents is not English
    findings = tuple(_stage("mark", list(merged.values()), not_english))
    lap("check")
    phases["check_tasks_wall"], phases["check_tasks_cpu"] = (round(x, 3) for x in busy)
    if parquet_dir is not None:
        _write_findings(parquet_dir, findings)
    if json_path is not None:
        _write_json([reports[j] for j in sorted(reports)], json_path, findings, errors)
    lap("write")
    return DaskRun(
        findings,
        tuple(errors),
        n_docs,
        n_trips,
        n_out,
        parquet_dir and str(parquet_dir),
        phases,
    )


#: Findings per Parquet part written by the client.
FINDINGS_PART_ROWS = 50_000


def _write_findings(parquet_dir: str, findings: tuple) -> None:
    from georoute.outputs.corpus_out import finding_row, write_parquet_part

    rows = [finding_row(f, f"F{i}") for i, f in enumerate(findings, start=1)]
    for part, start in enumerate(range(0, max(len(rows), 1), FINDINGS_PART_ROWS)):
        write_parquet_part(parquet_dir, "findings", part, rows[start : start + FINDINGS_PART_ROWS])


def _write_json(reports: list[_Spilled], json_path, findings, errors) -> None:
    """The report, streamed: each array is read from the spilled sections one output partition
    at a time."""
    from georoute.outputs.corpus_out import finding_row, place_row, write_json_stream

    def section(name: str) -> Callable[[], Iterator[dict]]:
        def items() -> Iterator[dict]:
            for h in reports:
                yield from _take(h)[name]

        return items

    def places() -> Iterator[dict]:
        best: dict[int, tuple[int, Any, dict]] = {}
        mentions: dict[int, list[tuple[int, dict]]] = {}
        for h in reports:
            sections = _take(h)
            for pid, entry in sections["places"].items():
                if pid not in best or best[pid][0] > entry[0]:
                    best[pid] = entry
            for pid, ms in sections["mentions"].items():
                mentions.setdefault(pid, []).extend(ms)
        for pid in sorted(best):
            _, p, resolution = best[pid]
            ms = [m for _, m in sorted(mentions.get(pid, []), key=lambda x: x[0])]
            yield place_row(p, ms, resolution)

    write_json_stream(
        json_path,
        {
            "documents": section("documents_rows"),
            "errors": lambda: ({"path": p, "error": e} for p, e in errors),
            "pins": lambda: iter(()),
            "places": places,
            "unplaced": section("unplaced"),
            "claims": section("claims"),
            "legs": section("legs"),
            "findings": lambda: (finding_row(f, f"F{i}") for i, f in enumerate(findings, start=1)),
        },
    )
