"""Hostile articles and file names through the map: Jinja, HTML and JavaScript payloads in the
text and in the file names run nowhere, neither while the map is written (a side-effect probe) nor
when it is opened (headless Chromium with the network blocked), and they are shown as text."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import pytest

from georoute.base.documents import Document
from georoute.cli import main
from georoute.outputs.render import map_html, render_map
from georoute.verify import verify
from tests.browser import guarded_page, needs_chromium
from tests.outputs.test_render import inline_scripts, page_data

#: A payload that creates a folder named after its argument in the working folder if a template
#: engine ever evaluates it (lipsum is a Jinja global whose module imports os).
SIDE = "{{{{ lipsum.__globals__.os.mkdir(dict({}=1)|list|first) }}}}"
PWN = "window.__pwned={n};document.title='pwned{n}'"

JINJA_TEXT = [
    "{{7*7}}",
    "{{ 7*7 }}",
    "{% for x in range(3) %}X{% endfor %}",
    "{# unclosed comment",
    "{% raw %}",
    "{{ cycler.__init__.__globals__.os.system('touch PROOF_SYSTEM') }}",
    SIDE.format("PROOF_TEXT"),
    "${{7*7}} #{7*7} %{7*7}",
]
HTML_TEXT = [
    f"</script><script>{PWN.format(n=1)}</script>",
    f'<img src=x onerror="{PWN.format(n=2)}">',
    f"<svg onload={PWN.format(n=3)}>",
    f'<a href="javascript:{PWN.format(n=4)}">link</a>',
    f"javascript:{PWN.format(n=4)}",
    "${window.__pwned=5}`;window.__pwned=5;`",
    "\"');window.__pwned=6;//",
    "\u2028window.__pwned=7;\u2029",
    "<!--<script>window.__pwned=8</script>-->",
    '<iframe src="javascript:parent.__pwned=9"></iframe>',
    '<img src="http://example.com/x.png">',
    "<link rel=stylesheet href=https://example.com/c.css>",
]
#: File names cannot hold "/": these payloads reach the map as document ids.
NAME_PAYLOADS = [
    "{{7*7}}",
    "{% for x in range(3) %}X{% endfor %}",
    "{# unclosed",
    SIDE.format("PROOF_NAME"),
    "<img src=x onerror=window.__pwned=10>",
    "<svg onload=document.title=11>",
    "\"'`${window.__pwned=12}",
    "a\u2028b\u2029c",
    "<iframe src=javascript:parent.__pwned=13>",
]
PAIRS = [
    ("Paris", "Lyon"),
    ("Berlin", "Hamburg"),
    ("Munich", "Leipzig"),
    ("Milan", "Turin"),
    ("Vienna", "Salzburg"),
    ("Prague", "Brno"),
    ("Amsterdam", "Rotterdam"),
    ("Brussels", "Antwerp"),
    ("Zurich", "Geneva"),
    ("Marseille", "Toulouse"),
    ("Oslo", "Bergen"),
    ("Stockholm", "Gothenburg"),
    ("Helsinki", "Tampere"),
    ("Budapest", "Debrecen"),
    ("Lisbon", "Porto"),
    ("Rome", "Naples"),
    ("Warsaw", "Krakow"),
    ("Madrid", "Bilbao"),
]
PROOFS = ("PROOF_TEXT", "PROOF_NAME", "PROOF_SYSTEM", "PROOF_ABS")


def _article(origin: str, destination: str, payload: str) -> str:
    return (
        f"date 2023-09-12\nThe train left {origin} {payload} for {destination} "
        "and covered 400 km in 2 hours.\n"
    )


def _write_articles(folder: Path) -> list[str]:
    """One article per text payload, named by a file-name payload while they last; the payloads
    that are shown whole in a popup (the last one, an absolute path, is too long for a quote)."""
    payloads = [*JINJA_TEXT, *HTML_TEXT]
    absolute = "{{ lipsum.__globals__.os.mkdir('%s') }}" % (folder.parent / "PROOF_ABS")
    folder.mkdir()
    for i, (payload, name) in enumerate(
        itertools.zip_longest([*payloads, absolute], NAME_PAYLOADS)
    ):
        origin, destination = PAIRS[i % len(PAIRS)]
        stem = name if name is not None else f"article{i:02d}"
        (folder / f"{stem}.txt").write_text(
            _article(origin, destination, payload or ""), encoding="utf-8"
        )
    return payloads


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The map written by ``georoute verify FOLDER --map FILE`` run in an empty working folder."""
    root = tmp_path_factory.mktemp("hostile")
    payloads = _write_articles(root / "articles")
    work = root / "cwd"
    work.mkdir()
    out = root / "map.html"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(work)
        main(["verify", str(root / "articles"), "--map", str(out)])
    return root, work, out, payloads


