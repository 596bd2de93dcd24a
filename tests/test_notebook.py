"""The walkthrough notebook runs top to bottom (its own asserts included), so it cannot go stale."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT


def test_walkthrough_executes(tmp_path):
    nb = nbformat.read(ROOT / "notebooks" / "walkthrough.ipynb", as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    ).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "inconsistent |" in text and "consistent |" in text
