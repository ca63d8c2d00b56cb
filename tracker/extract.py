"""Statements and the phrase that names their speaker: direct quotes, reported speech, "according to".

Layered passes over each article, as in the news quote extractors that work (SFU Gender Gap Tracker,
BBC Citron), but on rules only:

1. Quote marks are paired first (curly and straight, quotes that run over paragraphs, unclosed quotes
   that end with their paragraph) and their contents masked, so that sentence splitting and cue matching
   never look inside a quote.
2. Each sentence is searched for reporting cues (a verb lexicon plus "according to"); each cue gets a
   speaker phrase (before it, after it when inverted, or inherited for "..., adding") and a content span
   (after it, or before it for ", X said." and for a closing quote mark).
3. Quotes no cue claimed are floating: a quote that opens a paragraph or sentence right after a statement
   inherits that statement's speaker; other quotes (titles, scare quotes) are not statements.

The speaker is only the phrase as written here; :mod:`tracker.attribute` turns it into a person.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker import lexicon
from tracker.models import Article, Speaker, Statement

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSING = set(OPENING.values())
QUOTE_CHARS = set(OPENING) | CLOSING
MASK = "x"

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}  # "according to them"
# Words that may sit between a speaker and the cue: "Peskov on Monday said", "officials have long said".
_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|again|previously|earlier|once|repeatedly|publicly|privately|since|now|"
    r"still|already|even|first|himself|herself|themselves|itself|(?:went|goes|go)\s+on\s+to|"
    r"reportedly|would|will|could|further|(?!(?:daily|weekly|monthly|family|ally|assembly|rally)\b)[a-z]+ly|(?:responded|reacted|replied|hit back)\s+by|(?:on|late|early|last|this|in a|in an|on a)\s+[\w ]{0,30}?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night|week|statement|"
    r"interview|call|post|letter|briefing|conference|month|year|day)))+\s*$"
)
_CLAUSE_LEAD = re.compile(
    r"^(?:and|but|while|whereas|as|so|yet|although|though|because|since|after|before|when|meanwhile|"
    r"however|still|also|then|instead|separately|later|earlier|now|where|which|who|what|whom|given|if|unless|"
    r"whether|once|until|"
    r"(?:a|an|one|two|three|several|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)|"
    # "a charge the company called false": the object of the cue stands before its subject
    r"(?:a|an|the)\s+(?:charge|claim|allegation|accusation|suggestion|figure|version|account|description)s?"
    r"(?:\s+that)?)"
    r"\b[\s,]*",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"\b(?:as|while|after|because|since|when|that|and|but|if|though|although|what|where|whom|which|who|given)\s+"
)
_TRAILING_TIME = re.compile(
    r"(?:,?\s+(?:on|late|early|last|this|in|at|during|earlier|later)\b[^,.;:]{0,40}|,?\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b[^,.;:]{0,25})$"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|overnight)"
_VENUE = (r"(?:statement|interview|call|briefing|conference|post|video|letter|speech|address|tweet|message|show|"
          r"programme|program|broadcast|appearance|meeting|session|hearing|email|e-mail|release|note|report|"
          r"op-ed|column|blog|article|book|essay|piece|memo|memoir|editorial|podcast|thread|ruling|filing|"
          r"remark|comment|Twitter|Facebook|Instagram|YouTube|Telegram|WhatsApp|Weibo|radio|television)s?")
# Adverbials that may follow a cue before its content or end the sentence: "said late Sunday in a statement".
_AFTER_CUE = re.compile(
    r"\s*,?\s*(?:"
    rf"(?:(?:on|late|early|last|this|next|by|from)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:in|on|at|during|via|through|after|before)\s+(?:a|an|the|his|her|their|its|our|one)?\s*"
    rf"(?:[\w’'-]+\s+){{0,5}}?{_VENUE}(?:\s+(?:with|to|on|at)\s+(?:the\s+)?(?!{_DAY})(?:[A-Z][\w’'.-]*\s*)+)?"
    r"|on\s+(?:[A-Z][\w’'.-]*(?:\s+|$))+(?:’s|'s)?(?:\s*[“\"][^”\"]*[”\"])?"
    r"|(?:earlier|later|again|also|too|publicly|privately|repeatedly|separately|recently|previously|online)"
    # a manner adverb before a preposition or "that": "responded angrily to", "stated firmly that"
    r"|(?!only\b)[a-z]+ly(?=\s+(?:about|on|to|that|with|in|at|against|for)\b)"
    r"|(?:last|this|next)\s+(?:week|month|year|weekend)"
    rf"|(?:on\s+|in\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"  # "ruled on September 11"
    r")(?![\w’'])"
)
# Words that cannot open reported content: an infinitive ("agreed to meet"), a means ("responded by"),
# a place or time ("told reporters at the terminal"), or a new clause ("said on Monday, but ...").
_NOT_CONTENT = {"to", "by", "for", "with", "about", "of", "at", "in", "on", "during", "from", "outside", "inside",
                "against",
                "near", "via", "while", "as", "through", "amid", "following", "ahead", "after", "before", "but", "out",
                "and", "although", "though", "because", "when", "where", "since", "upon", "over", "under"}
_PARTICIPLE_CUES = {"adding", "saying", "noting", "insisting", "warning", "arguing", "explaining", "stressing",
                    "accusing",
                    "claiming", "denying", "stating", "calling", "describing", "writing", "telling",
                    "pointing out", "emphasising", "emphasizing", "asserting", "acknowledging", "conceding",
                    "referring"}
_PARTICIPLE_LEADS = {cue.split()[0] for cue in _PARTICIPLE_CUES} | {"citing", "according"}
# A fronted subordinate clause: "If the findings hold, scientists say, ...".
_SUBORDINATE_LEAD = re.compile(r"(?:If|When|Although|Though|While|Because|Since|Unless|Once|Until|As)\b")
_DESCRIBE = {"describe", "call", "brand", "label"}
# Cue lemmas whose bare and -s forms are mostly nouns ("a report", "the claims"); only "reported" etc. count.
_NOUNISH = {"report", "claim", "post", "note", "call", "promise", "pledge", "vow", "estimate", "reply", "protest",
            "counter", "label", "brand", "tweet", "state", "fear", "hint", "comment", "charge", "warn", "stress",
            "remark", "dispute", "add", "rule", "snap", "demand", "talk", "mention"}
# Of these, only the past tense is a cue ("the court ruled"; "the ruling party", "a snap election", "peace
# talks" are not).
_PAST_ONLY = {"rule", "snap", "talk"}
# Verbs whose noun-phrase object reports an act, not a statement: "announced the measure at a briefing",
# "declared a state of emergency", "criticized the decision via Twitter". With a clause they report speech.
_ACT_OBJECT = {"add", "announce", "declare", "pledge", "emphasise", "emphasize", "stress", "criticise", "criticize",
               "maintain", "tweet", "post", "reveal", "mention", "comment", "recount", "propose", "predict",
               "confess", "promise", "vow", "reiterate", "reaffirm", "reassert", "underline", "remark",
               "write", "admit", "rule"}
# An object of "claim" with no determiner is what was won or taken ("claimed victory", "claimed 20 lives");
# "claimed responsibility for the attack" states what was claimed, "claims the airline flies arms" a clause.
_CLAIMED_ACT = re.compile(r"(?!(?:full\s+|sole\s+)?(?:responsibility|credit)\b"
                          r"|(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|many|"
                          r"most|all|no|it|he|she|they|we|i)\b)[\w,]+")
# An object and its infinitive after the cue: "declared her to be a victim", "declared the outbreak, which
# causes the disease, to be a pandemic".
_INFINITIVE_OBJECT = re.compile(r"(him|her|them|us|me|it"
                                r"|(?:the|a|an|its|their|his|her)(?:\s+(?!to\b)[\w-]+){1,4})"
                                r"(?:,[^,;]{1,60},)?\s+to\s+be\b")
_RECALLED = re.compile(r"(?:its|their|his|her|the|all)\s+(?:[\w-]+\s+){0,2}"
                       r"(?:ambassador|envoy|diplomat|consul|troops|forces|products?|vehicles|cars)s?\b")
# "reject the idea of equal marriage": an idea named by a noun phrase is no one's words ("rejected the idea
# that the vote was rigged" reports the claim it answers).
_IDEA_OF = re.compile(r"(?:the|this|that|any)\s+(?:idea|notion|concept|prospect|possibility)\s+of\b")
_DISMISS = {"dismiss", "reject", "deride", "denounce", "condemn", "deny"}
# Promises: "vowed to investigate" states what will be done, unlike "urged them to leave".
_PROMISE = {"vow", "pledge", "promise", "threaten"}
# "stated to LA Weekly that": a listener after "to", then the clause.
# "posted to their Facebook page:", "explained to Global Voices:": a listener, then a block quote.
_TO_LISTENER_THAT = re.compile(r"\s+to\s+(?:[\w.’'&-]+\s+){1,5}?that\s+"
                               r"|\s+to\s+(?:[\w.’'&-]+\s+){0,4}?[\w.’'&-]+(?=\s*:)")
# Verbs that report speech only when a quote is their content ("he spoke highly of her" reports nothing).
_QUOTE_ONLY = {"speak", "continue", "read", "defend", "went on", "talk"}  # "went on display" reports nothing
# Verbs that report only a clause opened by "that" ("found that prices rose"; "found the body" reports nothing).
# "demanded that the ministry act" (not "demanded the release of"); "believes that" (not "believed him").
_THAT_ONLY = {"find", "establish", "recommend", "determine", "demand", "believe"}
# A view is reported only in the present tense of one speaker ("Kikens believes that ..."); "many pundits
# believed that ..." describes what people thought.
_VIEW = {"believe"}
# Verbs whose content is only the quoted name after "as": "referred to the law as “a gag”" ("referred the
# case to a court" reports nothing).
_AS_ONLY = {"refer"}
# After "called", "described": up to a quote that names the thing ("called the claims “a provocation”").
_NAMED_QUOTE = re.compile(r"[^.;”\"“]{0,80}?(?:\bas\s+)?(?=[“\"])")
# A passive description: "was described by publisher Penguin Books as “...”".
_PASSIVE_BY = re.compile(r"\s+by\s+(?P<by>[^,.;:“”\"]{1,80}?)\s+as\s+(?=[“\"])")
# After "dismissed", "rejected": only "as “...”" makes the quote the content.
_AS_QUOTE = re.compile(r"[^.;,”\"“]{0,80}?\bas\s+(?=[“\"])")


@dataclass(frozen=True)
class Quote:
    start: int  # first character of the content
    end: int  # one past the last character of the content
    closed: bool


def statement_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


# --- quotes -----------------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _is_opening(text: str, i: int) -> bool:
    char = text[i]
    if char in "“«„":
        return True
    if char != '"':
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, paired within paragraphs; a quote left open continues into a paragraph that opens
    with a quote mark, or else ends with its paragraph (the unbalanced case)."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    pending_start: int | None = None  # content start of a quote carried over from the last paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        open_at: int | None = None
        if pending_start is not None:
            first = text[p_start:p_end].lstrip()
            lead = p_start + (len(text[p_start:p_end]) - len(first))
            open_at, i = pending_start, lead + 1  # the reopening mark only continues the quote
            pending_start = None
        while i < p_end:
            char = text[i]
            if open_at is None:
                if char in OPENING and _is_opening(text, i):
                    open_at = i + 1
            elif char in CLOSING and not (char == '"' and _is_opening(text, i) and text[i - 1].isspace()):
                quotes.append(Quote(open_at, i, True))
                open_at = None
            i += 1
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following and text[following[0] : following[1]].lstrip()[:1] in OPENING:
                pending_start = open_at
            else:
                end = p_end
                while end > open_at and text[end - 1].isspace():
                    end -= 1
                quotes.append(Quote(open_at, end, False))
    return [q for q in quotes if q.end > q.start]


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """The text with every quote's letters replaced, same length, so no cue or sentence end is seen there."""
    chars = list(text)
    for quote in quotes:
        for i in range(quote.start, quote.end):
            if not chars[i].isspace() and chars[i] not in QUOTE_CHARS:
                chars[i] = MASK
        # Keep the quote's last mark: ',”' continues the sentence, '.”' may end it.
        if quote.closed and text[quote.end - 1] in ",.!?":
            chars[quote.end - 1] = text[quote.end - 1]
    return "".join(chars)