def _shown(page: str) -> str:
    """Every popup and tooltip of the page, as the text a reader sees."""
    data = page_data(page)
    marks = [
        it.get(k, "")
        for layer in data["layers"]
        for it in layer["items"]
        for k in ("popup", "tooltip")
    ]
    return html.unescape("\n".join(marks))


def test_no_payload_runs_while_the_map_is_written(hostile):
    root, work, out, _ = hostile
    assert out.is_file() and out.stat().st_size > 100_000, "the map was written"
    created = [p for p in (work, root) for name in PROOFS if (p / name).exists()]
    assert created == [], f"a template payload ran: {created}"
    assert list(work.iterdir()) == []


def test_the_issue_probe_creates_nothing(tmp_path, monkeypatch):
    """The report's reproduction: only valid template code, so nothing aborts before it runs."""
    monkeypatch.chdir(tmp_path)
    name = SIDE.format("PROOF_NAME")
    article = tmp_path / f"{name}.txt"
    article.write_text(_article("Paris", "Lyon", SIDE.format("PROOF") + " {{ 7*7 }}"), "utf-8")
    main(["verify", str(article), "--map", "m.html"])
    assert (tmp_path / "m.html").is_file(), "the map was written"
    assert not (tmp_path / "PROOF").exists() and not (tmp_path / "PROOF_NAME").exists()
    shown = _shown((tmp_path / "m.html").read_text(encoding="utf-8"))
    assert SIDE.format("PROOF") + " {{ 7*7 }}" in shown and name in shown
    assert "49 for Lyon" not in shown


def test_payloads_are_shown_as_text(hostile):
    _, _, out, payloads = hostile
    page = out.read_text(encoding="utf-8")
    shown = _shown(page)
    for payload in [*payloads, *NAME_PAYLOADS]:
        assert payload in shown, f"{payload!r} is shown as it was written"
    assert "X" * 3 not in shown  # {% for %} was not evaluated
    assert "{{7*7}}" in shown and "{{ 7*7 }}" in shown


def test_payloads_never_reach_the_page_raw(hostile):
    _, _, out, payloads = hostile
    page = out.read_text(encoding="utf-8")
    # folium's switches, the libraries, the data block, the map's and the page's script
    assert page.count("<script") == len(inline_scripts(page)) + 1 == 4
    for payload in [*payloads, *NAME_PAYLOADS]:
        for piece in ("<script", "<img", "<svg", "<iframe", "<a ", "<!--", "{{", "{%", "{#"):
            if piece in payload:
                assert payload not in page
    assert "\u2028" not in page and "\u2029" not in page


