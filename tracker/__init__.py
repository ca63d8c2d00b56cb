"""tracker: claims versus denials in the news.

``tracker.track(paths)`` reads articles, extracts who said what, labels claims and denials, pairs
opposing statements with an NLI model and returns DataFrames of statements and contradictions.
"""

__version__ = "0.1.0"

from tracker.api import TrackResult, analyse_article, track  # noqa: E402
from tracker.errors import IngestError, ModelLoadError, TrackerError  # noqa: E402
from tracker.ingest import make_article, read_inputs  # noqa: E402
from tracker.models import Article, Contradiction, PairScores, Speaker, Statement  # noqa: E402
from tracker.nli import load_nli  # noqa: E402
from tracker.report import write_csv  # noqa: E402
from tracker.store import Store  # noqa: E402
from tracker.explore import filter_contradictions, highlight_statement, plot_speaker_matrix, speaker_matrix, speaker_timeline, style_contradictions  # noqa: E402

__all__ = [
    "Article", "Contradiction", "IngestError", "ModelLoadError", "PairScores", "Speaker", "Statement",
    "Store", "TrackResult", "TrackerError", "analyse_article", "load_nli", "make_article", "read_inputs",
    "track", "write_csv", "filter_contradictions", "highlight_statement", "plot_speaker_matrix",
    "speaker_matrix", "speaker_timeline", "style_contradictions",
]
