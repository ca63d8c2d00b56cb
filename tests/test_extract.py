"""Statement spans and speaker phrases for the cases that break news quote extractors, one per case."""

import pytest

from tracker.extract import extract_statements, find_quotes
from tracker.ingest import make_article


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.text, s.text) for s in extract_statements(make_article(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # trailing attribution after a quote
        ('"We are not shelling," Danilov said on Monday.', [("Danilov", "We are not shelling")]),
        # inverted attribution
        ("“The talks are over,” said Peskov.", [("Peskov", "The talks are over")]),
        ("“The border is closed,” said the ministry’s spokesman, Ivan Grol.",
         [("the ministry’s spokesman, Ivan Grol", "The border is closed")]),
        # reported speech with and without "that"
        ("Kremlin spokesperson Dmitry Peskov said there were no plans for a summit.",
         [("Kremlin spokesperson Dmitry Peskov", "there were no plans for a summit")]),
        ("The FSB said in a statement that a shell had destroyed a border post.",
         [("The FSB", "a shell had destroyed a border post")]),
        # "X told <outlet> that, quote"
        ("Ambassador Anatoly Antonov on Sunday told CBS “Face the Nation” that, “there is no such plan.”",
         [("Ambassador Anatoly Antonov", "there is no such plan")]),
        # appositive aside between speaker and verb
        ("Maria Lenz, who replaced Tom Hardy in July, said the plant would stay open.",
         [("Maria Lenz", "the plant would stay open")]),
        ("Oleksiy Danilov, the head of the security council, said Ukraine had nothing to do with the attacks.",
         [("Oleksiy Danilov, the head of the security council", "Ukraine had nothing to do with the attacks")]),
        # content before the attribution
        ("The bank is solvent and deposits are safe, the central bank said late Sunday.",
         [("the central bank", "The bank is solvent and deposits are safe")]),
        # unusual cue verbs
        ("The coach quipped that the referee needed glasses.", [("The coach", "the referee needed glasses")]),
        ("Officials in Kyiv and Warsaw insisted the corridor would reopen.",
         [("Officials in Kyiv and Warsaw", "the corridor would reopen")]),
        # headline attribution
        ("Kremlin says talks with Kyiv are off", [("Kremlin", "talks with Kyiv are off")]),
        # "described ... as" takes the quoted words
        ("Border authorities responded by describing the statement as “deliberate provocation,” officials said.",
         [("Border authorities", "deliberate provocation")]),
        # dismissed as
        ("Mayor Denise Albright dismissed as \"political theater\" a claim by council members.",
         [("Mayor Denise Albright", "political theater")]),
        # passive "was quoted as saying"
        ("Karin Dahl was quoted by a Zurich daily as saying that patients deserve to know.",
         [("Karin Dahl", "patients deserve to know")]),
        # list of speakers with a postmodifier
        ("Two diplomats and a government source told Reuters that monitors had been turned back.",
         [("Two diplomats and a government source", "monitors had been turned back")]),
    ],
)
def test_extract_speaker_and_content(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“According to X, y.” According to the ministry, 40 people were hurt.",
         ("the ministry", "40 people were hurt")),
        ("40 people were hurt in the blast, according to the health ministry.",
         ("the health ministry", "40 people were hurt in the blast")),
    ],
)
def test_extract_according_to(text, expected):
    assert expected in _found(text)


def test_extract_split_quote_gives_two_statements_with_one_speaker():
    found = _found("“We never agreed a fee,” she said, “and we never will.”")
    assert found == [("she", "We never agreed a fee"), ("she", "and we never will")]


def test_extract_participle_cue_inherits_the_speaker():
    found = _found("“It is too early,” Peskov said, adding: “It will be their decision.”")
    assert found == [("Peskov", "It is too early"), ("Peskov", "It will be their decision")]


def test_extract_coordinated_cue_inherits_the_speaker():
    found = _found("Vasko called the claims “a provocation” and said the army had recorded 17 violations.")
    assert found == [("Vasko", "a provocation"), ("Vasko", "the army had recorded 17 violations")]


def test_extract_multi_paragraph_quote_is_one_statement():
    text = ("“The first paragraph of the quote goes on here.\n\n"
            "“And the second paragraph ends it,” the minister said.")
    [(speaker, content)] = _found(text)
    assert speaker == "the minister"
    assert content.startswith("The first paragraph") and content.endswith("ends it")


def test_extract_unbalanced_quote_ends_with_its_paragraph():
    text = "Lund said: “They recounted the ballots that were stuffed\n\nThe count was certified on Friday."
    assert _found(text) == [("Lund", "They recounted the ballots that were stuffed")]


def test_extract_floating_quote_continues_the_previous_speaker():
    text = ("Reznikov said Ukraine saw no withdrawal.\n\n"
            "“We are observing the Russian units very closely indeed.”")
    found = _found(text)
    assert found[1][1] == "We are observing the Russian units very closely indeed"
    statements = extract_statements(make_article(text))
    assert statements[1].speaker_start == -1  # inherited, resolved by attribute


def test_extract_nested_quote_stays_inside_the_outer_quote():
    text = "“He told me, ‘We accept the terms,’ and then he hung up,” Harland said."
    assert _found(text) == [("Harland", "He told me, ‘We accept the terms,’ and then he hung up")]


def test_extract_subordinate_clause_cue_is_its_own_statement():
    found = _found("Ashford said it had never agreed to sell the striker, a day after Rovers announced he had signed.")
    assert ("Ashford", "it had never agreed to sell the striker") in found
    assert ("Rovers", "he had signed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Peskov met reporters.\nPhoto: Dmitry Peskov speaks to reporters in Moscow.",
        "He appeared on CBS “Face the Nation” on Sunday.",
        "The so-called “forever chemicals” were found in the river.",
        "Biden has agreed to meet Putin, and the meeting would happen next week.",
        "Ashford agreed to sell the striker to Rovers.",
    ],
)
def test_extract_no_statement_without_attribution(text):
    assert _found(text) == []


def test_extract_offsets_point_into_the_article_text():
    article = make_article("Intro line.\n\n“We are ready,” Psaki said. Officials said the talks would resume.")
    for statement in extract_statements(article):
        assert article.text[statement.start : statement.end] == statement.text
        assert article.text[statement.cue_start : statement.cue_end] == statement.cue


def test_extract_quotes_pairs_straight_and_curly_marks():
    text = 'He said "one" and “two”.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["one", "two"]


def test_extract_seed_finds_no_statement_in_boilerplate(seed_path):
    from tracker.ingest import read_text_file

    article = read_text_file(seed_path)
    texts = " ".join(s.text for s in extract_statements(article))
    for furniture in ("Skip to", "Cable News Network", "comments respectful", "story idea", "Getty"):
        assert furniture not in texts


def test_extract_dateline_belongs_to_no_statement():
    found = _found("LONDON, March 3 (Reuters) - Troops had crossed the border overnight, the ministry said.")
    assert found == [("the ministry", "Troops had crossed the border overnight")]


def test_extract_unquoted_dismissal_takes_the_words_after_as():
    found = _found("A group said the plant had polluted the river, a charge the plant's owner dismissed as nonsense.")
    assert ("the plant's owner", "nonsense") in found
