"""Claim or denial, with the evidence for the call, and what each denial denies.

A statement is a denial when its cue is a denial verb ("denied", "rejected", "pushing back on the
reports" in its attribution frame), or its content refutes ("no such plan", "nothing to do with",
"provocation", "We are not shelling"). Evidence is kept as short "kind: words" notes.

A denial often points back at what it denies ("there is no such plan", "these attacks", "the reports").
:func:`resolve_references` links such statements to the nearest earlier claim in the article by another
speaker (preferring one whose speaker the denial names, "the FSB statement"), and states the denied
proposition, which :mod:`tracker.pair` scores the other side against.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tracker import lexicon
from tracker.models import Article, Statement

# Falsehood named as a thing ("false information", "disinformation"), for the patterns below.
_FALSEHOOD = (r"(?:(?:false|fake|misleading)\s+(?:information|news|content|messages|posts|stories"
              r"|engagement|accounts|narratives?|rumou?rs)|disinformation|misinformation|propaganda)")
# Negations that do not deny a fact: "we do not rule out", "not only", "no doubt", intentions and refusals
# ("would not comment", "will not negotiate", "not going to"), "not yet".
_NOT_A_DENIAL = re.compile(
    r"\b(?:not|n['’]t|never)\s+(?:rule out|exclude|only|just|hesitate|forget|least|yet)\b|\bno doubt\b"
    r"|\b(?:would|will|could|can|should|may|might|must|shall|wo|ca)(?:\s+not|n['’]t)\b"
    r"|\b(?:not|n['’]t)\s+(?:going to|(?:be\s+)?able to)\b"
    # unwillingness is a refusal, a claim: "we are not prepared to risk a no-deal exit"
    r"|\b(?:not|n['’]t)\s+(?:\w+ly\s+)?(?:prepared|willing|ready)\s+to\b"
    # an aim or plea, not a fact: "urged them not to travel" ("not to blame" still denies)
    r"|\b(?:not|never)\s+to\s+(?!blame\b)\w+"
    # a circumstance, not the main clause: "By not giving me access, ...", "fined for not paying"
    r"|\b(?:by|for|despite|from|of|after|while|without)\s+(?:not|never)\s+\w+ing\b"
    # depletion, a state of things: "there are no journalists left in jail", "the hospital has no beds left"
    r"|(?:\bthere\s+(?:is|are|was|were)\s+)?\bno\s+(?:[\w-]+\s+){1,3}?left\b"
    r"|\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:comment|discuss|speculate|elaborate|confirm)\w*"
    # feelings and contact, not facts: "not satisfied with the audit", "do not care", "not heard from him"
    r"|\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:care|cares|satisfied|happy|heard from|feel|felt)\b"
    # wishes, not facts: "We don't want biased regulators"
    r"|(?:\bnot|n['’]t|\bnever)\s+(?:want|wants|wanted|wish)\b"
    # preferences and hopes: "she would prefer Biden not take part", "we hope it does not come to that"
    r"|\b(?:prefer\w*|hop(?:e|es|ed|ing)|wish(?:es|ed)?)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}?(?:not|never)\b"
    # surprise at events, not a rebuttal: "I never imagined that he would film his own death"
    r"|\b(?:never|(?:did|had)\s+not)\s+(?:imagined?|expected?|dreamed|dreamt|anticipated?)\b"
    # an emphatic idiom, no negation of a fact: "not a day goes by without new evidence"
    r"|\bnot\s+a\s+(?:single\s+)?(?:day|week|month|year)\s+(?:goes|passes|went|passed)\s+by\b"
    # "we have no business taking either side": a stand on what one should do
    r"|\bno\s+business\s+\w+ing\b"
    # casualties reported, not a rebuttal: "there were no casualties", "no one was hurt"
    r"|(?:\bthere\s+(?:is|are|was|were|have been|has been)\s+)?\bno\s+(?:[\w-]+\s+){0,2}?"
    r"(?:casualties|injuries|fatalities|deaths)\b"
    r"|\b(?:no\s+one|nobody|no\s+(?:[\w-]+\s+)?(?:people|persons|passengers|crew|staff|workers|troops"
    r"|soldiers))\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?:injured|hurt|killed|harmed|wounded)\b"
    # an omission blamed on someone, not a fact denied: "the platform did not respond to court rulings",
    # "inspectors had not visited the mine", "the bill has no provision for charities"
    r"|\b(?:not|never|n['’]t)\s+(?:yet\s+|even\s+|once\s+)?(?:been\s+)?(?:tell|told|inform\w*|notif\w*"
    r"|consult\w*|respond\w*|repl(?:y|ied)|visit\w*|disclos\w*|explain\w*|answer\w*|investigat\w*"
    r"|address\w*|protect\w*"
    r"|intervene\w*|implement\w*|compl(?:y|ied)|heed\w*|co-?operat\w*|transparent|accountable"
    r"|do(?:ne)? enough)\b"
    r"|\b(?:has|have|had)\s+no\s+(?:(?!such\b)[\w-]+\s+){0,2}?(?:provisions?|mechanisms?|safeguards?"
    r"|oversight|review|standards?|criteria|definitions?|guidelines?|framework|procedures?"
    r"|strateg(?:y|ies))\b"
    # advice: "Do not travel unless you must"
    r"|(?:^|[.!?;:]\s+)(?:do not|don['’]t)\b"
    # an open question, not a rebuttal: "no exact information on how many fled", "it is not clear whether"
    r"|(?:\bno\s+(?:\w+\s+)?(?:information|data|figures?|details|estimates?)\s+(?:on|about|as to)"
    r"|\b(?:not|n['’]t)\s+(?:yet\s+)?(?:known|clear|certain|sure|know))"
    r"\s+(?:how|what|who|whom|whether|if|when|where|why|which)\b"
    # a step not yet taken: "no arrests have been made", "no decision on a suspension was taken"
    r"|\bno\s+(?:final\s+)?(?:arrests?|decisions?|agreement|deal|date)(?:\s+[\w-]+){0,4}?"
    r"\s+(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:made|taken|reached|set|announced)\b"
    # things done to the speaker, told as experience: "I was never stopped by the police", "no one warned us"
    r"|\b(?:I|we)\s+(?:was|were|have been|had been|['’]ve been)\s+(?:not|never)\s+(?!involved\b)\w+ed\b"
    r"|\bno one\s+(?:\w+\s+)?\w+\s+(?:me|us)\b"
    # what others failed to notice: "none of them noticed I was ill"
    r"|\b(?:no one|nobody|none of (?:them|us|you))\s+(?:\w+\s+)?"
    r"(?:noticed|detected|spotted|reali[sz]ed|suspected|guessed)\b"
    # composition, the fight against falsehood: no verdict on words ("made up of", "tackle fake news")
    r"|\bmade up of\b"
    # the refuting word in another sense: lying down, false papers, "fired without provocation"
    r"|\blying\s+(?:down|dead|injured|wounded|unconscious|motionless|on\s+(?:the|a)\b"
    r"|(?:in|under|beside|near|across)\s+(?:the|a)\s+(?:street|road\w*|ground|floor|bed|rubble|snow|water))"
    r"|\bfalse\s+(?:names?|identit(?:y|ies)|documents?|papers|passports?|pretences?|pretenses?|alarms?"
    r"|positives?|negatives?|imprisonment|arrests?)\b"
    r"|\b(?:despite|without|any|every)\s+(?:(?:any|every|the|such)\s+)?provocations?\b"
    # a label put in doubt, not a verdict: "the so-called fake news", "alleged types of fake news"
    r"|\b(?:so-called|alleged)\s+(?:[\w-]+\s+){0,2}?(?:fake news|disinformation|misinformation|propaganda)\b"
    # propaganda as a subject, a topic: "Russian propaganda has shaped opinion", no verdict on anyone's words
    r"|\b(?:propaganda|disinformation|misinformation)\s+(?:\w+ly\s+)?(?:has|have|had|is|was|are|were|plays?"
    r"|played|spreads?|shaped?|shapes)\b"
    r"|\b(?:against|combat\w*|fight\w*|tackl\w*|counter(?:s|ed|ing)?)\s+(?:online\s+)?"
    r"(?:disinformation|misinformation|fake news|propaganda)\b"
    # falsehood as what others spread or a finding, not a verdict on anyone's words: "Iran spread
    # false information", "it found 272 disinformation messages", "a conduit for Russian disinformation"
    r"|\b(?:spread\w*|post(?:s|ed|ing)?|publish\w*|shar(?:e|es|ed|ing)|circulat\w*|disseminat\w*|peddl\w*"
    r"|generat\w*|found|finds?|finding|detect\w*|identif\w*|remov\w*"
    r"|sources?\s+of|conduits?\s+for|purveyors?\s+of)"
    r"\s+(?:(?!(?:is|are|was|were|be|been)\b)[\w’'-]+\s+){0,4}?" + _FALSEHOOD
    + r"(?:\s+(?:and|or)\s+" + _FALSEHOOD + r")?"
    # a law or a charge named after falsehood: "the fake news provision", "disinformation charges"
    r"|\b(?:fake news|false news|disinformation|misinformation)\s+(?:provisions?|laws?|bills?|clauses?|acts?"
    r"|sections?|legislation|regulations?|decrees?|charges?|offen[cs]es?)\b"
    # truth as a topic: "the arbiter of what is true or false"
    r"|\btrue\s+(?:or|and|from)\s+false\b"
    # a stand, not a rebuttal: "he had no objection to speaking with him", "we do not object to"
    r"|\bno\s+objections?\b|\b(?:not|n['’]t|never)\s+object(?:s|ed)?\s+to\b"
    # another's reassurance, granted: "despite assurances from its owners that there was no risk"
    r"|\bdespite\s+(?:[\w’'-]+\s+){0,8}?that\s+(?:[\w’'-]+\s+){0,3}?(?:(?:not|never|no)\b|\w+n['’]t\b)"
    # a state of work, not a verdict on words: "the investigation remains incomplete"
    r"|\b(?:remains?|remained|still|left)\s+(?:\w+\s+)?incomplete\b"
    # a recurrence noted: "This is not the first time the river has flooded"
    r"|\bnot\s+(?:for\s+)?the\s+first\s+time\b"
    # a warning of what will not be allowed: "No project that excludes us can be implemented"
    r"|^\W*no\s+(?:[\w’'-]+\s+){1,8}?(?:can|could|will|shall)\s+(?:ever\s+)?be\s+\w+(?:ed|en)\b",
    re.IGNORECASE,
)
# Refutations the word lists cannot spell: a characterisation refused ("cannot be considered a change"),
# influence denied ("decided without pressure from the party"), a confession retracted ("my confession was
# forced"), someone said to lie ("proceeded to lie to the court").
_REFUTING_PATTERN = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t)\s+be\s+(?:considered|called|termed|deemed"
    r"|(?:seen|viewed|regarded|described|treated|characteri[sz]ed|classified)\s+as)\b"
    r"|\bwithout\s+(?:any\s+)?(?:\w+\s+)?(?:influence|pressure|interference|coercion)\s+from\b"
    r"|\bconfessions?\s+(?:was|were|had been|has been)\s+(?:forced|coerced|extracted|obtained under)\b"
    r"|\bunder duress\b"
    # another's decision or suit said to lack grounds ("the decision was without legal basis", "the suit
    # lacks merit"); an act done "without legal basis" is a charge, so only a predicate counts
    r"|\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?without\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?:basis|foundation|merit)\b"
    r"|\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:basis|foundation|merit)\b"
    r"|\black(?:s|ed|ing)?\s+(?:any\s+)?(?:\w+\s+)?(?:basis|foundation|merit)\b"
    # a verdict on what was just said: "That simply is not possible", "That's not what happened"
    r"|\b(?:that|this)(?:\s+(?:simply|just|certainly|clearly))?(?:['’]s|\s+is|\s+was)\s+"
    r"(?:simply\s+|just\s+)?not\s+(?:true|correct|accurate|right|so|what|how|the truth)\b"
    r"|\b(?:that|this)\s+(?:simply|just)\s+(?:is|was)\s+not\s+possible\b"
    r"|\b(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:simply|just)\s+not\s+possible\b"
    r"|\blie\s+(?:to|about)\b(?!\s+the\s+(?:north|south|east|west))",
    re.IGNORECASE,
)
# "Unfortunately, the truth has never been accepted": a negation the speaker regrets states a fact.
_REGRETTED = re.compile(r"^\W*(?:unfortunately|sadly|regrettably|alas)\b", re.IGNORECASE)
# "We're not telling anyone to panic. We're telling them to ...": the speaker restates their own aim.
_RESTATED = re.compile(r"(?:\s+not|n['’]t)\s+(?=(\w{4,})\b[^.;]*[.;]\s.*\b\1\b)", re.IGNORECASE | re.DOTALL)
_ANAPHORA = re.compile(
    r"\b(?:such|these|those|this|that)\s+(?:\w+\s+)?(?:plans?|attacks?|claims?|reports?|allegations?|accusations?|"
    r"statements?|stories|story|rumou?rs?|incidents?|strikes?|charges?|assertions?|suggestions?|things?|"
    r"acts?|actions?|operations?|assessments?|figures?|numbers?|claims?)\b"
    r"|\bthe\s+(?:reports?|claims?|allegations?|accusations?|assertions?|rumou?rs?|accusation|charges?|"
    r"suggestions?|speculation)\b"
    r"|\b(?:it|this|that)\s+(?:is|was)\s+(?:not true|untrue|false|a lie|fake|nonsense|a provocation)\b"
    r"|\b(?:no such|nothing of the sort|nothing of the kind)\b",
    re.IGNORECASE,
)
# "describing the FSB statement as ...", "the Kremlin's claims": a named speaker's earlier words.
_NAMED_WORDS = re.compile(r"\b(?:the|this|that)\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:statement|report|claim|allegation|"
                          r"accusation|assessment|account|version|figure|announcement)s?\b")
_REPORTED_FRAME = re.compile(r"^(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?)"
                             r"\s+(?:that\s+)?", re.IGNORECASE)
# A negated main clause ("the sample did not come from its systems", "No serviceman set foot on Tajik
# soil"): a negation among the first words, not a contrast ("Water, not territory, ...").
_MAIN_CLAUSE_NEGATION = re.compile(
    r"^(?:\W*\w+\W+){0,5}?(?<!, )\b(not|never|no|none|n['’]t)\b(?! only\b| longer\b)"
    # after a fronted concession: "While some accounts posted insults, not all of them did"
    r"|^\W*(?:while|although|though|even though|whereas)\s[^;.]{1,150}?,\s+(?:\w+\s+){0,3}?"
    r"(not|never|no|none|\w+n['’]t)\b(?! only\b| longer\b)",
    re.IGNORECASE,
)
# "described the email as ...", "called the claims ...": someone else's words recast, a denial.
_DESCRIBING = {"describe", "call", "brand", "label", "dismiss", "reject", "denounce", "decry"}
_RECHARACTERISED = re.compile(r"\b(?:the|their|his|her|its|those|these|that|this)\s+(?:[\w’'-]+\s+){0,3}?(?:claims?|"
                              r"allegations?|reports?|accounts?|statements?|accusations?|figures?|stor(?:y|ies)|rumou?rs?|"
                              r"findings|conclusions|assertions?|remarks|comments|narratives?|charges?"
                              r"|suggestions?"
                              r"|version|email|letter|video|photos?|response)\b")
# Verbs that reject what they recast without an "as": "denounced the conclusions of the summit"
_REJECTING = {"dismiss", "reject", "denounce", "decry"}
# "denounced the conclusions of the summit, calling the accords lawful": a participle after a recast
_RECAST_IN_FRAME = re.compile(r"\b(?:denounc|decr[iy])\w*\s+" + _RECHARACTERISED.pattern)
# "responded to the allegations on Twitter, saying ...": an answer to accusations rebuts them
_ANSWERING = re.compile(
    r"\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?|hit(?:s|ting)?\s+back)\s+"
    r"(?:to|at)\s+(?:the|these|those|such|their|his|her|its|[A-Z][\w’'-]*['’]s?)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:accusations?|allegations?|claims?|charges?|criticism|rumou?rs?)\b",
    re.IGNORECASE,
)
_OBJECT_BEFORE_AS = re.compile(r"^.{1,80}?(?=\s+as\s)")
# An admission or confirmation is no denial, whatever it negates: "acknowledged that the firm had not told
# staff", "confirmed it had not received the request", "We accept that many voters are not convinced".
_CONCEDING = {"concede", "acknowledge", "admit", "confirm"}
# "accused the minister of misleading parliament": the content is the charge, a claim whatever its words.
_CHARGING = {"accuse"}
_CONCESSION_OPENING = re.compile(
    r"^\W*(?:(?!not\b|never\b)\w+\s+){1,2}?(?:\w+ly\s+)?"  # "We accept", "The board fully accepts"
    r"(?:accept|acknowledge|admit|concede|recogni[sz]e)(?:s|d|ed|ted)?\b",
    re.IGNORECASE,
)
# "denied the family a proper burial", "denied a licence to operate": "deny" as withholding, no rebuttal.
_WITHHELD = re.compile(
    r"^\W*(?:(?!(?:that|it|had|has|have|was|were|is|are|been|any|reports?|claims?|allegations?)\b)"
    r"[\w’'-]+\s+){0,5}?"
    r"(?:a\s+|an\s+|the\s+)?(?:proper\s+|fair\s+)?(?:visas?|entry|bail|release"
    r"|licen[cs]es?|permits?|permission|access|accreditation|asylum|parole|burial|funding|franchise|passage"
    r"|opportunit(?:y|ies)|chance|ability|right)\b",
    re.IGNORECASE,
)
# "the dismissed engineers", "a disputed border": the cue word is an adjective, no one's act.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those)\s+$", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[“”\"‘]|(?<!\w)[’']|[’'](?!\w)")
_NEGATION = re.compile(r"\s+(?:not|never)\b|n['’]t\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _refuting() -> re.Pattern:
    return lexicon.phrase_pattern(lexicon.words("refuting_phrases.txt"))


def _frame(article: Article, statement: Statement) -> str:
    """The attribution around the content: from the sentence's start to the content, and the cue."""
    paragraph_start = article.text.rfind("\n", 0, statement.start) + 1
    sentence_start = max(paragraph_start, article.text.rfind(". ", 0, statement.start) + 1)
    frame = article.text[sentence_start : statement.start]
    if statement.cue_start >= statement.end:  # ", X denied." after the content
        frame += " " + article.text[statement.end : statement.cue_end]
    return frame


