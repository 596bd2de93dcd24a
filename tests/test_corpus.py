"""Corpus inputs (JSON Lines, CSV, Parquet) and the streaming JSON / Parquet outputs."""

from __future__ import annotations

import datetime as dt
import inspect
import itertools
import json
import math

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from georoute.base.documents import MAX_BYTES, Document
from georoute.base.errors import InputError
from georoute.corpus import Columns, RowError, is_corpus, read_corpus, read_inputs
from georoute.outputs.corpus_out import (
    claim_row,
    report_sections,
    write_json_stream,
    write_parquet_part,
)
from georoute.outputs.report import report_dict
from georoute.verify import verify

from .conftest import SEEDS

TEXT = "MOSCOW, Sept. 12, 2023 — The train left Pyongyang for Vladivostok."


def _split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, RowError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def test_jsonl_rows_ids_dates_and_errors(tmp_path):
    p = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a1", "date": "2023-09-10", "text": TEXT}),
        json.dumps({"text": TEXT}),  # no id: FILE#ROW; no date: the dateline
        "",  # blank lines are skipped, not rows
        json.dumps({"id": "a3"}),  # no text
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "a6", "date": "12/09/2023", "text": TEXT}),
        json.dumps({"id": "a1", "text": "Same id again."}),
        json.dumps({"id": "a8", "date": "2023-09-12T08:00:00+09:00", "text": "No dateline."}),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b'{"id": "a9", "text": "caf\xe9"}\n'
    p.write_bytes(raw)
    docs, errors = _split(list(read_corpus(p)))
    assert [(d.id, d.date) for d in docs] == [
        ("a1", dt.date(2023, 9, 10)),  # the column wins over the dateline
        ("wire.jsonl#2", dt.date(2023, 9, 12)),
        ("a8", dt.date(2023, 9, 12)),
    ]
    assert docs[0].path == str(p) and docs[0].text == TEXT
    where = {e.where: e.why for e in errors}
    assert list(where) == [f"wire.jsonl#{n}" for n in (4, 5, 6, 7, 8, 10)]  # ROW is the line
    assert "no text" in where["wire.jsonl#4"]
    assert "not JSON" in where["wire.jsonl#5"]
    assert "not an object" in where["wire.jsonl#6"]
    assert "bad date" in where["wire.jsonl#7"]
    assert "already used by row 1" in where["wire.jsonl#8"]
    assert "UTF-8" in where["wire.jsonl#10"]


def test_reading_is_lazy(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w") as fh:
        for i in range(2000):
            fh.write(json.dumps({"id": f"d{i}", "text": f"Article {i}."}) + "\n")
    it = read_corpus(p)
    assert inspect.isgenerator(it)
    assert next(it).id == "d0"  # the first row comes before the file is read through


def test_csv_with_named_columns_quoted_newlines_and_bad_rows(tmp_path):
    p = tmp_path / "archive.csv"
    p.write_bytes(
        b"slug,published,body\n"
        b's1,2021-09-05,"LONDON, Sept. 5, 2021 \xe2\x80\x94 The train left.\nIt arrived."\n'
        b",,Body without id or date.\n"
        b"s3,2021-09-07\n"
        b"s4,2021-09-08,caf\xe9 text\n"
        b"s5,,\n"
    )
    cols = Columns(id="slug", text="body", date="published")
    docs, errors = _split(list(read_corpus(p, cols, default_date=dt.date(2020, 1, 1))))
    assert [(d.id, d.date) for d in docs] == [
        ("s1", dt.date(2021, 9, 5)),
        ("archive.csv#2", dt.date(2020, 1, 1)),
    ]
    assert "\n" in docs[0].text  # a quoted newline is part of the text, not a new row
    assert [e.where for e in errors] == ["archive.csv#3", "archive.csv#4", "archive.csv#5"]
    assert "fields" in errors[0].why and "UTF-8" in errors[1].why and "no text" in errors[2].why


def test_csv_without_text_column_is_an_input_error(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("id,content\n1,hello\n")
    with pytest.raises(InputError, match="no column 'text'"):
        list(read_corpus(p))
    # read_inputs reports it instead of raising
    assert list(read_inputs([p])) == [RowError(str(p), "no column 'text' (columns: id, content)")]


def test_parquet_by_batches_with_typed_dates(tmp_path):
    p = tmp_path / "c.parquet"
    n = 1200  # several batches and row groups
    table = pa.table(
        {
            "doc_id": [f"p{i}" if i % 3 else None for i in range(n)],
            "day": [dt.date(2022, 1, 1) + dt.timedelta(days=i % 400) for i in range(n)],
            "text": [None if i == 7 else f"Article {i}." for i in range(n)],
        }
    )
    pq.write_table(table, p, row_group_size=300)
    docs, errors = _split(list(read_corpus(p, Columns(id="doc_id", date="day"))))
    assert len(docs) == n - 1 and errors == [RowError("c.parquet#8", "no text in column text")]
    assert docs[0].id == "c.parquet#1" and docs[1].id == "p1"
    assert docs[-1].date == dt.date(2022, 1, 1) + dt.timedelta(days=(n - 1) % 400)


def test_too_large_text_is_a_row_error(tmp_path):
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "a" * (MAX_BYTES + 1)}) + "\n")
    (err,) = list(read_corpus(p))
    assert isinstance(err, RowError) and "more than" in err.why


