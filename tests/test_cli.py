"""The CLI in-process, plus one smoke test of the installed script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from georoute.cli import main


def test_resolve_json(capsys):
    assert main(["resolve", "Vladivostok", "--json", "-"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["place"]["country"] == "RU" and out["place"]["timezone"] == "Asia/Vladivostok"


def test_resolve_unknown_is_not_found_with_closest_names(capsys):
    assert main(["resolve", "Vladivostokk"]) == 3
    err = capsys.readouterr().err
    assert "not found" in err and "Vladivostok" in err


def test_version_lists_data(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert "geonames" in out and "Natural Earth" in out


def test_usage_error_exit_2(capsys):
    assert main(["resolve"]) == 2


def test_installed_script_smoke():
    exe = Path(sys.executable).parent / "georoute"
    assert exe.exists(), "the console script is installed beside the interpreter"
    done = subprocess.run(
        [exe, "resolve", "Khasan", "--context", "Russia Vladivostok"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "Khasan (RU)" in done.stdout


def test_terminal_prints_markup_in_names_as_text(tmp_path, capsys):
    """Rich markup in a file name or an article ("[bold]", "[link=...]") prints as text."""
    art = tmp_path / "[bold]x[red].txt"
    art.write_text(
        "date 2024-01-02\nThe train left Paris for Lyon, a 390 km trip of two hours at about "
        "300 km/h, then went on to [Gotham].\n",
        encoding="utf-8",
    )
    assert main(["verify", str(art)]) == 0
    out = capsys.readouterr().out
    assert "[bold]x[red]" in out


def test_claims_lists_an_open_ended_range(tmp_path, capsys):
    art = tmp_path / "open.txt"
    art.write_text("The walkers reached Brighton after more than two days on the road.\n")
    assert main(["claims", str(art)]) == 0
    assert "[2, inf]" in capsys.readouterr().out
