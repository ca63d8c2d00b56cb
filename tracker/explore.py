"""Helpers for exploring the tracker's output in a notebook.

Everything here works on the DataFrames :func:`tracker.track` returns (``result.statements`` and
``result.contradictions``, columns as in :mod:`tracker.report`): a styled contradiction table, filters, one
speaker's statements over time, a speaker-against-speaker count matrix and its heatmap, and a statement
highlighted in its article. Nothing here changes its input.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover - typing only
    from matplotlib.axes import Axes
    from pandas.io.formats.style import Styler

__all__ = [
    "filter_contradictions", "highlight_statement", "plot_speaker_matrix", "speaker_matrix",
    "speaker_timeline", "style_contradictions",
]

#: The columns :func:`style_contradictions` shows, in order (those missing from the frame are left out).
TABLE_COLUMNS = [
    "rank", "score", "contradiction_ab", "contradiction_ba", "topic_similarity",
    "claim_speaker", "claim_side", "claim_stance", "claim_text",
    "denial_speaker", "denial_side", "denial_stance", "denial_text",
    "claim_outlet", "claim_published", "denial_outlet", "denial_published",
]
SCORE_COLUMNS = ["score", "contradiction_ab", "contradiction_ba", "entailment_ab", "entailment_ba",
                 "denied_entailment", "topic_similarity"]
STANCE_COLOURS = {"claim": "#d6e9ff", "denial": "#ffd9d2"}
HIGHLIGHT_COLOURS = {"statement": "#fff0a8", "speaker": "#cfe3ff", "cue": "#c9f2c9"}
UNKNOWN_SPEAKER = "(unknown)"
_TEXT_STYLE = {"white-space": "normal", "max-width": "32em", "min-width": "16em", "text-align": "left"}
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")


# --- the contradiction table -------------------------------------------------------------------------------


def _stance_css(value: Any) -> str:
    colour = STANCE_COLOURS.get(str(value).strip().lower())
    return f"background-color: {colour}; font-weight: bold" if colour else ""


def style_contradictions(df: pd.DataFrame, *, columns: list[str] | None = None) -> Styler:
    """A readable view of a contradictions frame: scores as bars (0 to 1), claim/denial cells coloured,
    quotes wrapped. ``columns`` picks other columns than :data:`TABLE_COLUMNS`; text is HTML-escaped."""
    shown = [c for c in (columns or TABLE_COLUMNS) if c in df.columns]
    view = df.loc[:, shown].reset_index(drop=True)  # the index is hidden; Styler needs it unique
    styler = view.style.hide(axis="index")
    scores = [c for c in shown if c in SCORE_COLUMNS]
    texts = [c for c in shown if c.endswith("_text")]
    stances = [c for c in shown if c.endswith("_stance")]
    others = [c for c in shown if c not in scores]
    styler = styler.format(escape="html", subset=others or None, na_rep="")
    if scores:
        styler = styler.format("{:.2f}", subset=scores, na_rep="")
        styler = styler.bar(subset=scores, vmin=0.0, vmax=1.0, color="#9ecae1", height=70, width=100)
        styler = styler.set_properties(subset=scores, **{"width": "5em", "text-align": "right"})
    if stances:
        cell_map = getattr(styler, "map", None) or styler.applymap  # Styler.map arrived in pandas 2.1
        styler = cell_map(_stance_css, subset=stances)
    if texts:
        styler = styler.set_properties(subset=texts, **_TEXT_STYLE)
    # Headers as words ("claim speaker"), so they wrap instead of widening the table.
    styler = styler.format_index(lambda name: str(name).replace("_", " "), axis="columns", escape="html")
    return styler.set_table_styles(
        [{"selector": "th", "props": "text-align: left; vertical-align: bottom; white-space: normal"},
         {"selector": "td", "props": "text-align: left; vertical-align: top"}],
        overwrite=False,
    )


# --- filters -----------------------------------------------------------------------------------------------


def _contains(series: pd.Series, needle: str) -> pd.Series:
    return series.fillna("").astype(str).str.contains(needle, case=False, regex=False)


def _either(df: pd.DataFrame, field: str, needle: str) -> pd.Series:
    mask = pd.Series(False, index=df.index)
    for prefix in ("claim", "denial"):
        column = f"{prefix}_{field}"
        if column in df.columns:
            mask |= _contains(df[column], needle)
    return mask


def _iso_day(value: str | dt.date) -> str:
    """``2024-05-14``, ``2024-05-14T09:00``, a date or a datetime, as ``YYYY-MM-DD``."""
    if isinstance(value, dt.date):  # datetimes and pandas Timestamps are dates too
        return value.strftime("%Y-%m-%d")
    return str(value).strip()[:10]


def filter_contradictions(
    df: pd.DataFrame,
    *,
    speaker: str | None = None,
    side: str | None = None,
    outlet: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
) -> pd.DataFrame:
    """The contradictions that match every filter given. ``speaker``, ``side`` and ``outlet`` match either
    side of a pair, case-insensitively, anywhere in the name ("peskov" finds "Dmitry Peskov"). ``date_from``
    and ``date_to`` (inclusive; ISO strings, dates or datetimes) keep pairs with at least one statement
    published in that range; statements without a date never match a date filter."""
    mask = pd.Series(True, index=df.index)
    for field, needle in (("speaker", speaker), ("side", side), ("outlet", outlet)):
        if needle:
            mask &= _either(df, field, needle)
    if date_from is not None or date_to is not None:
        low = _iso_day(date_from) if date_from is not None else None
        high = _iso_day(date_to) if date_to is not None else None
        in_range = pd.Series(False, index=df.index)
        for column in ("claim_published", "denial_published"):
            if column not in df.columns:
                continue
            day = df[column].fillna("").astype(str).str.strip().str[:10]
            ok = day != ""
            if low is not None:
                ok &= day >= low
            if high is not None:
                ok &= day <= high
            in_range |= ok
        mask &= in_range
    return df.loc[mask]


def speaker_timeline(statements_df: pd.DataFrame, speaker: str) -> pd.DataFrame:
    """The statements whose speaker name contains ``speaker`` (case-insensitive), oldest first: ordered by
    ``published``, then by article and position in it; undated statements come last. Index reset."""
    if not speaker:
        raise ValueError("give a speaker name, or part of one")
    matches = statements_df.loc[_contains(statements_df["speaker"], speaker)]
    published = matches["published"].fillna("").astype(str).str.strip()
    order = pd.DataFrame({
        "undated": published == "",
        "published": published,
        "article_id": matches["article_id"].astype(str) if "article_id" in matches else "",
        "start": matches["start"],
    }, index=matches.index)
    order = order.sort_values(["undated", "published", "article_id", "start"], kind="stable")
    return matches.loc[order.index].reset_index(drop=True)


# --- who contradicts whom ----------------------------------------------------------------------------------


def _names(series: pd.Series) -> pd.Series:
    names = series.fillna("").astype(str).str.strip()
    return names.where(names != "", UNKNOWN_SPEAKER)


def speaker_matrix(contradictions_df: pd.DataFrame, *, top: int | None = None) -> pd.DataFrame:
    """Counts of contradictions, claim speaker (rows) against denial speaker (columns), busiest first.
    ``top`` keeps the ``top`` busiest claim and denial speakers, less any row or column that is then empty.
    Blank speakers count as ``(unknown)``."""
    if len(contradictions_df):
        counts = pd.DataFrame({
            "claim": _names(contradictions_df["claim_speaker"]).to_numpy(dtype=object),
            "denial": _names(contradictions_df["denial_speaker"]).to_numpy(dtype=object),
        }).groupby(["claim", "denial"]).size().unstack(fill_value=0)
        rows = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
        cols = counts.sum(axis=0).sort_values(ascending=False, kind="stable").index
        matrix = counts.reindex(index=rows, columns=cols, fill_value=0).astype("int64")
    else:
        matrix = pd.DataFrame(dtype="int64")
    if top is not None:
        matrix = matrix.iloc[:top, :top]
        # Busy claimers and busy deniers need not face each other: drop what the cut left empty.
        matrix = matrix.loc[matrix.sum(axis=1) > 0, matrix.sum(axis=0) > 0]
    matrix.index = pd.Index(list(matrix.index), dtype=object, name="claim speaker")
    matrix.columns = pd.Index(list(matrix.columns), dtype=object, name="denial speaker")
    return matrix


def _short(label: Any, limit: int = 32) -> str:
    text = str(label)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plot_speaker_matrix(matrix: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """A heatmap of :func:`speaker_matrix`, counts written in the cells. Draws on ``ax`` or on a new
    figure sized to the matrix; an empty matrix gives an empty chart that says so."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    n_rows, n_cols = matrix.shape
    if ax is None:
        width = min(4.0 + 0.45 * n_cols, 18.0)
        height = min(2.5 + 0.4 * n_rows, 14.0)
        _, ax = plt.subplots(figsize=(max(width, 6.0), max(height, 4.0)))
    ax.set_title("Contradictions: who claims, who denies")
    if matrix.empty:
        ax.text(0.5, 0.5, "No contradictions to show", ha="center", va="center", transform=ax.transAxes,
                fontsize=12, color="grey")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.figure.tight_layout()
        return ax
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(values.max(), 1.0),
                      interpolation="nearest")
    ax.set_xticks(range(n_cols), labels=[_short(c) for c in matrix.columns], rotation=45, ha="right",
                  rotation_mode="anchor", fontsize=9)
    ax.set_yticks(range(n_rows), labels=[_short(r) for r in matrix.index], fontsize=9)
    ax.set_xlabel(matrix.columns.name or "denial speaker")
    ax.set_ylabel(matrix.index.name or "claim speaker")
    threshold = values.max() / 2
    for i in range(n_rows):
        for j in range(n_cols):
            if values[i, j]:
                ax.text(j, i, f"{int(values[i, j])}", ha="center", va="center", fontsize=8,
                        color="white" if values[i, j] > threshold else "black")
    # Thin white lines between cells, so neighbouring rows and columns stay apart.
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    colourbar = image.figure.colorbar(image, ax=ax, fraction=0.03, pad=0.02, label="contradictions")
    colourbar.locator = MaxNLocator(integer=True)
    colourbar.update_ticks()
    ax.figure.tight_layout()
    return ax


