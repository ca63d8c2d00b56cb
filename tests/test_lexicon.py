"""The word lists: every listed file ships and loads, verb forms map to lemmas, phrases match whole words."""

import fnmatch
import re
from pathlib import Path

import pytest
import tomllib

from tracker import lexicon

README = lexicon.LEXICON_DIR / "README.md"
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _listed_files() -> list[str]:
    """Every file named in the README's table (first column, backquoted, possibly several per row)."""
    names = []
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            names += re.findall(r"`([^`]+\.(?:txt|tsv))`", line.split("|")[1])
    return names


LISTED = _listed_files()


def test_lexicon_readme_lists_the_known_files():
    assert {"reporting_verbs.txt", "denial_cues.txt", "boilerplate.txt", "aliases.tsv", "sides.tsv",
            "female_names.txt", "male_names.txt"} <= set(LISTED)


@pytest.mark.parametrize("name", LISTED)
def test_lexicon_listed_file_exists_and_loads(name):
    assert (lexicon.LEXICON_DIR / name).is_file()
    entries = lexicon.table(name) if name.endswith(".tsv") else lexicon.words(name)
    assert entries
    assert not any(key.startswith("#") for key in entries)
    if name.endswith(".tsv"):
        assert all(key and value for key, value in entries.items()), "every row needs a key, a tab and a value"


def _package_data_patterns() -> list[str]:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["tracker"]


def test_lexicon_txt_files_are_package_data():
    txt = [name for name in LISTED if name.endswith(".txt")] + ["README.md"]
    assert all(any(fnmatch.fnmatch(f"lexicons/{n}", p) for p in _package_data_patterns()) for n in txt)


def test_lexicon_every_listed_file_is_package_data():
    missing = [name for name in LISTED
               if not any(fnmatch.fnmatch(f"lexicons/{name}", p) for p in _package_data_patterns())]
    assert missing == []


@pytest.mark.parametrize(
    "name, form, lemma",
    [
        ("reporting_verbs.txt", "denied", "deny"),
        ("reporting_verbs.txt", "says", "say"),
        ("reporting_verbs.txt", "said", "say"),
        ("reporting_verbs.txt", "told", "tell"),
        ("reporting_verbs.txt", "telling", "tell"),
        ("reporting_verbs.txt", "noted", "note"),
        ("reporting_verbs.txt", "announces", "announce"),
        ("denial_cues.txt", "denied", "deny"),
        ("denial_cues.txt", "rejected", "reject"),
        ("denial_cues.txt", "disputes", "dispute"),
    ],
)
def test_lexicon_verb_forms_map_to_lemma(name, form, lemma):
    assert lexicon.verb_forms(name)[form] == lemma


def test_lexicon_verb_forms_pushing_back_maps_to_push_back():
    assert lexicon.verb_forms("denial_cues.txt")["pushing back"] == "push back"


def test_lexicon_verb_forms_push_back_forms_in_denial_cues():
    forms = lexicon.verb_forms("denial_cues.txt")
    assert forms["pushes back"] == forms["pushed back"] == forms["push back"] == "push back"
    assert "pushing back" in forms


@pytest.mark.parametrize(
    "lemma, expected",
    [
        ("note", {"note", "notes", "noted", "noting"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("say", {"say", "says", "saying"}),
        ("dismiss", {"dismiss", "dismisses", "dismissed", "dismissing"}),
        ("push back", {"push back", "pushes back", "pushed back", "pushing back"}),
        ("claim", {"claim", "claims", "claimed", "claiming"}),
    ],
)
def test_lexicon_inflections(lemma, expected):
    assert expected <= lexicon.inflections(lemma)


@pytest.mark.parametrize(
    "phrases, text, found",
    [
        (["no such"], "there is no such plan", "no such"),
        (["lie"], "I believe them", ""),
        (["lie"], "that is a lie.", "lie"),
        (["false"], "falsehood", ""),
        (["false"], "The report was FALSE, she said", "FALSE"),
        (["no such", "no such plan"], "there is no such plan", "no such plan"),
        (["nothing to do with"], "Ukraine had “nothing to do with these attacks”", "nothing to do with"),
        (["deny"], "the denying party", ""),
        (["deny"], "they deny’d it", ""),
    ],
)
def test_lexicon_phrase_pattern_whole_words(phrases, text, found):
    match = lexicon.phrase_pattern(phrases).search(text)
    assert (match.group(0) if match else "") == found


def test_lexicon_phrase_pattern_escapes_regex_characters():
    pattern = lexicon.phrase_pattern(["a.b"])
    assert pattern.search("see a.b here")
    assert not pattern.search("see axb here")


def test_lexicon_lines_strip_comments():
    assert "#" not in "".join(lexicon.words("reporting_verbs.txt"))
    assert "say\tsaid,says,saying" in lexicon.words("reporting_verbs.txt")


def test_lexicon_read_table_user_file(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("# alias\tname\nMoD\tMinistry of Defence\n\nPM\tPrime Minister\n", encoding="utf-8")
    assert lexicon.read_table(path) == {"MoD": "Ministry of Defence", "PM": "Prime Minister"}
