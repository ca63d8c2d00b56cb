"""The real-news gold set (data/real): its shape, its credits, and the test split's figures as a floor;
the patterns of real news that extraction and attribution were taught on it, one per case."""

import json
import re

import pytest

from tests.conftest import ROOT
from tracker.attribute import resolve_article
from tracker.evaluate import GOLD_SPLITS, evaluate_extraction, gold_files, load_gold, split_paths
from tracker.extract import extract_statements, interview_turns
from tracker.ingest import make_article

REAL = ROOT / "data" / "real"
REAL_FILES = gold_files([REAL])


def test_real_gold_has_both_splits_from_both_sources_with_interviews():
    for split, least in (("dev", 20), ("test", 15)):
        files = gold_files([REAL / split])
        assert len(files) >= least
        urls = " ".join(load_gold(f).article.url for f in files)
        assert "wikinews.org" in urls and "globalvoices.org" in urls
        assert any(interview_turns(load_gold(f).article.text) for f in files), f"no interview in {split}"
    assert len(REAL_FILES) >= 40
    dev, test = ({f.name for f in gold_files([REAL / s])} for s in ("dev", "test"))
    assert not dev & test


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name[:40])
def test_real_gold_file_is_complete_and_credited(path):
    gold = load_gold(path)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert re.match(r"Source: (Wikinews|Global Voices) \(https://", record["credit"])
    assert gold.article.url and gold.article.url in record["credit"]
    assert gold.article.url in (REAL / "README.md").read_text(encoding="utf-8")
    for statement in gold.statements:
        assert statement.camp and statement.speaker_text and statement.speaker, statement.id
        assert statement.kind in ("direct", "reported", "according_to")
    camps = {s.id: s.camp for s in gold.statements}
    assert all(camps[a] != camps[b] for a, b in gold.contradictions), "contradictions are across camps"


def test_real_gold_splits_are_the_default_of_the_eval_commands():
    splits = split_paths(None)
    assert list(splits)[:2] == ["real test", "real dev"]
    assert splits["real test"] == [GOLD_SPLITS["real test"]]


def test_real_gold_test_split_holds_its_measured_level():
    # Floors a little under the figures measured when this was written (docs/evaluation.md, rules-only stance:
    # F1 0.771, speaker 0.657, camp 0.570, stance 0.789); a change that lowers them fails. They are floors,
    # not the targets of issue 13.
    report = evaluate_extraction([REAL / "test"])
    assert report["gold_statements"] >= 300
    assert report["overlap_0.3"]["f1"] >= 0.74, report["misses"][:20]
    assert report["speaker_accuracy"] >= 0.63
    assert report["camp_accuracy"] >= 0.54
    assert report["stance_macro_f1"] >= 0.77


def _found(text: str) -> list[tuple[str, str]]:
    """(speaker as written, content) of each statement extraction finds."""
    return [(s.speaker.text, s.text) for s in extract_statements(make_article(text))]


def _resolved(text: str) -> list[tuple[str, str, str]]:
    article = make_article(text)
    return [(s.speaker.name, s.speaker.camp, s.text) for s in resolve_article(article, extract_statements(article))]


def test_interview_answers_are_statements_and_questions_are_not():
    text = ("Wikinews spoke with Ann Lee about the festival.\n\n"
            "Wikinews: How many people came this year?\n\n"
            "Ann Lee: About ten thousand. That is twice as many as last year.\n\n"
            "Wikinews: Will you hold it again?\n\n"
            "Ann Lee: Yes, in June.\n\nThe city has promised to help, she added.\n\n"
            "Wikinews: Thank you.\n\nAnn Lee: Thank you.\n")
    found = _found(text)
    assert ("Ann Lee", "About ten thousand. That is twice as many as last year") in found
    # a turn runs on over the paragraphs before the next turn, as one statement
    assert ("Ann Lee", "Yes, in June.\n\nThe city has promised to help, she added") in found
    assert not any("?" in content for _, content in found)


