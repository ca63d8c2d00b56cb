"""Claim or denial, the evidence for it, and what each denial refers to and denies."""

import pytest

from tracker.attribute import resolve_article
from tracker.extract import extract_statements
from tracker.ingest import make_article
from tracker.models import Speaker, Statement
from tracker.stance import classify, classify_statements


def _analysed(text: str):
    article = make_article(text)
    return classify_statements(article, resolve_article(article, extract_statements(article)))


@pytest.mark.parametrize(
    "text, stance, evidence",
    [
        ("The ministry denied that troops had crossed the border.", "denial", "cue: denied"),
        ("The club rejected reports that the striker had signed.", "denial", "cue: rejected"),
        ("However, pushing back on the reports, the ambassador said there was no invasion.", "denial",
         "frame: pushing back"),
        ("Danilov said Ukraine had nothing to do with the attacks.", "denial", "nothing to do"),
        ("“We are not shelling,” Danilov said.", "denial", "content: We are not"),
        ("The company said the sample did not come from its systems.", "denial", "negation: not"),
        ("The agency called the report “a fabrication”.", "denial", "content: fabrication"),
        ("The FSB said a shell fired from Ukraine had destroyed a border post.", "claim", ""),
        ("“Of course, we do not rule out a meeting,” Peskov said.", "claim", ""),
        ("Officials said water, not territory, lies at the heart of the quarrel.", "claim", ""),
        # the grounds given for a rejection
        ("The governor rejected the fraud allegations on Monday, saying a recount had confirmed the result.",
         "denial", "frame: rejected ... saying"),
        # straight single quotes around the refuting words
        ("The striker says doping claims are 'a fabrication'.", "denial", "content: fabrication"),
        ("The minister described the union's figure of 19 as “speculation”.", "denial", "frame: described"),
        ("The office said the true figure was less than $2 million.", "denial", "content: the true figure"),
        # the speaker restating their own aim, feelings and contact: no one's claim is negated
        ("“We're not telling anyone to panic. We're telling them to test their wells,” she said.", "claim", ""),
        ("The union said it was not satisfied with the audit.", "claim", ""),
        ("“I have not heard from my brother since Sunday,” she said.", "claim", ""),
        # advice, an open question, a step not yet taken: negative, but no one's claim is answered
        ("“Do not travel to the coast until the storm has passed,” the mayor said.", "claim", ""),
        ("The agency said there was no reliable information on how many migrants had crossed.", "claim", ""),
        ("The coroner said it was not clear whether the driver had been drinking.", "claim", ""),
        ("Police said no arrests had been made after the match.", "claim", ""),
        ("The union said no agreement was reached in Tuesday's talks.", "claim", ""),
        # the speaker's own experience and feelings
        ("“I was never questioned by the tax office,” the farmer said.", "claim", ""),
        ("“No one warned us about the flooding,” a resident said.", "claim", ""),
        ("“We have never felt safe in this street,” she said.", "claim", ""),
        # composition and the fight against falsehood, no verdict on anyone's words
        ("The ministry said the convoy was made up of 40 lorries.", "claim", ""),
        ("The minister said schools must help fight disinformation online.", "claim", ""),
        # admissions
        ("The council conceded that it had not inspected the bridge since 2019.", "claim", ""),
        ("“We accept that it has not worked as planned,” the director said.", "claim", ""),
        ("The ministry confirmed that it had not received the request.", "claim", ""),
        # one's own involvement is still denied
        ("“We were not involved in the raid,” the militia said.", "denial", "content: not involved"),
        # calling another's words or acts false without a negation
        ("Her lawyer said the fraud charges were trumped-up.", "denial", "content: trumped-up"),
        ("The foreign minister called the border treaty “null and void”.", "denial", "content: null and void"),
        ("The airline said the second outage was unrelated to the cyberattack.", "denial",
         "content: was unrelated"),
        ("The engineer said the delays were caused by faults unrelated to the software.", "claim", ""),
        ("“The senator lied to voters about the tax,” the governor said.", "denial", "content: lied"),
        ("The opposition said the snap poll was “a political stunt”.", "denial", "content: political stunt"),
        ("The mayor denounced the council's figures as a smokescreen.", "denial",
         "frame: denounced the council's figures as"),
        # inability, aims and circumstances: a negation that answers no one
        ("“I am not able to attend the hearing,” the witness said.", "claim", ""),
        ("The minister said officials had pressed him not to sign the bill.", "claim", ""),
        ("“The pilots were not to blame,” the airline said.", "denial", "negation: not"),
        ("“By not publishing the data, the ministry has made our work harder,” the researcher said.", "claim",
         ""),
        ("The charity said there were no doctors left in the town.", "claim", ""),
        ("“None of them noticed that I was exhausted,” the nurse said.", "claim", ""),
        ("“Unfortunately, the report has never been published,” the mayor said.", "claim", ""),
        ("“We don't want more empty promises,” the protesters said.", "claim", ""),
        # a refuting word in another sense, or a label put in doubt
        ("Police said the van may have hit pedestrians lying on the road.", "claim", ""),
        ("The ministry said the gang used false passports to cross the border.", "claim", ""),
        ("The guard said the soldiers opened fire without provocation.", "claim", ""),
        ("The analyst said Kremlin propaganda has shaped public opinion in the region.", "claim", ""),
        ("The editor said the law's list of so-called fake news threatens free speech.", "claim", ""),
        # a charge is a claim, whatever its words
        ("The senator accused the minister of misleading parliament.", "claim", ""),
        # refutations without a denial word
        ("The economist said the deal cannot be considered a turning point.", "denial",
         "content: cannot be considered"),
        ("The judge said she reached the verdict without pressure from the government.", "denial",
         "content: without pressure from"),
        ("The defendant said his confession was coerced.", "denial", "content: confession was coerced"),
        # "forced confessions" among charges is an accusation; only a confession called forced is retracted
        ("Rights groups said detainees faced beatings and forced confessions.", "claim", ""),
        ("The activist wrote that the mayor proceeded to lie to the council about the budget.", "denial",
         "content: lie to"),
        ("Her mother said she believed her son was innocent.", "denial", "content: was innocent"),
        ("His lawyer said the encounter was consensual.", "denial", "content: was consensual"),
        ("The mayor said some residents believe the canals have dried up, but that is not the case.",
         "denial", "content: not the case"),
        # falsehood others spread, found or fought, or a law named after it: an accusation or a topic
        ("The minister said foreign agents spread false information about the vote.", "claim", ""),
        ("The regulator said it had found 300 disinformation messages in May.", "claim", ""),
        ("Officials said the envoy could be a conduit for foreign disinformation.", "claim", ""),
        ("The union said the fake news clause of the decree threatens reporters.", "claim", ""),
        ("“While countering fake news is legitimate, it must not silence critics,” the league said.",
         "claim", ""),
        ("The lawyers said the law makes the police the arbiter of what is true or false.", "claim", ""),
        ("The ministry said the allegations were disinformation.", "denial", "content: disinformation"),
        # unwillingness, preferences, surprise and an idiom: negations that rebut no one
        ("“We are not prepared to accept a bad deal,” the opposition leader said.", "claim", ""),
        ("The speaker said she would prefer the senator not attend the debate.", "claim", ""),
        ("“I never imagined that the river would flood the town,” the farmer said.", "claim", ""),
        ("“Not a day goes by without a new arrest,” the activist wrote.", "claim", ""),
        ("“We have no business taking sides in that war,” the candidate said.", "claim", ""),
        # casualties reported (docs: "there were no casualties" is a claim)
        ("The army said there were no casualties in the attack.", "claim", ""),
        ("Police said no one was injured in the blast.", "claim", ""),
        # an omission blamed on someone else is an accusation
        ("The union said the platform did not respond to the court's rulings.", "claim", ""),
        ("The lawyer said the bill has no provision for appeals by charities.", "claim", ""),
        ("The company said the sample did not come from its own systems.", "denial", "negation: not"),
        # "deny" as withholding, not rebutting
        ("The committee denied the journalist a licence to broadcast, her editor said.", "claim", ""),
        # refutations spelt in a noun, a dismissive label or a verdict on how words were put
        ("The singer said he had always stressed his non-involvement in the party's feuds.", "denial",
         "content: non-involvement"),
        ("The dean called the theory “a truly silly argument”.", "denial", "content: silly argument"),
        ("The governor said the media was falsely claiming he had been ill.", "denial",
         "content: falsely claiming"),
        ("Aides said his comments had been misconstrued.", "denial", "content: misconstrued"),
        # a recast verb with another's conclusions as its object, and the grounds given for it
        ("The ministry denounced the conclusions of the summit.", "denial",
         "frame: denounced the conclusions"),
        ("The ministry denounced the conclusions of the summit, calling the accords “lawful”.", "denial",
         "frame: denounced the conclusions"),
        # an answer to accusations is a rebuttal, also without a denial word
        ("The mayor responded to the allegations on Twitter, saying the auditors used old figures.", "denial",
         "frame: responded to the allegations"),
        ("In response to the reports, the ministry said it would review the contract.", "claim", ""),
        # a verdict that another's decision or suit has no basis; an act done without basis is a charge
        ("The governor said the decision to remove him was “without legal basis”.", "denial",
         "without legal basis"),
        ("The club said the lawsuit was without merit.", "denial", "without merit"),
        ("The lawyer said the activists were detained without any legal basis.", "claim", ""),
        # a verdict on what was said before, in a later sentence of the quote
        ("“Some say we must close the border. That simply is not possible,” the minister said.", "denial",
         "That simply is not possible"),
        ("“Critics claim the dam leaks. That's not what the engineers found,” she said.", "denial",
         "That's not what"),
        ("“This is not the first time the river has flooded,” the mayor said.", "claim", ""),
        # a negated main clause after a fronted concession
        ("“While some accounts posted insults, threats and lies, not all of them did,” the outlet wrote.",
         "denial", "negation: not"),
        ("“Although the report is long, none of its figures are new,” the minister said.", "denial",
         "negation: none"),
        # a stand, an omission blamed on others, another's reassurance, a state of things, a warning
        ("The president said he had no objection to meeting the opposition leader.", "claim", ""),
        ("The charity said some authorities were not cooperating with its staff.", "claim", ""),
        ("The minister said the team sailed out despite assurances from its owner that there was no risk.",
         "claim", ""),
        ("The lawyer said the investigation into the assault remains incomplete.", "claim", ""),
        ("“No project that excludes our country can be implemented in the region,” the minister said.",
         "claim", ""),
    ],
)
def test_stance_label_and_evidence(text, stance, evidence):
    *_, statement = _analysed(text)  # the last statement: "rejected X, saying Y" holds two
    assert statement.stance == stance
    assert evidence in statement.stance_evidence


