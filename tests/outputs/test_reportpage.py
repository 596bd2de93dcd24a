"""The annotated report page: pure checks of what goes into it, then the page in headless Chromium
with the network blocked (requests counted), driven by mouse and keyboard."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from georoute.base.documents import Document
from georoute.outputs.reportpage import (
    annotate,
    build_page,
    claim_verdicts,
    report_page,
    script_json,
)
from georoute.verify import verify
from tests.conftest import SEEDS
from tests.outputs.test_render import CHROMIUM, CHROMIUM_ARGS, needs_chromium
from tests.strategies import claim_spans

HOSTILE = (
    "date 2024-01-01\n"
    "</script><script>window.__pwned=1</script> {{7*7}} ${window.__pwned=2} <!-- "
    '<img src=x onerror="window.__pwned=3"> \u2028\u2029 🚄\n'
    "The train left Paris for Lyon, a 400 km trip that took 2 hours at about 150 km/h. 🚄 "
    "Lyon is 390 km north of Paris. </script><script>window.__pwned=4</script>"
)
HOSTILE_ID = "</script><script>window.__pwned=5</script>"
BLOB = re.compile(r'<script type="application/json" id="georoute-data">(.*?)</script>', re.S)


def _model(html: str) -> dict:
    blobs = BLOB.findall(html)
    assert len(blobs) == 1
    return json.loads(blobs[0])


def _claim_texts(nodes, out: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Each claim's parts, as the text under its nodes, in document order."""
    out = {} if out is None else out

    def text(n) -> str:
        return n if isinstance(n, str) else "".join(text(c) for c in n["children"])

    for n in nodes:
        if isinstance(n, dict):
            out.setdefault(n["claim"], []).append(text(n))
            _claim_texts(n["children"], out)
    return out


def _plain(nodes) -> str:
    return "".join(n if isinstance(n, str) else _plain(n["children"]) for n in nodes)


@pytest.fixture(scope="module")
def seeds_report(gaz):
    return verify([SEEDS], gazetteer=gaz)


@pytest.fixture(scope="module")
def seeds_page(seeds_report, tmp_path_factory):
    out = tmp_path_factory.mktemp("page") / "seeds.html"
    out.write_text(report_page(seeds_report), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def hostile_report(gaz):
    return verify([Document(HOSTILE_ID, HOSTILE, None, None)], gazetteer=gaz)


@pytest.fixture(scope="module")
def hostile_page(hostile_report, tmp_path_factory):
    out = tmp_path_factory.mktemp("page") / "hostile.html"
    out.write_text(report_page(hostile_report), encoding="utf-8")
    return out


# ---- pure ----------------------------------------------------------------------------------


def test_every_claim_span_is_highlighted_exactly(seeds_report, seeds_page):
    model = _model(seeds_page.read_text(encoding="utf-8"))
    texts = {d.id: d.text for d in seeds_report.documents}
    claims = seeds_report.to_dict()["claims"]
    assert len(claims) > 50
    seen = {}
    for d in model["docs"]:
        assert _plain(d["segments"]) == texts[d["id"]]
        seen.update(_claim_texts(d["segments"]))
    for c in claims:
        assert "".join(seen[c["id"]]) == c["text"] == texts[c["doc"]][c["start"] : c["end"]]


def test_hostile_text_lands_as_text(hostile_report, hostile_page):
    html = hostile_page.read_text(encoding="utf-8")
    for raw in (
        "</script><script>window.__pwned",
        "<img src=x",
        "<!-- ",
        "\u2028",
        "\u2029",
    ):
        assert raw not in html
    # the only elements are the page's own: three scripts (Leaflet, the page, the data) and styles
    assert html.count("<script") == 3 and html.count("</script>") == 3
    model = _model(html)
    assert model["docs"][0]["id"] == HOSTILE_ID
    assert _plain(model["docs"][0]["segments"]) == HOSTILE
    assert "{{7*7}}" in _plain(model["docs"][0]["segments"])
    assert any(c["kind"] == "distance" for c in model["report"]["claims"])


def test_script_json_cannot_break_out():
    s = script_json({"a": "</script><!--<script>\u2028\u2029&", "b": [1.5, None]})
    assert (
        "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    )
    assert json.loads(s) == {"a": "</script><!--<script>\u2028\u2029&", "b": [1.5, None]}


def test_csp_allows_exactly_the_page_scripts_and_styles(seeds_report):
    page = build_page(seeds_report)
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page.html)
    assert meta and meta.group(1).replace("&#x27;", "'") == page.csp
    assert "default-src 'none'" in page.csp and "connect-src 'none'" in page.csp
    bodies = re.findall(r"<script>(.*?)</script>", page.html, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page.html, re.S)
    assert len(bodies) == 2 and len(styles) == 2
    for code in (*bodies, *styles):
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in page.csp
    assert "unsafe-inline" not in page.csp and "unsafe-eval" not in page.csp


def test_no_network_reference_in_page(seeds_page):
    html = seeds_page.read_text(encoding="utf-8")
    assert not re.findall(r"<(?:script|link|img|iframe)[^>]*(?:src|href)\s*=", html, re.I)
    assert "@import" not in html and "@font-face" not in html
    assert not re.findall(r"url\(\s*['\"]?https?:", html, re.I)


def test_claim_verdict_worst_wins():
    rep = {
        "findings": [
            {"claims": ["a", "b", "c"], "verdict": "consistent"},
            {"claims": ["b", "c"], "verdict": "unverifiable"},
            {"claims": ["c"], "verdict": "inconsistent"},
            {"claims": ["a"], "verdict": "made-up"},
        ]
    }
    assert claim_verdicts(rep) == {"a": "consistent", "b": "unverifiable", "c": "inconsistent"}


def test_seeds_claims_coloured_by_their_findings(seeds_page, seeds_report):
    model = _model(seeds_page.read_text(encoding="utf-8"))
    d = seeds_report.to_dict()
    inconsistent = {c for f in d["findings"] if f["verdict"] == "inconsistent" for c in f["claims"]}
    assert inconsistent
    for cid in inconsistent:
        assert model["claim_verdicts"][cid] == "inconsistent"


spans = claim_spans


@given(st.text(min_size=0, max_size=40), spans)
def test_annotate_keeps_text_and_every_valid_span(text, raw):
    tree = annotate(text, raw)
    assert _plain(tree) == text
    parts = _claim_texts(tree)
    for s, e, cid in raw:
        if 0 <= s < e <= len(text):
            assert "".join(parts[cid]) == text[s:e]
        else:
            assert cid not in parts


# ---- in the browser ------------------------------------------------------------------------


def _browse(url: str, actions):
    """Open ``url`` in headless Chromium with every request but the page itself blocked; run
    ``actions(page)``; return (its result, requests that tried to leave, errors, dialogs)."""
    from playwright.sync_api import sync_playwright

    leaked, errors, dialogs = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        def route(r):
            if r.request.url == url or r.request.url.startswith(("data:", "blob:")):
                r.continue_()
            else:
                leaked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_selector("mark.claim")
        try:
            result = actions(page)
        finally:
            browser.close()
    return result, leaked, errors, dialogs


def _rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#findings tbody tr",
        "rs => rs.map(r => ({id: r.dataset.finding, verdict: r.cells[1].textContent,"
        " check: r.cells[2].textContent, docs: r.cells[3].textContent}))",
    )


