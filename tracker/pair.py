"""Pairs of opposing statements: blocking by topic, NLI both ways, and a score that combines the evidence.

Blocking compares only statements of different speakers and camps that share content words (an inverted index
skips the rest, so a night of articles does not cost all pairs). Each candidate is then scored:

* ``contradiction_ab`` / ``contradiction_ba``: P(contradiction) with each statement as the premise.
* ``denied_entailment``: when one side is a denial of a proposition P ("the reports are false", "there is
  no such plan"), P(entailment) of the other side against P: a small NLI model is weak on "X denies P"
  against "P", but strong on whether two statements say the same thing. A denial that refers back to the
  very claim (``Statement.refers_to``) scores ``LINKED_OPPOSITION`` (0.8).
* ``topic_similarity``: the cosine of the two statements' sentence embeddings (:mod:`tracker.embed`;
  1 for a denial that refers to the claim).
* ``stance_opposed``: one side claims, the other denies.

An NLI model trained on related pairs calls unrelated statements contradictory, so its contradiction
counts in proportion to how related the two are (``relatedness``: the cosine, full at 0.5)::

    score = 0.6 * max(max(contradiction_ab, contradiction_ba) * relatedness,
                      denied_entailment if stance_opposed)
          + 0.2 * stance_opposed + 0.2 * topic (the cosine ramped from 0.2 to full at 0.6)

See docs/scoring.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.embed import SentenceEncoder
from tracker.models import Article, Contradiction, PairScores, Statement
from tracker.nli import NLIModel

WEIGHTS = {"opposition": 0.6, "stance_opposed": 0.2, "topic_similarity": 0.2}
# A denial that refers back to a claim ("no such plan" after the reported plan) opposes it, but the link is a
# heuristic (the nearest earlier claim of another speaker), so it counts for less than the NLI's certainty.
LINKED_OPPOSITION = 0.8
RELATED_AT = 0.5  # embedding cosine at which the NLI's contradiction counts in full (0 counts nothing)
TOPIC_RANGE = (0.2, 0.6)  # cosine below which statements share no topic, and at which they share it fully
# Statements of different articles are paired only when they share two names or much of their wording.
CROSS_ARTICLE_NAMES = 2
CROSS_ARTICLE_SIMILARITY = 0.3

_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our ours out over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your
said says say told according also would could will one two three last first new mr ms
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2)


def names(text: str) -> frozenset[str]:
    """Capitalised words that are not sentence-initial: a cheap stand-in for named entities."""
    found = set()
    for match in re.finditer(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-zA-Z’'-]{2,})", text):
        found.add(_stem(match.group(1)))
    return frozenset(found)


@dataclass(frozen=True)
class Candidate:
    a: Statement
    b: Statement
    word_overlap: float  # Jaccard of content words, for blocking
    shared_entities: tuple[str, ...]
    linked: bool  # one refers back to the other


def _topic_text(statement: Statement) -> str:
    return f"{statement.text} {statement.context}"


def _orient(x: Statement, y: Statement) -> tuple[Statement, Statement]:
    """Claim first when one side claims and the other denies; else reading order."""
    if x.stance == "denial" and y.stance == "claim":
        return y, x
    return x, y


def _linked(a: Statement, b: Statement) -> bool:
    return a.id in b.refers_to.split(",") or b.id in a.refers_to.split(",")


def _same_story(x: Statement, y: Statement) -> bool:
    """A claim and a denial of one article, neither pointing at a statement of its own choosing."""
    return ((x.stance == "denial") != (y.stance == "denial") and x.article_id == y.article_id
            and not (x.refers_to or y.refers_to))


def candidate_pairs(statements: Sequence[Statement], *, new_ids: set[str] | None = None,
                    max_per_statement: int = 10, min_similarity: float = 0.06) -> list[Candidate]:
    """Statement pairs worth an NLI call: different speakers, shared topic or an explicit reference.

    With ``new_ids``, only pairs with at least one new statement are built (the nightly case: tonight's
    statements against each other and against everything stored)."""
    words = [content_words(_topic_text(s)) for s in statements]
    entities = [names(_topic_text(s)) for s in statements]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    # Words in a fifth of all statements say nothing about topic.
    common = {w for w, ids in index.items() if len(ids) > max(5, len(statements) // 5)}
    by_id = {s.id: i for i, s in enumerate(statements)}
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        by_article[statement.article_id].append(i)
    scored: dict[tuple[int, int], float] = {}
    for i, statement in enumerate(statements):
        if new_ids is not None and statement.id not in new_ids:
            continue
        overlap: Counter = Counter()
        for w in words[i] - common:
            overlap.update(j for j in index[w] if j != i)
        for ref in filter(None, statement.refers_to.split(",")):
            if ref in by_id:
                overlap[by_id[ref]] += 1000
        # One article is one story: there a denial answers claims in other words ("a fabrication" against
        # "he saw her inject EPO"), so one whose target is unknown meets every claim of the article.
        for j in by_article[statement.article_id]:
            if j != i and _same_story(statement, statements[j]):
                overlap[j] += 0  # a candidate, with whatever words it shares
        for j, shared in overlap.items():
            union = len(words[i] | words[j]) or 1
            scored[(min(i, j), max(i, j))] = max(scored.get((min(i, j), max(i, j)), 0.0), shared / union)
    per_statement: dict[int, int] = Counter()
    out = []
    for (i, j), similarity in sorted(scored.items(), key=lambda kv: -kv[1]):
        x, y = statements[i], statements[j]
        if not x.speaker.name or x.speaker.name == y.speaker.name:
            continue
        if x.speaker.camp and x.speaker.camp == y.speaker.camp:
            continue  # one camp speaks with one voice: a lawyer and his client, a ministry and its minister
        linked = _linked(x, y)
        opposed = (x.stance == "denial") != (y.stance == "denial")
        if x.stance == y.stance == "denial":
            continue  # two denials of one thing agree; two claims may still clash ("11 died" / "4 died")
        same_story = _same_story(x, y)
        if not (linked or same_story) and similarity < (min_similarity if opposed else 2 * min_similarity):
            continue
        if not (linked or same_story) and (per_statement[i] >= max_per_statement
                                           or per_statement[j] >= max_per_statement):
            continue
        shared = tuple(sorted(entities[i] & entities[j]))
        if x.article_id != y.article_id and len(shared) < CROSS_ARTICLE_NAMES and similarity < CROSS_ARTICLE_SIMILARITY:
            continue  # across articles, common words are not a story: ask for shared names or close wording
        per_statement[i] += 1
        per_statement[j] += 1
        a, b = _orient(x, y)
        out.append(Candidate(a, b, round(similarity, 4), shared, linked))
    return out


def nli_text(statement: Statement) -> str:
    """What the NLI model reads for a statement: its words without quote marks."""
    return re.sub(r"[“”\"]", "", statement.text).strip()


def _ramp(value: float, low: float, high: float) -> float:
    return min(1.0, max(0.0, (value - low) / (high - low)))


def combine(contradiction_ab: float, contradiction_ba: float, denied_entailment: float, stance_opposed: bool,
            topic_similarity: float) -> float:
    relatedness = _ramp(topic_similarity, 0.0, RELATED_AT)
    opposition = max(max(contradiction_ab, contradiction_ba) * relatedness,
                     denied_entailment if stance_opposed else 0.0)
    score = (WEIGHTS["opposition"] * opposition + WEIGHTS["stance_opposed"] * stance_opposed
             + WEIGHTS["topic_similarity"] * _ramp(topic_similarity, *TOPIC_RANGE))
    return round(score, 4)


def score_pairs(candidates: Sequence[Candidate], nli: NLIModel, articles: dict[str, Article], *,
                encoder: SentenceEncoder, batch_size: int = 32, min_score: float = 0.7) -> list[Contradiction]:
    """NLI both ways (and against the denied proposition) and the topic similarity of every candidate;
    ranked contradictions."""
    texts = list(dict.fromkeys(nli_text(s) for c in candidates for s in (c.a, c.b)))
    vectors = dict(zip(texts, encoder.encode(texts))) if texts else {}
    pairs: list[tuple[str, str]] = []
    slots = []
    for c in candidates:
        a_text, b_text = nli_text(c.a), nli_text(c.b)
        slot = {"ab": len(pairs), "ba": len(pairs) + 1}
        pairs += [(a_text, b_text), (b_text, a_text)]
        denial = c.b if c.b.stance == "denial" else c.a if c.a.stance == "denial" else None
        other = c.a if denial is c.b else c.b
        if denial is not None and denial.denied and not c.linked:
            slot["denied"] = len(pairs)
            pairs.append((nli_text(other), denial.denied))
        slots.append(slot)
    probs = nli.predict(pairs, batch_size=batch_size)
    entail, contra = 0, 2  # columns of NLIModel.predict, ordered as tracker.nli.LABELS
    out = []
    for c, slot in zip(candidates, slots):
        opposed = (c.a.stance == "denial") != (c.b.stance == "denial")
        if c.linked and opposed:
            denied_entailment = LINKED_OPPOSITION  # the denial refers back to this very claim
        else:
            denied_entailment = float(probs[slot["denied"], entail]) if "denied" in slot else 0.0
        similarity = 1.0 if c.linked else max(0.0, float(vectors[nli_text(c.a)] @ vectors[nli_text(c.b)]))
        scores = PairScores(
            contradiction_ab=round(float(probs[slot["ab"], contra]), 4),
            contradiction_ba=round(float(probs[slot["ba"], contra]), 4),
            entailment_ab=round(float(probs[slot["ab"], entail]), 4),
            entailment_ba=round(float(probs[slot["ba"], entail]), 4),
            denied_entailment=round(denied_entailment, 4),
            topic_similarity=round(similarity, 4),
            shared_entities=c.shared_entities,
            stance_opposed=opposed,
        )
        score = combine(scores.contradiction_ab, scores.contradiction_ba, scores.denied_entailment, opposed,
                        scores.topic_similarity)
        if score < min_score or math.isnan(score):
            continue
        out.append(Contradiction(
            a=c.a, b=c.b, scores=replace(scores, score=score), model=nli.name,
            articles={s.article_id: articles[s.article_id] for s in (c.a, c.b) if s.article_id in articles},
        ))
    return sorted(out, key=rank_key)


def rank_key(contradiction: Contradiction) -> tuple[float, float]:
    """Best first: the combined score, then the NLI's own contradiction call (ties are common at 1.0)."""
    s = contradiction.scores
    return -s.score, -max(s.contradiction_ab, s.contradiction_ba)
