"""The facade: files in, DataFrames out. ``track`` composes the stages; each stage stays usable alone."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from tracker import __version__
from tracker.attribute import AliasTable, resolve_article, unify_speakers
from tracker.embed import SentenceEncoder, load_encoder
from tracker.errors import TrackerError
from tracker.extract import extract_statements
from tracker.ingest import IngestResult, read_inputs
from tracker.lexicon import read_table
from tracker.models import Article, Contradiction, Statement
from tracker.nli import NLIModel, load_nli
from tracker.pair import candidate_pairs, score_pairs
from tracker.report import contradictions_frame, statements_frame
from tracker.stance import classify_statements
from tracker.store import Store

log = logging.getLogger(__name__)


@dataclass
class TrackResult:
    """What :func:`track` returns: two DataFrames for notebooks, plus the records behind them."""

    statements: pd.DataFrame
    contradictions: pd.DataFrame
    errors: list[str] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)
    statement_records: list[Statement] = field(default_factory=list)
    contradiction_records: list[Contradiction] = field(default_factory=list)
    model: str = ""
    tracker_version: str = __version__


def analyse_article(article: Article, *, aliases: AliasTable | None = None, nli: NLIModel | None = None
                    ) -> list[Statement]:
    """Extract, attribute and classify the statements of one article (with ``nli``, rebuttals that use
    no denial word are found too)."""
    statements = extract_statements(article)
    statements = resolve_article(article, statements, aliases)
    return classify_statements(article, statements, nli=nli)


def _aliases(aliases: str | Path | Mapping[str, str] | None) -> AliasTable:
    if aliases is None or isinstance(aliases, Mapping):
        return AliasTable.load(aliases)
    return AliasTable.load(read_table(aliases))


def _ingest(inputs) -> IngestResult:
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    inputs = list(inputs)
    given = [i for i in inputs if isinstance(i, Article)]
    result = read_inputs([i for i in inputs if not isinstance(i, Article)])
    result.articles = given + result.articles
    return result


def track(
    inputs: str | Path | Article | Iterable[str | Path | Article],
    *,
    model: str | None = None,
    nli: NLIModel | None = None,
    encoder: SentenceEncoder | None = None,
    db: str | Path | None = None,
    aliases: str | Path | Mapping[str, str] | None = None,
    min_score: float = 0.7,
    batch_size: int = 32,
    progress: bool = False,
) -> TrackResult:
    """Read articles (files, folders or :class:`Article` records), find who said what, and pair opposing
    statements. With ``db``, the new statements are also paired with everything stored before, and the
    result covers the whole database (dismissed pairs left out).

    ``model`` is a local folder or a hub name (default: the shipped model, or ``$TRACKER_NLI_MODEL``);
    pass a loaded ``nli`` (and sentence ``encoder``, :func:`tracker.embed.load_encoder`) to reuse them
    across calls. Unreadable files and articles that fail are reported in ``errors`` and skipped; the rest
    of the batch goes on.
    """
    ingested = _ingest(inputs)
    errors = [str(e) for e in ingested.errors]
    alias_table = _aliases(aliases)
    nli = nli or load_nli(model)
    articles = {a.id: a for a in ingested.articles}
    new_statements: list[Statement] = []
    iterator = ingested.articles
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, desc="articles", unit="article")
    analysed: list[tuple[Article, list[Statement]]] = []
    for article in iterator:
        try:
            statements = analyse_article(article, aliases=alias_table, nli=nli)
        except (TrackerError, ValueError, IndexError, KeyError) as error:
            # A rule that trips on one odd article must not cost the night's batch.
            message = f"{article.source or article.id}: extraction failed ({type(error).__name__}: {error})"
            log.error(message)
            errors.append(message)
            continue
        analysed.append((article, statements))
        new_statements += statements
    store = Store(db) if db else None
    new_ids = {s.id for s in new_statements}
    try:
        old_statements: list[Statement] = []
        if store:
            run_id = store.start_run(nli.name, __version__)
            for article, statements in analysed:
                store.add_article(article, statements)
            old_statements = [s for s in store.statements() if s.id not in new_ids]
            articles = {**store.articles(), **articles}
        everything = unify_speakers(old_statements + new_statements)
        candidates = candidate_pairs(everything, new_ids=new_ids if store else None)
        contradictions = score_pairs(candidates, nli, articles, encoder=encoder or load_encoder(),
                                     batch_size=batch_size, min_score=min_score)
        if store:
            store.add_contradictions(contradictions)
            contradictions = store.contradictions()
            store.finish_run(run_id, articles=len(analysed), statements=len(new_statements),
                             contradictions=len(contradictions), errors=errors)
    finally:
        if store:
            store.close()
    return TrackResult(
        statements=statements_frame(everything, articles),
        contradictions=contradictions_frame(contradictions, everything, articles),
        errors=errors,
        articles=articles,
        statement_records=everything,
        contradiction_records=contradictions,
        model=nli.name,
    )