# --- sentences ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentences(masked: str) -> list[tuple[int, int]]:
    """Sentence spans, never across a paragraph break, never inside a (masked) quote."""
    spans = []
    for p_start, p_end in _paragraphs(masked):
        paragraph = masked[p_start:p_end]
        for span in _segmenter().segment(paragraph):
            start, end = p_start + span.start, p_start + span.end
            while start < end and masked[start].isspace():
                start += 1
            dateline = _DATELINE.match(masked, start, end)
            if dateline:
                start = dateline.end()  # "LONDON, March 3 (Reuters) - " belongs to no statement
            while end > start and masked[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    return spans


# A wire dateline: a place in capitals, maybe a country, date and agency, then a dash.
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,[^—–\n]{1,60}?)?(?:\s*\([^)]{1,40}\))?\s+[—–-]+\s+")


# --- cues ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    forms = lexicon.verb_forms("reporting_verbs.txt")
    cues = lexicon.phrase_pattern(list(forms) + ["according to"]).pattern
    quoted = r"(?<![\w’'])(?:was|were|is|are)\s+quoted(?:\s+(?:by|in)\s+[^.;,]{1,60}?)?\s+as\s+saying(?![\w’'])"
    # "It cited the Air Force as stating ...": the one cited speaks
    cited = (r"(?<![\w’'])cit(?:ed|es|ing)\s+(?P<cited>[^.;,“”\"]{1,60}?)\s+as\s+(?:saying|stating)"
             r"(?![\w’'])")
    return re.compile(f"{quoted}|{cited}|{cues}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _finite_cues() -> frozenset[str]:
    """Inflected cue forms that cannot be nouns: "said", "denied", "told" (not "charge", "claims")."""
    forms = lexicon.verb_forms("reporting_verbs.txt")
    return frozenset(f for f in forms if f.endswith("ed") or f in {"said", "says", "told", "tells", "wrote"})


def _lemma(cue: str) -> str:
    return lexicon.verb_forms("reporting_verbs.txt").get(cue.lower(), cue.lower())


_HARD_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|do|does|did|when|if|has|have|had|would|will|can|could|should|may|might|"
    r"must|not)\b"
)
# Where a postmodifier starts after the head noun: "residents of Chorkuh", "a source familiar with the talks".
# A participle that opens a postmodifier: "a report released in October", "an inquiry ordered by the court".
_REDUCED_RELATIVE = re.compile(r"(?:[a-z]+ed\s+by|(?:released|published|issued|conducted|commissioned|"
                               r"compiled|prepared|leaked|filed|submitted|presented)\s+"
                               r"(?:in|on|at|last|this|earlier))\b")
_POSTMODIFIER_START = re.compile(
    r"\s+(?:of|in|at|from|for|on|with|to|inside|within|across|close to|familiar with|reached by|contacted by|"
    r"speaking|representing|based in|who|which|that|whose|(?=" + _REDUCED_RELATIVE.pattern + r"))\b"
)
POSTMODIFIER = re.compile(
    r"\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|speaking on|reached by|"
    r"contacted by|who (?:asked|spoke|declined|requested)|not authori[sz]ed)\b.*$"
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|other|another|both|"
    r"its|his|her|their|our|[A-Z][\w.-]*[’']s)\b"
)
# Common irregular past forms: a subject phrase holding one is a clause ("the pair fell out after X").
_PAST_VERBS = frozenset("""
became began bought brought built caught chose came did drew drove fell felt fled fought found flew forgot froze
gave got grew had heard held hid hit hurt kept knew laid led left lent let lost made meant met paid put quit ran
rang rose saw sent set shook shot showed shut sold sang sat slept spent spoke stood stole struck swore took taught
tore thought threw understood went woke won wore wrote was were
arose awoke beat bent bit bled blew broke bred clung crept dealt dug drank dreamt fled flung forbade forgave
hung knelt leapt learnt meant mistook overcame rode sank sought shone shrank slid sped spun spat sprang stung
stank strode strove swept swam swung thrust trod undertook wept withdrew wrung
""".split())
# A finite verb somewhere in a phrase: a clause, not a bare noun phrase.
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|"
                     r"do|does|did|" + "|".join(sorted(_PAST_VERBS)) +
                     # nouns and adjectives that end in "ed" are no past tense ("stating the need for")
                     r"|(?!(?:need|speed|seed|feed|greed|creed|deed|weed|indeed|bed|red|hundred|sacred|naked|"
                     r"hatred|kindred)\b)[a-z]+ed)\b")
_VERB_OBJECT_START = {"about", "the", "a", "an", "some", "that", "to", "its", "his", "her", "their", "more", "up",
                      "out", "into", "on", "in", "at", "with", "for", "from", "over", "nearly", "almost"}
# A fronted place or time: "In Dravansk", "On Sunday", "After the vote".
_FRONTED = re.compile(r"^(?:In|On|At|After|Before|During|From|For|With|Under|Over|Across|Outside|Inside|Near|By|"
                      r"Since|Until|Following|Amid|Despite|Earlier|Later|Via|Through)\b")
# Words that make "reports" and "claims" nouns: "media reports", "unconfirmed claims".
_REPORT_MODIFIERS = {"media", "news", "press", "local", "recent", "unconfirmed", "earlier", "initial", "state",
                     "official", "several", "other", "similar", "conflicting"}