def test_a_name_and_colon_once_is_no_interview():
    assert interview_turns("Note: the figures are provisional.\n\nThe ministry said prices rose.") == []


@pytest.mark.parametrize(
    "intro",
    ["Rwigara asserts in an op-ed:", "The ministry said in a statement:",
     "Independent observer Javid Agha wrote the following reflection on the election:",
     "She explained why she chose the title for her novel:"],
)
def test_block_quote_after_a_cue_and_colon(intro):
    text = f"{intro}\n\nThe vote was rigged from the start and everyone knew it.\n\nTurnout was low."
    found = [s.text for s in extract_statements(make_article(text))]
    assert found == ["The vote was rigged from the start and everyone knew it"]


def test_colon_without_a_cue_takes_no_block_quote():
    text = "And this tweet by the Foreign Office:\n\nObservers then left the city on Monday."
    assert extract_statements(make_article(text)) == []


def test_court_ruling_is_a_statement():
    assert _resolved("Judge Victor Marrero ruled that prosecutors could view the records.")[0][2] == \
        "prosecutors could view the records"


@pytest.mark.parametrize(
    "text, name, camp",
    [
        ("Kremlin spokesperson Dmitry Peskov said the talks were over.", "Dmitry Peskov", "Russia"),
        ("The Kremlin said the talks were over.", "Kremlin", "Russia"),
        ("The White House said the talks were over.", "White House", "United States"),
        ("White House officials said the talks were over.", "White House officials", "United States"),
        ("The Élysée Palace said the summit would go ahead.", "Élysée Palace", "France"),
        ("Kremlin spokesperson Dmitry Peskov spoke. The spokesperson said the talks were over.", "Dmitry Peskov",
         "Russia"),
        ("Azerbaijani President Ilham Aliyev said the elections were free and fair.", "Ilham Aliyev", "Azerbaijan"),
        ("Ukrainian border authorities said the post was intact.", "Ukrainian border authorities", "Ukraine"),
        # an agent speaks for the principal the article names
        ("President Donald Trump held a rally. Trump campaign spokesperson Tim Murtaugh said the polls were wrong.",
         "Tim Murtaugh", "Donald Trump"),
        # an incumbent with a campaign in the article speaks for himself, not for the country
        ("President Donald Trump's campaign sued. President Donald Trump said he had won.", "Donald Trump",
         "Donald Trump"),
        # a body's officer speaks for the body; an expert for himself
        ("Jan Novak, chief executive of Norvell Group, said the data was safe.", "Jan Novak", "Norvell Group"),
        ("Professor Anna Berg said the data was safe.", "Anna Berg", "Anna Berg"),
        # an acronym is the body the article spelt out before
        ("The International Olympic Committee met on Monday. The IOC said the app was safe.",
         "International Olympic Committee", "International Olympic Committee"),
    ],
)
def test_camp_of_speaker(text, name, camp):
    speaker, found_camp, _ = _resolved(text)[-1]
    assert (speaker, found_camp) == (name, camp)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote behind the listener and an adverbial, or behind a phrase closed by a comma
        ('Ann Lee, a lawyer for the family, told reporters "The verdict is a relief."',
         [("Ann Lee, a lawyer for the family", "The verdict is a relief")]),
        ('Tom Bell told the BBC after the hearing "We will appeal."', [("Tom Bell", "We will appeal")]),
        ('She told a nurse at the gate, in two languages, "they hit me".', [("She", "they hit me")]),
        # ...but a clause before the quote is the content
        ('Officials said the report was "false" and misleading.',
         [("Officials", 'the report was "false" and misleading')]),
        # adverbs between subject and cue
        ("He has since said his first statement was forced.", [("He", "his first statement was forced")]),
        # noun-like cues in the present tense, right after their subject
        ("Police claim the driver fell asleep.", [("Police", "the driver fell asleep")]),
        ("One outlet, Daily Post, reports the mayor has resigned.",
         [("One outlet, Daily Post", "the mayor has resigned")]),
        ("Russian claims of a ceasefire were dismissed as noise.", []),
        # a name after a fronted phrase with no comma
        ("For several days Iran denied the accusation.", [("Iran", "the accusation")]),
        ("On Monday morning, representatives from the union acknowledged the talks had failed.",
         [("representatives from the union", "the talks had failed")]),
        # verbs that report speech only with a quote
        ('Senator Ann Ray spoke on local radio, "This will lead to chaos."', [("Senator Ann Ray", "This will lead to chaos")]),
        ('"The river is not safe," Ray continued.', [("Ray", "The river is not safe")]),
        ("“Turnout was low,” reads the observers' report.", [("the observers' report", "Turnout was low")]),
        ("He spoke highly of her. Fighting continued into the night.", []),
        ("The firm said it would comply with the order and continue to pay all staff.",
         [("The firm", "it would comply with the order and continue to pay all staff")]),
        # a denial's object, then a participle that describes it
        ("Oduah denied the allegations, describing them as “inaccurate”.",
         [("Oduah", "the allegations"), ("Oduah", "inaccurate")]),
        # inverted speakers with abbreviations, role lists and a trailing adverbial
        ("“Most of them are in Asia,” notes Dr. Ann F. Lee, a professor of politics.",
         [("Dr. Ann F. Lee, a professor of politics", "Most of them are in Asia")]),
        ("“I was not keen,” says writer and photographer Tom Ash, in an interview with us.",
         [("writer and photographer Tom Ash", "I was not keen")]),
        # a document's author after "according to"
        ("According to the figures by the National Statistics Office, prices rose by 4%.",
         [("the National Statistics Office", "prices rose by 4%")]),
        # the antecedent of "who" speaks
        ("Critics include Ann Roe, who denounced the plan as a failure.", [("Ann Roe", "the plan as a failure")]),
        ("The claim came from a woman, a cousin of the mayor, who said he had lied.",
         [("a cousin of the mayor", "he had lied")]),
        # "found that": a study's finding; "found" alone reports nothing, nor does it inside reported speech
        ("In March, Nexer, a research firm, found that most people ate natto.",
         [("Nexer, a research firm", "most people ate natto")]),
        ("Police found the car near the river.", []),
        ("Lee said his team checked the records and found that most were genuine.",
         [("Lee", "his team checked the records and found that most were genuine")]),
        # a participle after a possessive or article is an adjective
        ("Her proposed budget hides a deficit, the council said.",
         [("the council", "Her proposed budget hides a deficit")]),
        # more cue verbs
        ('Mick Hale, head of the union, commented, “We have worked with the government.”',
         [("Mick Hale, head of the union", "We have worked with the government")]),
        # a noun-phrase object of an announcing verb is an act, a clause is a statement
        ("The minister announced the measure at the daily briefing.", []),
        ("The president declared a state of emergency the same day.", []),
        ("The ministry announced that the border would reopen.", [("The ministry", "the border would reopen")]),
        # adjectives and nouns that look like cues
        ("Aliyev called a snap election. The ruling party won.", []),
        # a fronted adverbial is not what was said
        ("In an interview with the radio, she said as a girl she was forced to marry.", []),
        # after "that" comes a clause, whatever its first word
        ("Lee said that about a dozen firms had moved.", [("Lee", "about a dozen firms had moved")]),
        # findings and advice with "that"; hope and concern expressed
        ("Local reporters established that the sign hung for nine minutes.",
         [("Local reporters", "the sign hung for nine minutes")]),
        ("The firm recommends that athletes bring a spare phone.", [("The firm", "athletes bring a spare phone")]),
        ("The government expressed hope that both sides would talk.",
         [("The government", "both sides would talk")]),
        ("“In this case,” he surmised, “the risk is high.”", [("he", "In this case"), ("he", "the risk is high")]),
        # the kinds of cue: an adverb or medium around the verb, a gerund after "by"
        ("The governor went on to say the bridge was safe.", [("The governor", "the bridge was safe")]),
        ("The senator provoked anger by saying the vote was rigged.", [("The senator", "the vote was rigged")]),
        ("Ann Roe reacted by saying the mayor was trying to use the flood for his campaign.",
         [("Ann Roe", "the mayor was trying to use the flood for his campaign")]),
        ("Roe wrote in a book that the war was lost.", [("Roe", "the war was lost")]),
        # works with no author are no speakers
        ("The book says the king was poisoned.", []),
        ("An earlier version of this story said the king was poisoned.", []),
        # "according to" a name with no comma after it
        ("According to Ann Lee the money was returned by mail.", [("Ann Lee", "the money was returned by mail")]),
        # a second verb of a subject that said nothing before ("did not mention X, but said")
        ("The agency did not mention casualties, but said exports were continuing.",
         [("The agency", "exports were continuing")]),
        ("The report was leaked and informed talks in Paris.", []),
        # the words after "described as", a listener after "to", a promise, an accusation's content
        ("He died in what his daughter described as an assassination.", [("his daughter", "an assassination")]),
        ("Tom Bell stated to the Daily Post that the drives were worth $200.",
         [("Tom Bell", "the drives were worth $200")]),
        ("Days later, the president vowed to investigate all allegations of fraud.",
         [("the president", "investigate all allegations of fraud")]),
        ("The minister urged them to leave.", []),
        ("The panel acted, accusing Lee of forging the required signatures.",
         [("The panel", "forging the required signatures")]),
        # "according to" a title with an abbreviation and an apposition
        ("According to Dr. Tom Frieden, formerly the director of the agency, the virus spreads fast.",
         [("Dr. Tom Frieden, formerly the director of the agency", "the virus spreads fast")]),
        ("According to police, the driver, a local man, fled.", [("police", "the driver, a local man, fled")]),
        # a connective alone is no statement; an "add" with an object is an act
        ("“However,” he told the paper, “this study lays groundwork.”", [("he", "this study lays groundwork")]),
        ("It adds new clauses to the 1955 Citizenship Act.", []),
        # a connective set off by commas between the subject and its verb
        ("Meta, however, denied the claim, saying its rules are the same everywhere.",
         [("Meta", "the claim"), ("Meta", "its rules are the same everywhere")]),
        # "according to X," then the clause, whatever its first word
        ("According to the airport police chief, after the evacuation, the police searched the plane.",
         [("the airport police chief", "after the evacuation, the police searched the plane")]),
        # "reports" after a noun is a noun
        ("Media reports said the minister had resigned.", [("Media reports", "the minister had resigned")]),
        # a participle cue after a fronted phrase: the subject after the phrase speaks
        ('In a video, Ann Lee ended her bid, saying "the path is closed".',
         [("Ann Lee", "the path is closed")]),
        ("Tom Bell quit, pointing out he had lost the vote.", [("Tom Bell", "he had lost the vote")]),
        # a fronted subordinate clause, the attribution, then the main clause: the sentence is the content
        ("If these findings hold, experts say, containing it may need a new approach.",
         [("experts", "If these findings hold, experts say, containing it may need a new approach")]),
        # an adverbial aside between the subject and the cue is not part of the speaker
        ('Ann Lee, in remarks to the Daily Star, said, "There is no drought."',
         [("Ann Lee", "There is no drought")]),
        # a listener or an outlet after an inverted or a final cue
        ('"We thank every city," said Tom Bell to the gathered crowd.',
         [("Tom Bell", "We thank every city")]),
        ('"Our house is burning. Literally." Ann Lee told the world on Thursday via Twitter.',
         [("Ann Lee", "Our house is burning. Literally")]),
        # a subject with a participle phrase ("a report released in ...")
        ("A government report released in October revealed that most attacks were planned.",
         [("A government report released in October", "most attacks were planned")]),
        # a quote that ends the last sentence goes to "He continued" unless it lies in a statement already
        ('Ann Lee thinks the vote "was rigged." He continued, "Nobody trusts it."',
         [("He", "was rigged"), ("He", "Nobody trusts it")]),
        ('According to Ann Lee, the vote was "rigged." She continued, "Nobody trusts it."',
         [("Ann Lee", 'the vote was "rigged'), ("She", "Nobody trusts it")]),
        # "go on" is a cue only before a quote
        ("The shuttle will go on display at the museum next year.", []),
    ],
)
def test_real_news_cue_patterns(text, expected):
    assert _found(text) == expected


