"""The tables editors see: statements and contradictions as pandas DataFrames, and the CSV report.

Columns are declared up front, so an empty run still has the full schema; scores stay numeric. In the
CSV, text cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) are
neutralised with a leading apostrophe. docs/data_format.md describes every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tracker.models import Article, Contradiction, Statement
from tracker.pair import content_words, rank_key

STATEMENT_COLUMNS = [
    "statement_id", "article_id", "speaker", "speaker_as_written", "role", "organisation", "side", "camp",
    "speaker_kind", "stance", "stance_evidence", "kind", "cue", "text", "start", "end", "context", "refers_to",
    "denied", "confidence", "url", "outlet", "published", "title",
]

_SIDE_FIELDS = ["statement_id", "speaker", "speaker_as_written", "role", "organisation", "side", "camp", "stance",
                "stance_evidence", "kind", "cue", "text", "article_id", "url", "outlet", "published", "start", "end",
                "times_said", "first_said", "last_said", "sources"]
REPEAT_SIMILARITY = 0.6  # word overlap (Jaccard) at which one speaker's two statements count as one
CONTRADICTION_COLUMNS = (
    ["rank", "score", "contradiction_ab", "contradiction_ba", "entailment_ab", "entailment_ba",
     "denied_entailment", "topic_similarity", "stance_opposed", "shared_entities"]
    + [f"claim_{f}" for f in _SIDE_FIELDS]
    + [f"denial_{f}" for f in _SIDE_FIELDS]
    + ["model"]
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _statement_row(statement: Statement, article: Article | None) -> dict:
    speaker = statement.speaker
    return {
        "statement_id": statement.id, "article_id": statement.article_id, "speaker": speaker.name,
        "speaker_as_written": speaker.text, "role": speaker.role, "organisation": speaker.organisation,
        "side": speaker.side, "camp": speaker.camp, "speaker_kind": speaker.kind, "stance": statement.stance,
        "stance_evidence": statement.stance_evidence, "kind": statement.kind, "cue": statement.cue,
        "text": statement.text, "start": statement.start, "end": statement.end, "context": statement.context,
        "refers_to": statement.refers_to, "denied": statement.denied, "confidence": statement.confidence,
        "url": article.url if article else "", "outlet": article.outlet if article else "",
        "published": article.published if article else "", "title": article.title if article else "",
    }


def statements_frame(statements: Iterable[Statement], articles: dict[str, Article]) -> pd.DataFrame:
    rows = [_statement_row(s, articles.get(s.article_id)) for s in statements]
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


def repetitions(statements: Iterable[Statement], articles: dict[str, Article]) -> dict[str, dict]:
    """For each statement, how often its speaker said the same thing (first and last date, sources),
    across every article given: the same claim repeated over days is one claim seen n times."""
    by_speaker: dict[str, list[tuple[Statement, frozenset]]] = {}
    for statement in statements:
        by_speaker.setdefault(statement.speaker.name, []).append((statement, content_words(statement.text)))
    out = {}
    for said in by_speaker.values():
        for statement, words in said:
            same = [other for other, other_words in said
                    if words and len(words & other_words) / len(words | other_words) >= REPEAT_SIMILARITY]
            dates = sorted(d for d in (articles[o.article_id].published for o in same if o.article_id in articles) if d)
            sources = sorted({articles[o.article_id].url or articles[o.article_id].source
                              for o in same if o.article_id in articles} - {""})
            out[statement.id] = {"times_said": len(same), "first_said": dates[0] if dates else "",
                                 "last_said": dates[-1] if dates else "", "sources": " | ".join(sources)}
    return out


def contradictions_frame(contradictions: Iterable[Contradiction], statements: Iterable[Statement] = (),
                         articles: dict[str, Article] | None = None) -> pd.DataFrame:
    """One row per contradiction, best first. The claim side is ``claim_*``, the denial side ``denial_*``
    (for two opposing claims: the earlier one, then the later one). Given every statement (and article)
    of the run, each side also says how often its speaker said it (``*_times_said`` and dates)."""
    contradictions = list(contradictions)
    repeated = repetitions(statements, articles or {})
    rows = []
    for rank, c in enumerate(sorted(contradictions, key=rank_key), start=1):
        s = c.scores
        row = {
            "rank": rank, "score": s.score, "contradiction_ab": s.contradiction_ab,
            "contradiction_ba": s.contradiction_ba, "entailment_ab": s.entailment_ab,
            "entailment_ba": s.entailment_ba, "denied_entailment": s.denied_entailment,
            "topic_similarity": s.topic_similarity, "stance_opposed": s.stance_opposed,
            "shared_entities": ", ".join(s.shared_entities), "model": c.model,
        }
        for prefix, statement in (("claim", c.a), ("denial", c.b)):
            article = c.articles.get(statement.article_id)
            side = _statement_row(statement, article)
            side.update(repeated.get(statement.id) or {
                "times_said": 1, "first_said": article.published if article else "",
                "last_said": article.published if article else "",
                "sources": (article.url or article.source) if article else ""})
            row.update({f"{prefix}_{f}": side[f] for f in _SIDE_FIELDS})
        rows.append(row)
    return pd.DataFrame(rows, columns=CONTRADICTION_COLUMNS)


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            )
    return safe


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """The editors' CSV: UTF-8 with a byte-order mark, so spreadsheets read curly quotes right."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    neutralise_formulas(frame).to_csv(path, index=False, encoding="utf-8-sig")
    return path