# --- a statement in its article ----------------------------------------------------------------------------


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the paragraph holding ``start`` and the end of the one holding ``end``."""
    begin = 0
    for gap in _BLANK_LINES.finditer(text, 0, start):
        begin = gap.end()
    after = _BLANK_LINES.search(text, max(end, start))
    return begin, after.start() if after else len(text)


def _find_near(text: str, phrase: str, lo: int, hi: int, span: tuple[int, int],
               taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The whole-word occurrence of ``phrase`` in ``text[lo:hi]`` nearest ``span`` that overlaps nothing in
    ``taken``; an exact-case match beats a case-insensitive one."""
    phrase = phrase.strip()
    if not phrase:
        return None
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        found = []
        for match in re.finditer(pattern, text[lo:hi], flags):
            a, b = match.start() + lo, match.end() + lo
            if any(a < t_end and t_start < b for t_start, t_end in taken):
                continue
            distance = span[0] - b if b <= span[0] else a - span[1]
            found.append((distance, a, b))
        if found:
            _, a, b = min(found)
            return a, b
    return None


def _field(row: Mapping[str, Any] | pd.Series, name: str) -> Any:
    value = row.get(name, "") if hasattr(row, "get") else ""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else value


def highlight_statement(article_text: str, statement_row: Mapping[str, Any] | pd.Series, *,
                        window: int = 400) -> str:
    """HTML of the paragraph(s) around a statement (a row of ``track().statements``) with the statement,
    the speaker phrase and the reporting cue marked in different colours. Speaker and cue are found by text
    search within ``window`` characters of the statement; what is not found is left unmarked."""
    start, end = int(_field(statement_row, "start")), int(_field(statement_row, "end"))
    if not 0 <= start <= end <= len(article_text):
        raise ValueError(
            f"statement span {start}..{end} lies outside the article ({len(article_text)} characters)"
        )
    lo, hi = _paragraph_bounds(article_text, start, end)
    search_lo, search_hi = max(lo, start - window), min(hi, end + window)
    marks: list[tuple[int, int, str]] = [(start, end, "statement")]
    taken = [(start, end)]
    for kind, column in (("speaker", "speaker_as_written"), ("cue", "cue")):
        found = _find_near(article_text, str(_field(statement_row, column)), search_lo, search_hi,
                           (start, end), taken)
        if found:
            marks.append((*found, kind))
            taken.append(found)
    pieces, cursor = [], lo
    for a, b, kind in sorted(marks):
        pieces.append(html.escape(article_text[cursor:a]))
        style = f"background-color: {HIGHLIGHT_COLOURS[kind]}; padding: 0 2px"
        marked = html.escape(article_text[a:b])
        pieces.append(f'<mark class="tracker-{kind}" title="{kind}" style="{style}">{marked}</mark>')
        cursor = b
    pieces.append(html.escape(article_text[cursor:hi]))
    legend = " ".join(
        f'<mark style="background-color: {HIGHLIGHT_COLOURS[k]}; padding: 0 4px">{k}</mark>'
        for k in ("statement", "speaker", "cue")
    )
    box = "font-family: Georgia, serif; line-height: 1.5; max-width: 48em"
    return (
        f'<div class="tracker-highlight" style="{box}">'
        f'<div style="font-size: 85%; margin-bottom: 0.5em">{legend}</div>'
        f'<div style="white-space: pre-wrap">{"".join(pieces)}</div></div>'
    )