def test_jinja_never_sees_data(tmp_path, monkeypatch):
    """folium compiles the output of its macros as Jinja source (the path the issue's code
    execution took): record every template source compiled while a map is written and check that
    no article text, file name or payload is among them, while all of it reaches the page."""
    import jinja2

    sources: list[str] = []
    real_compile = jinja2.Environment.compile

    def recording_compile(self, source, *args, **kwargs):
        sources.append(source if isinstance(source, str) else repr(source))
        return real_compile(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", recording_compile)
    monkeypatch.chdir(tmp_path)
    marker = "Zqxmarker"
    texts = [*JINJA_TEXT, *HTML_TEXT]
    docs = [
        Document(f"{marker}{k} {name}", _article(o, d, f"{marker} {payload}"))
        for k, (payload, name, (o, d)) in enumerate(
            zip(texts, itertools.cycle(NAME_PAYLOADS), itertools.cycle(PAIRS))
        )
    ]
    page = map_html(verify(docs))
    assert len(sources) >= 3, "folium compiled its macro output: the probe saw it"
    compiled = "\n".join(sources)
    assert marker not in compiled and "The train left" not in compiled
    for payload in [*texts, *NAME_PAYLOADS, "lipsum", "pwned"]:
        assert payload not in compiled, payload
    assert not (tmp_path / "PROOF_TEXT").exists() and not (tmp_path / "PROOF_NAME").exists()
    shown = _shown(page)
    assert shown.count(marker) >= len(texts), "the data did reach the page, as data"
    for payload in [*texts, *NAME_PAYLOADS]:
        assert payload in shown


def test_hostile_document_ids_and_quotes_through_the_api(tmp_path, monkeypatch):
    """Ids that no file name can carry ("/", NUL, newlines) and a whole article of payloads."""
    monkeypatch.chdir(tmp_path)
    every = " ".join([*JINJA_TEXT, *HTML_TEXT])
    ids = ["{{ lipsum.__globals__.os.makedirs('PROOF_API/x') }}", "a/</script>\x00\nb", "{{7*7}}"]
    docs = [
        Document(doc_id, _article(o, d, every if k == 1 else ""))
        for k, (doc_id, (o, d)) in enumerate(zip(ids, PAIRS, strict=False))
    ]
    report = verify(docs)
    page = map_html(report)
    assert not (tmp_path / "PROOF_API").exists() and not (tmp_path / "PROOF_SYSTEM").exists()
    shown = _shown(page)
    for doc_id in ids:
        assert doc_id in shown
    assert "</script>\x00" not in page and "\x00" not in page.split("georoute-data")[1]
    render_map(report, tmp_path / "m.html")
    assert (tmp_path / "m.html").read_text(encoding="utf-8") == page


@needs_chromium
def test_no_payload_runs_in_the_browser(hostile, tmp_path):
    _, _, out, payloads = hostile
    popups = []

    def own(url):
        return url.startswith(("data:", "blob:")) or url == out.as_uri()

    with guarded_page(own) as (page, guard):
        page.goto(out.as_uri())
        page.wait_for_function("() => window.map_georoute !== undefined", timeout=60_000)
        page.wait_for_timeout(500)
        shapes = page.locator("path.leaflet-interactive")
        assert shapes.count() >= len(payloads)
        injected = []
        # A closed popup fades out for 200 ms before it leaves the page, so a slow machine read
        # the previous shape's popup: without the fade, the popup on the page (if any) is the
        # shape's own.
        page.evaluate("() => { window.map_georoute._fadeAnimated = false; }")
        for k in range(shapes.count()):
            shapes.nth(k).dispatch_event("mouseover")
            shapes.nth(k).dispatch_event("click")
            # Leaflet opens a popup inside the click handler; a shape with a tooltip only
            # opens none.
            popups.append(
                page.evaluate(
                    """() => Array.from(document.querySelectorAll('.leaflet-popup-content'))
                      .map(e => e.innerText).join('\\n')"""
                )
            )
            injected += page.evaluate(
                """() => Array.from(document.querySelectorAll(
                  '.leaflet-popup-pane *, .leaflet-tooltip-pane *, .georoute-legend *'))
                  .filter(e => !['DIV', 'B', 'BR', 'I', 'UL', 'LI', 'SMALL', 'SPAN'].includes(e.tagName)
                    && !(e.tagName === 'A' && e.getAttribute('href') === '#close'
                         && e.classList.contains('leaflet-popup-close-button'))
                    || Array.from(e.attributes).some(a => a.name.startsWith('on')))
                  .map(e => e.outerHTML)"""
            )
        state = page.evaluate(
            """() => ({pwned: window.__pwned === undefined ? null : window.__pwned,
                      title: document.title,
                      scripts: document.scripts.length,
                      frames: window.frames.length})"""
        )
    leaked, errors, dialogs = guard.leaked, guard.errors, guard.dialogs
    scripts = out.read_text(encoding="utf-8").count("<script")
    assert state == {"pwned": None, "title": "georoute map", "scripts": scripts, "frames": 0}
    assert leaked == [], "no request leaves the page"
    assert dialogs == [] and injected == []
    assert errors == [], "no script was refused by the page's policy either: none was injected"
    shown = "\n".join(popups)
    assert "{{7*7}}" in shown and "</script><script>" in shown and "<img src=x" in shown
