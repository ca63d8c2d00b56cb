"""The command line: the main job through the CLI, errors, and help for every command."""

import re
from pathlib import Path

import pandas as pd
import pytest

from tracker.cli import EXAMPLES, build_parser, main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_cli_run_writes_the_editors_csv(seed_path, tmp_path, capsys):
    out = tmp_path / "report.csv"
    statements = tmp_path / "statements.csv"
    code = main(["run", str(seed_path), "--out", str(out), "--statements-out", str(statements), "--quiet"])
    assert code == 0
    report = pd.read_csv(out, encoding="utf-8-sig")
    assert {"claim_text", "denial_text", "score", "model"} <= set(report.columns)
    assert len(pd.read_csv(statements, encoding="utf-8-sig")) == 32
    assert "Anatoly Antonov" in capsys.readouterr().out


def test_cli_bad_model_path_fails_with_a_clear_message(seed_path, tmp_path, capsys):
    code = main(["run", str(seed_path), "--out", str(tmp_path / "r.csv"), "--model", str(tmp_path / "nope")])
    assert code == 2
    assert "--model" in capsys.readouterr().err


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_cli_every_command_has_help_an_example_and_a_readme_entry(command, capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    assert EXAMPLES[command] in capsys.readouterr().out
    assert re.search(rf"^tracker {command}\b", README.read_text(encoding="utf-8"), re.MULTILINE)


def test_cli_eval_extract_prints_scores(capsys):
    from tests.conftest import GOLD

    assert main(["eval-extract", str(GOLD), "--no-misses"]) == 0
    assert "statements @ 0.3" in capsys.readouterr().out


def test_cli_eval_pairs_prints_precision_and_recall(tmp_path, capsys):
    from tests.conftest import ARTICLES

    for name in ("b05-sava-bank-rumours.txt", "b05-sava-bank-rumours.gold.json"):
        (tmp_path / name).write_bytes((ARTICLES / name).read_bytes())
    assert main(["eval-pairs", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "gold contradiction pairs" in out and "precision" in out


def test_cli_eval_nli_prints_accuracy_per_class_f1_and_speed(capsys):
    assert main(["eval-nli", "--sets", "mnli-matched", "xnli-dev", "--limit", "200"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:]
            for line in out.splitlines() if line.startswith(("mnli", "xnli"))}
    assert set(rows) == {"mnli-matched", "xnli-dev"}
    for pairs, accuracy, *f1s in rows.values():
        assert pairs == "200" and len(f1s) == 3
        assert float(accuracy) > 0.5  # the shipped model, far above the 0.33 of chance
    assert re.search(r"speed: \d+ pairs/s", out)


def test_cli_eval_nli_unknown_set_names_the_choices(capsys):
    assert main(["eval-nli", "--sets", "mnli-test"]) == 2
    err = capsys.readouterr().err
    assert "mnli-test" in err and "xnli-dev" in err
