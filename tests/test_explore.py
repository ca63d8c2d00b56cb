"""The notebook helpers in tracker.explore, on small hand-made frames."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import tracker
from tracker.report import CONTRADICTION_COLUMNS, STATEMENT_COLUMNS


def _pair(rank, claim_speaker, denial_speaker, *, score=0.9, claim_side="", denial_side="",
          claim_outlet="Meridian Wire", denial_outlet="Meridian Wire", claim_published="2024-05-14",
          denial_published="2024-05-14", claim_text="They crossed the border.",
          denial_text="No troops crossed the border."):
    row = dict.fromkeys(CONTRADICTION_COLUMNS, "")
    row.update(
        rank=rank, score=score, contradiction_ab=score, contradiction_ba=score / 2, entailment_ab=0.0,
        entailment_ba=0.0, denied_entailment=0.0, topic_similarity=0.4, stance_opposed=True,
        claim_speaker=claim_speaker, denial_speaker=denial_speaker, claim_side=claim_side,
        denial_side=denial_side, claim_outlet=claim_outlet, denial_outlet=denial_outlet,
        claim_published=claim_published, denial_published=denial_published, claim_stance="claim",
        denial_stance="denial", claim_text=claim_text, denial_text=denial_text, claim_start=0, claim_end=1,
        denial_start=0, denial_end=1, model="test",
    )
    return row


@pytest.fixture
def pairs() -> pd.DataFrame:
    return pd.DataFrame([
        _pair(1, "Rustam Nazarov", "Aida Temirova", claim_side="Tajikistan", denial_side="Kyrgyzstan"),
        _pair(2, "Aida Temirova", "Rustam Nazarov", score=0.7, claim_side="Kyrgyzstan",
              denial_side="Tajikistan", claim_published="2024-05-20", denial_published="2024-05-21"),
        _pair(3, "Dmitry Peskov", "Aida Temirova", score=0.6, claim_outlet="Northline Press",
              denial_outlet="Global Desk News", claim_published="2025-01-02T09:30:00Z",
              denial_published="2025-01-03"),
        _pair(4, "Rustam Nazarov", "Aida Temirova", score=0.55, claim_published="", denial_published="",
              claim_text="<b>5 > 3 & 'x'</b>"),
    ], columns=CONTRADICTION_COLUMNS)


@pytest.fixture
def empty_pairs() -> pd.DataFrame:
    return pd.DataFrame(columns=CONTRADICTION_COLUMNS)


def _statement(speaker, published, start, *, article_id="a1", text="x"):
    row = dict.fromkeys(STATEMENT_COLUMNS, "")
    row.update(speaker=speaker, published=published, start=start, end=start + 1, article_id=article_id,
               text=text, stance="claim", confidence=1.0)
    return row


# --- style_contradictions ----------------------------------------------------------------------------------


def test_style_shows_a_readable_subset_with_bars_stances_and_wrapping(pairs):
    styler = tracker.style_contradictions(pairs)
    assert list(styler.data.columns) == [c for c in tracker.explore.TABLE_COLUMNS if c in pairs.columns]
    assert "model" not in styler.data.columns and "claim_statement_id" not in styler.data.columns
    page = styler.to_html()
    assert "linear-gradient(90deg" in page  # Styler.bar
    assert all(colour in page for colour in tracker.explore.STANCE_COLOURS.values())
    assert "white-space: normal" in page and "max-width: 32em" in page
    assert "0.90" in page  # scores with two decimals


def test_style_escapes_quote_text(pairs):
    page = tracker.style_contradictions(pairs).to_html()
    assert "&lt;b&gt;5 &gt; 3 &amp;" in page
    assert "<b>5 > 3" not in page


def test_style_bar_lengths_follow_the_scores(pairs):
    page = tracker.style_contradictions(pairs).to_html()
    assert "#9ecae1 90.0%" in page and "#9ecae1 55.0%" in page


def test_style_handles_an_empty_frame_and_missing_columns(empty_pairs):
    page = tracker.style_contradictions(empty_pairs).to_html()
    assert ">claim text</th>" in page and "<tbody>" in page  # headers as words, so they wrap
    small = pd.DataFrame({"score": [0.5], "claim_text": ["a"], "other": [1]})
    assert list(tracker.style_contradictions(small).data.columns) == ["score", "claim_text"]


# --- filter_contradictions ---------------------------------------------------------------------------------


def test_filter_speaker_matches_either_side_case_insensitive_substring(pairs):
    assert list(tracker.filter_contradictions(pairs, speaker="nazarov")["rank"]) == [1, 2, 4]
    assert list(tracker.filter_contradictions(pairs, speaker="PESKOV")["rank"]) == [3]
    assert list(tracker.filter_contradictions(pairs, speaker="temirova")["rank"]) == [1, 2, 3, 4]
    assert tracker.filter_contradictions(pairs, speaker="nobody").empty


def test_filter_side_and_outlet_match_either_side(pairs):
    assert list(tracker.filter_contradictions(pairs, side="kyrgyz")["rank"]) == [1, 2]
    assert list(tracker.filter_contradictions(pairs, outlet="global desk")["rank"]) == [3]
    assert list(tracker.filter_contradictions(pairs, outlet="meridian")["rank"]) == [1, 2, 4]


def test_filter_dates_are_inclusive_and_accept_strings_dates_and_datetimes(pairs):
    assert list(tracker.filter_contradictions(pairs, date_from="2024-05-20")["rank"]) == [2, 3]
    assert list(tracker.filter_contradictions(pairs, date_to="2024-05-20")["rank"]) == [1, 2]
    assert list(tracker.filter_contradictions(pairs, date_from=dt.date(2024, 5, 21),
                                              date_to=dt.date(2024, 5, 21))["rank"]) == [2]
    # A date-time in the data compares by its day; a datetime bound too.
    assert list(tracker.filter_contradictions(pairs, date_from=dt.datetime(2025, 1, 2, 23, 0),
                                              date_to="2025-01-02")["rank"]) == [3]
    # Undated pairs never match a date filter.
    assert 4 not in list(tracker.filter_contradictions(pairs, date_from="2000-01-01")["rank"])


def test_filters_combine_and_keep_the_input_unchanged(pairs):
    before = pairs.copy()
    out = tracker.filter_contradictions(pairs, speaker="nazarov", side="tajik", date_from="2024-05-15")
    assert list(out["rank"]) == [2]
    assert list(out.columns) == list(pairs.columns)
    pd.testing.assert_frame_equal(pairs, before)
    assert len(tracker.filter_contradictions(pairs)) == len(pairs)


def test_filter_on_an_empty_frame(empty_pairs):
    out = tracker.filter_contradictions(empty_pairs, speaker="x", side="y", outlet="z",
                                        date_from="2024-01-01", date_to="2024-12-31")
    assert out.empty and list(out.columns) == CONTRADICTION_COLUMNS


# --- speaker_timeline --------------------------------------------------------------------------------------


def test_timeline_orders_by_published_then_position():
    statements = pd.DataFrame([
        _statement("Rustam Nazarov", "2024-05-20", 50, article_id="b", text="third"),
        _statement("Aida Temirova", "2024-05-01", 10, text="not him"),
        _statement("Rustam Nazarov", "2024-05-14", 300, text="second"),
        _statement("Rustam Nazarov", "", 5, text="undated"),
        _statement("Rustam Nazarov", "2024-05-14", 20, text="first"),
        _statement("rustam nazarov", "2024-06-01", 1, article_id="c", text="fourth"),
    ], columns=STATEMENT_COLUMNS)
    timeline = tracker.speaker_timeline(statements, "NAZAROV")
    assert list(timeline["text"]) == ["first", "second", "third", "fourth", "undated"]
    assert list(timeline.index) == list(range(5))
    assert list(timeline.columns) == STATEMENT_COLUMNS


def test_timeline_of_an_unknown_speaker_or_empty_frame_is_empty():
    statements = pd.DataFrame([_statement("Aida Temirova", "2024-05-01", 10)], columns=STATEMENT_COLUMNS)
    assert tracker.speaker_timeline(statements, "Peskov").empty
    empty = tracker.speaker_timeline(pd.DataFrame(columns=STATEMENT_COLUMNS), "Peskov")
    assert empty.empty and list(empty.columns) == STATEMENT_COLUMNS
    with pytest.raises(ValueError):
        tracker.speaker_timeline(statements, "")


# --- speaker_matrix and plot_speaker_matrix ----------------------------------------------------------------


def test_speaker_matrix_counts_claim_against_denial(pairs):
    matrix = tracker.speaker_matrix(pairs)
    assert matrix.index.name == "claim speaker" and matrix.columns.name == "denial speaker"
    assert list(matrix.index) == ["Rustam Nazarov", "Aida Temirova", "Dmitry Peskov"]  # busiest first
    assert list(matrix.columns) == ["Aida Temirova", "Rustam Nazarov"]
    assert matrix.loc["Rustam Nazarov", "Aida Temirova"] == 2
    assert matrix.loc["Aida Temirova", "Rustam Nazarov"] == 1
    assert matrix.loc["Dmitry Peskov", "Rustam Nazarov"] == 0
    assert int(matrix.to_numpy().sum()) == len(pairs)


def test_speaker_matrix_top_and_unknown_speakers(pairs):
    pairs.loc[pairs["rank"] == 3, "claim_speaker"] = ""
    matrix = tracker.speaker_matrix(pairs)
    assert "(unknown)" in matrix.index
    top = tracker.speaker_matrix(pairs, top=1)
    assert top.shape == (1, 1) and top.iloc[0, 0] == 2


def test_speaker_matrix_of_no_contradictions_is_empty(empty_pairs):
    matrix = tracker.speaker_matrix(empty_pairs)
    assert matrix.empty and matrix.shape == (0, 0)


def test_plot_speaker_matrix_labels_and_annotates(pairs):
    matrix = tracker.speaker_matrix(pairs)
    ax = tracker.plot_speaker_matrix(matrix)
    try:
        assert len(ax.images) == 1
        assert ax.images[0].get_array().shape == matrix.shape
        assert [t.get_text() for t in ax.get_yticklabels()] == list(matrix.index)
        assert [t.get_text() for t in ax.get_xticklabels()] == list(matrix.columns)
        annotations = sorted(t.get_text() for t in ax.texts)
        assert annotations == ["1", "1", "2"]  # non-zero counts only
    finally:
        plt.close(ax.figure)


def test_plot_speaker_matrix_on_a_given_axes_and_long_names():
    fig, ax = plt.subplots()
    try:
        matrix = pd.DataFrame([[3]], index=["A very long speaker name that would not fit in a label"],
                              columns=["B"])
        assert tracker.plot_speaker_matrix(matrix, ax=ax) is ax
        label = ax.get_yticklabels()[0].get_text()
        assert label.endswith("…") and len(label) <= 32
    finally:
        plt.close(fig)


def test_plot_speaker_matrix_empty(empty_pairs):
    ax = tracker.plot_speaker_matrix(tracker.speaker_matrix(empty_pairs))
    try:
        assert not ax.images
        assert any("No contradictions" in t.get_text() for t in ax.texts)
    finally:
        plt.close(ax.figure)


# --- highlight_statement -----------------------------------------------------------------------------------

ARTICLE = (
    "Border clash\n\n"
    "The ministry said on Monday that talks would resume.\n\n"
    "“Our guards were fired upon & hurt,” said Colonel Rustam Nazarov. He added <nothing>.\n\n"
    "A last paragraph that said nothing."
)


def _row(text: str, speaker: str, cue: str) -> pd.Series:
    start = ARTICLE.index(text)
    return pd.Series({"start": start, "end": start + len(text), "speaker_as_written": speaker, "cue": cue,
                      "text": text})


def _marked(page: str, kind: str) -> str:
    head = f'<mark class="tracker-{kind}"'
    at = page.index(head)
    return page[page.index(">", at) + 1: page.index("</mark>", at)]


def test_highlight_marks_statement_speaker_and_cue_in_its_paragraph():
    row = _row("Our guards were fired upon & hurt", "Colonel Rustam Nazarov", "said")
    page = tracker.highlight_statement(ARTICLE, row)
    assert _marked(page, "statement") == "Our guards were fired upon &amp; hurt"
    assert _marked(page, "speaker") == "Colonel Rustam Nazarov"
    assert _marked(page, "cue") == "said"
    colours = tracker.explore.HIGHLIGHT_COLOURS
    assert len(set(colours.values())) == 3 and all(c in page for c in colours.values())
    # The paragraph around it, HTML-escaped, and not the other paragraphs.
    assert "He added &lt;nothing&gt;." in page and "<nothing>" not in page
    assert "talks would resume" not in page and "A last paragraph" not in page


def test_highlight_picks_the_occurrence_nearest_the_statement_and_outside_it():
    text = "Officials said it was quiet. The ministry said talks said to be frozen would resume."
    start = text.index("talks")
    row = {"start": start, "end": len(text) - 1, "speaker_as_written": "The ministry", "cue": "said"}
    page = tracker.highlight_statement(text, row)
    assert _marked(page, "statement") == "talks said to be frozen would resume"
    assert _marked(page, "speaker") == "The ministry"
    assert page.count("tracker-cue") == 1
    # The "said" right before the statement: not the earlier one, not the one inside the statement.
    assert 'Officials said it was quiet. <mark class="tracker-speaker"' in page
    assert '</mark> <mark class="tracker-cue"' in page


def test_highlight_speaker_search_respects_word_boundaries_and_case():
    text = "Then the official spoke. He said that nothing happened."
    row = pd.Series({"start": text.index("nothing"), "end": len(text) - 1, "speaker_as_written": "He",
                     "cue": "said"})
    page = tracker.highlight_statement(text, row)
    assert _marked(page, "speaker") == "He"
    assert "T<mark" not in page and "t<mark" not in page  # not the "he" inside "Then" / "the"


def test_highlight_leaves_unfound_phrases_unmarked_and_accepts_dicts():
    row = {"start": 0, "end": 6, "speaker_as_written": "Nobody Here", "cue": ""}
    page = tracker.highlight_statement(ARTICLE, row)
    assert _marked(page, "statement") == "Border"
    assert "tracker-speaker" not in page and "tracker-cue" not in page


def test_highlight_spanning_paragraphs_and_bad_spans():
    start = ARTICLE.index("talks")
    end = ARTICLE.index("hurt") + 4
    page = tracker.highlight_statement(ARTICLE, {"start": start, "end": end, "speaker_as_written": "",
                                                  "cue": ""})
    assert "The ministry said" in page and "He added" in page and "Border clash" not in page
    with pytest.raises(ValueError):
        tracker.highlight_statement(ARTICLE, {"start": 5, "end": len(ARTICLE) + 1, "speaker_as_written": "",
                                              "cue": ""})


def test_helpers_are_exported():
    for name in ("style_contradictions", "filter_contradictions", "speaker_timeline", "speaker_matrix",
                 "plot_speaker_matrix", "highlight_statement"):
        assert name in tracker.__all__ and callable(getattr(tracker, name))