def test_read_inputs_mixes_corpora_and_articles(tmp_path):
    (tmp_path / "w.jsonl").write_text(json.dumps({"id": "w1", "text": TEXT}) + "\n")
    items = list(read_inputs([tmp_path / "w.jsonl", SEEDS, tmp_path / "missing.csv"]))
    docs, errors = _split(items)
    assert docs[0].id == "w1" and len(docs) == 1 + len(list(SEEDS.glob("*.txt")))
    assert [e.where for e in errors] == [str(tmp_path / "missing.csv")]
    assert is_corpus("a.ndjson") and not is_corpus("a.json")


@pytest.fixture(scope="module")
def seeds_report(gaz):
    return verify([SEEDS], gazetteer=gaz)


def test_streamed_json_equals_report_dict(tmp_path, seeds_report):
    out = tmp_path / "r.json"
    n = write_json_stream(out, report_sections(seeds_report))
    streamed = json.loads(out.read_text(encoding="utf-8"))
    assert streamed == json.loads(json.dumps(report_dict(seeds_report)))
    assert list(streamed) == list(report_dict(seeds_report))
    assert n == sum(len(streamed[k]) for k in ("documents", "places", "claims", "legs")) + sum(
        len(streamed[k]) for k in ("errors", "unplaced", "findings")
    )


