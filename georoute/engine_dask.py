"""Dask as the engine beyond one process: the same findings as ``verify``, on a cluster.

``run(documents, scheduler=ADDRESS)`` uses an existing cluster; ``run(documents, workers=N)``
starts a ``LocalCluster`` of N single-threaded worker processes for the run. The stages:

1. **Extraction per partition**: documents are cut into partitions of ``partition_size`` as
   they are read (the input is an iterator, never a list) and each partition is extracted on a
   worker. Each worker opens the gazetteer index once (a worker plugin warms a per-process
   cache keyed by the cache folder; nothing heavy is pickled with a task) and the rail network
   only when a rail leg asks for a route.
2. **Blocking key**: every document that could share a trip with another must land in the same
   block. :func:`block_keys` mirrors the rule of ``georoute.trips`` (a traveller named in the
   other's text, compatible modes, datelines within ``MAX_DATELINE_GAP_DAYS``, an unknown mode
   or date compatible with any) and takes the connected components of that relation, so a block
   is a union of whole trips and grouping inside it gives the trips grouping everything would.
   Documents with no traveller are blocks of their own. (When ``trips`` gains its own blocking
   key, it replaces ``_compatible``: any key that never splits a trip gives the same findings.)
3. **Shuffle** on the block: each partition splits its records by the block's output partition;
   each output partition groups its blocks into trips and runs the checks per block.
4. **Findings** said in the same words by several blocks are merged as ``run_checks`` merges
   them; claims and legs are written as Parquet partitions by the workers, findings by the
   client after the merge.

A worker that dies loses no document: its tasks are run again elsewhere (the partitions are held
in the task graph, not scattered to one worker), and Parquet parts are written whole by rename.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from georoute.base.documents import Document

__all__ = ["DaskRun", "block_keys", "run"]

#: Documents per partition (and per extraction task).
PARTITION_SIZE = 100


# -- Adapter: the only calls into the pipeline's stage functions ---------------------------------
def _stage(name: str, *args: Any) -> Any:
    """Call one pipeline stage; the one place to follow when their signatures change.

    ``extract``: (document, gazetteer) -> DocumentClaims. ``check``: (extractions, texts,
    router) -> (trips, findings), as ``georoute.verify.verify`` combines them.
    """
    if name == "extract":
        from georoute.extraction.extract import extract_document

        return extract_document(*args)
    if name == "check":
        from georoute.checks import CheckInput, run_checks
        from georoute.trips import group_trips

        extractions, texts, router = args
        places: dict = {}
        for e in extractions:
            places.update(e.places)
        trips = group_trips(extractions, texts, places)
        claims = {c.id: c for e in extractions for c in e.claims}
        return trips, run_checks(CheckInput(claims, places, tuple(trips), router=router))
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


# -- Stage tasks (run on workers) ----------------------------------------------------------------
@dataclass(frozen=True)
class _Record:
    seq: int  # position in the input
    doc: Document
    extraction: Any  # DocumentClaims


def _extract_part(
    index: int,
    docs: list[tuple[int, Document]],
    cache_dir: str | None,
    hook: Callable[[int], None] | None,
) -> tuple[list[_Record], list[tuple[str, str]]]:
    if hook is not None:
        hook(index)
    gaz = _resources(cache_dir).gazetteer
    out, errors = [], []
    for seq, d in docs:
        try:
            out.append(_Record(seq, d, _stage("extract", d, gaz)))
        except Exception as exc:  # one bad document must not stop the corpus
            errors.append((d.id, f"extraction failed: {type(exc).__name__}: {exc}"))
    return out, errors


def _meta(part) -> list[tuple[str, str | None, str | None, dt.date | None]]:
    return [
        (r.doc.id, r.extraction.trip.traveller, r.extraction.trip.mode, r.extraction.trip.date)
        for r in part[0]
    ]


_WORD = re.compile(r"\w+")


def _named(part, travellers: list[str]) -> list[tuple[str, list[int]]]:
    """For each document with a traveller: which travellers (by index) its text names.

    A traveller's first word must be a word of the text before the exact ``trips`` pattern
    (``\\b name \\b``) is tried, so each text is scanned a few times, not once per traveller.
    """
    by_first: dict[str, list[int]] = {}
    always: list[int] = []
    for i, t in enumerate(travellers):
        w = _WORD.search(t)
        (by_first.setdefault(w.group(), []) if w else always).append(i)
    out = []
    for r in part[0]:
        if not r.extraction.trip.traveller:
            continue
        text = r.doc.text
        words = set(_WORD.findall(text))
        cands = always + [i for w in words & by_first.keys() for i in by_first[w]]
        out.append(
            (
                r.doc.id,
                [i for i in cands if re.search(rf"\b{re.escape(travellers[i])}\b", text)],
            )
        )
    return out


def _split(part, keys: dict[str, tuple[str, int]], n_out: int) -> list[list[tuple[str, _Record]]]:
    pieces: list[list[tuple[str, _Record]]] = [[] for _ in range(n_out)]
    for r in part[0]:
        block, j = keys[r.doc.id]
        pieces[j].append((block, r))
    return pieces


def _pick(pieces, j: int):
    return pieces[j]


def _check_part(
    j: int,
    *pieces: list[tuple[str, _Record]],
    cache_dir: str | None,
    parquet_dir: str | None,
    report: bool,
) -> dict[str, Any]:
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
    blocks: dict[str, list[_Record]] = {}
    for piece in pieces:
        for block, r in piece:
            blocks.setdefault(block, []).append(r)
    findings: list[tuple[str, int, Any]] = []
    legs: list[dict] = []
    n_trips = 0
    for block in sorted(blocks):
        recs = sorted(blocks[block], key=lambda r: r.seq)
        trips, found = _stage(
            "check", [r.extraction for r in recs], {r.doc.id: r.doc.text for r in recs}, res.route
        )
        n_trips += len(trips)
        findings.extend((block, i, f) for i, f in enumerate(found))
        for t in trips:
            # trip ids are numbered per block: the block's key makes them unique in the corpus
            legs.extend(
                leg_row(dataclasses.replace(lg, trip=f"{block}/{lg.trip}")) for lg in t.legs
            )
    recs = sorted((r for rs in blocks.values() for r in rs), key=lambda r: r.seq)
    want_claims = parquet_dir is not None or report
    claims = [claim_row(c) for r in recs for c in r.extraction.claims] if want_claims else []
    if parquet_dir is not None:
        write_parquet_part(parquet_dir, "claims", j, claims)
        write_parquet_part(parquet_dir, "legs", j, legs)
    out: dict[str, Any] = {"findings": findings, "documents": len(recs), "trips": n_trips}
    out["busy"] = (time.perf_counter() - t0, time.process_time() - cpu0)
    if report:
        places: dict[int, tuple[int, Any, dict]] = {}
        mentions: dict[int, list[tuple[int, dict]]] = {}
        for r in recs:
            e = r.extraction
            for pid, p in e.places.items():
                if pid not in places or places[pid][0] > r.seq:
                    places[pid] = (r.seq, p, e.resolutions.get(pid, {}))
            for pid, m in place_mentions(e):
                mentions.setdefault(pid, []).append((r.seq, m))
        out.update(
            documents_rows=[document_row(r.doc) for r in recs],
            unplaced=[u for r in recs for u in unplaced_rows(r.extraction)],
            claims=claims,
            legs=legs,
            places=places,
            mentions=mentions,
        )
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
    for t, own in travellers.items():
        # a document whose traveller is t links with any document (with a traveller) naming t
        others = naming.get(t, [])
        undated = [b for b in others if info[b][1] is None]
        dated = sorted((info[b][1], b) for b in others if info[b][1] is not None)
        days = [x[0] for x in dated]
        for a in own:
            da = info[a][1]
            if da is None:
                cands: Iterable[str] = others
            else:
                lo = bisect.bisect_left(days, da - dt.timedelta(days=gap))
                hi = bisect.bisect_right(days, da + dt.timedelta(days=gap))
                cands = undated + [b for _, b in dated[lo:hi]]
            for b in cands:
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


def _chunks(
    documents: Iterable[Any], size: int, errors: list[tuple[str, str]]
) -> Iterator[list[tuple[int, Document]]]:
    chunk: list[tuple[int, Document]] = []
    seen: set[str] = set()
    for seq, item in enumerate(documents):
        if isinstance(item, Document) and item.id in seen:
            errors.append((item.path or item.id, f"id {item.id!r} is used by another document"))
        elif isinstance(item, Document):
            seen.add(item.id)
            chunk.append((seq, item))
            if len(chunk) >= size:
                yield chunk
                chunk = []
        else:  # a corpus RowError or a (where, why) pair: reported, never dropped
            errors.append((str(item[0]), str(item[1])))
    if chunk:
        yield chunk


def _bucket(block: str, n_out: int) -> int:
    return zlib.crc32(block.encode("utf-8")) % n_out


def run(
    documents: Iterable[Document | tuple[str, str]],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Any = None,
    partition_size: int = PARTITION_SIZE,
    parquet_dir: str | Path | None = None,
    json_path: str | Path | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
    on_partition: Callable[[int], None] | None = None,
) -> DaskRun:
    """Verify ``documents`` on Dask; the findings are those ``verify`` gives in one process.

    Give one of ``scheduler`` (the address of a running cluster), ``workers`` (a LocalCluster
    of that many single-threaded processes, closed after the run) or ``client`` (a connected
    ``distributed.Client``). ``documents`` may hold ``(where, why)`` pairs (such as
    :class:`georoute.corpus.RowError`): they are carried into ``errors``. ``parquet_dir``
    receives the claims, legs and findings tables as Parquet parts (a folder every worker can
    reach); ``json_path`` the report of ``REPORT.md``, written streaming. ``cache_dir`` is the
    gazetteer and rail cache workers use (default: this process's for a local cluster, the
    workers' own for a remote one). ``on_partition(index)`` is called on the worker before each
    partition is extracted (progress or fault-injection in tests). ``progress(done)`` counts
    documents extracted.
    """
    if sum(x is not None for x in (scheduler, workers, client)) > 1:
        from georoute.base.errors import UsageError

        raise UsageError("give one of scheduler, workers or client, not several")
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size!r}")
    from distributed import Client, LocalCluster

    owned: list[Any] = []
    if client is None:
        if scheduler is not None:
            client = Client(scheduler)
            owned.append(client)
        else:
            from georoute.geo.gazindex import cache_dir as default_cache_dir

            cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
            cluster = LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                memory_limit=0,
            )
            client = Client(cluster)
            owned += [client, cluster]
    try:
        return _run(
            client,
            documents,
            partition_size=partition_size,
            parquet_dir=None if parquet_dir is None else str(Path(parquet_dir).resolve()),
            json_path=json_path,
            cache_dir=None if cache_dir is None else str(cache_dir),
            progress=progress,
            on_partition=on_partition,
        )
    finally:
        for x in owned:
            x.close()


def _run(
    client,
    documents,
    *,
    partition_size: int,
    parquet_dir: str | None,
    json_path,
    cache_dir: str | None,
    progress,
    on_partition,
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
    tag = uuid.uuid4().hex[:8]
    errors: list[tuple[str, str]] = []
    parts = []
    metas = []
    for i, chunk in enumerate(_chunks(documents, partition_size, errors)):
        fut = client.submit(
            _extract_part, i, chunk, cache_dir, on_partition, key=f"georoute-extract-{tag}-{i}"
        )
        parts.append(fut)
        metas.append(client.submit(_meta, fut, key=f"georoute-meta-{tag}-{i}"))
    meta_rows: list = []
    done = 0
    for fut in as_completed(metas):
        rows = fut.result()
        meta_rows.extend(rows)
        done += len(rows)
        if progress is not None:
            progress(done)
    for part_errors in client.gather([client.submit(_errors_of, p) for p in parts]):
        errors.extend(part_errors)

    lap("extract")
    travellers = sorted({t for _, t, _, _ in meta_rows if t})
    named: dict[str, set[str]] = {}
    if travellers:
        tfut = client.scatter(travellers, broadcast=True, hash=False)
        for rows in client.gather([client.submit(_named, p, tfut) for p in parts]):
            for doc, idx in rows:
                named[doc] = {travellers[i] for i in idx}
    blocks = block_keys(meta_rows, named)
    lap("block")

    # a few output partitions a worker, so that a slow block does not hold one worker alone
    n_out = max(1, min(len(parts), 4 * len(client.scheduler_info()["workers"])))
    doc_part = {}
    for pi, p_meta in enumerate(client.gather(metas)):
        for doc, *_ in p_meta:
            doc_part[doc] = pi
    keys_by_part: list[dict[str, tuple[str, int]]] = [{} for _ in parts]
    for doc, block in blocks.items():
        keys_by_part[doc_part[doc]][doc] = (block, _bucket(block, n_out))
    splits = [client.submit(_split, p, keys_by_part[i], n_out) for i, p in enumerate(parts)]
    outs = []
    for j in range(n_out):
        pieces = [client.submit(_pick, s, j) for s in splits]
        outs.append(
            client.submit(
                _check_part,
                j,
                *pieces,
                cache_dir=cache_dir,
                parquet_dir=parquet_dir,
                report=json_path is not None,
                key=f"georoute-check-{tag}-{j}",
            )
        )
    del splits, parts, metas  # the outputs hold what they need; the rest may be released
    merged: dict[tuple, Any] = {}
    n_docs = n_trips = 0
    ordered: list[tuple[str, int, Any]] = []
    busy = [0.0, 0.0]  # wall and CPU seconds inside the check tasks, summed
    for fut in as_completed(outs):
        res = fut.result()
        busy = [a + b for a, b in zip(busy, res["busy"], strict=True)]
        n_docs += res["documents"]
        n_trips += res["trips"]
        ordered.extend(res["findings"])
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
    findings = tuple(merged.values())
    lap("check")
    phases["check_tasks_wall"], phases["check_tasks_cpu"] = (round(x, 3) for x in busy)
    if parquet_dir is not None:
        _write_findings(parquet_dir, findings)
    if json_path is not None:
        _write_json(client, outs, json_path, findings, errors)
    lap("write")
    return DaskRun(
        findings,
        tuple(errors),
        n_docs,
        n_trips,
        len(outs),
        parquet_dir and str(parquet_dir),
        phases,
    )


def _errors_of(part) -> list[tuple[str, str]]:
    return part[1]


#: Findings per Parquet part written by the client.
FINDINGS_PART_ROWS = 50_000


def _write_findings(parquet_dir: str, findings: tuple) -> None:
    from georoute.outputs.corpus_out import finding_row, write_parquet_part

    rows = [finding_row(f, f"F{i}") for i, f in enumerate(findings, start=1)]
    for part, start in enumerate(range(0, max(len(rows), 1), FINDINGS_PART_ROWS)):
        write_parquet_part(parquet_dir, "findings", part, rows[start : start + FINDINGS_PART_ROWS])


def _write_json(client, outs, json_path, findings, errors) -> None:
    """The report, streamed: each array is fetched from the workers one partition at a time."""
    from georoute.outputs.corpus_out import finding_row, place_row, write_json_stream

    def section(name: str) -> Callable[[], Iterator[dict]]:
        def items() -> Iterator[dict]:
            for fut in outs:
                yield from client.submit(_get, fut, name).result()

        return items

    def places() -> Iterator[dict]:
        best: dict[int, tuple[int, Any, dict]] = {}
        mentions: dict[int, list[tuple[int, dict]]] = {}
        for fut in outs:
            for pid, entry in client.submit(_get, fut, "places").result().items():
                if pid not in best or best[pid][0] > entry[0]:
                    best[pid] = entry
            for pid, ms in client.submit(_get, fut, "mentions").result().items():
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


def _get(res: dict, name: str):
    return res[name]
