"""The database behind the nightly job: SQLite (Python's own sqlite3; embedded, nothing to run).

Schema changes are numbered migrations recorded in ``schema_migrations``. Ids are content hashes and
every write is an upsert, so loading the same articles twice changes nothing, and a contradiction found
again keeps its ``first_seen`` and gets a new ``last_seen``. Editors mark false positives with
:meth:`Store.dismiss`; dismissed pairs stay stored but leave the report.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Self

from tracker.models import Article, Contradiction, PairScores, Speaker, Statement

MIGRATIONS = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, url TEXT, outlet TEXT, published TEXT, title TEXT, text TEXT NOT NULL,
        source TEXT, first_seen TEXT NOT NULL
    );
    CREATE TABLE statements (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), record TEXT NOT NULL,
        speaker TEXT, stance TEXT
    );
    CREATE INDEX statements_article ON statements(article_id);
    CREATE INDEX statements_speaker ON statements(speaker);
    CREATE TABLE contradictions (
        id TEXT PRIMARY KEY, a_id TEXT NOT NULL REFERENCES statements(id),
        b_id TEXT NOT NULL REFERENCES statements(id), score REAL NOT NULL, scores TEXT NOT NULL,
        model TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, times_seen INTEGER NOT NULL,
        dismissed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT, model TEXT,
        tracker_version TEXT, articles INTEGER, statements INTEGER, contradictions INTEGER, errors TEXT
    );
    """,
]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def contradiction_id(a_id: str, b_id: str) -> str:
    return ":".join(sorted((a_id, b_id)))


class Store:
    """An open tracker database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT)")
            done = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations")}
            for version, script in enumerate(MIGRATIONS, start=1):
                if version not in done:
                    self.db.executescript(script)
                    self.db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))

    # --- writes ---------------------------------------------------------------------------------------

    def add_article(self, article: Article, statements: list[Statement]) -> None:
        """Store an article and its statements in one transaction (all or nothing)."""
        with self.db:
            self.db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET url=excluded.url, "
                "outlet=excluded.outlet, published=excluded.published, title=excluded.title, source=excluded.source",
                (article.id, article.url, article.outlet, article.published, article.title, article.text,
                 article.source, _now()),
            )
            self.db.execute("DELETE FROM statements WHERE article_id = ? AND id NOT IN (SELECT a_id FROM "
                            "contradictions UNION SELECT b_id FROM contradictions)", (article.id,))
            self.db.executemany(
                "INSERT INTO statements VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET record=excluded.record, "
                "speaker=excluded.speaker, stance=excluded.stance",
                [(s.id, s.article_id, json.dumps(asdict(s)), s.speaker.name, s.stance) for s in statements],
            )

    def add_contradictions(self, contradictions: list[Contradiction]) -> None:
        now = _now()
        with self.db:
            for c in contradictions:
                self.db.execute(
                    "INSERT INTO contradictions VALUES (?,?,?,?,?,?,?,?,1,0) ON CONFLICT(id) DO UPDATE SET "
                    "score=excluded.score, scores=excluded.scores, model=excluded.model, "
                    "last_seen=excluded.last_seen, times_seen=times_seen+1",
                    (contradiction_id(c.a.id, c.b.id), c.a.id, c.b.id, c.scores.score,
                     json.dumps(asdict(c.scores)), c.model, now, now),
                )

    def dismiss(self, a_id: str, b_id: str) -> bool:
        """Mark a pair as a false positive; it stays stored but leaves the report. True if it existed."""
        with self.db:
            cursor = self.db.execute("UPDATE contradictions SET dismissed = 1 WHERE id = ?",
                                     (contradiction_id(a_id, b_id),))
        return cursor.rowcount > 0

    def start_run(self, model: str, version: str) -> int:
        with self.db:
            return self.db.execute("INSERT INTO runs (started, model, tracker_version) VALUES (?,?,?)",
                                   (_now(), model, version)).lastrowid

    def finish_run(self, run_id: int, *, articles: int, statements: int, contradictions: int,
                   errors: list[str]) -> None:
        with self.db:
            self.db.execute("UPDATE runs SET finished=?, articles=?, statements=?, contradictions=?, errors=? "
                            "WHERE id=?", (_now(), articles, statements, contradictions, json.dumps(errors), run_id))

    # --- reads ----------------------------------------------------------------------------------------

    def articles(self) -> dict[str, Article]:
        rows = self.db.execute("SELECT id, text, title, url, outlet, published, source FROM articles")
        return {row[0]: Article(*row) for row in rows}

    def statements(self) -> list[Statement]:
        return [_statement(json.loads(row[0])) for row in
                self.db.execute("SELECT record FROM statements ORDER BY article_id, rowid")]

    def contradictions(self, *, include_dismissed: bool = False) -> list[Contradiction]:
        statements = {s.id: s for s in self.statements()}
        articles = self.articles()
        query = "SELECT a_id, b_id, scores, model FROM contradictions"
        if not include_dismissed:
            query += " WHERE dismissed = 0"
        out = []
        for a_id, b_id, scores, model in self.db.execute(query):
            if a_id in statements and b_id in statements:
                a, b = statements[a_id], statements[b_id]
                score_fields = json.loads(scores)
                score_fields["shared_entities"] = tuple(score_fields["shared_entities"])
                out.append(Contradiction(a, b, PairScores(**score_fields), model,
                                         {s.article_id: articles[s.article_id] for s in (a, b)}))
        return out

    def history(self) -> list[dict]:
        """How often and when each contradiction was seen (for "a denial that arrives a week later")."""
        columns = ["a_id", "b_id", "score", "first_seen", "last_seen", "times_seen", "dismissed"]
        rows = self.db.execute(f"SELECT {', '.join(columns)} FROM contradictions")
        return [dict(zip(columns, row)) for row in rows]


_STATEMENT_FIELDS = {f.name for f in fields(Statement)}


def _statement(record: dict) -> Statement:
    record = {k: v for k, v in record.items() if k in _STATEMENT_FIELDS}
    record["speaker"] = Speaker(**record["speaker"])
    return Statement(**record)