def classify(article: Article, statement: Statement) -> Statement:
    """The statement with ``stance``, ``stance_evidence`` and ``confidence`` set."""
    evidence = []
    cue = lexicon.denial_cues().search(statement.cue or "")
    if cue and cue.group(0).lower().startswith("den") and _WITHHELD.match(statement.text):
        pass  # "denied the family a burial": something withheld, nothing rebutted
    elif cue and not _DETERMINER_BEFORE.search(article.text[: max(statement.cue_start, 0)]):
        evidence.append(f"cue: {cue.group(0)}")
    else:
        # Only a participle in the frame speaks for this statement: "pushing back on the reports, X said";
        # a finite "denied" there belongs to another clause, and "the dismissed engineers" to no one.
        in_frame = list(lexicon.denial_cues().finditer(_frame(article, statement)))
        frame_cue = next((m for m in in_frame if m.group(0).split()[0].endswith("ing")), None)
        if frame_cue:
            evidence.append(f"frame: {frame_cue.group(0)}")
        elif statement.cue.lower().endswith("ing") and in_frame:
            # "Kessler rejected that framing, saying ...": the grounds of a rejection
            evidence.append(f"frame: {in_frame[0].group(0)} ... {statement.cue}")
        elif statement.cue.lower().endswith("ing") and (
                recast := _RECAST_IN_FRAME.search(_frame(article, statement))):
            evidence.append(f"frame: {recast.group(0)} ... {statement.cue}")
        elif answered := _ANSWERING.search(_frame(article, statement)):
            evidence.append(f"frame: {answered.group(0)}")
    cue_lemma = lexicon.verb_forms("reporting_verbs.txt").get((statement.cue or "").lower())
    if not evidence and cue_lemma in _DESCRIBING and 0 <= statement.cue_end <= statement.start:
        # the words recast stand between cue and content ("called the claims “...”") or open it
        # ("denounced" + "the claims as a smear")
        object_as = _OBJECT_BEFORE_AS.match(statement.text)
        between = article.text[statement.cue_end : statement.start].strip()
        described = _RECHARACTERISED.search(between or (object_as.group(0) if object_as else ""))
        if described:
            evidence.append(f"frame: {statement.cue} {described.group(0)} as")
        elif cue_lemma in _REJECTING and (rejected := _RECHARACTERISED.match(statement.text)):
            evidence.append(f"frame: {statement.cue} {rejected.group(0)}")
    unquoted = _QUOTE_MARKS.sub("", statement.text)
    conceded = cue_lemma in _CONCEDING or _CONCESSION_OPENING.search(unquoted)
    if not conceded and cue_lemma not in _CHARGING:
        content = _RESTATED.sub(" ", _NOT_A_DENIAL.sub(" ", unquoted))
        for match in [*_REFUTING_PATTERN.finditer(unquoted), *_refuting().finditer(content)]:
            evidence.append(f"content: {match.group(0)}")
        negation = _MAIN_CLAUSE_NEGATION.search(content)
        if negation and not evidence and not _REGRETTED.match(content):
            evidence.append(f"negation: {negation.group(1) or negation.group(2)}")
    stance = "denial" if evidence else "claim"
    confidence = min(1.0, 0.5 + 0.25 * len(evidence)) if evidence else 0.8
    return replace(statement, stance=stance, stance_evidence="; ".join(dict.fromkeys(evidence)),
                   confidence=round(confidence, 2))