_ADJECTIVAL_BEFORE = {"the", "a", "an", "its", "his", "her", "their", "our", "of", "newly", "recently"}
_NOT_HEADS = {"the", "a", "an", "this", "that", "it", "there", "however", "but", "and", "also", "then", "which",
              "who", "what", "when", "where", "why", "how", "in", "on", "at", "of", "for", "to", "by", "with",
              "upon", "about", "from", "into", "over", "under", "after", "before", "during", "against", "through",
              "without", "within", "onto", "towards", "toward",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "week", "month", "year"}


def _is_head(word: str, phrase: str) -> bool:
    """Can a speaker phrase end with this word: a name, an acronym, a role, group or other noun?"""
    word = word.strip(",")
    lowered = word.lower().strip("’'")
    if not word or lowered in _NOT_HEADS:
        return False
    if word.endswith(")") or word[:1].isupper():
        return True
    if _is_speaker_noun(lowered):
        return True
    roles, groups = lexicon.words("roles.txt"), lexicon.words("group_nouns.txt")
    # Any noun after a determiner, when short: "the colonel", "Italy's athletics federation", "shipping agents".
    short = len(phrase.split()) <= 6
    # ... or by a role or group noun of its own: "journalists and media advocates"
    first = phrase.split()[0].lower()
    led = (bool(_DETERMINER.match(phrase)) or phrase[:1].isupper()
           or (" and " in phrase and (first in groups or first.rstrip("s") in roles)))
    return short and led and word.isalpha() and not lowered.endswith(("ly", "ing", "ed"))


def _names_someone(phrase: str) -> bool:
    """A name, a pronoun, or a role, group or body noun: who can speak (not "the intelligence", not a
    document)."""
    last = phrase.split()[-1].strip(",").lower()
    if last in {"report", "reports", "statement", "study", "survey", "analysis", "document", "letter"}:
        return False  # a document: "The report was leaked and informed talks"
    return phrase.split()[-1][:1].isupper() or _is_speaker_noun(last) or last in lexicon.table("body_kinds.tsv")


def _is_speaker_noun(lowered: str) -> bool:
    """A pronoun, or a role or group noun (singular or plural): "officials", "spokesman", "residents"."""
    roles = lexicon.words("roles.txt")
    return (lowered in PRONOUNS or lowered in roles or lowered.rstrip("s") in roles
            or lowered in lexicon.words("group_nouns.txt"))


# Works with no author in the phrase: "the book says", "an earlier version of this story said" name no speaker.
_AUTHORLESS = re.compile(r"^(?:(?:the|a|an|this|that|its|his|her|their|an earlier|the new|the original)\s+)?"
                         r"(?:[a-z-]+\s+)?(?:book|story|version|article|law|bill|film|movie|song|novel|poem|"
                         r"constitution|treaty|script|episode|series|text|rule|regulation)s?"
                         r"(?:\s+of\s+(?:this|the)\s+\w+)?$", re.IGNORECASE)


def _looks_like_speaker(phrase: str) -> bool:
    """A subject that can speak: a name, a role or group noun phrase, a pronoun; not a clause, and not a work
    whose author the phrase does not give."""
    phrase = phrase.strip()
    words = phrase.split()
    # a name may take a long postmodifier: "Harlem Desir from the Organization for Security and
    # Co-operation in Europe"
    named = (len(words) > 2 and words[0][:1].isupper() and words[1][:1].isupper()
             and words[0].lower() not in _NOT_HEADS | {"this", "these", "those"}
             and words[2] in {"from", "of", "at"})
    if not words or len(words) > (13 if named else 10) or _AUTHORLESS.match(phrase):
        return False
    if phrase.lower() in PRONOUNS:
        return True
    if MASK * 3 in phrase or _HARD_VERBS.search(phrase.lower()):
        return False  # a clause, not a noun phrase: "the likelihood is", "Putin when they meet"
    if any(w in _finite_cues() and (i == 0 or words[i - 1].lower() not in _ADJECTIVAL_BEFORE | _REPORT_MODIFIERS)
           for i, w in enumerate(words)):
        return False  # "White House says Biden": the subject of another cue ("the dismissed engineers" is fine)
    if (words[0].islower() and len(words) > 1 and words[1].lower() in _VERB_OBJECT_START
            and not _is_head(words[0], words[0])):
        return False  # "employs about 2,300 people": a verb and its object, not a subject
    if any(w in _PAST_VERBS or (w.endswith("ed") and words[i - 1].lower() not in _ADJECTIVAL_BEFORE
                                and not _is_head(w, w) and not _REDUCED_RELATIVE.match(" ".join(words[i:])))
           for i, w in enumerate(words) if i > 0 and w.islower()):
        return False  # "the pair fell out after Marchetti": a clause
    core = phrase
    # cuts found on the whole phrase: a participle's cut needs the words after it ("released in")
    cuts = [m.start() for m in _POSTMODIFIER_START.finditer(phrase) if m.start() > 0]
    for _ in range(4):
        if _is_head(core.split()[-1], core):
            return True
        if not cuts:
            return False
        core = phrase[: cuts.pop()]
    return False


# Connectives set off by commas between a subject and its verb: "Meta, however, denied the claim".
_DISCOURSE_ASIDES = {"however", "though", "meanwhile", "too", "also", "in turn", "instead", "nevertheless",
                     "moreover", "in response", "for its part", "for his part", "for her part", "for their part",
                     "in a statement", "in contrast", "by contrast", "likewise", "similarly", "meanwhile too"}


def _is_aside(text: str) -> bool:
    """A comma-bounded aside between a speaker and the cue: an apposition, relative or participle clause,
    an age, or a name ("the head of the council", "who replaced Tom Hardy", "67", "Kubanychbek Asanov")."""
    words = text.strip().split()
    if not words or len(words) > 25:
        return False
    first = words[0]
    roles = lexicon.words("roles.txt")
    if " ".join(words).lower() in _DISCOURSE_ASIDES or _AFTER_CUE.fullmatch(text.strip()):
        return True  # "Meta, however, denied", "Ann Lee, in remarks to the Star, said"
    return (first.lower() in {"the", "a", "an", "who", "whose", "which", "its", "his", "her", "their", "now",
                              "formerly", "then", "also", "himself", "herself", "both", "one", "another"}
            or first[:1].isdigit() or first[:1].isupper()
            or any(w.lower().strip(",") in roles for w in words[:3])  # "executive director of the alliance"
            or (len(words) > 2 and words[1] == "of")  # "curator of the hub"
            or first.lower().endswith(("ed", "ing")) and len(words) > 1)


def _is_apposition(text: str) -> bool:
    """An aside that names or describes the speaker (kept in the phrase), not a relative clause."""
    first = text.strip().split(" ", 1)[0]
    return _is_aside(text) and first.lower() not in {"who", "whose", "which"} and not first[:1].isdigit() and not (
        first.lower().endswith(("ed", "ing")) and not first[:1].isupper()) and text.strip().lower() not in \
        _DISCOURSE_ASIDES and not _AFTER_CUE.fullmatch(text.strip())


_BOUNDARIES = (", ", ";", ":", " — ", " – ", " - ", "—", "–", "”", '"')


