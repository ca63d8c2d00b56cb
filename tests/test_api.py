"""The public API end to end: files in, DataFrames out, the store across runs, bad input in a batch."""

import shutil

import pandas as pd

import tracker
from tests.conftest import ARTICLES
from tracker.report import CONTRADICTION_COLUMNS, STATEMENT_COLUMNS


def test_api_track_seed_puts_both_design_card_pairs_in_the_top_five(seed_path, nli):
    result = tracker.track(seed_path, nli=nli)
    top = result.contradictions.head(5)
    pairs = set(zip(top.claim_speaker, top.denial_speaker))
    assert ("US officials", "Anatoly Antonov") in pairs, top[["claim_speaker", "denial_speaker", "score"]]
    assert any(claim == "Federal Security Service" and denial in ("Oleksiy Danilov", "Ukrainian border authorities")
               for claim, denial in pairs), top[["claim_speaker", "denial_speaker", "score"]]


def test_api_track_returns_frames_with_the_declared_columns(nli, tmp_path):
    sample = tmp_path / "one.txt"
    sample.write_text("Title: Test\n\nThe ministry said the bridge was closed. "
                      "The mayor denied that the bridge was closed.\n", encoding="utf-8")
    result = tracker.track([sample], nli=nli)
    assert list(result.statements.columns) == STATEMENT_COLUMNS
    assert list(result.contradictions.columns) == CONTRADICTION_COLUMNS
    assert len(result.statements) == 2 and result.statements.title.tolist() == ["Test", "Test"]
    assert pd.api.types.is_float_dtype(result.contradictions.score)


def test_api_bad_file_is_reported_and_the_batch_goes_on(nli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The ministry said the bridge was closed.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Officials said the port reopened."}\nnot json\n', encoding="utf-8")
    result = tracker.track([good, bad, tmp_path / "missing.txt"], nli=nli)
    assert len(result.articles) == 2
    assert any("bad.jsonl:2" in error for error in result.errors)
    assert any("missing.txt" in error for error in result.errors)


def test_api_store_pairs_a_later_denial_with_an_earlier_claim(nli, tmp_path):
    db = tmp_path / "tracker.db"
    day1 = tmp_path / "day1.txt"
    day1.write_text("Published: 2026-03-01\n\nThe FSB said a shell fired from Ukraine destroyed a border "
                    "post in Rostov.\n", encoding="utf-8")
    day2 = tmp_path / "day2.txt"
    day2.write_text("Published: 2026-03-08\n\n“Ukraine did not fire any shell at the border post in Rostov,” "
                    "Oleksiy Danilov said.\n", encoding="utf-8")
    first = tracker.track([day1], nli=nli, db=db)
    assert first.contradictions.empty
    second = tracker.track([day2], nli=nli, db=db)
    assert len(second.contradictions) == 1
    row = second.contradictions.iloc[0]
    assert (row.claim_published, row.denial_published) == ("2026-03-01", "2026-03-08")
    again = tracker.track([day2], nli=nli, db=db)  # idempotent: nothing new, nothing lost
    assert len(again.contradictions) == 1 and len(again.statements) == 2
    with tracker.Store(db) as store:
        assert store.history()[0]["times_seen"] == 2
        store.dismiss(row.claim_statement_id, row.denial_statement_id)
    assert tracker.track([day2], nli=nli, db=db).contradictions.empty


def test_api_sample_articles_produce_contradictions(nli, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    result = tracker.track(folder, nli=nli)
    assert not result.errors
    assert len(result.articles) == len(list(ARTICLES.glob("*.txt"))) + len(list(ARTICLES.glob("*.html")))
    assert len(result.contradictions) >= 10
    assert (result.contradictions.score.diff().dropna() <= 0).all()