def test_stance_cue_word_used_as_an_adjective_is_no_denial():
    # "the dismissed nurses": a cue taken from an adjective says nothing of the statement's stance
    article = make_article("Two of the dismissed nurses had good reviews in March.")
    cue_start = article.text.index("dismissed")
    content_start = article.text.index("nurses")
    statement = Statement(id="s1", article_id=article.id, text=article.text[content_start:].rstrip("."),
                          start=content_start, end=len(article.text) - 1, kind="reported", cue="dismissed",
                          speaker=Speaker(text="Two"), cue_start=cue_start, cue_end=cue_start + len("dismissed"))
    assert classify(article, statement).stance == "claim"


def test_stance_denial_refers_back_to_the_claim_it_denies():
    text = ("Two US officials told CNN that orders had been sent to attack Ukraine.\n\n"
            "However, pushing back on the reports, the ambassador told CBS that “there is no such plan.”")
    claim, denial = _analysed(text)
    assert denial.stance == "denial"
    assert denial.refers_to == claim.id
    assert denial.denied == "orders had been sent to attack Ukraine."


def test_stance_named_speaker_picks_the_antecedent():
    text = ("The FSB said a shell from Ukraine destroyed a post. Separatists said they shelled a village.\n\n"
            "Kyiv described the FSB statement as “a provocation”.")
    fsb, _, denial = _analysed(text)
    assert denial.refers_to == fsb.id