def _subject_before(masked: str, sent_start: int, cue_start: int) -> tuple[int, int] | None:
    """Span of the speaker phrase ending just before the cue, skipping "on Monday", "has", asides."""
    left = masked[sent_start:cue_start]
    between = _BETWEEN.search(left)
    if between:
        left = left[: between.start()]
    left = left.rstrip()
    relative = re.search(r",\s+who$", left)
    if relative:  # "Chris Christie, who denounced ...", "a woman, a niece of his rival, who claimed ..."
        antecedent = left[: relative.start()]
        named = re.search(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$", antecedent)
        phrase_start = named.start() if named else antecedent.rfind(", ") + 2 if ", " in antecedent else 0
        phrase = antecedent[phrase_start:]
        if _looks_like_speaker(phrase) and not _FRONTED.match(phrase):
            return sent_start + phrase_start, sent_start + len(antecedent)
        return None
    # Peel asides: "Gloria Tate, president of Local 88, which represents 300 workers, said".
    asides: list[tuple[int, int]] = []
    while left.endswith(",") and len(asides) < 3:
        comma = left[:-1].rfind(", ")
        if comma < 0 or not _is_aside(left[comma + 2 : -1]):
            break
        asides.insert(0, (sent_start + comma + 2, sent_start + len(left) - 1))
        left = left[: comma + 1]
    if asides:
        left = left[:-1]
    if left.endswith(","):
        return None
    cut = max((left.rfind(mark) + len(mark) for mark in _BOUNDARIES if mark in left), default=0)
    closing_single = [m.end() for m in re.finditer(r"[.,!?]’", left)]
    if closing_single:
        cut = max(cut, closing_single[-1])
    segment_start = sent_start + max(cut, 0)
    segment = masked[segment_start : sent_start + len(left)]
    stripped = segment.strip()
    while True:
        while (lead := _CLAUSE_LEAD.match(stripped)) and lead.end():
            stripped = stripped[lead.end() :]
        # Inside a clause the subject follows a subordinating word: "comes as Belarusian officials".
        # ("Army denies shelling after rebels say": a phrase holding a cue of its own is no subject)
        own_cue = any(not m.group(0)[:1].isupper() for m in _cue_pattern().finditer(stripped))
        if (_looks_like_speaker(stripped) and not own_cue) or not (sub := _SUBORDINATE.search(stripped)):
            break
        stripped = stripped[sub.end() :]
    # "After the decision, Tom Bell, head of the group, posted": a fronted phrase before the asides
    fronted = _FRONTED.match(stripped) or (asides and _FRONTED.match(segment.strip()))
    if fronted and (named := re.search(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$|\b(?:he|she|they|we)$",
                                       stripped)) and \
            named.start() > 0 and _looks_like_speaker(named.group(0)) and not _FRONTED.match(named.group(0)):
        # "For several days Iran denied", "On live television he said": the name or pronoun after a fronted
        # phrase with no comma is the subject
        stripped, fronted = named.group(0), None
    if asides and (not stripped or fronted or not _looks_like_speaker(stripped)):
        # "In Dravansk, the rebels' political leader, Emil Hagen, insisted": the first aside is the subject.
        first, rest = asides[0], asides[1:]
        phrase = masked[first[0] : first[1]]
        if _looks_like_speaker(phrase):
            end = rest[0][1] if rest and _is_apposition(masked[rest[0][0] : rest[0][1]]) else first[1]
            return first[0], end
    if not stripped or fronted or not _looks_like_speaker(stripped):
        return None
    relative = re.search(r"\s(he|she|they|we|it)$", stripped)
    if relative and not stripped[:1].isupper():
        stripped = relative.group(1)  # "something she described as": a relative clause's subject
    start = segment_start + segment.rfind(stripped)
    end = start + len(stripped)
    if asides and _is_apposition(masked[asides[0][0] : asides[0][1]]):
        end = asides[0][1]
    return start, end


_TIME_PHRASE = re.compile(r"\b(?:ago|after|before|since|until)\b", re.IGNORECASE)
_SENTENCE_OPENER = re.compile(
    r"(?:However|But|And|Yet|Still|Meanwhile|Instead|Separately|Also)\s*,?\s+|"
    r"(?:In|On|At|After|Before|During|Following|Amid|Via|Through|Speaking)\b[^,;:.]{0,60},\s+"
)


def _sentence_subject(masked: str, sent_start: int, before: int) -> tuple[int, int] | None:
    """The subject that opens a sentence, for a cue with none of its own ("Morrow would not discuss the
    talks, saying only that ..."): the longest speaker-like run of words from the sentence start, after a
    connective or a fronted phrase set off by a comma ("In a livestream, Sanders ...")."""
    while opener := _SENTENCE_OPENER.match(masked, sent_start, before):
        sent_start = opener.end()
    words = list(re.finditer(r"\S+", masked[sent_start:before]))
    for count in range(min(len(words), 8), 0, -1):
        end = sent_start + words[count - 1].end()
        phrase = masked[sent_start:end].rstrip(",")
        if between := _BETWEEN.search(phrase):
            phrase = phrase[: between.start()]  # "Bolsonaro reacted by accusing": the verb is no part of it
        if _looks_like_speaker(phrase) and not phrase.lower().startswith(("in ", "on ", "at ", "after ")):
            return sent_start, sent_start + len(phrase)
    return None


def _speaker_after(masked: str, cue_end: int, sent_end: int) -> tuple[int, int] | None:
    """Inverted attribution: "..., said Peskov." / "said the ministry's spokesman, Ivan Grol."."""
    right = masked[cue_end:sent_end]
    match = re.match(rf"\s*((?:{_ABBREVIATION}|[^.;:!?”\"])+)", right)
    if not match:
        return None
    phrase = match.group(1).rstrip(" ,")
    phrase = _TRAILING_TIME.sub("", phrase).rstrip(" ,")
    listener = re.search(r"\s+to\s", phrase)
    if listener and (before := phrase[: listener.start()].split()[-1])[:1].isupper() and \
            before.lower() not in lexicon.words("roles.txt"):
        phrase = phrase[: listener.start()]  # "said Bolden to the crowd" ("an Envoy to Syria" keeps it)
    parts = phrase.split(", ")
    # "says journalist, author and photographer John Ashburne, in an interview": a list of roles before
    # the name is one phrase; a trailing adverbial ("in an interview") is none of it.
    while len(parts) > 1 and parts[-1].split(" ", 1)[0].lower() in _NOT_CONTENT:
        parts.pop()
    head = next((i for i in range(min(3, len(parts))) if _looks_like_speaker(", ".join(parts[: i + 1]))), None)
    if not phrase or head is None:
        return None
    start = cue_end + match.start(1)
    return start, start + len(", ".join(parts))


# Abbreviations whose full stop ends no sentence: "notes Dr. Steven F. Jackson".
_ABBREVIATION = r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|[A-Z])\."


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: str
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    inherit: bool = False  # speaker is the previous statement's (participle cue, floating quote)


def _quote_ending_at(quotes: list[Quote], position: int) -> Quote | None:
    for quote in quotes:
        if quote.end <= position <= quote.end + 3:
            return quote
    return None


def _quote_starting_at(quotes: list[Quote], position: int) -> Quote | None:
    for quote in quotes:
        if position <= quote.start <= position + 2:
            return quote
    return None


def _skip_listener(masked: str, position: int, sent_end: int) -> int:
    """After "told"/"warned": skip the listener ("CNN", "reporters", "CBS “Face the Nation”") and "that"."""
    right = masked[position:sent_end]
    that = re.search(r"\bthat\b", right[:80])
    if that and not re.search(r"[.;:,]", right[: that.start()]):  # not "told state media, adding that"
        return position + that.end()
    listener = re.match(
        r"\s+(?:the\s+)?(?:(?:[A-Z][\w.&’'-]*|reporters|journalists|lawmakers|parliament|the\s+\w+|them|him|her|us|me|"
        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:conference|briefing|interview|meeting|rally|hearing|summit|session|"
        r"audience|crowd|gathering|committee|radio|television|broadcaster|newspaper|station))"
        # a quoted programme name after the listener (CBS “Face the Nation” that, ...), not the quote itself
        r"(?:\s+(?:[A-Z][\w.&’'-]*|of|and))*)(?:\s+[“\"][^”\"]{1,40}[”\"](?=,|\s+(?:that|on|in)\b))?",
        right,
    )
    if listener and re.match(r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                             r"did|does|do)\b", right[listener.end() :]):
        return position  # "warned the crisis would deepen": the subject of the clause, not a listener
    return position + listener.end() if listener else position


def _skip_adverbials(masked: str, position: int, end: int) -> int:
    while match := _AFTER_CUE.match(masked, position, end):
        if match.end() == position:
            break
        position = match.end()
    return position


_COUNTED = re.compile(r"(?:at\s+(?:least|most)|about|over|under|more\s+than|fewer\s+than)\s+\d")


def _content_after(masked: str, quotes: list[Quote], position: int, sent_end: int) -> tuple[int, int, str] | None:
    """Content to the right of a cue: a quote that opens there, or the reported clause to the sentence end."""
    position = _skip_adverbials(masked, position, sent_end)
    lead = re.compile(r"[\s,:]*(?:that\b[\s,:]*)?").match(masked, position, sent_end)
    start = lead.end()
    quote = _quote_starting_at(quotes, start) or _quote_after_adverbials(masked, quotes, start, sent_end)
    if quote:
        return quote.start, quote.end, "direct"
    if _BLOCK_INTRO.fullmatch(masked, position, sent_end):
        # "Rwigara asserts:", "wrote the following reflection:": the next paragraph is the quote
        return _block_after(masked, quotes, sent_end)
    end = sent_end
    semicolon = masked.find("; ", start, sent_end)
    if semicolon > 0:
        end = semicolon  # "troops crossed the frontier; Bishkek calls the claim ...": a new clause
    while end > start and masked[end - 1] in ".!? ”\"":
        end -= 1
    remainder = masked[start:end]
    # Nothing but adverbials left, an infinitive ("agreed to meet"), a means ("responded by describing"),
    # or a participle cue that brings its own content ("said, adding: ...").
    first = remainder.split(" ", 1)[0].lower().strip(",:")
    if first.endswith("ing") and "," in masked[position:start]:
        return None  # "..., he said, citing costs": a participle clause of the sentence, not what was said
    request = re.match(r"((?:\S+\s+){0,3})not\s+to\s", remainder)
    if request and not _FINITE.search(request.group(1)):
        return None  # "urged states not to reschedule": a request ("its pilots were not to blame" is a clause)
    after_that = re.search(r"\bthat\b", masked[position:start]) is not None  # "said that about a dozen ...": a clause
    # "said at least 427 activists were killed", "said over 100 homes burned": a number opens the clause
    counted = _COUNTED.match(remainder) is not None and _FINITE.search(remainder) is not None
    if len(remainder.split()) < 2 or (first in _NOT_CONTENT and not after_that and not counted) \
            or first in _PARTICIPLE_CUES:
        return None
    return start, end, "reported"