def test_streamed_json_is_strict_and_atomic(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old")
    with pytest.raises(ValueError):
        write_json_stream(out, {"findings": lambda: iter([{"x": math.nan}])}, head={"v": 1})
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["r.json"]
    write_json_stream(out, {}, head={"v": 1})
    assert json.loads(out.read_text())["claims"] == []


def test_parquet_parts_round_trip(tmp_path, seeds_report):
    rows = [claim_row(c) for c in seeds_report.claims]
    path = write_parquet_part(tmp_path, "claims", 3, rows)
    assert path.name == "part-00003.parquet"
    write_parquet_part(tmp_path, "claims", 4, [])  # an empty part has the same schema
    table = pq.read_table(tmp_path / "claims")
    assert table.num_rows == len(rows)
    back = {r["id"]: r for r in table.to_pylist()}
    for r in rows:
        b = back[r["id"]]
        assert b["text"] == r["text"] and b["places"] == r["places"]
        assert json.loads(b["value_text"]) == r["value"] if r["value"] is not None else True
    with pytest.raises(ValueError):
        write_parquet_part(tmp_path, "trips", 0, [])


def _seeds_jsonl(tmp_path):
    p = tmp_path / "seeds.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for f in sorted(SEEDS.glob("*.txt")):
            fh.write(json.dumps({"id": f.stem, "text": f.read_text(encoding="utf-8")}) + "\n")
        fh.write(json.dumps({"id": "empty", "text": " "}) + "\n")
    return p


def test_cli_verifies_a_corpus_file_with_parquet_and_streamed_json(tmp_path, seeds_report, capsys):
    from georoute.cli import main

    src = _seeds_jsonl(tmp_path)
    code = main(
        ["verify", str(src), "--json", str(tmp_path / "r.json"), "--parquet", str(tmp_path / "pq")]
    )
    err = capsys.readouterr().err
    assert code == 2 and "seeds.jsonl#6" in err  # the empty row is named, the others verified
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [f["message"] for f in rep["findings"]] == [f.message for f in seeds_report.findings]
    assert rep["errors"] == [{"path": "seeds.jsonl#6", "error": "no text in column text"}]
    assert pq.read_table(tmp_path / "pq" / "findings").num_rows == len(seeds_report.findings)


def test_cli_corpus_options_are_checked(tmp_path, capsys):
    from georoute.cli import main

    src = _seeds_jsonl(tmp_path)
    assert main(["verify", str(src), "--workers", "2"]) == 2
    assert "--engine dask" in capsys.readouterr().err
    assert main(["verify", str(src), "--engine", "dask", "--workers", "1", "--map"]) == 2


def test_cli_imports_neither_dask_nor_pyarrow_for_plain_articles():
    import subprocess
    import sys

    code = (
        "import sys; from georoute.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _stdin(monkeypatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_standard_input_as_json_lines_or_csv(monkeypatch):
    rows = [json.dumps({"id": "a1", "text": TEXT}), json.dumps({"id": "a2"}), ""]
    _stdin(monkeypatch, "\n".join(rows).encode())
    docs, errors = _split(list(read_inputs(["-"], stdin_format="jsonl")))
    assert [(d.id, d.path, d.date) for d in docs] == [("a1", "-", dt.date(2023, 9, 12))]
    assert errors == [RowError("stdin#2", "no text in column text")]
    _stdin(monkeypatch, b'slug,body\nk1,"' + TEXT.encode() + b'"\n,x\n')
    docs, errors = _split(list(read_inputs(["-"], Columns("slug", "body"), stdin_format="csv")))
    assert [d.id for d in docs] == ["k1", "stdin#2"]
    # a CSV on standard input without the text column is a named error, not a traceback
    _stdin(monkeypatch, b"a,b\n1,2\n")
    assert list(read_inputs(["-"], stdin_format="csv")) == [
        RowError("-", "stdin: no column 'text' (columns: a, b)")
    ]
    # the default reads standard input as one article
    _stdin(monkeypatch, TEXT.encode())
    docs, errors = _split(list(read_inputs(["-"])))
    assert [(d.id, d.text) for d in docs] == [("stdin", TEXT)] and not errors


def test_cli_verify_reads_a_json_lines_corpus_from_standard_input(monkeypatch, capsys):
    from georoute.cli import main

    texts = [f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))]
    lines = [json.dumps({"id": f"s{i}", "text": t}) for i, t in enumerate(texts)]
    _stdin(monkeypatch, ("\n".join(lines) + "\n").encode())
    code = main(["verify", "-", "--stdin-format", "jsonl", "--json", "-"])
    rep = json.loads(capsys.readouterr().out)  # only the report on standard output
    from georoute.base.documents import parse_dateline

    ref = verify(
        documents=[Document(f"s{i}", t, "-", parse_dateline(t)) for i, t in enumerate(texts)]
    )
    assert any(f.verdict == "inconsistent" for f in ref.findings)  # the seeds disagree
    assert code == 0
    assert [d["id"] for d in rep["documents"]] == [d.id for d in ref.documents]
    assert sorted(f["message"] for f in rep["findings"]) == sorted(f.message for f in ref.findings)


# -- Slices: parts of a corpus file that tasks read themselves (the Dask engine) -----------------
def _sliced(p, rows, **kw):
    from georoute.corpus import plan_slices, read_slice

    parts = plan_slices(p, rows=rows, **kw)
    return parts, [x for s in parts for x in read_slice(s, kw.get("columns", Columns()))]


def _as_rows(items):
    return [(x.id, x.text, x.date) if isinstance(x, Document) else tuple(x) for x in items]


JSONL_ROWS = [
    json.dumps({"id": "a1", "date": "2023-09-10", "text": TEXT}),
    json.dumps({"text": "Caf\u00e9 \u2014 a row with no id.\nIt has an escaped line break."}),
    "",
    json.dumps({"id": "a3"}),
    "{not json",
    json.dumps({"id": "a5", "text": TEXT}),
    "   ",
    json.dumps({"id": "a7", "text": "The last row has no line break."}),
]