def test_according_to_an_object_pronoun_is_the_speaker_named_before():
    found = _resolved("Ann Lee denied the claim. According to her, the claim was false.")
    assert found[-1][0] == "Ann Lee" and found[-1][2] == "the claim was false"


def test_one_outlet_named_several_ways_is_one_speaker():
    found = _resolved("The Daily Courier reported that the mayor lied. The newspaper said the mayor had hidden "
                      "the debt. The influential daily said he must resign.")
    assert [name for name, _, _ in found] == ["Daily Courier"] * 3


def test_a_document_speaks_for_its_author():
    assert _resolved("A 2017 report by Human Rights Watch said the vote was unfair.")[0][0] == "Human Rights Watch"


def test_the_interviewer_is_who_asks_most_even_without_a_question_mark_at_the_end():
    text = ("Ann Lee: I wanted to ask about the strikes, I know you spoke on them.\n\n"
            "Tom Bell: I do not remember. Why should the union exist? It should.\n\n"
            "Ann Lee: We have seen strikes everywhere. Is this a revival? Or nothing?\n\n"
            "Tom Bell: It is hard to tell. There are signs of it.\n")
    assert {s.speaker.text for s in extract_statements(make_article(text))} == {"Tom Bell"}


@pytest.mark.parametrize("name", ["Brett McGurk", "Christine O'Donnell", "Jean-Pierre Roux"])
def test_names_with_a_capital_inside_are_one_person(name):
    surname = name.split()[-1]
    found = _resolved(f"{name} spoke on Monday. {surname} said the decision was a mistake.")
    assert found[-1][0] == name


