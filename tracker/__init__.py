"""tracker: claims versus denials in the news.

``tracker.track(paths)`` reads articles, extracts who said what, labels claims and denials, pairs
opposing statements with an NLI model and returns DataFrames of statements and contradictions.
"""

__version__ = "0.1.0"

from tracker.api import TrackResult, analyse_article, track
from tracker.errors import IngestError, ModelLoadError, TrackerError
from tracker.explore import (
    filter_contradictions,
    highlight_statement,
    plot_speaker_matrix,
    speaker_matrix,
    speaker_timeline,
    style_contradictions,
)
from tracker.ingest import make_article, read_inputs
from tracker.models import Article, Contradiction, PairScores, Speaker, Statement
from tracker.nli import load_nli
from tracker.report import write_csv
from tracker.store import Store

__all__ = [
    "Article",
    "Contradiction",
    "IngestError",
    "ModelLoadError",
    "PairScores",
    "Speaker",
    "Statement",
    "Store",
    "TrackResult",
    "TrackerError",
    "analyse_article",
    "filter_contradictions",
    "highlight_statement",
    "load_nli",
    "make_article",
    "plot_speaker_matrix",
    "read_inputs",
    "speaker_matrix",
    "speaker_timeline",
    "style_contradictions",
    "track",
    "write_csv",
]
