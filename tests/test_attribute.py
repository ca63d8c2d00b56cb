"""Speaker canonicalisation: phrases, surnames, nominals, pronouns, aliases, sides, across articles."""

import pytest

from tracker.attribute import AliasTable, parse_phrase, resolve_article, side_of, unify_speakers
from tracker.extract import extract_statements
from tracker.ingest import make_article


@pytest.mark.parametrize(
    "phrase, name, role, organisation, side, kind",
    [
        ("Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", "spokesperson", "Kremlin", "Russia", "person"),
        ("Russian Ambassador to the US Anatoly Antonov", "Anatoly Antonov", "Russian Ambassador to the US", "", "Russia",
         "person"),
        ("Oleksiy Danilov, the head of Ukraine’s National Security Council", "Oleksiy Danilov", "head",
         "National Security Council", "Ukraine", "person"),
        ("the ministry’s spokeswoman, Aida Temirova", "Aida Temirova", "spokeswoman", "ministry", "", "person"),
        ("Defense minister Oleksii Reznikov", "Oleksii Reznikov", "Defense minister", "", "", "person"),
        ("Russia’s Federal Security Service (FSB)", "Federal Security Service", "", "Federal Security Service",
         "Russia", "organisation"),
        ("Kyrgyzstan’s Foreign Ministry", "Kyrgyz Foreign Ministry", "", "Kyrgyz Foreign Ministry", "Kyrgyzstan",
         "organisation"),
        ("British home-goods retailer Norvell Group", "Norvell Group", "", "Norvell Group", "United Kingdom",
         "organisation"),
        ("Ukrainian border authorities", "Ukrainian border authorities", "", "", "Ukraine", "group"),
        ("a White House official", "White House officials", "", "", "United States", "group"),
        ("two US officials and another source familiar with US intelligence", "US officials", "", "",
         "United States", "group"),
        ("an Élysée Palace statement", "Élysée Palace", "", "Élysée Palace", "France", "organisation"),
    ],
)
def test_attribute_parse_phrase(phrase, name, role, organisation, side, kind):
    person = parse_phrase(phrase)
    assert (person.name, person.role, person.organisation, person.side, person.kind) == (
        name, role, organisation, side, kind)


def _speakers(text: str, aliases=None) -> list[str]:
    article = make_article(text)
    return [s.speaker.name for s in resolve_article(article, extract_statements(article), aliases)]


def test_attribute_surname_resolves_to_the_full_name():
    text = ("Kremlin spokesperson Dmitry Peskov said talks were over.\n\n"
            "“There is nothing to discuss,” Peskov said.")
    assert _speakers(text) == ["Dmitry Peskov", "Dmitry Peskov"]


def test_attribute_surname_resolves_to_a_name_met_outside_any_attribution():
    text = ("The protest was led by Finance Committee Chairman Raymond Ochoa on Monday.\n\n"
            "“This budget balances on paper,” Ochoa said.")
    assert _speakers(text) == ["Raymond Ochoa"]


def test_attribute_nominal_resolves_to_the_person_with_that_role():
    text = ("Kremlin spokesperson Dmitry Peskov said talks were over. Defense minister Oleksii Reznikov said "
            "troops were massing.\n\nThe spokesperson said the meeting was not regular.")
    assert _speakers(text)[-1] == "Dmitry Peskov"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Health minister Marta Kolar said the wards were full. Union leader Tomas Brenner said staff were "
         "exhausted.\n\n“We need more nurses,” she said.", "Marta Kolar"),
        ("Health minister Marta Kolar said the wards were full. Union leader Tomas Brenner said staff were "
         "exhausted.\n\n“We need more beds,” he said.", "Tomas Brenner"),
    ],
)
def test_attribute_pronoun_resolves_by_gender_and_recency(text, expected):
    assert _speakers(text)[-1] == expected


def test_attribute_floating_quote_keeps_the_previous_speaker():
    text = "Reznikov said Ukraine saw no withdrawal.\n\n“We are observing the Russian units very closely.”"
    assert _speakers(text) == ["Reznikov", "Reznikov"]


def test_attribute_one_word_body_resolves_to_its_full_name():
    text = ("Swiss drugmaker Veridane Therapeutics said the trial was safe.\n\n"
            "Veridane said it would publish the data.")
    assert _speakers(text) == ["Veridane Therapeutics", "Veridane Therapeutics"]


def test_attribute_acronym_and_alias_table():
    text = ("Russia’s Federal Security Service (FSB) said a shell hit a post.\n\n"
            "The FSB said a second shell landed nearby.")
    assert _speakers(text) == ["Federal Security Service", "Federal Security Service"]
    custom = AliasTable.load({"Federal Security Service": "FSB of Russia"})
    assert set(_speakers(text, custom)) == {"FSB of Russia"}


def test_attribute_unify_speakers_across_articles():
    first = make_article("Kremlin spokesman Dmitry Peskov said the talks were over.")
    second = make_article("Peskov said the talks would resume next week.")
    statements = []
    for article in (first, second):
        statements += resolve_article(article, extract_statements(article))
    assert [s.speaker.name for s in unify_speakers(statements)] == ["Dmitry Peskov", "Dmitry Peskov"]


@pytest.mark.parametrize(
    "phrase, side",
    [("the Kremlin", "Russia"), ("Ukrainian border authorities", "Ukraine"), ("a White House official",
                                                                              "United States"),
     ("the company", "")],
)
def test_attribute_side_of(phrase, side):
    assert side_of(phrase) == side


def test_attribute_seed_speakers_are_canonical(seed_path):
    from tracker.evaluate import evaluate_extraction
    from tests.conftest import GOLD

    report = evaluate_extraction([GOLD / "ukraine-summit-2022-02-21.gold.json"])
    assert report["speaker_accuracy"] == 1.0, report["misses"]


def test_attribute_possessed_role_names_its_owner():
    text = ("Governor-elect Mikael Strand said he had won fairly.\n\n"
            "His spokesman said the transition would go ahead as planned.")
    assert _speakers(text) == ["Mikael Strand", "Mikael Strand's spokesman"]