def test_according_to_media_reports():
    assert _resolved("According to media reports, the army moved two jets.")[0][2] == "the army moved two jets"


@pytest.mark.parametrize(
    "text, name, camp",
    [
        ("“I was not keen,” says writer and photographer Tom Ash, in an interview.", "Tom Ash", "Tom Ash"),
        ("Ann Lee met the judge. Tom Bell, a lawyer representing Lee, said the verdict was fair.", "Tom Bell",
         "Ann Lee"),
        ("On Saturday, representatives from Iran said their government had downed the jet.",
         "representatives from Iran", "Iran"),
        ("Legislator Tanya Chan said the speech was empty.", "Tanya Chan", "Tanya Chan"),
    ],
)
def test_real_news_speaker_and_camp_patterns(text, name, camp):
    speaker, found_camp, _ = _resolved(text)[-1]
    assert (speaker, found_camp) == (name, camp)


@pytest.mark.parametrize(
    "text, expected",
    [
        (("The Press Institute bemoaned the reversal of reforms:\n\nIf the country is serious, it must let "
          "journalists work.\n\nThe arrests went on."),
         [("The Press Institute", "If the country is serious, it must let journalists work")]),
        ("Jeannie Wood did not pull any punches:\n\nThis is a story of lies and deceit.\n\nOthers agreed.",
         [("Jeannie Wood", "This is a story of lies and deceit")]),
        # the quote was an embedded post the text lost: the next paragraph is narration or a heading
        ("Ann Lee was among those to point it out:\n\nTom Bell wrote that the vote was fair.",
         [("Tom Bell", "the vote was fair")]),
        ("The observers group shared its view:\n\nElection day\n\nTurnout was low.", []),
        ("The following items are banned:\n\nContent that harms the dignity of a person.", []),
        # a first-person cue inside the block is the quoted speaker's, not narration
        ("Ann Lee called out the regime:\n\nIt is the aggressor. We reiterate that talks must come first.",
         [("Ann Lee", "It is the aggressor. We reiterate that talks must come first")]),
        # a subject with an apposition; a fronted phrase; a listener after "to"
        ("Tom Bell, one of the residents present at the rally, expressed solidarity:\n\nWe want peace now.",
         [("Tom Bell, one of the residents present at the rally", "We want peace now")]),
        ("After the vote, Tom Bell, head of the group, posted to their Facebook page:\n\nIt was a long fight.",
         [("Tom Bell, head of the group", "It was a long fight")]),
        ("Via WhatsApp, Ann Lee, curator of the hub, explained to Global Voices:\n\nAll activism is local.",
         [("Ann Lee, curator of the hub", "All activism is local")]),
        # the next paragraph introduces a quote of its own, or only asks: the post it followed was lost
        ("Ann Lee announced via Twitter:\n\nPeople took to social media to share their joy:", []),
        ("Tom Bell wrote on Facebook:\n\nIs the government saying we can no longer comment on its work?", []),
    ],
)
def test_block_quote_after_any_verb_and_colon(text, expected):
    assert _found(text) == expected