def _affirm(text: str, speaker_side: str, speaker_name: str) -> str:
    """The proposition a negated denial denies: "We are not shelling" -> "Ukraine are shelling"."""
    who = speaker_side or speaker_name
    text = _QUOTE_MARKS.sub("", text)
    affirmed = re.sub(r"\bthere (is|are|was|were) no\b", r"there \1 a", text, flags=re.IGNORECASE)
    affirmed = re.sub(r"\b(?:had|has|have) nothing to do with\b", "was behind", affirmed, flags=re.IGNORECASE)
    affirmed = _NEGATION.sub("", affirmed)
    if who:
        affirmed = re.sub(r"\b(?:We|we)\b", who, affirmed)
        affirmed = re.sub(r"\b(?:Our|our)\b", f"{who}'s", affirmed)
    return affirmed.strip()


def _antecedents(statement: Statement, earlier: list[Statement], frame: str) -> list[Statement]:
    """The claims a referring statement points at: the latest run of claims by one other speaker,
    preferring a speaker the statement names ("the FSB statement")."""
    candidates = [s for s in earlier if s.stance == "claim" and s.speaker.name != statement.speaker.name]
    if not candidates:
        return []
    named = frame + " " + statement.text
    chosen = candidates[-1]
    for candidate in reversed(candidates):
        names = {candidate.speaker.name, candidate.speaker.organisation, candidate.speaker.text}
        acronyms = re.findall(r"\(([A-Z]{2,})\)", candidate.speaker.text)
        if any(n and len(n) > 2 and n in named for n in names | set(acronyms)):
            chosen = candidate
            break
    run = [chosen]
    for candidate in reversed(candidates[: candidates.index(chosen)]):
        if candidate.speaker.name != chosen.speaker.name or chosen.start - candidate.end > 1500:
            break
        run.insert(0, candidate)
    return run