def test_stance_negated_denial_states_the_affirmed_proposition():
    [statement] = _analysed("“We are not shelling anyone,” said Oleksiy Danilov of Ukraine.")
    assert statement.denied == "Ukraine are shelling anyone"


def test_stance_reported_denial_denies_its_content():
    [statement] = _analysed("The ministry denied reports that troops had crossed the border.")
    assert statement.denied == "troops had crossed the border"


def test_stance_headline_verb_picks_the_body_speaker_that_denies():
    text = ("Army denies shelling villages after rebels say truce broken\n\n"
            "The Northern Liberation Front said on Sunday that the army had shelled three villages.\n\n"
            "The Defence Ministry in the capital, Lirsk, rejected the accusation as a provocation.")
    denial, claim, *_ = _analysed(text)
    assert (denial.speaker.name, denial.stance) == ("Defence Ministry", "denial")
    assert (claim.speaker.name, claim.stance) == ("Northern Liberation Front", "claim")


def _rebuttal_pair(nli):
    article = make_article("Police said three people were injured in the fire on Monday. "
                           "Hospital officials said nobody was injured in the fire on Monday.")
    statements = resolve_article(article, extract_statements(article))
    return classify_statements(article, statements, nli=nli)


def test_stance_claim_that_contradicts_an_earlier_claim_is_a_rebuttal(nli):
    claim, rebuttal = _rebuttal_pair(nli)
    assert (claim.stance, rebuttal.stance) == ("claim", "denial")
    assert rebuttal.stance_evidence.startswith("contradicts: Police")
    assert rebuttal.refers_to == claim.id


