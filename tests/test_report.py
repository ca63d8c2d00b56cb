"""The editors' tables: declared columns, ranking, numeric scores, formula-safe UTF-8 CSV."""

import pandas as pd
import pytest

from tracker.models import Article, Contradiction, PairScores, Speaker, Statement
from tracker.report import (
    CONTRADICTION_COLUMNS,
    STATEMENT_COLUMNS,
    contradictions_frame,
    neutralise_formulas,
    statements_frame,
    write_csv,
)


def _statement(sid: str, article_id: str, text: str, speaker: str, stance: str = "claim") -> Statement:
    return Statement(id=sid, article_id=article_id, text=text, start=0, end=len(text), kind="reported",
                     cue="said", speaker=Speaker(text=speaker, name=speaker, role="minister",
                                                 organisation=f"{speaker} Ministry", side="Norvania",
                                                 kind="person"),
                     stance=stance)


ARTICLES = {
    "art1": Article(id="art1", text="...", title="Claim story", url="https://x.example/1", outlet="Herald",
                    published="2024-03-05"),
    "art2": Article(id="art2", text="...", title="Denial story", url="https://y.example/2", outlet="Courier",
                    published="2024-03-06"),
}


def _contradiction(claim: Statement, denial: Statement, score: float) -> Contradiction:
    scores = PairScores(contradiction_ab=score, contradiction_ba=score / 2, entailment_ab=0.01, entailment_ba=0.02,
                        denied_entailment=0.9, topic_similarity=0.5, shared_entities=("Norvania", "Varesia"),
                        stance_opposed=True, score=score)
    return Contradiction(claim, denial, scores, "test-model", ARTICLES)


@pytest.fixture
def ranked():
    claims = [_statement(f"c{i}", "art1", f"claim {i}", f"Claimant{i}") for i in range(3)]
    denials = [_statement(f"d{i}", "art2", f"denial {i}", f"Denier{i}", "denial") for i in range(3)]
    records = [_contradiction(claims[0], denials[0], 0.55), _contradiction(claims[1], denials[1], 0.95),
               _contradiction(claims[2], denials[2], 0.75)]
    return contradictions_frame(records)


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A3)", "'@SUM(A1:A3)"),
        ("\tcmd", "'\tcmd"),
        ("The minister said = not", "The minister said = not"),
        ("“We are not shelling”", "“We are not shelling”"),
        ("", ""),
    ],
)
def test_report_neutralise_formulas_text_cells(cell, expected):
    frame = pd.DataFrame({"text": [cell]})
    assert neutralise_formulas(frame)["text"].tolist() == [expected]


@pytest.mark.parametrize("value", [-3, -0.25, 0, 12.5])
def test_report_neutralise_formulas_leaves_numbers_alone(value):
    frame = pd.DataFrame({"score": [value], "mixed": [value]}).astype({"mixed": object})
    safe = neutralise_formulas(frame)
    assert safe["score"].tolist() == [value] and safe["mixed"].tolist() == [value]
    assert safe["score"].dtype == frame["score"].dtype


def test_report_neutralise_formulas_returns_copy():
    frame = pd.DataFrame({"text": ["=1+1"]})
    neutralise_formulas(frame)
    assert frame["text"].tolist() == ["=1+1"]


def test_report_empty_statements_frame_has_declared_columns():
    assert list(statements_frame([], {}).columns) == STATEMENT_COLUMNS
    assert len(statements_frame([], {})) == 0


def test_report_empty_contradictions_frame_has_declared_columns():
    assert list(contradictions_frame([]).columns) == CONTRADICTION_COLUMNS
    assert len(contradictions_frame([])) == 0


def test_report_statements_frame_joins_article_metadata():
    statement = _statement("c0", "art1", "the port was sold", "Elin Hartmann")
    orphan = _statement("x0", "missing", "no article", "Nobody")
    frame = statements_frame([statement, orphan], ARTICLES)
    assert list(frame.columns) == STATEMENT_COLUMNS
    row = frame.iloc[0]
    assert (row["statement_id"], row["speaker"], row["organisation"], row["url"], row["outlet"], row["title"]) == (
        "c0", "Elin Hartmann", "Elin Hartmann Ministry", "https://x.example/1", "Herald", "Claim story")
    assert (frame.iloc[1]["url"], frame.iloc[1]["title"]) == ("", "")


def test_report_contradictions_ranked_by_score(ranked):
    assert ranked["rank"].tolist() == [1, 2, 3]
    assert ranked["score"].tolist() == [0.95, 0.75, 0.55]
    assert ranked["claim_statement_id"].tolist() == ["c1", "c2", "c0"]
    assert ranked["denial_statement_id"].tolist() == ["d1", "d2", "d0"]


@pytest.mark.parametrize("column", ["rank", "score", "contradiction_ab", "contradiction_ba", "entailment_ab",
                                    "entailment_ba", "denied_entailment", "topic_similarity", "claim_start",
                                    "denial_end"])
def test_report_contradiction_score_columns_numeric(ranked, column):
    assert pd.api.types.is_numeric_dtype(ranked[column])


@pytest.mark.parametrize(
    "column, expected",
    [
        ("claim_speaker", "Claimant1"),
        ("claim_stance", "claim"),
        ("claim_text", "claim 1"),
        ("claim_article_id", "art1"),
        ("claim_url", "https://x.example/1"),
        ("claim_outlet", "Herald"),
        ("claim_published", "2024-03-05"),
        ("denial_speaker", "Denier1"),
        ("denial_stance", "denial"),
        ("denial_text", "denial 1"),
        ("denial_article_id", "art2"),
        ("denial_url", "https://y.example/2"),
        ("denial_outlet", "Courier"),
        ("denial_published", "2024-03-06"),
        ("shared_entities", "Norvania, Varesia"),
        ("model", "test-model"),
    ],
)
def test_report_contradiction_sides_from_right_statements(ranked, column, expected):
    assert ranked.iloc[0][column] == expected


def test_report_write_csv_utf8_bom_round_trip(tmp_path, ranked):
    path = write_csv(ranked, tmp_path / "out" / "contradictions.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == CONTRADICTION_COLUMNS
    assert back["claim_statement_id"].tolist() == ["c1", "c2", "c0"]
    assert back["score"].tolist() == [0.95, 0.75, 0.55]
    assert back["rank"].tolist() == [1, 2, 3]


def test_report_write_csv_neutralises_formula_cells(tmp_path):
    frame = pd.DataFrame({"text": ["=HYPERLINK(\"http://evil.example\",\"click\")", "“Curly quotes,” she said."],
                          "score": [-0.5, 0.8]})
    path = write_csv(frame, tmp_path / "report.csv")
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert back["text"].tolist() == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "“Curly quotes,” she said."]
    assert back["score"].tolist() == [-0.5, 0.8]
    assert frame["text"][0].startswith("=")