def _quote_after_adverbials(masked: str, quotes: list[Quote], start: int, sent_end: int) -> Quote | None:
    """ "told the BBC after the verdict “...”", "told a guard at the door, in French, “...”": a quote that
    follows the cue behind a short adverbial or a phrase closed by a comma (never behind a clause, as in
    'said the report was “false”', whose content is the whole clause)."""
    opening = _NAMED_QUOTE.match(masked, start, sent_end)
    quote = _quote_starting_at(quotes, opening.end() + 1) if opening else None
    if quote is None:
        return None
    gap = masked[start : opening.end()].strip()
    words = gap.split()
    if len(words) > 12 or re.search(r"\bthat\b", gap):
        return None
    return quote if gap.endswith(",") or words[0].lower() in _NOT_CONTENT else None


# What may stand between a cue and the colon that introduces a block quote: nothing, "the following ...", or
# what the quote answers ("explained why she chose the title:"), or a "that" with nothing after it
# ("said during an interview that:").
_BLOCK_INTRO = re.compile(r"\s*(?:(?:the\s+following|this|these|why|how|what|whether)\b[^.;:]{0,80}|that)?"
                          r"\s*:")


def _block_after(masked: str, quotes: list[Quote], colon_end: int) -> tuple[int, int, str] | None:
    """The paragraph after "X said:" (a block quote, its quote marks gone in the page's text), or the quote
    that opens it. None when the colon does not end its paragraph, a new interview turn follows, or the next
    paragraph introduces a quote of its own (the post it followed was lost with the page's embeds) or only
    asks."""
    gap = re.compile(r"[ \t]*\n\s*").match(masked, colon_end)
    if not gap:
        return None
    start = gap.end()
    end = masked.find("\n", start)
    end = len(masked) if end < 0 else end
    if start >= end or _TURN.match(masked, start):
        return None
    paragraph = masked[start:end].rstrip()
    if paragraph.endswith(":") or (paragraph.endswith("?") and not re.search(r"[.!]\s", paragraph)):
        return None
    quote = _quote_starting_at(quotes, start)
    if quote:
        return quote.start, quote.end, "direct"
    return start, end, "direct"


def _content_before(masked: str, quotes: list[Quote], sent_start: int, boundary: int) -> tuple[int, int, str] | None:
    """Content to the left of ", X said": the quote that closes there, or the clause from sentence start."""
    left_end = boundary
    while left_end > sent_start and masked[left_end - 1] in " ,(":
        left_end -= 1
    if left_end == sent_start:  # '“We are not shelling.” Danilov added.': the quote ends the last sentence
        while left_end > 0 and masked[left_end - 1] in " ":
            left_end -= 1
    if left_end > 0 and masked[left_end - 1] in CLOSING:
        quote = _quote_ending_at(quotes, left_end - 1)
        if quote:
            return quote.start, quote.end, "direct"
    if masked[left_end - 1 : left_end] in CLOSING or left_end <= sent_start:
        return None
    start = sent_start
    if masked[start] in OPENING:
        start += 1
    end = left_end
    while end > start and masked[end - 1] in ",;: ":
        end -= 1
    if len(masked[start:end].split()) < 3 or (_FRONTED.match(masked, start) and not _FINITE.search(masked[start:end])):
        return None  # "In an interview with Dawn, she said ...": an adverbial, not what was said
    return start, end, "reported"


# Sources that are no speakers but may be followed: "according to agreed facts heard in court", "according to
# court documents".
_SOURCE = re.compile(r"(?:[\w’'-]+\s+){1,3}?(?:documents|records|papers|facts|figures|data|statistics|"
                     r"estimates|reports|studies|surveys|polls|findings|research|sources|filings|testimony|"
                     r"evidence)\b")
_TRAILING_DAY = re.compile(rf",?\s+(?:(?:on|late|early|last|this)\s+)?{_DAY}"
                           r"(?:\s+(?:morning|afternoon|evening|night))?$")
_RELATIVE_LEADS = {"some", "many", "most", "who", "which", "whom", "whose"}
# A document and its author: "the reports by", "a 2017 study from", "the analysis of".
DOCUMENT_BY = re.compile(r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:reports?|stud(?:y|ies)|"
                          r"analys[ie]s|surveys?|statements?|assessments?|briefs?|letters?|investigations?|audits?|"
                          r"reviews?|research|findings|data|figures|estimates)\s+(?:by|of|from)\s+")


def _according_to(masked: str, quotes, sent_start: int, sent_end: int, match: re.Match) -> _Found | None:
    after = masked[match.end() : sent_end]
    phrase = re.match(rf"\s*((?:{_ABBREVIATION}|[^,;:.!?()])+)", after)  # "according to Dr. Tom Frieden"
    if not phrase:
        return None
    named = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?=[a-z])", after)
    if named and phrase.end(1) == len(after.rstrip(" .!?")) and _FINITE.search(after[named.end():]):
        phrase = named  # "According to Rathbun the property was returned": no comma after the name
    sp_start = match.end() + phrase.start(1)
    sp_end = match.end() + phrase.end(1)
    while sp_end > sp_start and masked[sp_end - 1].isspace():
        sp_end -= 1
    if document := DOCUMENT_BY.match(masked, sp_start, sp_end):
        sp_start = document.end()  # "according to the reports by Johns Hopkins University": its author
    aside = re.compile(r",\s*([^,;:.!?]+),").match(masked, sp_end, sent_end)
    roles = lexicon.words("roles.txt")
    if (aside and _is_apposition(aside.group(1)) and not masked[sent_start : match.start()].strip(" ,")
            and any(w.lower().strip(",") in roles for w in aside.group(1).split())):
        sp_end = aside.end() - 1  # "According to Dr. Tom Frieden, formerly the director of the CDC, ..."
    source = masked[sp_start:sp_end]
    if not (_looks_like_speaker(source) or source.lower() in OBJECT_PRONOUNS or _SOURCE.match(source)):
        return None
    before = masked[sent_start : match.start()].strip(" ,(")
    # "were rescued, according to officials, some of whom ...", "(according to the army) when it crashed": a
    # new clause or an adverbial follows, so the clause before is what was attributed
    follows = re.compile(r"\s*[,)]\s*([a-z]+)").match(masked, sp_end, sent_end)
    clause_before = (follows and follows.group(1) in _NOT_CONTENT | _RELATIVE_LEADS and _FINITE.search(before)
                     and not _HARD_VERBS.fullmatch(before.split()[-1].lower()))
    if not before:  # "According to X, content." (whatever the clause opens with: "after evacuating ...")
        content = _content_after(masked, quotes, sp_end, sent_end)
        comma = re.compile(r"\s*,\s*").match(masked, sp_end, sent_end)
        if not content and comma:
            content = (comma.end(), sent_end, "reported")
        if not content:
            return None
        start, end, _ = content
        while end > start and masked[end - 1] in ".!? ":
            end -= 1
    elif sp_end >= sent_end - 2 or not masked[sp_end:sent_end].strip(" ).!?") or clause_before:
        # "content, according to X.", "content (according to X)."
        content = _content_before(masked, quotes, sent_start, match.start())
        if not content:
            return None
        start, end, _ = content
    else:  # "The meeting, according to X, would occur ..." : the whole sentence carries the claim
        start, end = sent_start, sent_end
        while end > start and masked[end - 1] in ".!? ":
            end -= 1
    if day := _TRAILING_DAY.search(masked, sp_start, sp_end):
        sp_end = day.start()  # "according to current president Emmerson Mnangagwa on Friday"
    return _Found(start, end, "according_to", masked[match.start() : match.end()], match.start(), match.end(),
                  sp_start, sp_end)


