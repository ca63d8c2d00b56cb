"""Plain records the pipeline stages exchange: Article, Speaker, Statement, Contradiction.

Frozen dataclasses, offsets as integer character positions into ``Article.text``. Stages return new
records (``dataclasses.replace``) instead of changing their input.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) or date-time, as given
    source: str = ""  # the file (and record) it was read from


@dataclass(frozen=True)
class Speaker:
    text: str  # the phrase as written at the attribution ("Kremlin spokesperson Dmitry Peskov", "he")
    name: str = ""  # canonical: "Dmitry Peskov", or the organisation or group ("US officials")
    role: str = ""
    organisation: str = ""
    side: str = ""  # the country or camp the speaker belongs to, when the article says
    kind: str = ""  # person / organisation / group / unknown
    camp: str = ""  # whom the speaker speaks for: a country's government, a candidate, a body, or themselves


@dataclass(frozen=True)
class Statement:
    id: str
    article_id: str
    text: str  # the content, verbatim from the article
    start: int
    end: int
    kind: str  # direct / reported / according_to
    cue: str  # the reporting verb or phrase as written ("said", "told", "according to")
    speaker: Speaker
    speaker_start: int = -1  # where the speaker phrase stands in the article (-1: inherited)
    speaker_end: int = -1
    cue_start: int = -1
    cue_end: int = -1
    stance: str = "claim"  # claim / denial
    stance_evidence: str = ""
    confidence: float = 1.0
    context: str = ""  # what an anaphoric statement refers to ("no such plan" -> the plan reported before)
    refers_to: str = ""  # id of the statement that context comes from
    denied: str = ""  # for a denial, the proposition it denies, when it can be put in words


@dataclass(frozen=True)
class PairScores:
    """Every component of a pair's score, kept so editors can see why a pair was flagged."""

    contradiction_ab: float  # P(contradiction | premise=a, hypothesis=b)
    contradiction_ba: float
    entailment_ab: float
    entailment_ba: float
    denied_entailment: float  # P(entailment) of the claim against the proposition the denial denies
    topic_similarity: float  # 0..1 cosine of the statements' sentence embeddings (1: one refers to the other)
    shared_entities: tuple[str, ...] = field(default_factory=tuple)
    stance_opposed: bool = False
    score: float = 0.0


@dataclass(frozen=True)
class Contradiction:
    a: Statement  # by convention the claim, when one side is a claim and the other a denial
    b: Statement
    scores: PairScores
    model: str
    articles: dict[str, Article]  # provenance of both sides, by article id
