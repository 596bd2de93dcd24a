"""Copy the exact files the map inlines from ``mapassets/node_modules`` (``npm ci``) into
``georoute/data/mapassets`` (package data, so a wheel carries them), with each package's
licence and a PROVENANCE.md naming versions, licences and npm integrity hashes.

    cd mapassets && npm ci && cd .. && python mapassets/vendor.py

Run it after changing ``mapassets/package-lock.json``; ``tests/test_wheel.py`` checks that the
vendored copy equals the npm packages whenever they are installed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from georoute.outputs.mapassets import CSS, JS, css_references  # noqa: E402

NODE_MODULES = ROOT / "mapassets" / "node_modules"
TARGET = ROOT / "georoute" / "data" / "mapassets"
#: Packages that ship no licence file: where their licence text is written instead.
LICENCE_FROM_README = {"leaflet.vectorgrid": "## Legalese"}


def _package(rel: str) -> str:
    parts = rel.split("/")
    return "/".join(parts[:2]) if rel.startswith("@") else parts[0]


def wanted_files(source: Path = NODE_MODULES) -> dict[str, bytes]:
    """Relative path -> bytes of every file the vendored copy holds, read from ``source``."""
    out: dict[str, bytes] = {}
    for rel in (*JS, *CSS):
        out[rel] = (source / rel).read_bytes()
    for rel in CSS:
        base = (source / rel).parent
        for ref in css_references((source / rel).read_text(encoding="utf-8")):
            path = (base / ref).resolve()
            if path.is_file():
                out[path.relative_to(source.resolve()).as_posix()] = path.read_bytes()
    packages = sorted({_package(rel) for rel in (*JS, *CSS)})
    lock = json.loads((source.parent / "package-lock.json").read_text(encoding="utf-8"))
    rows = []
    for pkg in packages:
        meta = json.loads((source / pkg / "package.json").read_text(encoding="utf-8"))
        licences = sorted(
            p.name
            for p in (source / pkg).iterdir()
            if re.match(r"(?i)(licen[cs]e|copying)", p.name)
        )
        for name in licences:
            out[f"{pkg}/{name}"] = (source / pkg / name).read_bytes()
        if not licences and pkg in LICENCE_FROM_README:
            readme = (source / pkg / "README.md").read_text(encoding="utf-8")
            section = readme.split(LICENCE_FROM_README[pkg], 1)[1].strip() + "\n"
            out[f"{pkg}/LICENSE"] = f"(from {pkg}'s README.md)\n\n{section}".encode()
            licences = ["LICENSE"]
        entry = lock["packages"].get(f"node_modules/{pkg}", {})
        rows.append(
            f"| {pkg} | {meta['version']} | {meta.get('license', '?')} | "
            f"{', '.join(licences) or '-'} | `{entry.get('integrity', '?')}` |"
        )
    files = sorted(k for k in out if not re.search(r"(?i)/(licen[cs]e|copying)[^/]*$", k))
    out["PROVENANCE.md"] = (
        "# Map assets (vendored)\n\n"
        "The exact files `georoute/outputs/mapassets.py` inlines into every map and report page, copied\n"
        "by `python mapassets/vendor.py` from the npm packages that `mapassets/package-lock.json`\n"
        "pins (`npm ci` in `mapassets/`). Unmodified; each package's licence sits beside its\n"
        "files.\n\n"
        "| package | version | licence | licence file | npm integrity |\n"
        "|---|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\nFiles:\n\n"
        + "".join(f"- `{f}`\n" for f in files)
    ).encode()
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--source", type=Path, default=NODE_MODULES)
    p.add_argument("--target", type=Path, default=TARGET)
    args = p.parse_args()
    files = wanted_files(args.source)
    if args.target.exists():
        shutil.rmtree(args.target)
    for rel, data in files.items():
        path = args.target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"{len(files)} files, {sum(map(len, files.values())):,} bytes -> {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