def _cue_statements(masked: str, quotes: list[Quote], sent_start: int, sent_end: int) -> list[_Found]:
    found: list[_Found] = []
    object_verbs = lexicon.words("object_verbs.txt")
    for match in _cue_pattern().finditer(masked, sent_start, sent_end):
        cue = match.group(0)
        if cue[:1].isupper() and match.start() != sent_start:
            continue  # "State", "Post": capitalised forms are names, not cues
        container = next((f for f in found if f.start <= match.start() < f.end), None)
        if cue.lower() == "according to":
            result = None if container else _according_to(masked, quotes, sent_start, sent_end, match)
            if result:
                found.append(result)
            continue
        as_saying = cue.lower().endswith(("as saying", "as stating"))
        lemma = _lemma(cue.split()[-1] if as_saying else cue)
        if lemma in _NOUNISH and not cue.lower().endswith(("ed", "ing")) and not _present_verb(masked, sent_start, match):
            continue  # "the pollution report", "his calls": a noun, not a cue
        if lemma in _PAST_ONLY and not cue.lower().endswith("ed"):
            continue
        went_on = re.search(r"\b(?:went|go|goes|going|gone)\s+on\s+to\s*$", masked[sent_start : match.start()])
        if re.search(r"\bto\s*$", masked[max(sent_start, match.start() - 4) : match.start()]) and not went_on:
            continue  # "three days to respond": an infinitive is not a speech act ("went on to say" is one)
        before_cue = masked[sent_start : match.start()].rstrip()
        passive = _PASSIVE_BY.match(masked, match.end(), sent_end)
        if lemma in _DESCRIBE and passive and re.search(r"\b(?:is|are|was|were|been|being)$", before_cue):
            # "was described by publisher Penguin Books as “...”": the one after "by" describes
            quote = _quote_starting_at(quotes, passive.end() + 1)
            if quote and _looks_like_speaker(passive.group("by")):
                found.append(_Found(quote.start, quote.end, "direct", cue, match.start(), match.end(),
                                    *passive.span("by")))
            continue
        participle = cue.lower() in _PARTICIPLE_CUES or as_saying
        # A second cue that shares the subject: "said A, adding B", "called it X and said Y".
        coordinated = (participle and before_cue.endswith(",")) or re.search(r"(?:,|\s)(?:and|but)$", before_cue)
        speaker = None
        inherit = absolute = False
        if match.group("cited"):
            speaker = match.span("cited")
        elif coordinated and found:
            speaker, inherit = (found[-1].speaker_start, found[-1].speaker_end), True
        elif coordinated and re.search(r"\b(?:and|but)$", before_cue):
            # "The agency did not mention X, but said ...", "She wept and said ...": the sentence's subject,
            # when it names someone ("The intelligence was learned and informed ..." does not)
            speaker = _sentence_subject(masked, sent_start, match.start())
            if speaker and not _names_someone(masked[speaker[0] : speaker[1]]):
                speaker = None
        elif participle and (before_cue.endswith(",") or re.search(r"\bby$", before_cue)):
            # "..., saying", "provoked anger by saying": the sentence's subject speaks, unless what opens the
            # sentence is a time phrase ("Minutes after his release, Tom Bell gave an interview, saying:")
            speaker = _sentence_subject(masked, sent_start, match.start())
            if speaker and _TIME_PHRASE.search(masked, *speaker):
                speaker = None
        else:
            # "The rickshaw pullers are saying that ...": the subject stands before the progressive's "are"
            progressive = re.search(r"\s(?:is|are|was|were|been)\s+$", before_cue + " ") \
                if cue.lower().endswith("ing") else None
            speaker = _subject_before(masked, sent_start, sent_start + progressive.start() if progressive
                                      else match.start())
            with_subject = re.compile(r"with\s+").match(masked, *speaker) if speaker else None
            if with_subject and cue.lower().endswith("ing"):
                # "..., with officials saying that ...": officials speak, and the clause before is narration
                speaker, absolute = (with_subject.end(), speaker[1]), True
            elif cue.lower().endswith("ing") and not (progressive or went_on or as_saying):
                speaker = None  # "All of those reporting the change are subscribers": the -ing word describes
        if container and lemma in _QUOTE_ONLY | _THAT_ONLY:
            continue  # "said it would comply and continue to pay", "said ... and found that": no new statement
        previous = masked[sent_start : match.start()].split()[-1:]
        if cue.lower().endswith("ed") and previous and (previous[0].lower() in _ADJECTIVAL_BEFORE
                                                         or previous[0].endswith(("’s", "'s"))):
            continue  # "her proposed budget", "the alleged crime": an adjective, not a cue
        if container:
            # Reported speech inside reported speech belongs to the outer statement, unless the new cue
            # opens a clause of its own ("..., a day after Rovers announced ...", "and said ...").
            boundary = _clause_boundary(masked, container.start, speaker[0] if speaker and not inherit else match.start())
            if speaker is None or boundary is None:
                continue
            container.end = boundary
        inverted = False
        if speaker is None and not participle and (not before_cue or before_cue[-1] in ",”\"" + MASK):
            # ("..., adding the words “and Emergency”": a participle's object is never its speaker)
            speaker = _speaker_after(masked, match.end(), sent_end)
            inverted = speaker is not None
        if speaker is None:
            continue
        if lemma == "report" and masked.startswith("Per ", speaker[0]) and speaker[1] > speaker[0] + 4:
            speaker = (speaker[0] + 4, speaker[1])  # "Per Reuters reports, ...": Reuters reports
        position = speaker[1] if inverted else match.end()
        accused_of = re.compile(r"[^.;:,“”\"]{1,60}?\s+of\s+(?=\S)").match(masked, position, sent_end)
        if lemma == "accuse" and accused_of and not inverted:
            # "accusing Rwigara of doctoring signatures": what the accused is said to have done
            content = _content_after(masked, quotes, accused_of.end(), sent_end)
            if content:
                found.append(_Found(*content, cue, match.start(), match.end(), *speaker, inherit=inherit))
            continue
        if lemma in object_verbs and not inverted:
            position = _skip_listener(masked, position, sent_end)
        elif (to_that := _TO_LISTENER_THAT.match(masked, position, sent_end)) and not inverted:
            position = to_that.end()  # "stated to LA Weekly that ...", "explained to reporters that ..."
        if lemma in _PROMISE and (pledge := re.compile(r"\s+to\s+(?=[a-z])").match(masked, position, sent_end)):
            # "vowed to investigate all allegations": a promise is a statement of what will be done
            content = _content_after(masked, quotes, pledge.end(), sent_end)
            if content:
                found.append(_Found(*content, cue, match.start(), match.end(), *speaker, inherit=inherit))
            continue
        if lemma in _DESCRIBE | _DISMISS | _AS_ONLY:
            # "describing the FSB statement as “deliberate provocation”", "rejected as “false” the claims":
            # the quoted words are the content.
            pattern = _NAMED_QUOTE if lemma in _DESCRIBE else _AS_QUOTE
            named = pattern.match(masked, position, sent_end)
            quote = _quote_starting_at(quotes, named.end() + 1) if named else None
            if quote:
                found.append(_Found(quote.start, quote.end, "direct", cue, match.start(), match.end(), *speaker,
                                    inherit=inherit))
                continue
            unquoted = re.compile(r"\s+as\s+([^,.;:”\"“]+)").match(masked, position, sent_end)
            if unquoted and len(unquoted.group(1).split()) <= 8 and lemma not in _AS_ONLY:
                # "a charge the owner dismissed as nonsense", "what his daughter described as an assassination":
                # the words after "as" are the content
                found.append(_Found(unquoted.start(1), unquoted.end(1), "reported", cue, match.start(), match.end(),
                                    *speaker, inherit=inherit))
                continue
            if lemma in _DESCRIBE | _AS_ONLY:
                continue
        content = None if inverted else _content_after(masked, quotes, position, sent_end)
        subject_part = masked[sent_start : speaker[0]].rstrip()
        split = re.match(r"\s*,\s*([a-z]+)\b", masked[position:sent_end])
        if (not inverted and not inherit and subject_part.endswith(",") and len(subject_part.split()) >= 3
                and subject_part[:1] not in OPENING and split
                and ((not _FINITE.search(subject_part) and not split.group(1).endswith("ing"))
                     or (_SUBORDINATE_LEAD.match(subject_part) and split.group(1) not in _PARTICIPLE_LEADS
                         and _FINITE.search(masked, split.end(), sent_end)))):
            # "Around 50 gallons of fuel, officials said, spilled and ignited", "If the findings are accurate,
            # scientists say, containing it may be hard": the attribution splits one clause (or a fronted
            # subordinate clause from its main clause), which is the content, whole
            content = (sent_start, sent_end, "reported")
        if content and content[2] == "direct" and not inherit:
            # “A,” she said, “B.”: the quote that closes before the speaker is hers too.
            before = _content_before(masked, quotes, sent_start, speaker[0])
            if before and before[2] == "direct":
                found.append(_Found(*before, cue, match.start(), match.end(), *speaker))
        rest = masked[_skip_adverbials(masked, position, sent_end) : sent_end].strip(" .!?”\"")
        trailing = (not rest or rest[0] in ",;—–-"
                    or (rest.split()[0].lower() in _NOT_CONTENT and len(rest.split()) <= 12
                        and not _FINITE.search(rest))
                    # "..., officials told state media, adding ...": a listener, then the clause ends
                    or (lemma in object_verbs and re.match(r"(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*(?:,|$)", rest)
                        and not _FINITE.search(rest.split(",")[0])))
        if content is None and (inverted or trailing) and not absolute:
            # ", the bank said late Sunday.", "..., he said, citing costs", "..., she said at a news
            # conference on the steps of City Hall": what came before is the content (not when the cue goes on
            # with a clause of its own: "X ruled in favour of her request, which has been granted")
            boundary = match.start() if (inverted or inherit) else speaker[0]
            content = _content_before(masked, quotes, sent_start, boundary)
        if content is None:
            continue
        start, end, kind = content
        if lemma in _QUOTE_ONLY and kind != "direct":
            continue
        that_before = re.search(r"\bthat\b", masked[match.end() : start]) is not None
        if lemma in _THAT_ONLY and (not re.match(r"[\s,]*that\b", masked[match.end() : start])
                                    or cue.lower().endswith("ing")):
            continue  # ("a new law, demanding that ...": a participle of a finding or demand names no one)
        if lemma in _VIEW and not cue.lower().endswith("s"):
            continue
        if (lemma in _ACT_OBJECT or participle) and kind == "reported" and not that_before \
                and lemma not in _DISMISS and not _is_clause(masked[start:end]):
            continue  # "reiterated the requirements that journalists need", "stating the need for": an act
        if lemma == "claim" and kind == "reported" and not that_before and _CLAIMED_ACT.match(masked, start) \
                and not _is_clause(masked[start:end]):
            continue  # "claimed victory in the vote", "claimed 20 lives": an act
        if lemma == "recall" and kind == "reported" and _RECALLED.match(masked, start):
            continue  # "recalled its ambassador": an act ("recalled her season with Star Trek" is a memory)
        if lemma in _DISMISS and kind == "reported" and _IDEA_OF.match(masked, start):
            continue  # "reject the idea of equal marriage": an idea, not someone's words
        infinitive = _INFINITIVE_OBJECT.match(masked, start)
        if kind == "reported" and not that_before and infinitive and not _FINITE.search(infinitive.group(1)):
            continue  # "declared her to be a victim", "declared the outbreak to be a pandemic": an object
        if lemma == "add" and kind == "reported" and re.match(r"(?:a|an)\s", masked[start:end]):
            continue  # "added a note of caution": an object, not a statement
        for part_start, part_end in _split_and_that(masked, start, end) if kind == "reported" else [(start, end)]:
            found.append(_Found(part_start, part_end, kind, cue, match.start(), match.end(), *speaker,
                                inherit=inherit))
    return found