@pytest.mark.parametrize("chunk", [3, 7, 1 << 20])
def test_jsonl_slices_read_what_the_whole_file_reads(tmp_path, monkeypatch, chunk):
    """Slices of every size, planned while reading chunks that end inside lines, inside the
    BOM and between a \\r and its \\n: put end to end they give the rows of the whole file with
    the same FILE#ROW, and every cut falls at a line start."""
    import georoute.corpus as corpus

    monkeypatch.setattr(corpus, "_CHUNK", chunk)
    p = tmp_path / "w.jsonl"
    raw = b"\xef\xbb\xbf" + "\r\n".join(JSONL_ROWS).encode("utf-8")  # no final line break
    p.write_bytes(raw)
    whole = _as_rows(read_corpus(p))
    assert whole[1][:1] == ("w.jsonl#2",) and len(whole) == 6  # a test that can fail
    for rows in range(1, 10):
        parts, items = _sliced(p, rows)
        assert _as_rows(items) == whole, rows
        assert parts[0].start == 0 and parts[-1].end == len(raw)
        for a, b in itertools.pairwise(parts):
            assert a.end == b.start and raw[b.start - 1 : b.start] == b"\n"  # a line start
        assert [s.first_row for s in parts] == [1 + rows * i for i in range(len(parts))]
        assert sum(s.rows for s in parts) == len(JSONL_ROWS)  # blank lines are rows too


def test_an_empty_file_or_header_has_no_slice(tmp_path):
    from georoute.corpus import plan_slices

    for name, data in (("e.jsonl", b""), ("e.csv", b""), ("h.csv", b"id,text\r\n")):
        (tmp_path / name).write_bytes(data)
        assert plan_slices(tmp_path / name) == [] and list(read_corpus(tmp_path / name)) == []
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="no column 'text'"):
        plan_slices(tmp_path / "x.csv")


@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_csv_slices_cut_at_records_not_at_quoted_line_breaks(tmp_path, monkeypatch, chunk):
    import georoute.corpus as corpus

    monkeypatch.setattr(corpus, "_CHUNK", chunk)
    p = tmp_path / "a.csv"
    p.write_bytes(
        b"\xef\xbb\xbfslug,body\r\n"
        b's1,"LONDON, Sept. 5, 2021 \xe2\x80\x94 The train left.\r\nIt arrived ""late""."\r\n'
        b",Body without id.\r\n"
        b"\r\n"
        b"s4\r\n"
        b's5,"two\nline breaks\rof three kinds"\r\n'
        b"s6,caf\xe9 text\r"
        b's7,"unterminated\n'
    )
    cols = Columns(id="slug", text="body")
    whole = _as_rows(read_corpus(p, cols))
    assert len(whole) == 6 and "It arrived" in whole[0][1]  # the quoted break is text
    for rows in range(1, 8):
        parts, items = _sliced(p, rows, columns=cols)
        assert _as_rows(items) == whole, rows
        assert [s.first_row for s in parts] == [1 + rows * i for i in range(len(parts))]
        assert sum(s.rows for s in parts) == 7  # the records, the blank one too


def test_parquet_slices_by_row_groups(tmp_path):
    p = tmp_path / "c.parquet"
    table = pa.table(
        {"id": [f"p{i}" for i in range(1000)], "text": [f"T {i}." for i in range(1000)]}
    )
    pq.write_table(table, p, row_group_size=250)
    parts, items = _sliced(p, 250)
    assert [(s.start, s.end, s.first_row) for s in parts] == [
        (0, 1, 1), (1, 2, 251), (2, 3, 501), (3, 4, 751),
    ]  # fmt: skip
    assert _as_rows(items) == _as_rows(read_corpus(p))
    parts, items = _sliced(p, 400)  # groups together until a slice has enough rows
    assert [(s.start, s.end) for s in parts] == [(0, 2), (2, 4)]
    assert _as_rows(items) == _as_rows(read_corpus(p))


def test_a_repeated_id_in_two_slices_is_left_to_the_caller(tmp_path):
    """Inside a slice a repeated id is refused as in the whole file; across two slices the
    reader cannot know: the engine compares ids after reading (``engine_dask``)."""
    p = tmp_path / "d.jsonl"
    p.write_text("".join(json.dumps({"id": "x", "text": f"T{i}."}) + "\n" for i in range(3)))
    _, items = _sliced(p, 2)
    assert _as_rows(items)[1] == ("d.jsonl#2", "id 'x' already used by row 1")
    assert [type(x).__name__ for x in items] == ["Document", "RowError", "Document"]
