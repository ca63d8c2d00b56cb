"""The SQLite store: migrations, idempotent upserts, first/last seen, dismissals, runs, persistence."""

import json
import sqlite3

import pytest

from tracker import store as store_module
from tracker.models import Article, Contradiction, PairScores, Speaker, Statement
from tracker.store import Store, contradiction_id

ARTICLE = Article(id="art1", text="“We are not shelling,” Danilov said. The FSB said a shell destroyed a post.",
                  title="Shelling row", url="https://x.example/1", outlet="Herald", published="2022-02-21",
                  source="row.txt")
DENIAL = Statement(id="s-denial", article_id="art1", text="We are not shelling", start=1, end=20, kind="direct",
                   cue="said", speaker=Speaker(text="Danilov", name="Oleksiy Danilov", role="head",
                                               organisation="National Security Council", side="Ukraine",
                                               kind="person"),
                   speaker_start=23, speaker_end=30, cue_start=31, cue_end=35, stance="denial",
                   stance_evidence="content: We are not", confidence=0.9)
CLAIM = Statement(id="s-claim", article_id="art1", text="a shell destroyed a post", start=51, end=75,
                  kind="reported", cue="said", speaker=Speaker(text="The FSB", name="Federal Security Service",
                                                               organisation="FSB", side="Russia",
                                                               kind="organisation"))
SCORES = PairScores(contradiction_ab=0.91, contradiction_ba=0.85, entailment_ab=0.01, entailment_ba=0.02,
                    denied_entailment=0.7, topic_similarity=0.4, shared_entities=("Ukraine", "FSB"),
                    stance_opposed=True, score=0.88)
PAIR = Contradiction(CLAIM, DENIAL, SCORES, "test-model", {"art1": ARTICLE})


@pytest.fixture
def db(tmp_path):
    with Store(tmp_path / "sub" / "tracker.db") as store:
        yield store


@pytest.fixture
def filled(db):
    db.add_article(ARTICLE, [CLAIM, DENIAL])
    db.add_contradictions([PAIR])
    return db


def _count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _clock(monkeypatch, times):
    ticks = iter(times)
    monkeypatch.setattr(store_module, "_now", lambda: next(ticks))


@pytest.mark.parametrize("table", ["articles", "statements", "contradictions", "runs", "schema_migrations"])
def test_store_new_database_has_schema(db, table):
    assert _count(db, table) == (1 if table == "schema_migrations" else 0)


def test_store_migration_recorded_once_across_reopen(tmp_path):
    path = tmp_path / "tracker.db"
    for _ in range(3):
        with Store(path) as store:
            assert store.db.execute("SELECT version FROM schema_migrations").fetchall() == [(1,)]


def test_store_add_article_twice_no_duplicates(db):
    db.add_article(ARTICLE, [CLAIM, DENIAL])
    db.add_article(ARTICLE, [CLAIM, DENIAL])
    assert (_count(db, "articles"), _count(db, "statements")) == (1, 2)
    assert list(db.articles()) == ["art1"]
    assert [s.id for s in db.statements()] == ["s-claim", "s-denial"]


def test_store_add_article_keeps_first_seen_and_updates_metadata(db, monkeypatch):
    _clock(monkeypatch, ["2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00"])
    db.add_article(ARTICLE, [CLAIM])
    db.add_article(Article(id="art1", text=ARTICLE.text, title="New title", url=ARTICLE.url), [CLAIM])
    assert db.db.execute("SELECT first_seen, title FROM articles").fetchone() == (
        "2024-01-01T00:00:00+00:00", "New title")


def test_store_articles_round_trip(filled):
    assert filled.articles() == {"art1": ARTICLE}


@pytest.mark.parametrize("statement", [CLAIM, DENIAL], ids=["claim", "denial"])
def test_store_statement_round_trip(db, statement):
    db.add_article(ARTICLE, [statement])
    assert db.statements() == [statement]
    assert isinstance(db.statements()[0].speaker, Speaker)


def test_store_add_contradictions_twice_counts_times_seen(db, monkeypatch):
    _clock(monkeypatch, ["T0", "T1", "T2"])
    db.add_article(ARTICLE, [CLAIM, DENIAL])
    db.add_contradictions([PAIR])
    db.add_contradictions([PAIR])
    assert _count(db, "contradictions") == 1
    [row] = db.history()
    assert (row["a_id"], row["b_id"], row["times_seen"], row["first_seen"], row["last_seen"], row["dismissed"]) == (
        "s-claim", "s-denial", 2, "T1", "T2", 0)


