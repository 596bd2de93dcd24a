"""``georoute serve``: a small local web app (Starlette + uvicorn, the ``serve`` extra).

``GET /`` is a page where a person pastes or drops articles (``.txt`` files are read in the
browser) and gets the report page of :mod:`georoute.outputs.reportpage`; ``POST /api/verify`` takes
``{"articles": [{"id", "text", "date"}], "date", "pins": ["NAME=PLACE", ...]}`` as JSON and
returns the report of REPORT.md. On the report page a person chooses among a place's
alternatives: the page pins the name (as ``--place`` does) and recomputes through the API.

What it guarantees: it binds 127.0.0.1 unless told otherwise and answers only requests addressed
to the host it serves (no DNS rebinding) and, for a POST, coming from its own pages; it refuses a
body above 5 MB (413) and gives up a verification after 60 s (504); it keeps no submitted text
(nothing written, no cache, no access log, errors logged by class only); every response carries
a strict Content-Security-Policy and the usual hardening headers; a request can name no file:
texts are texts and ids are labels.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from georoute.base.documents import MAX_BYTES, Document, document_date
from georoute.base.errors import GeorouteError, UsageError

__all__ = ["MAX_ARTICLES", "MAX_BODY_BYTES", "TIMEOUT_S", "add_arguments", "create_app", "main"]

log = logging.getLogger("georoute.serve")

#: A request body above this many bytes is refused (413), as an article file above it is.
MAX_BODY_BYTES = MAX_BYTES
#: A verification still running after this many seconds is given up (504).
TIMEOUT_S = 60.0
MAX_ARTICLES = 200
MAX_ID_CHARS = 120
MAX_PINS = 100
MAX_PIN_CHARS = 300
#: Where the report page sends a correction (a pin) to be verified again.
API_PATH = "/api/verify"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
DATA_DIR = Path(__file__).parent / "data"

_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cache-Control": "no-store",
}
#: For responses that are not pages (JSON, errors): nothing may load or run.
_DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


class RequestError(GeorouteError, ValueError):
    """A request the app cannot take: its status code and a message that quotes no article."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Submission:
    """What a request asks to verify: the documents, built from texts only, and the pins."""

    documents: tuple[Document, ...]
    pins: tuple[str, ...] = ()


def _pins(value: object) -> tuple[str, ...]:
    """The ``pins`` of a request: ``"NAME=PLACE"`` strings, as ``--place`` takes them."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(400, 'pins: expected a list of "NAME=PLACE" strings')
    if len(value) > MAX_PINS:
        raise RequestError(413, f"pins: at most {MAX_PINS} per request, got {len(value)}")
    if any(len(v) > MAX_PIN_CHARS for v in value):
        raise RequestError(400, f"pins: each at most {MAX_PIN_CHARS} characters")
    return tuple(value)


def _require_serve_extra():
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise GeorouteError(
            "georoute serve needs the 'serve' extra: pip install 'georoute[serve]'"
        ) from exc


def _date(value: object, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RequestError(
            400, f"{where}: expected an ISO date string or null, got {type(value).__name__}"
        )
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RequestError(400, f"{where}: expected an ISO date such as 2023-09-12") from None


def build_documents(
    articles: Sequence[object], date: object = None, pins: object = None
) -> Submission:
    """Documents from ``[{"id", "text", "date"}]``: the article's own date, else its dateline,
    else the request's date. Ids are labels (made unique); nothing is ever read from disk.

    >>> s = build_documents([{"id": "/etc/passwd", "text": "/etc/passwd"}], "2023-09-12")
    >>> s.documents[0]
    Document(id='/etc/passwd', text='/etc/passwd', path=None, date=datetime.date(2023, 9, 12))
    """
    default = _date(date, "date")
    pin_specs = _pins(pins)
    if not isinstance(articles, (list, tuple)) or not articles:
        raise RequestError(400, "articles: expected a non-empty list of {id, text, date}")
    if len(articles) > MAX_ARTICLES:
        raise RequestError(
            413, f"articles: at most {MAX_ARTICLES} per request, got {len(articles)}"
        )
    docs: list[Document] = []
    seen: set[str] = set()
    for i, a in enumerate(articles, start=1):
        if not isinstance(a, dict):
            raise RequestError(
                400, f"articles[{i - 1}]: expected an object, got {type(a).__name__}"
            )
        text = a.get("text")
        if not isinstance(text, str):
            raise RequestError(400, f"articles[{i - 1}].text: expected a string")
        raw_id = a.get("id")
        if raw_id is not None and not isinstance(raw_id, (str, int)):
            raise RequestError(400, f"articles[{i - 1}].id: expected a string")
        label = " ".join(str(raw_id if raw_id is not None else "").split())[:MAX_ID_CHARS]
        label = label or f"article{i}"
        base, n = label, 1
        while label in seen:
            n += 1
            label = f"{base}-{n}"
        seen.add(label)
        own = _date(a.get("date"), f"articles[{i - 1}].date")
        docs.append(Document(label, text, None, document_date(text, own, default)))
    return Submission(tuple(docs), pin_specs)


def _form_articles(body: bytes) -> tuple[list[dict], str | None]:
    """The articles of the page's form (url-encoded: ``id``, ``text`` repeated; ``date``)."""
    try:
        fields = parse_qs(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=2 * MAX_ARTICLES + 4,
        )
    except (UnicodeDecodeError, ValueError):
        raise RequestError(400, "the form could not be read (UTF-8, url-encoded)") from None
    ids, texts = fields.get("id", []), fields.get("text", [])
    articles = []
    for i, text in enumerate(texts):
        text = text.replace("\r\n", "\n")  # browsers send a textarea's lines as CRLF
        if text.strip():
            articles.append({"id": ids[i] if i < len(ids) else None, "text": text})
    if not articles:
        raise RequestError(400, "paste at least one article")
    dates = fields.get("date", [])
    return articles, (dates[0] if dates else None)