def resolve_references(article: Article, statements: list[Statement]) -> list[Statement]:
    """Link anaphoric statements to what they refer to and state what each denial denies."""
    out: list[Statement] = []
    for statement in statements:
        frame = _frame(article, statement)
        context, refers_to = "", ""
        refers = _ANAPHORA.search(statement.text) or _NAMED_WORDS.search(frame)
        if refers or (statement.stance == "denial" and _ANAPHORA.search(frame)):
            antecedents = _antecedents(statement, out, frame)
            context = " ".join(a.text.rstrip(".") + "." for a in antecedents)
            refers_to = ",".join(a.id for a in antecedents)
        denied = ""
        if statement.stance == "denial":
            if context:
                denied = context
            elif statement.stance_evidence.startswith(("cue", "frame")) and not _NEGATION.search(statement.text):
                denied = _REPORTED_FRAME.sub("", statement.text)  # "denied reports that X" denies X
            else:
                denied = _affirm(statement.text, statement.speaker.side, statement.speaker.name)
        out.append(replace(statement, context=context, refers_to=refers_to, denied=denied))
    return out


# Mean P(contradiction) of the two readings (earlier claim first, then later first) above which a statement
# rebuts an earlier claim. One reading alone is not enough: a small NLI model often calls a hypothesis that
# adds detail to its premise a contradiction (0.90 one way, 0.06 the other, for two officials of one
# government restating the same offer), while a real rebuttal contradicts whichever is read first.
REBUTTAL_THRESHOLD = 0.7
# The model reads sentence pairs: a multi-sentence passage (an interview answer) it calls a contradiction
# of almost anything on its topic, so only single sentences are judged.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)\]]*\s+[\"“‘(\[]?[A-Z]")


