"""The HTML map: self-contained, escaped, and drawn in a real headless Chromium with no network."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from georoute.base.errors import RouteUnavailable
from georoute.outputs.render import js_string, map_html, render_map, safe_html
from georoute.verify import verify
from tests.browser import CHROMIUM, CHROMIUM_ARGS, guarded_page, needs_chromium
from tests.conftest import ARTICLES, SEEDS

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "needs_chromium"]  # the page tests import them from here


@pytest.fixture(scope="module")
def seeds_map(tmp_path_factory, gaz):
    out = tmp_path_factory.mktemp("map") / "seeds.html"
    render_map(verify([SEEDS], gazetteer=gaz), out)
    return out


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory, gaz):
    out = tmp_path_factory.mktemp("map") / "hostile.html"
    render_map(
        verify([ARTICLES / "hostile.txt", ARTICLES / "direction_bad.txt"], gazetteer=gaz), out
    )
    return out


def page_data(page: str) -> dict:
    """The map's data block (base64 of UTF-8 JSON), decoded as the page's script decodes it."""
    found = re.findall(r'<script type="application/json" id="georoute-data">(.*?)</script>', page)
    assert len(found) == 1, "the page carries one data block"
    assert re.fullmatch(r"[A-Za-z0-9+/=]*", found[0]), "the block is base64 and nothing else"
    return json.loads(base64.b64decode(found[0]).decode("utf-8"))


def inline_scripts(page: str) -> list[str]:
    """The page's executable inline scripts (the data block has a type and is not one)."""
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_no_network_assets_in_html(seeds_map):
    h = seeds_map.read_text(encoding="utf-8")
    assert not re.findall(r"<(?:script|link|img)[^>]*(?:src|href)\s*=\s*[\"']?https?:", h, re.I)
    assert "jquery" not in h.lower() and "bootstrap" not in h.lower()
    shown = page_data(h)["attribution"]
    assert "OpenStreetMap" in shown and "Natural Earth" in shown
    assert seeds_map.stat().st_size < 6_000_000  # the world at 1:10m is most of it


def test_escaping_helpers():
    s = safe_html("<script>${alert(1)}`</script>\\'\"")
    assert "<" not in s and "$" not in s and "`" not in s and "\\" not in s
    j = js_string("</script><b>&")
    assert "</" not in j and "<" not in j and "&" not in j


def test_hostile_text_never_lands_raw(hostile_map):
    h = hostile_map.read_text(encoding="utf-8")
    for payload in (
        "window.__pwned=1</script>",
        "<img src=x",
        "${window.__pwned",
        "</script><script>window.__pwned",
    ):
        assert payload not in h


def test_page_policy_allows_only_its_own_scripts(seeds_map):
    h = seeds_map.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', h).group(1)
    script_src = policy.split(";")[1]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in script_src
    scripts = inline_scripts(h)
    assert h.count("<script") == len(scripts) + 1, "every other script is the data block"
    assert script_src.count("'sha256-") == len(scripts) >= 3
    for code in scripts:  # the hashes are those of the scripts the page holds, as written
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_src
    assert "src=" not in "".join(re.findall(r"<script[^>]*>", h)), "no script is loaded"