async def _read_body(request, limit: int) -> bytes:
    """The body, refused (413) as soon as it is known or counted to exceed ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise RequestError(400, "Content-Length is not a number") from None
        if size > limit:
            raise RequestError(413, f"the request is larger than {limit:,} bytes")
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise RequestError(413, f"the request is larger than {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@lru_cache(maxsize=1)
def _form_page():
    from georoute.outputs.reportpage import html_document

    body = (DATA_DIR / "servepage.html").read_text(encoding="utf-8")
    js = (DATA_DIR / "servepage.js").read_text(encoding="utf-8")
    css = (DATA_DIR / "reportpage.css").read_text(encoding="utf-8")
    return html_document("georoute: verify articles", body, [js], [css])


def _error_page(status: int, message: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>georoute: error {status}</title></head><body><h1>Error {status}</h1>"
        f'<p>{html.escape(message)}</p><p><a href="/">Back to the form</a></p></body></html>'
    )


def create_app(
    *,
    gazetteer=None,
    verifier: Callable[[Sequence[Document]], object] | None = None,
    max_body: int = MAX_BODY_BYTES,
    timeout_s: float = TIMEOUT_S,
    allowed_hosts: Sequence[str] = LOOPBACK_HOSTS,
):
    """The Starlette app. ``verifier(documents) -> Report`` defaults to :func:`georoute.verify.verify`
    over ``gazetteer``; ``allowed_hosts`` are the names it answers to (``"*"`` for any)."""
    _require_serve_extra()
    import anyio
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse
    from starlette.routing import Route

    from georoute.outputs.reportpage import build_page, json_safe

    lock = threading.Lock()  # one verification at a time: the gazetteer's look-ups are shared

    def run_verify(docs: Sequence[Document], pins: tuple[str, ...] = ()):
        with lock:
            if verifier is not None:
                return verifier(docs)
            from georoute.geo.gazetteer import default_gazetteer
            from georoute.verify import verify

            return verify(list(docs), gazetteer=gazetteer or default_gazetteer(), pins=pins)

    async def verified(request: Request, wants_page: bool):
        """Read, check and verify a request; returns the Report."""
        _check_origin(request, allowed_hosts)
        body = await _read_body(request, max_body)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if wants_page:
            if ctype != "application/x-www-form-urlencoded":
                raise RequestError(
                    415, "expected the page's form (application/x-www-form-urlencoded)"
                )
            articles, date = _form_articles(body)
            pins = None
        else:
            if ctype != "application/json":
                raise RequestError(415, "expected Content-Type: application/json")
            try:
                payload = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                raise RequestError(400, "the body is not UTF-8 JSON") from None
            if not isinstance(payload, dict):
                raise RequestError(400, 'expected an object {"articles": [...], "date": ...}')
            articles, date = payload.get("articles"), payload.get("date")
            pins = payload.get("pins")
        submission = build_documents(articles, date, pins)
        try:
            # run_in_threadpool cannot be abandoned, so a cancelled request would still wait for
            # the thread: this gives up at the deadline and lets the thread finish on its own
            with anyio.fail_after(timeout_s):
                return await anyio.to_thread.run_sync(
                    run_verify, submission.documents, submission.pins, abandon_on_cancel=True
                )
        except TimeoutError:
            raise RequestError(504, f"the verification took longer than {timeout_s:g} s") from None
        except RequestError:
            raise
        except UsageError as exc:  # a pin that names no place: the person's own words, no article
            raise RequestError(400, str(exc)) from None
        except Exception as exc:  # the class only: a message could quote an article
            log.error("verification failed: %s", type(exc).__name__)
            raise RequestError(500, f"the verification failed ({type(exc).__name__})") from None

    async def api_verify(request: Request):
        try:
            report = await verified(request, wants_page=False)
        except RequestError as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        return JSONResponse(json_safe(report.to_dict()))

    async def report(request: Request):
        try:
            result = await verified(request, wants_page=True)
            page = await anyio.to_thread.run_sync(build_page, result, API_PATH)
        except RequestError as exc:
            return HTMLResponse(_error_page(exc.status, str(exc)), status_code=exc.status)
        return HTMLResponse(page.html, headers={"Content-Security-Policy": _page_csp(page.csp)})

    async def index(request: Request):
        page = _form_page()
        return HTMLResponse(page.html, headers={"Content-Security-Policy": _page_csp(page.csp)})

    hosts = list(allowed_hosts)
    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/report", report, methods=["POST"]),
            Route(API_PATH, api_verify, methods=["POST"]),
        ],
        middleware=[
            Middleware(_SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        ],
    )


def _page_csp(csp: str) -> str:
    return f"{csp}; frame-ancestors 'none'"


def _check_origin(request, allowed_hosts: Sequence[str]) -> None:
    """A POST must come from this app's own pages (or from a client that is no browser).

    Browsers say where a request comes from in Sec-Fetch-Site; one that does not is judged by
    its Origin (a form under ``Referrer-Policy: no-referrer`` sends ``Origin: null``, so the
    Origin alone cannot tell).
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        if site not in ("same-origin", "none"):
            raise RequestError(403, "requests from other sites are refused")
        return
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        raise RequestError(403, "requests from other sites are refused")


