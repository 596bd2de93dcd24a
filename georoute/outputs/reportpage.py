"""The annotated report page: one self-contained HTML file that opens with no network.

Each article's text with every claim highlighted by the verdicts of the findings that use it,
a findings table that sorts and filters, and a Leaflet map of the places, legs and findings.

Article text is data, never markup: every value goes into the page as one JSON blob inside
``<script type="application/json">`` (with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, so that
no string can close the element or open a comment), and the page's script builds the DOM from it
with ``textContent``. The page carries a Content-Security-Policy whose only allowed scripts and
styles are its own, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "VERDICT_RANK",
    "Page",
    "annotate",
    "build_page",
    "claim_verdicts",
    "html_document",
    "json_safe",
    "page_model",
    "report_page",
    "script_json",
]

DATA_DIR = Path(__file__).parent.parent / "data"
#: Which verdict a claim shows when several findings use it: the worst.
VERDICT_RANK = {"inconsistent": 3, "unverifiable": 2, "consistent": 1}
#: Degrees around the places inside which the basemap keeps its finer shapes.
_NEAR_PAD_DEG = 20.0


@dataclass(frozen=True)
class Page:
    """A rendered page and the Content-Security-Policy that lets exactly its own code run."""

    html: str
    csp: str


def script_json(value: object) -> str:
    """JSON that can sit inside a ``<script>`` element: nothing in it can close the element,
    open an HTML comment or end a JavaScript line.

    >>> script_json({"t": "</script><!-- \\u2028"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u2028"}'
    """
    return (
        json.dumps(value, ensure_ascii=False, allow_nan=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def claim_verdicts(report: dict) -> dict[str, str]:
    """The verdict each claim shows: the worst among the findings that use it.

    >>> claim_verdicts({"findings": [{"claims": ["a", "b"], "verdict": "consistent"},
    ...                              {"claims": ["b"], "verdict": "inconsistent"}]})
    {'a': 'consistent', 'b': 'inconsistent'}
    """
    out: dict[str, str] = {}
    for f in report.get("findings", []):
        v = f.get("verdict")
        if v not in VERDICT_RANK:
            continue
        for cid in f.get("claims", []):
            if VERDICT_RANK[v] > VERDICT_RANK.get(out.get(cid, ""), 0):
                out[cid] = v
    return out


def annotate(text: str, spans: list[tuple[int, int, str]]) -> list:
    """The text as a tree of plain strings and claim nodes ``{"claim": id, "part": n, "children":
    [...]}``; joined in order, the strings give back ``text``.

    Spans are Python string offsets ``(start, end, claim id)``. Nested spans nest; a span that
    crosses the end of an enclosing one is split into parts (part 0 is the one a reader focuses).
    Spans out of range or empty are left out.

    >>> annotate("a 5 km b", [(2, 6, "c1")])
    ['a ', {'claim': 'c1', 'part': 0, 'children': ['5 km']}, ' b']
    >>> annotate("abcdef", [(0, 4, "x"), (2, 6, "y")])[0]["children"]
    ['ab', {'claim': 'y', 'part': 0, 'children': ['cd']}]
    """
    good = sorted(
        (s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1], s[2])
    )
    root: list = []
    # stack of (end, children list); the root never closes
    stack: list[tuple[int, list]] = [(len(text), root)]
    pos = 0
    pending = [(s, e, cid, 0) for s, e, cid in good]
    pending.reverse()  # pop() takes the earliest

    def emit_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            stack[-1][1].append(text[pos:upto])
            pos = upto

    while pending:
        s, e, cid, part = pending.pop()
        while stack[-1][0] <= s:  # close the claims that end before this one starts
            emit_text(stack[-1][0])
            stack.pop()
        emit_text(s)
        parent_end = stack[-1][0]
        if e > parent_end:  # crosses its parent's end: split, the rest starts after the parent
            rest = (parent_end, e, cid, part + 1)
            idx = len(pending)
            while idx > 0 and (pending[idx - 1][0], -pending[idx - 1][1]) < (rest[0], -rest[1]):
                idx -= 1
            pending.insert(idx, rest)
            e = parent_end
        node = {"claim": cid, "part": part, "children": []}
        stack[-1][1].append(node)
        stack.append((e, node["children"]))
    while len(stack) > 1:
        emit_text(stack[-1][0])
        stack.pop()
    emit_text(len(text))
    return root


def _round_coords(coords, nd: int):
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(v), nd) for v in coords]
        return [_round_coords(v, nd) for v in coords]
    return coords


#: Simplification tolerances (degrees) the basemap uses, finest first: few, so that shapes are
#: simplified once per process and reused by every page.
_TOLERANCES = (0.01, 0.02, 0.05, 0.1, 0.3)


@lru_cache(maxsize=2048)
def _shape(index: int, tolerance: float) -> dict:
    """Country ``index`` of the Natural Earth basemap, simplified, as a GeoJSON geometry."""
    from shapely.geometry import mapping

    from georoute.base.basemap import country_shapes

    g = country_shapes()[index].geometry.simplify(tolerance, preserve_topology=True)
    m = mapping(g)
    nd = 3 if tolerance < 0.05 else 2
    return {"type": m["type"], "coordinates": _round_coords(m["coordinates"], nd)}


def basemap(points: list[tuple[float, float]]) -> dict:
    """Natural Earth countries as GeoJSON: finer around the ``(lat, lon)`` points (the finer the
    closer they lie together), coarse elsewhere."""
    from shapely.geometry import box

    from georoute.base.basemap import country_shapes

    near, tol = None, _TOLERANCES[-1]
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        span = max(max(lats) - min(lats), max(lons) - min(lons), 1.0)
        tol = next((t for t in _TOLERANCES if t >= span / 1500), _TOLERANCES[-1])
        near = box(
            max(-180.0, min(lons) - _NEAR_PAD_DEG),
            max(-90.0, min(lats) - _NEAR_PAD_DEG),
            min(180.0, max(lons) + _NEAR_PAD_DEG),
            min(90.0, max(lats) + _NEAR_PAD_DEG),
        )
    feats = []
    for i, shape in enumerate(country_shapes()):
        fine = near is not None and shape.geometry.intersects(near)
        geom = _shape(i, tol if fine else _TOLERANCES[-1])
        if geom["coordinates"]:
            feats.append({"type": "Feature", "properties": {"name": shape.name}, "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def json_safe(value):
    """JSON has no NaN or infinity: such numbers become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def page_model(report) -> dict:
    """Everything the page draws: the report's JSON, each document's annotated text, the claims'
    verdicts and the basemap."""
    data = json_safe(report.to_dict())
    verdicts = claim_verdicts(data)
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for c in data.get("claims", []):
        if isinstance(c.get("start"), int) and isinstance(c.get("end"), int):
            by_doc.setdefault(c["doc"], []).append((c["start"], c["end"], c["id"]))
    texts = {d.id: d.text for d in report.documents}
    docs = [
        {
            "id": d["id"],
            "date": d.get("date"),
            "path": d.get("path"),
            "segments": annotate(texts.get(d["id"], ""), by_doc.get(d["id"], [])),
        }
        for d in data.get("documents", [])
    ]
    return {
        "report": data,
        "docs": docs,
        "claim_verdicts": verdicts,
        "basemap": basemap(_focus_points(data)),
    }


def _focus_points(data: dict) -> list[tuple[float, float]]:
    """Where the report is about: the places of its legs and findings (countries left out),
    else all its places."""
    places = {
        p["id"]: p
        for p in data.get("places", [])
        if isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))
    }
    claims = {c["id"]: c for c in data.get("claims", [])}
    ids = {pid for lg in data.get("legs", []) for pid in (lg.get("origin"), lg.get("destination"))}
    for f in data.get("findings", []):
        for cid in f.get("claims", []):
            ids.update(claims.get(cid, {}).get("places", []))
    spots = [
        places[i]
        for i in ids
        if i in places and not {"country", "admin1"} & set(places[i].get("kinds") or ())
    ]
    chosen = spots if len(spots) >= 2 else list(places.values())
    return [(p["lat"], p["lon"]) for p in chosen]


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str, str]:
    """(Leaflet JS, Leaflet CSS, page JS, page CSS), read once."""
    from georoute.outputs.mapassets import ASSETS_DIR, _data_uris, _read

    leaflet_js = _read("leaflet/dist/leaflet.js")
    leaflet_css = _data_uris(_read("leaflet/dist/leaflet.css"), ASSETS_DIR / "leaflet/dist")
    page_js = (DATA_DIR / "reportpage.js").read_text(encoding="utf-8")
    page_css = (DATA_DIR / "reportpage.css").read_text(encoding="utf-8")
    return leaflet_js, leaflet_css, page_js, page_css


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _safe_inline(code: str) -> str:
    """Inline code that cannot close its element (a closing tag inside a string is rewritten)."""
    return code.replace("</script", "<\\/script").replace("</style", "<\\/style")


