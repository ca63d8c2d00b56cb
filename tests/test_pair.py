"""Blocking, orientation, topic similarity and the combined score."""

import pytest

from tracker.models import Speaker, Statement
from tracker.pair import candidate_pairs, combine, content_words, score_pairs


def _statement(id, speaker, text, stance="claim", refers_to=""):
    return Statement(id=id, article_id="a1", text=text, start=0, end=len(text), kind="reported", cue="said",
                     speaker=Speaker(text=speaker, name=speaker), stance=stance, refers_to=refers_to,
                     denied=text if stance == "denial" else "")


def test_pair_only_different_speakers_on_a_shared_topic():
    statements = [
        _statement("c1", "FSB", "A shell from Ukraine destroyed a border post in Rostov."),
        _statement("d1", "Danilov", "Ukraine is not shelling any border post.", "denial"),
        _statement("c2", "FSB", "The border post in Rostov was destroyed by a shell."),
        _statement("x1", "Psaki", "We are always ready for diplomacy."),
    ]
    pairs = {(c.a.id, c.b.id) for c in candidate_pairs(statements)}
    assert ("c1", "d1") in pairs and ("c2", "d1") in pairs
    assert ("c1", "c2") not in pairs and ("c2", "c1") not in pairs  # same speaker
    # two claims with nothing in common are no pair; a denial meets every claim of its own article
    assert ("x1", "d1") in pairs and not {("c1", "x1"), ("x1", "c1"), ("c2", "x1"), ("x1", "c2")} & pairs


def test_pair_a_reference_links_statements_without_shared_words():
    statements = [
        _statement("c1", "US officials", "Orders were sent to commanders to attack."),
        _statement("d1", "Antonov", "There is no such plan.", "denial", refers_to="c1"),
    ]
    [candidate] = candidate_pairs(statements)
    assert (candidate.a.id, candidate.b.id, candidate.linked) == ("c1", "d1", True)


def test_pair_claim_comes_first_whatever_the_order():
    statements = [
        _statement("d1", "Danilov", "Ukraine is not shelling the Rostov border post.", "denial"),
        _statement("c1", "FSB", "Ukraine is shelling the Rostov border post."),
    ]
    [candidate] = candidate_pairs(statements)
    assert (candidate.a.id, candidate.b.id) == ("c1", "d1")


def test_pair_new_ids_limit_pairs_to_new_statements():
    statements = [
        _statement("old1", "FSB", "Ukraine shelled the Rostov border post."),
        _statement("old2", "Danilov", "Ukraine did not shell the Rostov border post.", "denial"),
        _statement("new1", "Kyiv", "Nobody shelled the Rostov border post.", "denial"),
    ]
    pairs = {(c.a.id, c.b.id) for c in candidate_pairs(statements, new_ids={"new1"})}
    assert pairs == {("old1", "new1")}


@pytest.mark.parametrize(
    "args, expected",
    [
        ((0.9, 0.1, 0.0, True, 1.0), 0.94),
        ((0.1, 0.1, 0.95, True, 0.5), 0.92),
        ((0.1, 0.1, 0.95, False, 0.5), 0.21),  # denied entailment counts only for claim against denial
        ((0.95, 0.9, 0.0, True, 0.1), 0.314),  # the NLI's contradiction of unrelated statements counts little
        ((0.0, 0.0, 0.0, False, 0.0), 0.0),
    ],
)
def test_pair_combine(args, expected):
    assert combine(*args) == pytest.approx(expected)


def test_pair_content_words_drop_stopwords_and_stem():
    assert content_words("The shells were shelling the posts") == {"shell", "post"}


def test_pair_score_pairs_ranks_the_contradiction_first(nli, encoder):
    from tracker.ingest import make_article

    article = make_article("placeholder text for provenance")
    statements = [
        _statement("c1", "FSB", "A shell fired from Ukraine destroyed a border post in Rostov."),
        _statement("d1", "Danilov", "Ukraine did not fire any shell at the border post in Rostov.", "denial"),
        _statement("c2", "Reuters", "A border post in Rostov was visited by reporters on Monday."),
    ]
    statements = [s.__class__(**{**s.__dict__, "article_id": article.id}) for s in statements]
    ranked = score_pairs(candidate_pairs(statements), nli, {article.id: article}, encoder=encoder, min_score=0.0)
    top = ranked[0]
    assert (top.a.id, top.b.id) == ("c1", "d1")
    assert top.scores.stance_opposed and top.scores.score > 0.6
    assert top.model == nli.name and article.id in top.articles
    assert top.scores.topic_similarity > 0.5  # the same shelling in other words


def test_pair_other_articles_need_shared_names_or_close_wording():
    statements = [
        _statement("c1", "FSB", "The border post was destroyed by a shell fired overnight."),
        Statement(**{**_statement("d1", "Mayor", "No shell landed near the town hall during the festival.", "denial").__dict__,
                     "article_id": "a2"}),
    ]
    assert candidate_pairs(statements) == []


def test_pair_same_article_pairs_on_shared_words_alone():
    statements = [
        _statement("c1", "FSB", "The border post was destroyed by a shell fired overnight."),
        _statement("d1", "Mayor", "No shell landed near the town hall during the festival.", "denial"),
    ]
    assert [(c.a.id, c.b.id) for c in candidate_pairs(statements)] == [("c1", "d1")]