class _SecurityHeaders:
    """Adds the hardening headers (and a strict CSP where a response set none) to every answer."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in _HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", _DEFAULT_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--host`` and ``--port`` of ``georoute serve`` (defined in ``cli_options``)."""
    from georoute.cli_options import serve_options

    serve_options(parser)


def _hosts_for(host: str) -> list[str]:
    if host in ("0.0.0.0", "::", ""):
        return ["*"]  # the person chose to serve every interface
    return sorted({*LOOPBACK_HOSTS, host})


def main(args: argparse.Namespace) -> int:
    """Run the app until interrupted (the ``georoute serve`` command)."""
    import sys

    try:
        _require_serve_extra()
    except GeorouteError as exc:
        print(f"georoute: {exc}", file=sys.stderr)
        return 2
    import uvicorn

    from georoute.geo.gazetteer import default_gazetteer
    from georoute.rail import rail_network

    host = getattr(args, "host", "127.0.0.1")
    port = getattr(args, "port", 8000)
    print("georoute serve: loading the gazetteer and the rail network ...", file=sys.stderr)
    gaz = default_gazetteer()
    rail_network()
    app = create_app(gazetteer=gaz, allowed_hosts=_hosts_for(host))
    shown = f"[{host}]" if ":" in host else host
    print(f"georoute serve: open http://{shown}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    # no access log: request lines are not kept either, and bodies never are
    uvicorn.run(
        app, host=host, port=port, access_log=False, server_header=False, log_level="warning"
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    p = argparse.ArgumentParser(prog="georoute serve")
    add_arguments(p)
    raise SystemExit(main(p.parse_args()))