def mark_rebuttals(statements: list[Statement], nli, *, threshold: float = REBUTTAL_THRESHOLD) -> list[Statement]:
    """A claim that contradicts an earlier claim of another camp in the same article answers it: it is
    a denial even without a denial word ("Our master reduced speed" after "the crew ignored the pilot").
    The NLI model decides on pairs that share content words, from the mean of both readings."""
    from tracker.pair import content_words

    words = [content_words(s.text) for s in statements]
    one_sentence = [not _SENTENCE_BREAK.search(s.text) for s in statements]
    pairs, owners = [], []
    for j, later in enumerate(statements):
        if later.stance != "claim" or not one_sentence[j]:
            continue
        for i in range(j):
            earlier = statements[i]
            # Only an answer to a claim is a denial; a claim against an earlier denial re-asserts.
            # One camp does not rebut itself (two ministries of one government adding to each other).
            same_camp = bool(later.speaker.camp) and later.speaker.camp == earlier.speaker.camp
            opponents = earlier.speaker.name != later.speaker.name and not same_camp
            if earlier.stance == "claim" and one_sentence[i] and opponents and len(words[i] & words[j]) >= 2:
                pairs += [(earlier.text, later.text), (later.text, earlier.text)]
                owners.append((i, j))
    if not pairs:
        return statements
    from tracker.nli import LABELS

    contra = nli.predict(pairs)[:, LABELS.index("contradiction")]
    best: dict[int, tuple[float, int]] = {}
    for k, (i, j) in enumerate(owners):
        p = float(contra[2 * k] + contra[2 * k + 1]) / 2
        if p >= threshold and p > best.get(j, (0.0, -1))[0]:
            best[j] = (p, i)
    out = list(statements)
    for j, (p, i) in best.items():
        earlier = statements[i]
        out[j] = replace(out[j], stance="denial", confidence=round(p, 2),
                         stance_evidence=f"contradicts: {earlier.speaker.name} ({p:.2f})",
                         refers_to=out[j].refers_to or earlier.id, context=out[j].context or earlier.text,
                         denied=out[j].denied or earlier.text)
    return out


def classify_statements(article: Article, statements: list[Statement], *, nli=None) -> list[Statement]:
    """Stance for each statement, then references and denied propositions resolved; with an NLI model,
    claims that contradict an earlier claim of another speaker become denials too."""
    classified = resolve_references(article, [classify(article, s) for s in statements])
    return mark_rebuttals(classified, nli) if nli is not None else classified