def test_a_list_of_scores_by_country_is_no_interview():
    assert interview_turns("Norway: 8 points\n\nSweden: 12 points\n\nNorway: 6\n\nSweden: 5\n") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue goes on with a clause of its own: what came before is not its content
        ("In July, at the first lady's request, the court ruled in favour of a ban that has been granted.", []),
        # trailing adverbials after an attribution
        ('"This budget balances on paper," Ann Roe said at a news conference on the steps of City Hall.',
         [("Ann Roe", "This budget balances on paper")]),
        ("“We are ready,” Psaki said in a statement on Sunday night.", [("Psaki", "We are ready")]),
        # an attribution that splits one clause, which is the content
        ("Around 50 gallons of fuel, officials said, spilled and ignited.",
         [("officials", "Around 50 gallons of fuel, officials said, spilled and ignited")]),
        ("The deal is off, he said, citing costs.", [("he", "The deal is off")]),
        # a date after the cue; a clause's subject after "warned" is no listener
        ("The court ruled on September 11 the prorogation was unlawful.",
         [("The court", "the prorogation was unlawful")]),
        ("He warned the crisis would deepen.", [("He", "the crisis would deepen")]),
        # requests
        ("The committee urged states not to reschedule their elections.", []),
        ("The airline said its pilots were not to blame.", [("The airline", "its pilots were not to blame")]),
        ("Scientists cautioned against an excess of optimism.", []),
    ],
)
def test_content_before_and_after_the_cue(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a block quote's later paragraphs in the quoted voice, an opinion or after an ellipsis go on with it;
        # narration after it does not
        (("Economist Tom Ash looked at the ruling:\n\n[…] miners will face claims.\n\n"
          "Anyone investing in mines should be prepared.\n\nThe mine closed in May.\n"),
         [("Economist Tom Ash", "[…] miners will face claims"),
          ("Economist Tom Ash", "Anyone investing in mines should be prepared")]),
        ("The Daily Post published an editorial:\n\nThe rules are absurd.\n\nWe ask what there is to hide.\n",
         [("The Daily Post", "The rules are absurd"), ("The Daily Post", "We ask what there is to hide")]),
        # a block quote after a reported clause that ends with a colon
        (("Aliran, a rights group, said it reflects the fears of the government:\n\n"
          "We take issue with the attempt to punish critics.\n"),
         [("Aliran, a rights group", "it reflects the fears of the government"),
          ("Aliran, a rights group", "We take issue with the attempt to punish critics")]),
        ("He said in an interview that:\n\nOur leaders fail to lead.\n",
         [("He", "Our leaders fail to lead")]),
        # a pronoun after a fronted phrase with no comma; a progressive cue
        ('On live television he said, "The name will never come back."',
         [("he", "The name will never come back")]),
        ("The pullers are saying that the ban was passed without notice.",
         [("The pullers", "the ban was passed without notice")]),
        # a present-tense cue after an apposition, or after a singular group noun it agrees with
        ("Airfleets, a database of carriers, states the aircraft uses the A300.",
         [("Airfleets, a database of carriers", "the aircraft uses the A300")]),
        ("The United States government claims the airline flies fighters to Syria.",
         [("The United States government", "the airline flies fighters to Syria")]),
        ("The government claims were false.", []),
    ],
)
def test_block_quotes_go_on_and_cues_after_appositions_and_auxiliaries(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (a) a noun-phrase object, or none, after a cue is an act (a relative clause in it makes no clause)
        ("The council reiterated the requirements that journalists need to submit.", []),
        ("Pelosi has proposed legislation that would fund the government.", []),
        ("He admitted his guilt in eight murders.", []),
        ("Experts stressed safety, stating the need for more buses.", []),
        ("Economists responded online about the ruling.", []),
        (('However, on the document, it gave the database as National Enforcement System, adding the words '
          '"and Emergency" to the name.'), []),
        # ...while a clause after "that", a pronoun or a finite verb is a statement
        ("The minister reiterated that the rules stand.", [("The minister", "the rules stand")]),
        ("Lee underlined they keep channels open.", [("Lee", "they keep channels open")]),
        ("Lee firmly stated on Monday the border would reopen.", [("Lee", "the border would reopen")]),
        # (b) a numbered list item that ends with a colon introduces no block quote
        ("Rickshaw myths, in short.\n\n1. Rickshaw is necessary:\n\nNot at all, the distances are walkable.\n",
         []),
        # (c) demands and views with "that", a quote after "talked of" or "referred to X as", "cited X as
        # stating"
        ("The union demanded that the government resign.", [("The union", "the government resign")]),
        ("The union demanded the release of the workers.", []),
        ("A new law took effect, demanding that firms store data in the country.", []),
        ("Kikens believes that the country has a lot to learn.",
         [("Kikens", "the country has a lot to learn")]),
        ("Many pundits believed that the result was fixed.", []),
        ("He talked of “a new dawn for the country”.", [("He", "a new dawn for the country")]),
        ("She talked of being cast in a pilot. Peace talks resumed.", []),
        ("She referred to the law as “a gag on the press”.", [("She", "a gag on the press")]),
        ("The judge referred the case to a higher court.", []),
        ("It cited the Air Force as stating the airline owned the plane.",
         [("the Air Force", "the airline owned the plane")]),
        # (d) "according to" in brackets, or before a new clause, attributes the clause before; sources
        ("The plane was carrying meat (according to the army) when it crashed.",
         [("the army", "The plane was carrying meat")]),
        ("Seventeen people died, according to officials, some of whom were hospitalised.",
         [("officials", "Seventeen people died")]),
        ('Six of the murders were, according to agreed facts heard in court, "sexual in nature".',
         [("agreed facts heard in court",
           'Six of the murders were, according to agreed facts heard in court, "sexual in nature')]),
        # (e) "with X saying": X speaks, and the clause before is narration
        ("Germany banned the airline, with officials saying this is for security reasons.",
         [("officials", "this is for security reasons")]),
        ("Prices rose, with analysts warning of worse to come.", []),
        # a time phrase that opens the sentence is no speaker of a participle; the intro names the speaker
        (("Minutes after his release and a hug from his family, Tom Bell gave an interview, saying:\n\n"
          "I am free now and I thank my lawyers.\n"),
         [("Tom Bell", "I am free now and I thank my lawyers")]),
    ],
)
def test_objects_lists_demands_views_brackets_and_with_phrases(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number after "at least", "over", "about" opens the reported clause, not a place or time phrase
        ("Rights group Sakora said at least 40 farmers were detained before the vote.",
         [("Rights group Sakora", "at least 40 farmers were detained before the vote")]),
        ("The agency said over 200 homes had burned.", [("The agency", "over 200 homes had burned")]),
        ("The mayor told reporters at 5 p.m. on Friday.", []),
        # lowercase role or group nouns joined by "and" after a fronted clause are the subject
        (("Although the police have charged a suspect, lawyers and media advocates insist there are "
          "unanswered questions."),
         [("lawyers and media advocates", "there are unanswered questions")]),
    ],
)
def test_counted_content_and_coordinated_group_subjects(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun-phrase object of "claim", "rule", "recall" reports an act ("claimed responsibility" is said)
        ("The opposition leader claimed victory in the regional vote on Sunday.", []),
        ("The rebel group claimed responsibility for the blast.",
         [("The rebel group", "responsibility for the blast")]),
        ("Mugabe ruled the country for 37 years before he was ousted.", []),
        # the subject's own relative clause set off by commas leaves the main clause a clause
        ("Biden claimed most voters, who had jobs, were not remembering correctly.",
         [("Biden", "most voters, who had jobs, were not remembering correctly")]),
        ("The judge ruled the search was unlawful.", [("The judge", "the search was unlawful")]),
        ("Norvania recalled its ambassador from Kestria last week.", []),
        ("The actress recalled her first season on the show.",
         [("The actress", "her first season on the show")]),
        # an idea named by a noun phrase is no one's words; a denial object stays a statement
        ("The synod rejects the idea of same-sex unions.", []),
        ("Police rejected the claims made by the group.", [("Police", "the claims made by the group")]),
        # an object with its infinitive is no clause
        ("The court declared her to be a victim of the fraud.", []),
        ("The agency declared the outbreak, which began in May, to be an epidemic.", []),
        # a colon before a quote that ends the sentence introduces it, whatever the verb
        ("Mayor Tom Bell spoke on Radio Five when he made the announcement: “I am leaving the race.”",
         [("Mayor Tom Bell", "I am leaving the race")]),
        ("Senator Ann Lee quickly took a parting shot online: “This was the worst campaign in years.”",
         [("Senator Ann Lee", "This was the worst campaign in years")]),
        ("Then more people shouted at us: “Get into the ambulance now, all of you!”", []),
        # an -ing word that describes a noun is no cue
        ("All of those reporting the fault are customers of the bank.", []),
        # a passive description: the one after "by" speaks, the quote is the content
        ("The novel was described by publisher Harbour Books as “a biting satire of power”.",
         [("publisher Harbour Books", "a biting satire of power")]),
    ],
)
def test_act_objects_colon_intros_participle_modifiers_and_passive_descriptions(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name with a long postmodifier is one speaker, not cut at "and"
        ("Harlem Desir from the Organization for Security and Co-operation in Europe said it was harmful.",
         [("Harlem Desir from the Organization for Security and Co-operation in Europe",
           "it was harmful")]),
        # "Special mention" is a noun
        ("Special mention was made of the volunteers who helped.", []),
        # "Per X reports": X reports
        ("Per Reuters reports, the talks collapsed.", [("Reuters", "the talks collapsed")]),
        # a day after an "according to" source is no part of it
        ("The vote was free, according to President Tom Bell on Friday.",
         [("President Tom Bell", "The vote was free")]),
    ],
)
def test_speaker_spans_of_long_names_nouns_per_and_days(text, expected):
    assert _found(text) == expected
