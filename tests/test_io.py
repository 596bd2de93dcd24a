"""Inputs and outputs under hostile conditions: the API that does not guess, documents verified
in isolation, paths (``-``, special files, byte limits, permissions), strict and safe outputs,
outputs committed as a set, the lazy rail network, GeoJSON per RFC 7946 and pandas frames."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base import fileio
from georoute.base.documents import Document
from georoute.base.errors import InputError, UsageError
from georoute.base.findings import Finding
from georoute.cli import main
from georoute.outputs.report import report_dict, to_csv_text, to_geojson, to_json_text, validate
from georoute.verify import Report, verify

from .conftest import ARTICLES

TRAIN = "date 2024-01-02\nThe train left Paris for Lyon and covered 390 km in two hours at about 195 km/h.\n"
DRIVE = "date 2024-01-02\nThe convoy drove 8 miles from Paris to Lyon in almost zero weeks.\n"


def _strict_loads(text: str):
    def refuse(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def _write(folder: Path, name: str, text: str = TRAIN) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def _finishes(fn, seconds: float = 60.0):
    """Run ``fn`` in a thread; fail (rather than hang the suite) if it does not return."""
    result: dict = {}

    def run():
        try:
            result["value"] = fn()
        except BaseException as exc:
            result["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "blocked"
    if "error" in result:
        raise result["error"]
    return result["value"]


# -- the API does not guess -----------------------------------------------------------------
def test_texts_never_touch_the_file_system(gaz, tmp_path, monkeypatch):
    _write(tmp_path, "here.txt")
    monkeypatch.chdir(tmp_path)

    def no_fs(*_a, **_k):
        raise AssertionError("a text was opened as a path")

    monkeypatch.setattr(fileio, "read_bytes", no_fs)
    monkeypatch.setattr(os, "walk", no_fs)
    for text in ("", "/.", "/etc/passwd", "here.txt", "x" * 300, "é" * 200):
        r = verify(texts=[text], gazetteer=gaz)
        assert [(d.id, d.path, d.text) for d in r.documents] == [("text1", None, text)]
        assert not r.errors


def test_a_str_positionally_is_a_path_never_a_text(gaz, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    art = _write(tmp_path, "a.txt")
    as_str = verify([str(art)], gazetteer=gaz)
    by_path = verify([art], gazetteer=gaz)
    by_doc = verify([Document("a", TRAIN, None)], gazetteer=gaz)
    by_kw = verify(paths=["a.txt"], gazetteer=gaz)
    assert [d.id for d in as_str.documents] == [d.id for d in by_kw.documents] == ["a"]
    assert [f.message for f in by_path.findings] == [f.message for f in by_doc.findings]
    one_line = verify("The train left Paris for Lyon.", gazetteer=gaz)
    assert not one_line.documents and "no such file" in one_line.errors[0][1]
    with pytest.raises(TypeError, match="texts="):
        verify([TRAIN], gazetteer=gaz)


def test_a_nonexistent_path_is_an_error_whatever_its_extension(gaz, tmp_path, capsys):
    r = verify(paths=[tmp_path / "x.md", tmp_path / "y.txt", "-no-such"], gazetteer=gaz)
    assert not r.documents and len(r.errors) == 3
    assert main(["verify", str(tmp_path / "x.md")]) == 2
    assert "x.md" in capsys.readouterr().err


def test_ids_stay_unique_across_paths_texts_and_documents(gaz, tmp_path):
    r = verify(
        [Document("text1", TRAIN)],
        texts=[TRAIN],
        paths=[_write(tmp_path, "text1.txt")],
        gazetteer=gaz,
    )
    ids = [d.id for d in r.documents]
    assert len(ids) == 3 and len(set(ids)) == 3


# -- every document in isolation ------------------------------------------------------------
def test_one_failing_extraction_is_an_error_and_the_others_are_verified(
    gaz, tmp_path, monkeypatch, capsys
):
    from georoute import verify as verify_module

    real = verify_module.extract_document

    def extract(doc, g):
        if "BOOM" in doc.text:
            raise ZeroDivisionError("a date at the end of the calendar")
        return real(doc, g)

    monkeypatch.setattr(verify_module, "extract_document", extract)
    good = _write(tmp_path, "good.txt")
    bad = _write(tmp_path, "bad.txt", TRAIN + "BOOM\n")
    r = verify(paths=[tmp_path], gazetteer=gaz)
    assert [d.id for d in r.documents] == ["good"] and r.findings
    ((path, why),) = r.errors
    assert path == str(bad) and "ZeroDivisionError" in why and "end of the calendar" in why

    out = tmp_path / "r.json"
    code = main(["verify", str(good), str(bad), "--json", str(out), "--fail-on", "inconsistent"])
    assert code == 2, "a failed document is an input error, never the --fail-on code"
    d = _strict_loads(out.read_text())
    validate(d)
    assert [e["path"] for e in d["errors"]] == [str(bad)]
    assert "ZeroDivisionError" in d["errors"][0]["error"]
    assert "bad.txt" in capsys.readouterr().err


def test_a_check_that_raises_is_unverifiable_for_that_document_only(gaz, monkeypatch):
    from georoute import verify as verify_module
    from georoute.checks import check_plausibility

    def check_plausibility_broken(inp):
        if any(c.doc == "bad" for c in inp.claims.values()):
            raise OverflowError("date value out of range")
        return check_plausibility(inp)

    check_plausibility_broken.__name__ = "check_plausibility"
    checks = tuple(
        check_plausibility_broken if c is check_plausibility else c for c in verify_module.CHECKS
    )
    monkeypatch.setattr(verify_module, "CHECKS", checks)
    docs = [Document("good", TRAIN.replace("train", "bus")), Document("bad", TRAIN)]
    r = verify(documents=docs, gazetteer=gaz)
    plaus = [f for f in r.findings if f.check == "plausibility"]
    assert {f.docs for f in plaus} == {("good",), ("bad",)}
    (broken,) = [f for f in plaus if f.docs == ("bad",)]
    assert broken.verdict == "unverifiable"
    assert "plausibility" in broken.message and "OverflowError" in broken.message
    assert any(f.check == "speed_distance_time" and f.docs == ("bad",) for f in r.findings)
    assert r.errors == (
        ("bad", "plausibility check failed: OverflowError: date value out of range"),
    )
    validate(report_dict(r))


def test_a_check_that_fails_only_across_documents_is_not_lost(gaz, monkeypatch, tmp_path):
    from georoute import verify as verify_module
    from georoute.checks import check_cross_source

    def check_cross_source_broken(inp):
        if len({c.doc for c in inp.claims.values()}) > 1:
            raise KeyError("leg")
        return check_cross_source(inp)

    check_cross_source_broken.__name__ = "check_cross_source"
    checks = tuple(
        check_cross_source_broken if c is check_cross_source else c for c in verify_module.CHECKS
    )
    monkeypatch.setattr(verify_module, "CHECKS", checks)
    r = verify(paths=[ARTICLES / "source_a.txt", ARTICLES / "source_b.txt"], gazetteer=gaz)
    (crash,) = [f for f in r.findings if f.check == "cross_source"]
    assert crash.verdict == "unverifiable" and set(crash.docs) == {"source_a", "source_b"}
    assert r.errors and "across documents" in r.errors[0][1]
    out = tmp_path / "r.json"
    a, b = (str(ARTICLES / f"source_{x}.txt") for x in "ab")
    assert main(["verify", a, b, "--json", str(out), "--fail-on", "inconsistent"]) == 2


# -- paths ----------------------------------------------------------------------------------
def test_special_files_are_refused_quickly_not_read(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _finishes(lambda: main(["verify", str(fifo)])) == 2
    assert "FIFO" in capsys.readouterr().err
    if Path("/dev/zero").exists():
        assert _finishes(lambda: main(["verify", "/dev/zero", "/dev/urandom"])) == 2
        assert "character device" in capsys.readouterr().err


def test_the_read_is_bounded_whatever_the_size_says(tmp_path, monkeypatch):
    class Endless:
        def read(self, n):
            return b"\0" * n

    monkeypatch.setattr("sys.stdin", type("S", (), {"buffer": Endless()})())
    with pytest.raises(InputError, match="more than the 1,000 bytes"):
        _finishes(lambda: fileio.read_bytes("-", limit=1000))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 1001)
    with pytest.raises(InputError, match="more than"):
        fileio.read_bytes(big, limit=1000)
    assert fileio.read_bytes(big, limit=1001) == b"a" * 1001


def test_special_files_inside_folders_are_skipped_and_named(gaz, tmp_path):
    _write(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    r = _finishes(lambda: verify(paths=[tmp_path], gazetteer=gaz))
    assert [d.id for d in r.documents] == ["a"]
    assert [(Path(p).name, "FIFO" in why) for p, why in r.errors] == [("pipe.txt", True)]


def test_unreadable_folders_are_named_not_skipped(gaz, tmp_path, monkeypatch):
    _write(tmp_path, "a.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    _write(locked, "b.txt")
    real = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = verify(paths=[tmp_path], gazetteer=gaz)
    assert [d.id for d in r.documents] == ["a"]
    assert r.errors == ((str(locked), "folder cannot be read (Permission denied)"),)
    alone = verify(paths=[locked], gazetteer=gaz)
    assert "cannot be read" in alone.errors[0][1] and "holds no" not in alone.errors[0][1]


def test_standard_input_is_an_article(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TRAIN.encode())))
    assert main(["verify", "-", "--json", "-"]) == 0
    d = _strict_loads(capsys.readouterr().out)
    assert [(x["id"], x["path"]) for x in d["documents"]] == [("stdin", "-")]


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "file-as-folder", "no-folder"])
def test_bad_output_paths_are_refused_before_any_work(tmp_path, monkeypatch, capsys, kind):
    from georoute import verify as verify_module

    art = _write(tmp_path, "a.txt")
    target = tmp_path / "target.json"
    target.write_text("keep")
    out = tmp_path / "out.json"
    if kind == "symlink":
        out.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "folder":
        out.mkdir()
    elif kind == "file-as-folder":
        out = target / "out.json"
    else:
        out = tmp_path / "missing" / "out.json"

    def no_work(*_a, **_k):
        raise AssertionError("verified before checking the outputs")

    monkeypatch.setattr(verify_module, "verify", no_work)
    ok = tmp_path / "ok.csv"
    assert main(["verify", str(art), "--csv", str(ok), "--json", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert target.read_text() == "keep" and not ok.exists()
    if kind == "symlink":
        assert out.is_symlink()


def test_devices_are_never_outputs():
    with pytest.raises(UsageError, match="character device"):
        fileio.check_output("/dev/null")
    with pytest.raises(UsageError, match="empty"):
        fileio.check_output("")
    fileio.check_output("-")


def test_map_and_geojson_to_standard_output(tmp_path, capsys):
    art = _write(tmp_path, "a.txt")
    assert main(["verify", str(art), "--map", "-"]) == 0
    out = capsys.readouterr().out
    assert out.lstrip().lower().startswith("<!doctype html>") and "georoute:" not in out
    assert main(["verify", str(art), "--geojson", "-"]) == 0
    assert _strict_loads(capsys.readouterr().out)["type"] == "FeatureCollection"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "no temporary file left"


def test_unwritable_output_folder_is_named(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    if os.geteuid() == 0:  # root writes to any folder: make the folder look unwritable
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, m: Path(p) != ro and real(p, m))
    with pytest.raises(UsageError, match=r"folder .*ro is not writable"):
        fileio.check_output(ro / "x.json")


def test_oversized_texts_and_documents_are_errors_not_read(gaz, monkeypatch):
    monkeypatch.setattr("georoute.verify.MAX_BYTES", 400)
    r = verify(texts=[TRAIN, TRAIN * 5, "é" * 150, "é" * 250], gazetteer=gaz)
    assert [d.id for d in r.documents] == ["text1", "text3"]
    why = "more than the 400 bytes an article may have"
    assert r.errors == (("text2", why), ("text4", why)), "bytes counted, not characters"


def test_cache_falls_back_to_a_temporary_folder(tmp_path, monkeypatch):
    from georoute.geo.gazindex import cache_dir

    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("GEOROUTE_CACHE_DIR", str(blocker / "cache"))
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        got = cache_dir()
    assert got.is_dir() and os.access(got, os.W_OK) and blocker not in got.parents


# -- outputs --------------------------------------------------------------------------------
def test_json_is_strict_even_when_a_check_computes_infinity(gaz, tmp_path):
    r = verify(texts=[DRIVE], gazetteer=gaz)
    text = to_json_text(r)
    _strict_loads(text)
    synthetic = Report(
        (), (), {}, (), (Finding("plausibility", "unverifiable", (), (), "m", {"x": float("nan")}),)
    )
    assert _strict_loads(to_json_text(synthetic))["findings"][0]["computed"] == {"x": None}
    _strict_loads(to_geojson(synthetic))
    out = tmp_path / "r.json"
    assert main(["verify", str(_write(tmp_path, "d.txt", DRIVE)), "--json", str(out)]) == 0
    assert "Infinity" not in out.read_text() and "NaN" not in out.read_text()


def test_csv_cells_never_start_a_formula(gaz, tmp_path):
    for name in ("=1+2.txt", "+cmd.txt", "@SUM(A1).txt", "-2+3.txt"):
        _write(tmp_path, name)
    r = verify(paths=[tmp_path], gazetteer=gaz)
    assert len(r.documents) == 4
    rows = list(csv.reader(io.StringIO(to_csv_text(r))))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=1+2") for c in cells)


def test_escape_sequences_never_reach_the_terminal(tmp_path, capsys):
    name = "\x1b]0;pwned\x07x\x1b[2J\u202e.txt"
    _write(tmp_path, name)
    _write(tmp_path, "bad\x1b[31m.txt", "")
    assert main(["verify", str(tmp_path)]) == 2
    got = capsys.readouterr()
    for stream in (got.out, got.err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "pwned" not in got.out and "bad" in got.err


def test_report_independent_of_input_order(gaz):
    names = ["source_a", "source_b", "trip_a", "modi_a"]
    paths = [ARTICLES / f"{n}.txt" for n in names]
    first = to_json_text(verify(paths=paths, gazetteer=gaz))
    again = to_json_text(verify(paths=list(reversed(paths)), gazetteer=gaz))
    assert first == again


def test_replaced_outputs_keep_their_mode_and_are_committed_together(tmp_path, monkeypatch):
    art = _write(tmp_path, "a.txt")
    js, cs = tmp_path / "r.json", tmp_path / "f.csv"
    js.write_text("old")
    js.chmod(0o600)
    assert main(["verify", str(art), "--json", str(js), "--csv", str(cs)]) == 0
    assert js.stat().st_mode & 0o777 == 0o600 and js.read_text() != "old"

    from georoute.outputs import report as report_module

    def broken(_report):
        raise OSError(28, "No space left on device")

    js.write_text("old")
    cs.unlink()
    monkeypatch.setattr(report_module, "to_csv_text", broken)
    assert main(["verify", str(art), "--json", str(js), "--csv", str(cs)]) == 2
    assert js.read_text() == "old" and not cs.exists(), "no output renamed before all are written"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "r.json"]


# -- lazy rail network ----------------------------------------------------------------------
def test_rail_network_loads_only_when_a_route_is_asked(gaz, monkeypatch):
    from georoute import rail

    calls = []
    real = rail.rail_network

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(rail, "rail_network", counted)
    verify(texts=["The convoy drove 50 km from Paris to Orleans in an hour by car."], gazetteer=gaz)
    assert calls == []
    verify(texts=[TRAIN], gazetteer=gaz)
    assert calls == [1]


# -- CLI conventions ------------------------------------------------------------------------
def test_every_output_takes_a_value_and_dash_is_stdout(tmp_path, capsys):
    art = _write(tmp_path, "a.txt")
    m = tmp_path / "m.html"
    assert main(["verify", "--map", str(m), str(art)]) == 0 and m.exists()
    capsys.readouterr()
    assert main(["verify", str(art), "--csv", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("id,check,verdict") and "georoute:" not in out
    assert main(["verify", str(art), "--csv", "-", "--json", "-"]) == 2
    assert main(["verify", "--json", str(art)]) == 2, "--json never swallows the article path"
    assert main(["resolve", "Lyon", "--json", "-"]) == 0
    assert _strict_loads(capsys.readouterr().out)["place"]["name"] == "Lyon"
    assert main(["claims", str(art), "--json", "-"]) == 0
    assert _strict_loads(capsys.readouterr().out)[0]["doc"] == "a"
    assert main(["places", str(art), "--json", "-"]) == 0
    assert {r["place"] for r in _strict_loads(capsys.readouterr().out)} >= {"Paris", "Lyon"}


def test_quiet_version_and_exit_codes(tmp_path, capsys):
    art = _write(tmp_path, "a.txt")
    assert main(["verify", str(art), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--version", "resolve", "Nowhere at all"]) == 0
    assert "georoute" in capsys.readouterr().out
    assert main(["resolve", "Xyzzyqwv Plover"]) == 3
    assert main(["route", "Xyzzyqwv Plover", "Paris"]) == 3
    assert main(["verify"]) == 2
    assert main([]) == 2


# -- GeoJSON and frames ---------------------------------------------------------------------
def test_geojson_per_rfc_7946(gaz):
    from georoute.outputs.report import geodesic_line

    line = geodesic_line(35.68, 139.69, 34.05, -118.24)  # Tokyo - Los Angeles, over the Pacific
    assert line["type"] == "MultiLineString"
    (west, east) = line["coordinates"]
    assert west[-1][0] == 180 and east[0][0] == -180 and west[-1][1] == east[0][1]
    assert all(-180 <= x <= 180 for part in line["coordinates"] for x, _ in part)
    assert all(x > 100 for x, _ in west) and all(x < -100 for x, _ in east)
    r = verify(texts=[TRAIN], gazetteer=gaz)
    fc = _strict_loads(to_geojson(r))
    ids = [f["id"] for f in fc["features"]]
    assert len(ids) == len(set(ids)) and all(ids)
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"place", "leg", "finding"}
    legs = [f for f in fc["features"] if f["properties"]["kind"] == "leg"]
    assert len(legs[0]["geometry"]["coordinates"]) > 2, "a geodesic, not a straight segment"
    findings = [f for f in fc["features"] if f["properties"]["kind"] == "finding"]
    assert len(findings) == len(r.findings)
    assert all(f["properties"]["verdict"] and f["properties"]["message"] for f in findings)


def test_frames(gaz):
    r = verify(texts=[TRAIN], gazetteer=gaz)
    claims, findings, legs = r.claims_frame(), r.findings_frame(), r.legs_frame()
    assert len(claims) == len(r.claims) and {"kind", "text", "low", "high"} <= set(claims.columns)
    assert list(findings["id"]) == [f"F{i}" for i in range(1, len(r.findings) + 1)]
    assert set(findings["verdict"]) <= {"consistent", "inconsistent", "unverifiable"}
    assert list(legs["origin_name"]) == ["Paris"] and list(legs["destination_name"]) == ["Lyon"]


def test_a_failing_renderer_is_a_clear_error_and_no_output_is_written(
    tmp_path, monkeypatch, capsys
):
    from georoute.outputs import render

    def broken(*_a, **_k):
        raise ValueError("unexpected '}'")

    monkeypatch.setattr(render, "render_map", broken)
    art = _write(tmp_path, "a.txt")
    js, m = tmp_path / "r.json", tmp_path / "m.html"
    assert main(["verify", str(art), "--json", str(js), "--map", str(m)]) == 2
    err = capsys.readouterr().err
    assert "--map could not be written" in err and "ValueError" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_usage_messages_are_cleaned(capsys):
    assert main(["resolve", "Lyon", "\x1b]0;pwned\x07\x1b[2J"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "\x1b" not in err and "\x07" not in err


def test_trip_grouping_that_fails_keeps_each_document_on_its_own(gaz, monkeypatch):
    from georoute import verify as verify_module

    real = verify_module.group_trips

    def group(docs, texts, places):
        if len(docs) > 1 or docs[0].doc == "bad":
            raise RecursionError("too deep")
        return real(docs, texts, places)

    monkeypatch.setattr(verify_module, "group_trips", group)
    docs = [Document("a", TRAIN), Document("b", DRIVE), Document("bad", TRAIN)]
    r = verify(documents=docs, gazetteer=gaz)
    assert [d.id for d in r.documents] == ["a", "b"]
    assert r.errors == (("bad", "trip grouping failed: RecursionError: too deep"),)
    assert {f.docs[0] for f in r.findings} == {"a", "b"}
    assert len({t.id for t in r.trips}) == len(r.trips)
    validate(report_dict(r))


def test_an_output_never_replaces_an_input_or_another_output(tmp_path, capsys):
    art = _write(tmp_path, "a.txt")
    out = tmp_path / "r.json"
    assert main(["verify", str(art), "--json", str(art)]) == 2
    assert art.read_text() == TRAIN and "would replace the input" in capsys.readouterr().err
    assert main(["verify", str(art), "--json", str(out), "--csv", str(out)]) == 2
    assert not out.exists() and "both write" in capsys.readouterr().err


@given(st.text(max_size=400))
def test_verify_never_raises_and_its_json_is_strict(gaz, text):
    r = verify(texts=[text], gazetteer=gaz)
    assert len(r.documents) + len(r.errors) == 1
    d = _strict_loads(to_json_text(r))
    validate(d)


def test_an_empty_path_is_an_error_not_the_working_folder(tmp_path, monkeypatch, gaz):
    from georoute.verify import verify

    (tmp_path / "a.txt").write_text("The 390 km trip from Paris to Lyon took two hours.\n")
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        r = verify([empty], gazetteer=gaz)
        assert not r.documents and "empty path" in r.errors[0][1]
