"""Writes notebooks/walkthrough.ipynb (the notebook is generated so that its source stays reviewable)."""

from pathlib import Path

import nbformat as nbf

cells = [
    nbf.v4.new_markdown_cell(
        "# Checking the figures of a travel story with georoute\n\n"
        "This walkthrough uses the five founding articles about Kim Jong Un's September 2023 train "
        "trip to Russia. Everything runs offline through georoute's public Python API."
    ),
    nbf.v4.new_code_cell(
        "from pathlib import Path\n\n"
        "import pandas as pd\n\n"
        "from georoute.base.documents import load_documents\n"
        "from georoute.verify import verify\n\n"
        "ROOT = Path.cwd() if (Path.cwd() / 'seeds').exists() else Path.cwd().parent\n"
        "report = verify([ROOT / 'seeds'])\n"
        "[(d.id, d.date) for d in report.documents]"
    ),
    nbf.v4.new_markdown_cell(
        "## 1. The claims a fact-checker would underline\n\nEach claim has its exact span, its value and unit, and the interval its words allow (hedges such as *about* or *nearly* widen it)."
    ),
    nbf.v4.new_code_cell(
        "claims = report.claims_frame()\n"
        "travel = claims[claims.kind.isin(['distance', 'speed', 'duration', 'direction'])]\n"
        "travel[['doc', 'kind', 'text', 'value', 'unit', 'low', 'high', 'hedge', 'same_as', 'leg']]"
    ),
    nbf.v4.new_markdown_cell(
        "## 2. The findings\n\nEach finding says which claims it used, what it computed, and a sentence you can quote. `report.claims_frame()`, `findings_frame()` and `legs_frame()` give the report's tables as pandas DataFrames."
    ),
    nbf.v4.new_code_cell(
        "findings = report.findings_frame()\n"
        "pd.set_option('display.max_colwidth', 200)\n"
        "findings.sort_values('verdict')[['id', 'check', 'verdict', 'docs', 'message']]"
    ),
    nbf.v4.new_markdown_cell(
        "## 3. The map\n\nRail routes (© OpenStreetMap contributors, ODbL), great circles, places and findings. It opens with no network."
    ),
    nbf.v4.new_code_cell(
        "import tempfile\n\n"
        "from IPython.display import IFrame\n\n"
        "from georoute.outputs.render import render_map\n\n"
        "map_path = render_map(report, Path(tempfile.mkdtemp()) / 'seeds.html')\n"
        "IFrame(src=str(map_path), width='100%', height=500)"
    ),
    nbf.v4.new_markdown_cell(
        "## 4. Change one figure, watch the verdict change\n\n"
        "Seed 004 says the 1,180 km took 20 hours at about 50 km/h. If the article had said 24 hours, "
        "the figures would agree (1,180 km / 24 h = 49 km/h)."
    ),
    nbf.v4.new_code_cell(
        "def sdt(rep):\n"
        "    return next(f for f in rep.findings if f.check == 'speed_distance_time')\n\n"
        "before = sdt(report)\n"
        "doc = next(d for d in load_documents([ROOT / 'seeds']).documents if d.id.startswith('004'))\n"
        "edited = doc.text.replace('spent 20 hours travelling', 'spent 24 hours travelling')\n"
        "after = sdt(verify(texts=[edited]))\n"
        "print(before.verdict, '|', before.message)\n"
        "print(after.verdict, '|', after.message)\n"
        "assert before.verdict == 'inconsistent' and after.verdict == 'consistent'"
    ),
]
nb = nbf.v4.new_notebook(
    cells=cells,
    metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
)
nbf.write(nb, Path(__file__).with_name("walkthrough.ipynb"))