@needs_chromium
def test_seeds_page_in_chromium(seeds_page, seeds_report):
    d = seeds_report.to_dict()
    target = next(
        c
        for c in d["claims"]
        if c["places"]
        and any(c["id"] in f["claims"] and f["verdict"] == "inconsistent" for f in d["findings"])
    )
    messages = [f["message"] for f in d["findings"] if target["id"] in f["claims"]]

    def actions(page):
        out = {}
        out["marks"] = page.eval_on_selector_all(
            "mark.claim",
            "ms => { const t = {}; for (const m of ms) { if (m.parentElement.closest('mark.claim')"
            " && m.parentElement.closest('mark.claim').dataset.claim === m.dataset.claim) continue;"
            " (t[m.dataset.claim] = t[m.dataset.claim] || []).push(m.textContent); } return t; }",
        )
        out["fmarks"] = page.locator(".fmark").count()
        out["paths"] = page.locator("#map path").count()
        view0 = page.get_attribute("#map", "data-view")
        page.locator(f'mark.claim[data-claim="{target["id"]}"][data-part="0"]').click()
        page.wait_for_timeout(900)  # the map's flight
        out["moved"] = page.get_attribute("#map", "data-view") != view0
        out["details"] = page.inner_text("#details")
        # sort by verdict, both ways, then filter
        page.click('th[data-key="verdict"] button')
        out["by_verdict"] = [r["verdict"] for r in _rows(page)]
        out["aria_sort"] = page.get_attribute('th[data-key="verdict"]', "aria-sort")
        page.click('th[data-key="verdict"] button')
        out["by_verdict_desc"] = [r["verdict"] for r in _rows(page)]
        page.select_option("#f-check", "unit_conversion")
        out["unit_rows"] = _rows(page)
        page.select_option("#f-check", "")
        page.select_option("#f-verdict", "inconsistent")
        page.select_option("#f-doc", "004_f6155feb1a69ba7b")
        out["filtered"] = _rows(page)
        page.select_option("#f-verdict", "")
        page.select_option("#f-doc", "")
        page.click('#findings tbody tr[data-finding="F1"] button')
        out["finding_details"] = page.inner_text("#details")
        out["related"] = page.locator("mark.claim.related").count()
        return out

    out, leaked, errors, dialogs = _browse(seeds_page.as_uri(), actions)
    assert leaked == [] and errors == [] and dialogs == []
    for c in d["claims"]:
        assert "".join(out["marks"][c["id"]]) == c["text"]
    assert out["fmarks"] >= 10 and out["paths"] > 20
    assert out["moved"], "clicking a claim with places flies the map"
    assert "✘ inconsistent" in out["details"] and target["text"] in out["details"]
    assert all(m in out["details"] for m in messages)
    ranks = {"✘ inconsistent": 0, "? unverifiable": 1, "✔ consistent": 2}
    assert [ranks[v] for v in out["by_verdict"]] == sorted(ranks[v] for v in out["by_verdict"])
    assert out["by_verdict"][0] == "✘ inconsistent" and out["aria_sort"] == "ascending"
    assert out["by_verdict_desc"][0] == "✔ consistent"
    n_unit = sum(1 for f in d["findings"] if f["check"] == "unit_conversion")
    assert len(out["unit_rows"]) == n_unit > 0
    assert {r["check"] for r in out["unit_rows"]} == {"unit_conversion"}
    expect = {
        f["id"]
        for f in d["findings"]
        if f["verdict"] == "inconsistent" and "004_f6155feb1a69ba7b" in f["docs"]
    }
    assert {r["id"] for r in out["filtered"]} == expect and expect
    assert d["findings"][0]["message"] in out["finding_details"]
    assert out["related"] >= len(d["findings"][0]["claims"])


