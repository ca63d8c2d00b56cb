"""Extraction evaluation: span overlap, speaker normalisation, gold loading, scores and misses."""

import json
from pathlib import Path

import pytest

from tracker.errors import GoldFormatError
from tracker.evaluate import (
    evaluate_extraction,
    format_extraction_report,
    gold_files,
    load_gold,
    normalise_speaker,
    span_overlap,
)

ARTICLE = ("Title: Border shelling row\n\n"
           "“We are not shelling,” Danilov said.\n\n"
           "The FSB said a shell destroyed a post.\n\n"
           "Markets fell sharply across the region on Monday.\n")
# Danilov is only "Danilov" in this tiny article, so the gold speaker is what the article says.
DENIAL = {"id": "s1", "text": "We are not shelling", "speaker": "Danilov", "stance": "denial", "kind": "direct"}
CLAIM = {"id": "s2", "text": "a shell destroyed a post", "speaker": "Federal Security Service", "stance": "claim",
         "kind": "reported"}
UNFINDABLE = {"id": "s3", "text": "Markets fell sharply across the region on Monday", "speaker": "Analysts",
              "stance": "claim", "kind": "reported"}


def _gold(folder: Path, statements, *, contradictions=(("s1", "s2"),), text: str | None = ARTICLE,
          article: str | None = None, name: str = "row") -> Path:
    """A gold file (and, unless ``text`` is None, its article ``<name>.txt`` beside it) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if text is not None:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{name}.gold.json"
    record = {"statements": list(statements), "contradictions": [list(p) for p in contradictions]}
    if article is not None:
        record["article"] = article
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path



@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((0, 10), (20, 30), 0.0),
        ((0, 10), (10, 20), 0.0),
        ((5, 15), (5, 15), 1.0),
        ((0, 10), (5, 15), 5 / 15),
        ((0, 10), (0, 5), 0.5),
        ((0, 20), (5, 15), 0.5),
        ((5, 15), (0, 20), 0.5),
    ],
)
def test_evaluate_span_overlap(a, b, expected):
    assert span_overlap(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    "first, second",
    [
        ("The Kremlin", "Kremlin"),
        ("US officials", "US official"),
        ("Russia's Federal Security Service", "Russia Federal Security Service"),
        ("Russia’s Federal Security Service", "Russia's Federal Security Service"),
        ("two US officials", "US officials"),
        ("the FEDERAL security service", "Federal Security Service"),
        ("Ministry of Health", "the health ministry"),
    ],
)
def test_evaluate_normalise_speaker_same(first, second):
    assert normalise_speaker(first) == normalise_speaker(second)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Kremlin", "White House"),
        ("Dmitry Peskov", "Peskov"),
        ("Ukrainian officials", "Russian officials"),
        ("Ministry of Health", "Ministry of Finance"),
    ],
)
def test_evaluate_normalise_speaker_different(first, second):
    assert normalise_speaker(first) != normalise_speaker(second)


def test_evaluate_load_gold_offsets_and_pairs(tmp_path):
    gold = load_gold(_gold(tmp_path, [DENIAL, CLAIM]))
    text = gold.article.text
    assert [(s.id, text[s.start:s.end], s.speaker, s.stance) for s in gold.statements] == [
        ("s1", "We are not shelling", "Danilov", "denial"),
        ("s2", "a shell destroyed a post", "Federal Security Service", "claim")]
    assert gold.contradictions == [("s1", "s2")]
    assert gold.article.title == "Border shelling row"


def test_evaluate_load_gold_occurrence_picks_later_copy(tmp_path):
    article = "Title: T\n\nHe said no. Then she said no.\n"
    gold = load_gold(_gold(tmp_path, [dict(CLAIM, text="no", occurrence=2)], contradictions=(), text=article))
    assert gold.statements[0].start == gold.article.text.rindex("no")


def test_evaluate_load_gold_with_article_path(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "elsewhere.txt").write_text(ARTICLE, encoding="utf-8")
    path = _gold(tmp_path / "gold", [DENIAL], contradictions=(), text=None, article="../articles/elsewhere.txt")
    assert load_gold(path).statements[0].text == "We are not shelling"


def _broken_json(tmp_path):
    (tmp_path / "row.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "row.gold.json"
    path.write_text('{"statements": [', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "make, message",
    [
        (_broken_json, "cannot read gold JSON"),
        (lambda p: _gold(p, [dict(DENIAL, text="We are shelling")]), "text not found"),
        (lambda p: _gold(p, [dict(DENIAL, text="We are not shelling", occurrence=2)]), "text not found 2 time"),
        (lambda p: _gold(p, [dict(DENIAL, stance="rebuttal"), CLAIM]), "stance must be claim or denial"),
        (lambda p: _gold(p, [DENIAL, CLAIM], contradictions=(("s1", "s9"),)), "unknown statement id"),
        (lambda p: _gold(p, [DENIAL], contradictions=(), text=None), "no 'article' field"),
        (lambda p: _gold(p, [DENIAL], contradictions=(), text=None, article="missing.txt"), "does not exist"),
        (lambda p: _gold(p, [DENIAL], contradictions=(), text="Skip to content\n"), "no article text"),
    ],
    ids=["bad-json", "text-not-found", "occurrence-not-found", "unknown-stance", "unknown-id",
         "no-article-beside", "missing-article", "empty-article"],
)
def test_evaluate_load_gold_error_names_file(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(GoldFormatError, match=message) as raised:
        load_gold(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    "statement",
    [{k: v for k, v in CLAIM.items() if k != "id"}, dict(CLAIM, occurrence="first")],
    ids=["no-id", "occurrence-not-a-number"],
)
def test_evaluate_load_gold_malformed_statement_is_gold_format_error(tmp_path, statement):
    with pytest.raises(GoldFormatError):
        load_gold(_gold(tmp_path, [statement], contradictions=()))


def test_evaluate_load_gold_occurrence_zero_is_an_error(tmp_path):
    with pytest.raises(GoldFormatError):
        load_gold(_gold(tmp_path, [dict(DENIAL, occurrence=0)], contradictions=()))


def test_evaluate_gold_files_finds_gold_recursively(tmp_path):
    first = _gold(tmp_path / "a", [DENIAL], contradictions=())
    second = _gold(tmp_path / "b" / "c", [CLAIM], contradictions=())
    assert gold_files([tmp_path]) == sorted([first, second])


def test_evaluate_extraction_perfect_on_small_gold(tmp_path):
    _gold(tmp_path, [DENIAL, CLAIM])
    report = evaluate_extraction([tmp_path])
    assert (report["files"], report["gold_statements"], report["predicted_statements"]) == (1, 2, 2)
    for key in ("overlap_0.3", "overlap_0.8"):
        assert report[key] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["speaker_accuracy"] == 1.0
    assert (report["stance_macro_f1"], report["denial_f1"], report["claim_f1"]) == (1.0, 1.0, 1.0)
    assert report["misses"] == [] and report["errors"] == []


def test_evaluate_extraction_reports_missed_statement(tmp_path):
    _gold(tmp_path, [DENIAL, CLAIM, UNFINDABLE])
    report = evaluate_extraction([tmp_path / "row.gold.json"])
    assert report["overlap_0.3"]["precision"] == 1.0
    assert report["overlap_0.3"]["recall"] == pytest.approx(2 / 3)
    assert report["overlap_0.3"]["f1"] == pytest.approx(0.8)
    assert report["misses"] == ["row.gold.json s3: missed (Analysts): 'Markets fell sharply across the region on Monday'"]


def test_evaluate_extraction_reports_wrong_speaker_and_stance(tmp_path):
    _gold(tmp_path, [dict(DENIAL, speaker="Zelensky", stance="claim"), CLAIM])
    report = evaluate_extraction([tmp_path])
    assert report["speaker_accuracy"] == 0.5
    assert report["overlap_0.3"]["f1"] == 1.0
    assert any(m.startswith("row.gold.json s1: speaker 'Danilov'") for m in report["misses"])
    assert any(m.startswith("row.gold.json s1: stance denial") and "gold claim" in m for m in report["misses"])


def test_evaluate_extraction_lists_bad_gold_file_and_goes_on(tmp_path):
    _gold(tmp_path / "good", [DENIAL, CLAIM])
    bad = _gold(tmp_path / "bad", [dict(DENIAL, text="never in the article")])
    report = evaluate_extraction([tmp_path])
    assert report["files"] == 2 and report["gold_statements"] == 2
    assert len(report["errors"]) == 1 and str(bad) in report["errors"][0]
    assert report["overlap_0.3"]["f1"] == 1.0


def test_evaluate_format_report_prints_scores_and_misses(tmp_path):
    _gold(tmp_path, [DENIAL, CLAIM, UNFINDABLE])
    text = format_extraction_report(evaluate_extraction([tmp_path]))
    lines = text.splitlines()
    assert lines[0] == "1 gold files, 3 gold statements, 2 extracted"
    assert "statements @ 0.3: precision 1.000  recall 0.667  F1 0.800" in lines
    assert "statements @ 0.8: precision 1.000  recall 0.667  F1 0.800" in lines
    assert "speaker accuracy (matched @ 0.3): 1.000" in lines
    assert "misses:" in lines
    assert "  row.gold.json s3: missed (Analysts): 'Markets fell sharply across the region on Monday'" in lines


def test_evaluate_format_report_without_misses(tmp_path):
    _gold(tmp_path, [DENIAL, CLAIM, UNFINDABLE])
    text = format_extraction_report(evaluate_extraction([tmp_path]), misses=False)
    assert "F1 0.800" in text
    assert "misses:" not in text and "Markets fell" not in text


def test_evaluate_format_report_lists_unusable_gold_files(tmp_path):
    bad = _gold(tmp_path, [dict(DENIAL, stance="maybe")])
    text = format_extraction_report(evaluate_extraction([tmp_path]))
    assert "gold files that could not be used:" in text
    assert str(bad) in text


@pytest.mark.parametrize(
    "gold, found, same",
    [("Diane Shima Rwigara", "Diane Rwigara", True), ("Emily W. Murphy", "Emily Murphy", True),
     ("Dmitry Peskov", "Peskov", False), ("Ukrainian border authorities", "border authorities", False),
     ("Ministry of Health", "Ministry of Finance", False), ("Joe Biden and others", "Biden", False)],
)
def test_evaluate_same_speaker_allows_a_missing_middle_name(gold, found, same):
    from tracker.evaluate import same_speaker

    assert same_speaker(gold, found) is same