class _OneWayNLI:
    """Contradiction only when the earlier statement is read first, the way a small model calls a
    hypothesis that adds detail to its premise a contradiction."""

    def predict(self, pairs):
        import numpy as np

        return np.array([[0.05, 0.0, 0.95] if "three" in premise else [0.9, 0.0, 0.1] for premise, _ in pairs])


def test_stance_contradiction_read_one_way_only_is_no_rebuttal():
    claim, later = _rebuttal_pair(_OneWayNLI())
    assert (claim.stance, later.stance) == ("claim", "claim")


class _AlwaysContradictsNLI:
    def predict(self, pairs):
        import numpy as np

        return np.array([[0.05, 0.0, 0.95] for _ in pairs])


def test_stance_one_camp_does_not_rebut_itself():
    article = make_article("The Russian Interior Ministry said three people were injured in the fire on "
                           "Monday. The Russian Health Ministry said nobody was injured in the fire on Monday.")
    statements = resolve_article(article, extract_statements(article))
    first, second = classify_statements(article, statements, nli=_AlwaysContradictsNLI())
    assert (first.speaker.camp, second.speaker.camp) == ("Russia", "Russia")
    assert second.stance == "claim"


def test_stance_multi_sentence_passage_is_not_judged_a_rebuttal():
    # the NLI model reads sentence pairs; a passage of several sentences reads as contradicting anything
    article = make_article("Police said three people were injured in the fire on Monday.\n\n"
                           "“The fire on Monday started in the kitchen. Our staff did their best,” "
                           "the hotel manager said.")
    statements = resolve_article(article, extract_statements(article))
    claim, passage = classify_statements(article, statements, nli=_AlwaysContradictsNLI())
    assert (claim.stance, passage.stance) == ("claim", "claim")