@needs_chromium
def test_page_works_with_the_keyboard(seeds_page, seeds_report):
    claims = {c["id"]: c for c in seeds_report.to_dict()["claims"]}

    def actions(page):
        focused = None
        for _ in range(6):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "document.activeElement.matches('mark.claim') ? document.activeElement.dataset.claim : null"
            )
            if focused:
                break
        page.keyboard.press("Enter")
        details = page.inner_text("#details")
        # on to the table: Tab until the sort button of the Check column, then Enter
        for _ in range(400):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest('th[data-key=\"check\"]') !== null"):
                break
        page.keyboard.press("Enter")
        checks = [r["check"] for r in _rows(page)]
        return focused, details, checks

    (focused, details, checks), leaked, errors, _ = _browse(seeds_page.as_uri(), actions)
    assert leaked == [] and errors == []
    assert focused in claims, "Tab reaches a claim"
    assert details.startswith("Claim") and claims[focused]["text"] in details
    assert checks == sorted(checks) and len(set(checks)) > 3


@needs_chromium
def test_hostile_page_runs_nothing(hostile_page):
    def actions(page):
        return {
            "pwned": page.evaluate("window.__pwned === undefined ? null : window.__pwned"),
            "text": page.inner_text("#articles"),
            "imgs": page.locator("#articles img, #articles script").count(),
        }

    out, leaked, errors, dialogs = _browse(hostile_page.as_uri(), actions)
    assert out["pwned"] is None and dialogs == [] and leaked == [] and errors == []
    assert out["imgs"] == 0
    assert "</script><script>window.__pwned=1</script>" in out["text"]
    assert "{{7*7}}" in out["text"] and '<img src=x onerror="window.__pwned=3">' in out["text"]
    assert HOSTILE_ID in out["text"]


PINNED = (
    "date 2024-03-02\nThe night train left Paris for Vienna on Friday evening. The 1,400 km "
    "trip took 14 hours at an average of about 100 km/h."
)


@needs_chromium
def test_page_records_the_pins_and_lists_alternatives(gaz, tmp_path):
    """A page written from a pinned run lists the pin; a place's alternatives are listed, with
    no button to choose one (the file has no server to recompute with)."""
    rep = verify(
        [Document("a", PINNED, None, None)], gazetteer=gaz, pins=["Paris=geonames:4717560"]
    )
    out = tmp_path / "pinned.html"
    built = build_page(rep)
    out.write_text(built.html, encoding="utf-8")
    assert "connect-src 'none'" in built.csp and "serve" not in _model(built.html)

    def actions(page):
        pins = page.inner_text("#pins")
        page.locator("mark.claim[data-part='0']", has_text="Vienna").first.click()
        return pins, page.inner_text("#details"), page.locator("button.choose, button.undo").count()

    (pins, details, buttons), leaked, errors, _ = _browse(out.as_uri(), actions)
    assert leaked == [] and errors == []
    assert "Corrections (1)" in pins and "Paris" in pins and "geonames:4717560" in pins
    assert "Other places the name" in details and "--place" in details and buttons == 0


def test_cli_writes_the_page(tmp_path):
    from georoute.cli import main

    out = tmp_path / "report.html"
    assert main(["verify", str(SEEDS), "--html", str(out), "--quiet"]) == 0
    model = _model(out.read_text(encoding="utf-8"))
    assert len(model["docs"]) == 5 and model["report"]["findings"]
    assert not list(tmp_path.glob(".report.html.*")), "written atomically, no temporary left"