def html_document(
    title: str, body: str, scripts: list[str], styles: list[str], connect: str = "'none'"
) -> Page:
    """A whole page: ``body`` is trusted markup; scripts and styles are inlined and hashed into a
    Content-Security-Policy that allows nothing else (no network, no frames, no forms elsewhere;
    ``connect`` is where its script may send requests: nowhere, or ``'self'`` when served)."""
    import html

    scripts = [_safe_inline(s) for s in scripts]
    styles = [_safe_inline(s) for s in styles]
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_sha256(s) for s in scripts),
            "style-src " + " ".join(_sha256(s) for s in styles),
            "img-src data:",
            f"connect-src {connect}",
            "form-action 'self'",
            "base-uri 'none'",
        ]
    )
    head_styles = "".join(f"<style>{s}</style>" for s in styles)
    tail_scripts = "".join(f"<script>{s}</script>" for s in scripts)
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{html.escape(title)}</title>{head_styles}</head>"
        f"<body>{body}{tail_scripts}</body></html>\n"
    )
    return Page(page, csp)


_BODY = """<a class="skip" href="#findings-h">Skip to the findings table</a>
<header class="top">
<h1>georoute report</h1>
<p class="legend" aria-label="Legend">
<span class="chip v-inconsistent">✘ inconsistent</span>
<span class="chip v-unverifiable">? unverifiable</span>
<span class="chip v-consistent">✔ consistent</span>
<span class="chip v-none">claim with no finding</span>
</p>
<p id="summary" class="summary"></p>
<div id="pins" class="pins" aria-live="polite"></div>
</header>
<noscript><p class="noscript">This page needs JavaScript to show the report (it runs only its own
code, with no network).</p></noscript>
<main class="layout">
<section class="articles" aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>
<p class="hint">Each highlighted passage is a claim. Click it, or Tab to it and press Enter, to see
its findings and its places on the map.</p>
<div id="articles"></div></section>
<aside class="side">
<div id="map" role="region" aria-label="Map of the places, legs and findings"></div>
<p class="hint">Lines: each leg as a great circle (dashed when inferred from the text). Round
marks: findings (✘ ? ✔), spread along what they are about. Blue rings: the selection.</p>
<section id="details" class="details" aria-live="polite" aria-labelledby="details-h" tabindex="-1">
<h2 id="details-h">Selected</h2><p class="hint">Nothing selected yet.</p></section>
</aside>
</main>
<section class="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings</h2>
<div class="filters" role="group" aria-label="Filter the findings">
<label>Check <select id="f-check"><option value="">all</option></select></label>
<label>Verdict <select id="f-verdict"><option value="">all</option></select></label>
<label>Document <select id="f-doc"><option value="">all</option></select></label>
<span id="f-count" class="count" aria-live="polite"></span>
</div>
<table id="findings"><thead><tr>
<th scope="col" data-key="id" aria-sort="ascending"><button type="button">#</button></th>
<th scope="col" data-key="verdict" aria-sort="none"><button type="button">Verdict</button></th>
<th scope="col" data-key="check" aria-sort="none"><button type="button">Check</button></th>
<th scope="col" data-key="docs" aria-sort="none"><button type="button">Documents</button></th>
<th scope="col">Message</th>
</tr></thead><tbody></tbody></table>
</section>
<footer class="sources"><p id="sources"></p></footer>
<script type="application/json" id="georoute-data">"""


def build_page(report, api: str | None = None) -> Page:
    """The report page and its Content-Security-Policy. With ``api`` (the path of ``POST
    /api/verify``, as ``georoute serve`` gives it) the page lets the person choose among a place's
    alternatives: the name is pinned and the findings recomputed there (connect-src 'self')."""
    leaflet_js, leaflet_css, page_js, page_css = _assets()
    model = page_model(report)
    if api is not None:
        model["serve"] = {"api": api}
    body = _BODY + script_json(model) + "</script>"
    return html_document(
        "georoute report",
        body,
        [leaflet_js, page_js],
        [leaflet_css, page_css],
        connect="'self'" if api is not None else "'none'",
    )


def report_page(report) -> str:
    """One self-contained offline HTML page of a :class:`georoute.verify.Report`."""
    return build_page(report).html