def test_store_contradiction_round_trip(filled):
    [pair] = filled.contradictions()
    assert pair == PAIR
    assert pair.scores.shared_entities == ("Ukraine", "FSB")


def test_store_contradiction_id_ignores_order():
    assert contradiction_id("b", "a") == contradiction_id("a", "b") == "a:b"


def test_store_reversed_pair_is_the_same_contradiction(filled):
    filled.add_contradictions([Contradiction(DENIAL, CLAIM, SCORES, "test-model", {"art1": ARTICLE})])
    assert _count(filled, "contradictions") == 1
    assert filled.history()[0]["times_seen"] == 2


def test_store_reloading_article_keeps_statements_of_stored_pairs(filled):
    filled.add_article(ARTICLE, [])
    assert [s.id for s in filled.statements()] == ["s-claim", "s-denial"]
    assert len(filled.contradictions()) == 1


def test_store_reloading_article_drops_unpaired_statements(db):
    db.add_article(ARTICLE, [CLAIM, DENIAL])
    db.add_article(ARTICLE, [CLAIM])
    assert [s.id for s in db.statements()] == ["s-claim"]


@pytest.mark.parametrize("a_id, b_id", [("s-claim", "s-denial"), ("s-denial", "s-claim")])
def test_store_dismiss_hides_pair_from_report(filled, a_id, b_id):
    assert filled.dismiss(a_id, b_id) is True
    assert filled.contradictions() == []
    assert [c.a.id for c in filled.contradictions(include_dismissed=True)] == ["s-claim"]
    assert filled.history()[0]["dismissed"] == 1


def test_store_dismissed_pair_stays_dismissed_when_found_again(filled):
    filled.dismiss("s-claim", "s-denial")
    filled.add_contradictions([PAIR])
    assert filled.contradictions() == []


@pytest.mark.parametrize("a_id, b_id", [("s-claim", "nope"), ("x", "y"), ("s-claim", "s-claim")])
def test_store_dismiss_unknown_pair_returns_false(filled, a_id, b_id):
    assert filled.dismiss(a_id, b_id) is False
    assert len(filled.contradictions()) == 1


def test_store_statement_needs_its_article(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.add_article(ARTICLE, [Statement(**{**CLAIM.__dict__, "id": "s-x", "article_id": "ghost"})])
    assert _count(db, "articles") == 0  # the whole add_article was rolled back


def test_store_runs_record_counts_and_errors(db):
    first = db.start_run("test-model", "0.1.0")
    second = db.start_run("other-model", "0.1.1")
    db.finish_run(first, articles=3, statements=12, contradictions=2, errors=["a.txt: empty", "b.csv:4: no text"])
    rows = db.db.execute("SELECT id, model, tracker_version, articles, statements, contradictions, errors, "
                         "finished IS NOT NULL FROM runs ORDER BY id").fetchall()
    assert second == first + 1
    assert rows[0][:6] == (first, "test-model", "0.1.0", 3, 12, 2)
    assert json.loads(rows[0][6]) == ["a.txt: empty", "b.csv:4: no text"]
    assert rows[0][7] == 1
    assert rows[1][1:] == ("other-model", "0.1.1", None, None, None, None, 0)


def test_store_data_survives_reopen(tmp_path):
    path = tmp_path / "tracker.db"
    with Store(path) as store:
        store.add_article(ARTICLE, [CLAIM, DENIAL])
        store.add_contradictions([PAIR])
        store.dismiss("s-claim", "s-denial")
        store.finish_run(store.start_run("test-model", "0.1.0"), articles=1, statements=2, contradictions=1,
                         errors=[])
    with Store(path) as store:
        assert store.articles() == {"art1": ARTICLE}
        assert store.statements() == [CLAIM, DENIAL]
        assert store.contradictions() == []
        assert store.contradictions(include_dismissed=True) == [PAIR]
        assert store.db.execute("SELECT articles, statements, contradictions FROM runs").fetchall() == [(1, 2, 1)]