def test_map_is_the_same_bytes_every_time(hostile_map, gaz, tmp_path):
    """Same report, same page: again in this process, and from the CLI in two processes with
    different hash seeds."""
    inputs = [str(ARTICLES / "hostile.txt"), str(ARTICLES / "direction_bad.txt")]
    first = hostile_map.read_bytes()
    assert map_html(verify(paths=inputs, gazetteer=gaz)).encode() == first
    for seed in ("1", "2"):
        out = tmp_path / f"map{seed}.html"
        subprocess.run(
            [sys.executable, "-m", "georoute", "verify", *inputs, "--map", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=False,
        )
        assert out.read_bytes() == first


def _open(page_url, tmp_path):
    with guarded_page() as (page, guard):
        page.goto(page_url)
        page.wait_for_timeout(800)
        state = {
            "paths": page.locator("path.leaflet-interactive").count(),
            "findings": page.locator("path.georoute-finding").count(),
            "pwned": page.evaluate("window.__pwned === undefined ? null : window.__pwned"),
            "controls": page.locator(
                ".leaflet-control-layers, .leaflet-control-minimap, .leaflet-control-measure"
            ).count(),
        }
        shot = tmp_path / "map.png"
        page.screenshot(path=str(shot))
        popup_text = ""
        target = page.locator("path.georoute-inconsistent").first
        if target.count():
            target.dispatch_event("click")
            page.wait_for_timeout(300)
            popup_text = page.locator(".leaflet-popup-content").first.inner_text()
    return state, guard.leaked, guard.errors, guard.dialogs, popup_text, shot


@needs_chromium
def test_seeds_map_in_headless_chromium(seeds_map, tmp_path):
    state, leaked, errors, dialogs, popup, shot = _open(seeds_map.as_uri(), tmp_path)
    assert leaked == [], "no request leaves the page"
    assert errors == [] and dialogs == []
    assert state["paths"] > 10 and state["findings"] >= 5 and state["controls"] >= 3
    assert "inconsistent" in popup and ("km" in popup or "h" in popup)
    assert shot.stat().st_size > 10_000


@needs_chromium
def test_hostile_map_runs_nothing(hostile_map, tmp_path):
    state, leaked, errors, dialogs, _, _ = _open(hostile_map.as_uri(), tmp_path)
    assert state["pwned"] is None and dialogs == [] and leaked == []
    assert errors == []


def test_cli_map_default_path(tmp_path, monkeypatch):
    from georoute.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["verify", str(Path(SEEDS).resolve()), "--map", "georoute.html"]) == 0
    assert (tmp_path / "georoute.html").exists()  # --map takes a FILE (issue 15): no default


@pytest.fixture(scope="module")
def corpus_map(tmp_path_factory, gaz):
    """Thirty articles naming 2,000 cities between them: a corpus, not a story."""
    rows = gaz._conn.execute(
        "SELECT name FROM places WHERE population >= 200000 AND kinds = 'populated_place' "
        "ORDER BY population DESC LIMIT 2000"
    ).fetchall()
    names = [r[0] for r in rows]
    docs = [
        "date 2024-01-01\n" + " ".join(f"The delegation visited {n}." for n in names[k : k + 70])
        for k in range(0, len(names), 70)
    ]
    report = verify(texts=docs, gazetteer=gaz)
    out = tmp_path_factory.mktemp("map") / "corpus.html"
    render_map(report, out)
    return report, out


def test_corpus_map_stays_small_and_uses_canvas(corpus_map):
    report, out = corpus_map
    assert len(report.places) > 1500
    html = out.read_text(encoding="utf-8")
    assert page_data(html)["preferCanvas"] is True
    # under 3 KB a place besides the libraries and the 1:10m world (5.4 MB)
    assert out.stat().st_size < 5_500_000 + 3_000 * len(report.places)


@needs_chromium
def test_corpus_map_opens_in_chromium(corpus_map, tmp_path):
    state, leaked, errors, dialogs, _, shot = _open(corpus_map[1].as_uri(), tmp_path)
    assert leaked == [] and errors == [] and dialogs == []
    assert state["controls"] >= 3 and shot.stat().st_size > 10_000


def test_map_draws_the_routes_the_checks_found_without_routing_again(gaz):
    """route_length findings carry their route (Finding.route); the map draws it and routes only
    the train legs no check routed (issue 11: render no longer routes what the checks routed)."""
    report = verify([ARTICLES / "shinkansen.txt"], gazetteer=gaz)
    found = {(f.route.origin, f.route.destination) for f in report.findings if f.route}
    assert found, "the article's rail distance is routed by route_length"
    asked = []

    def router(places):
        asked.append((places[0].id, places[1].id))
        raise RouteUnavailable("not routed in this test")

    page = page_data(map_html(report, router=router))
    assert not found & set(asked)
    routes = next(layer for layer in page["layers"] if layer["name"] == "Rail routes")
    assert len(routes["items"]) >= len(found)