# A relative clause after a noun ("legislation that would fund"), not a second "and that" clause.
# "ruled Zimbabwe for 37 years before he was ousted": a subordinate clause after a noun phrase is no content.
_RELATIVE = re.compile(r"(?<!\band )(?<!\bbut )(?<!\bor )\b(?:that|which|who|whom|whose|where|before|after|"
                       r"until|when|while|because|since)\b")


def _is_clause(content: str) -> bool:
    """A pronoun subject, a "that" clause, or a finite verb before any relative clause: "they keep channels
    open", "only that talks go on", "the border would reopen" are clauses, "legislation that would fund the
    government" a noun phrase."""
    # "56 percent of respondents, who regarded ..., were not remembering": the subject's own relative
    # clause set off by commas is no part of the main clause
    content = re.sub(r",\s+(?:who|which)\b[^,]*,", "", content)
    return (content.split(" ", 1)[0].lower() in PRONOUNS
            or re.match(r"(?:[a-z]+ly\s+)?that\b", content) is not None
            or _FINITE.search(_RELATIVE.split(content, maxsplit=1)[0]) is not None)


def _present_verb(masked: str, sent_start: int, match: re.Match) -> bool:
    """ "Police claim he died", "Znak.com claims sources ...", "“...,” notes Dr. Jackson": a noun-like cue
    in the present tense is a verb right after its subject (a pronoun, a name, a plural group noun) when a
    clause follows, or right after a quote; "the claims", "Russia's claims", "Russian reports", "claims of
    fraud" stay nouns."""
    if masked[sent_start : match.start()].rstrip().endswith(("”", '"', ",”", ',"')):
        return True  # "“...,” notes Dr. Jackson": inverted after a quote
    before = masked[sent_start : match.start()].split()
    after = masked[match.end() :].split(maxsplit=1)
    if not before or not after or after[0].lower() in _NOT_CONTENT | {"were", "was", "is", "are", "have", "had"}:
        return False
    subject = before[-1].strip(",")
    if subject.lower() in _REPORT_MODIFIERS or after[0] in _finite_cues():
        return False  # "Media reports said ...": the noun before the verb
    if subject.lower() in PRONOUNS or before[-1].endswith(","):
        return True  # "Airfleets, a database of carriers, states ...": the verb after an apposition
    if subject.endswith(("’s", "'s")) or subject in lexicon.demonyms():
        return False
    # "Officials claim", "the government claims": a group noun that agrees with the verb
    singular = len(before) > 1 and (before[-2] == "the" or before[-2][:1].isupper())
    agrees = subject.lower().endswith(("s", "police")) or (singular and match.group(0).endswith("s"))
    group = subject.lower() in lexicon.words("group_nouns.txt") and agrees
    return group or (subject[:1].isupper() and subject.lower() not in _NOT_HEADS and len(before) <= 8)


_CLAUSE_BREAK = re.compile(
    r"(?:,\s*|\s+)(?:and|but|though|although|while|whereas|after|as|before|since|because|when|a day after|"
    r"hours after|days after|weeks after|even as|just as)\s+|,\s+"
)


def _clause_boundary(masked: str, container_start: int, position: int) -> int | None:
    """Where the outer statement must end for a nested cue at ``position`` to stand on its own: the last
    clause break right before the cue's subject (or the cue); None when there is none."""
    window = masked[container_start:position]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if not breaks:
        return None
    last = breaks[-1]
    if window[last.end() :].strip() and len(window[last.end() :].split()) > 10:
        return None
    return container_start + last.start()


_AND_THAT = re.compile(r",?\s+and that\s+")


def _split_and_that(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "said A and that B" holds two statements."""
    parts, cursor = [], start
    for match in _AND_THAT.finditer(masked, start, end):
        parts.append((cursor, match.start()))
        cursor = match.end()
    parts.append((cursor, end))
    return [(a, b) for a, b in parts if len(masked[a:b].split()) >= 2]



_LIST_ITEM = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s")


def _introduced_blocks(masked: str, quotes: list[Quote], spans: list[tuple[int, int]],
                       found: list[_Found]) -> list[_Found]:
    """Block quotes introduced by any verb: "The International Press Institute bemoaned the reversal of
    reforms:", "Jeannie Wood did not pull any punches:". A sentence that ends its paragraph with a colon
    and opens with someone who can speak gives that someone the next paragraph (unless a cue already did); so
    does a colon before a quote that ends the sentence ("Trump took a parting shot on Twitter: “...”")."""
    blocks = []
    for sent_start, sent_end in spans:
        # "spoke on Morning Joe when he made the announcement: “...”": the quote after the colon, in the
        # same paragraph, is the block
        colons = re.finditer(r":\s*(?=[“\"])", masked[sent_start:sent_end])
        inline = next((q for c in colons if (q := _quote_starting_at(quotes, sent_start + c.end() + 1))
                       and q.end >= sent_end - 3), None)
        if inline:
            sent_end = masked.rfind(":", sent_start, inline.start) + 1
            if _QUOTED_VOICE.search(masked, sent_start, sent_end):
                continue  # "more people yelled at us: “...”": a quoted voice's own account
        # The first verb: a finite form or a cue ("Aliran, a rights group, said it reflects ...:"), not a
        # noun after a determiner ("this tweet by the Foreign Office:")
        nouns_before = _ADJECTIVAL_BEFORE | {"this"}
        cues = (c for c in _cue_pattern().finditer(masked, sent_start, sent_end) if c.group(0).islower()
                and not set(masked[sent_start : c.start()].lower().split()[-1:]) & nouns_before)
        verbs = [m for m in (_FINITE.search(masked, sent_start, sent_end), next(cues, None)) if m]
        verb = min(verbs, key=lambda m: m.start(), default=None)
        if (masked[sent_end - 1 : sent_end] != ":" or _FRONTED.match(masked, sent_start) or verb is None
                or _LIST_ITEM.match(masked, sent_start)):
            # "And this tweet by the Foreign Office:" (no verb) captions an embed the text lost; "1. Rickshaw
            # is necessary:" heads an item of a list
            continue
        block = (inline.start, inline.end, "direct") if inline else _block_after(masked, quotes, sent_end)
        # The subject of the first verb ("Tom Bell, one of the residents present, expressed solidarity:"),
        # else the sentence's opening words
        candidates = [_subject_before(masked, sent_start, verb.start()) if verb else None,
                      _sentence_subject(masked, sent_start, sent_end - 1)]
        subject = next((c for c in candidates if c and _names_someone_first(masked[c[0] : c[1]])), None)
        if block is None or subject is None:
            continue
        # A paragraph that introduces a quote of its own, or reports others, is the article's narration
        # (the quote it followed was an embedded post that the page's text lost); a short line with no
        # full stop is the next section's heading. Cues of "I" and "we" are the quoted speaker's own.
        narration = masked[block[1] - 1 : block[1]] == ":" or any(
            block[0] <= f.cue_start < block[1] and not _first_person(masked, f) for f in found)
        heading = len(masked[block[0] : block[1]].split()) < 5 and masked[block[1] - 1] not in ".!?”\"…"
        claimed = any(_overlaps((f.start, f.end), block[:2])
                      and not (_within(f, block) and _first_person(masked, f)) for f in found)
        if not (narration or heading or claimed):
            blocks.append(_Found(*block, "", -1, -1, *subject))
    return blocks


# A block quote's later paragraph shows itself by the quoted voice ("we", "our", "you"), by the opinion it
# gives ("should", "could") or by an ellipsis that marks words left out ("[…] miners will face demands");
# the narration after a block quote reports events.
_QUOTED_VOICE = re.compile(r"^\s*(?:\[?(?:…|\.\.\.)\]?)|\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Yy]ou|[Yy]our|"
                           r"should|must|could|might|cannot)\b")


def _continued_blocks(masked: str, found: list[_Found]) -> list[_Found]:
    """The paragraphs that go on with a block quote ("Economist John Quiggin looked at the implications:"
    and two paragraphs of his): each that speaks in the quoted voice, claims no speaker of its own and
    introduces nothing, until the first that does not."""
    paragraphs = _paragraphs(masked)
    starts = {start: i for i, (start, _) in enumerate(paragraphs)}
    more = []
    for block in found:
        i = starts.get(block.start)
        if (i is None or i == 0 or block.kind != "direct" or block.end < paragraphs[i][1] - 2
                or not masked[: paragraphs[i - 1][1]].rstrip().endswith(":")):
            continue  # only a whole paragraph after an introduction ending with a colon
        for start, end in paragraphs[i + 1 :]:
            paragraph = masked[start:end].rstrip()
            own = any(_overlaps((f.start, f.end), (start, end)) and not _first_person(masked, f)
                      for f in found)
            if (own or paragraph.endswith(":") or _TURN.match(paragraph)
                    or not _QUOTED_VOICE.search(paragraph)):
                break
            more.append(_Found(start, start + len(paragraph), "direct", "", -1, -1,
                               block.speaker_start, block.speaker_end, inherit=True))
    return more


def _names_someone_first(phrase: str) -> bool:
    """ "Tom Bell, one of the residents present at the rally": the name before an apposition names him."""
    return _names_someone(phrase) or _names_someone(phrase.split(", ")[0])


def _first_person(masked: str, found: _Found) -> bool:
    return masked[found.speaker_start : found.speaker_end].lower() in {"i", "we"}


def _within(found: _Found, span: tuple[int, ...]) -> bool:
    return span[0] <= found.start and found.end <= span[1]


# --- interviews ----------------------------------------------------------------------------------------

# A paragraph that opens with a speaker's name and a colon: "Robert Sarvis: I am the only candidate ...".
_TURN = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|de|van|von|bin|al)){0,4}):[ \t]+(?=\S)")
_INTERVIEWERS = {"wikinews", "q", "question", "interviewer"}


def interview_turns(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(name start, name end, turn start, turn end, is a question turn) for each turn of an interview.
    A name counts as a turn-taker when it opens two or more paragraphs; the interviewer is "Wikinews" or
    "Q", else the one who asks in the largest share of turns. A turn runs on over the following paragraphs
    until the next turn (the last turn: its own paragraph only)."""
    paragraphs = _paragraphs(text)
    openers = [(m, p_end) for p_start, p_end in paragraphs if (m := _TURN.match(text, p_start))]
    counts: dict[str, int] = {}
    for match, _ in openers:
        counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
    # A name that opens two paragraphs or more, with turns of some words: not a list of scores by country
    # ("Norway: 8 points").
    words: dict[str, list[int]] = {}
    for match, p_end in openers:
        words.setdefault(match.group("name"), []).append(len(text[match.end() : p_end].split()))
    takers = {name for name, n in counts.items() if n >= 2 and name not in lexicon.table("sides.tsv")
              and sum(words[name]) / n >= 4}
    if not takers:
        return []
    asking = {name: 0 for name in takers}
    for match, p_end in openers:
        if match.group("name") in takers and "?" in text[match.end() : p_end]:
            asking[match.group("name")] += 1
    turns_at = [(m, p_end) for m, p_end in openers if m.group("name") in takers]
    # The interviewer asks in the largest share of turns (of two alike, the one who speaks first).
    order = [m.group("name") for m, _ in turns_at]
    share = {name: asking[name] / counts[name] for name in takers}
    asker = max(takers, key=lambda name: (share[name], -order.index(name)))
    interviewers = {name for name in takers if name.lower() in _INTERVIEWERS} or ({asker} if share[asker] else set())
    out = []
    for index, (match, p_end) in enumerate(turns_at):
        name = match.group("name")
        end = p_end
        if index + 1 < len(turns_at):  # continuation paragraphs up to the next turn
            following = [e for s, e in paragraphs if p_end < s < turns_at[index + 1][0].start()]
            end = max([p_end, *following])
        question = name in interviewers
        out.append((match.start(), match.start() + len(name), match.end(), end, question))
    return out


_CONNECTIVES = {"however", "but", "and", "so", "still", "yet", "indeed", "of course", "well", "now", "then",
                "meanwhile", "instead", "again"}


# --- the pass over an article --------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS or text[end - 1] in ",;:."):
        end -= 1
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _drop_nested(text: str, found: list[_Found]) -> list[_Found]:
    """What the speaker of a block quote reports inside it ("We reiterate that ...") belongs to the block, and
    a quote inside reported speech to that statement ('“A.” He continued, “B.”' takes A only when free)."""
    spans = [_trim(text, f.start, f.end) for f in found]
    return [f for f, inner in zip(found, spans)
            if not any(outer[0] <= inner[0] and inner[1] <= outer[1] and outer != inner for outer in spans)]


def extract_statements(article: Article) -> list[Statement]:
    """Every attributed statement in the article, in reading order, with its speaker phrase unresolved."""
    text = article.text
    quotes = find_quotes(text)
    masked = mask_quotes(text, quotes)
    spans = sentences(masked)
    found: list[_Found] = []
    for sent_start, sent_end in spans:
        found.extend(_cue_statements(masked, quotes, sent_start, sent_end))
    found += _introduced_blocks(masked, quotes, spans, found)
    found += _continued_blocks(masked, found)
    found = _drop_nested(text, found)
    # Interview turns: an answer is one statement of the name before the colon; a question none. What
    # the cues found inside a turn belongs to it.
    turns = interview_turns(text)
    if turns:
        found = [f for f in found if not any(_overlaps((f.start, f.end), (t[2], t[3])) for t in turns)]
        found += [_Found(start, end, "direct", "", -1, -1, name_start, name_end)
                  for name_start, name_end, start, end, question in turns if not question]
    claimed = [(f.start, f.end) for f in found]
    # Floating quotes: a quote that opens its sentence, right after a statement, continues that speaker.
    sentence_starts = {s for s, _ in spans}
    for quote in quotes:
        if any(_overlaps((quote.start, quote.end), span) for span in claimed):
            continue
        opens_sentence = (quote.start - 1) in sentence_starts or (quote.start - 2) in sentence_starts
        previous = [f for f in found if f.end <= quote.start]
        if not opens_sentence or not previous or len(text[quote.start : quote.end].split()) < 4:
            continue
        last = max(previous, key=lambda f: f.end)
        gap = text[last.end : quote.start]
        if gap.count("\n") > 2 or len(gap) > 400:
            continue
        found.append(_Found(quote.start, quote.end, "direct", "", -1, -1, last.speaker_start, last.speaker_end,
                            inherit=True))
    statements = []
    seen: set[tuple[int, int]] = set()
    for f in sorted(found, key=lambda f: f.start):
        start, end = _trim(text, f.start, f.end)
        if end <= start or (start, end) in seen or text[start:end].lower() in _CONNECTIVES:
            continue  # '“However,” he said, “...”': the connective alone says nothing
        seen.add((start, end))
        speaker_text = text[f.speaker_start : f.speaker_end].strip() if f.speaker_start >= 0 else ""
        statements.append(
            Statement(
                id=statement_id(article.id, start, end),
                article_id=article.id,
                text=text[start:end],
                start=start,
                end=end,
                kind=f.kind,
                cue=f.cue,
                speaker=Speaker(text=speaker_text),
                speaker_start=-1 if f.inherit else f.speaker_start,
                speaker_end=-1 if f.inherit else f.speaker_end,
                cue_start=f.cue_start,
                cue_end=f.cue_end,
            )
        )
    return statements
