"""Who is speaking: the speaker phrase of each statement turned into a canonical person or organisation.

* A phrase is parsed into name, role, organisation and side: "Kremlin spokesperson Dmitry Peskov" ->
  Dmitry Peskov / spokesperson / Kremlin / Russia; "the ministry's spokeswoman, Aida Temirova" ->
  Aida Temirova / spokeswoman / ministry.
* Every name the article mentions is indexed first (with the title or role written before it), so a
  later surname ("Peskov"), nominal ("the spokesperson", "the colonel") or pronoun ("she") resolves to a
  person even when that person was introduced outside a quote's attribution.
* Pronouns go to the person of the nearest earlier sentence that mentions one of the right gender
  (known from titles, role words, given names, or an earlier pronoun), preferring that sentence's subject.
* Across articles, surnames and aliases (``lexicons/aliases.tsv``, plus any table the user passes) map to
  one canonical name, so "Peskov" in one article and "Dmitry Peskov" in another are one speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tracker import lexicon
from tracker.extract import DOCUMENT_BY, OBJECT_PRONOUNS, POSTMODIFIER, PRONOUNS
from tracker.models import Article, Speaker, Statement

_DETERMINERS = {"the", "a", "an", "two", "three", "four", "five", "several", "some", "many", "other", "another",
                "one", "both", "its", "his", "her", "their", "our", "senior", "top", "unnamed", "anonymous"}
_ANONYMOUS_SOURCES = {"official", "source", "diplomat", "officer", "aide", "analyst", "insider", "person"}
_FUNCTION_WORDS = {"the", "if", "when", "but", "and", "as", "while", "after", "before", "in", "on", "at", "for",
                   "since", "although", "though", "because", "until", "unless", "with", "from", "by", "of", "to"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof."}
_FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "spokeswoman", "chairwoman", "councilwoman",
                 "congresswoman", "assemblywoman", "businesswoman", "she", "her"}
_MALE_WORDS = {"mr", "mr.", "sir", "lord", "king", "spokesman", "chairman", "councilman", "congressman",
               "assemblyman", "businessman", "he", "him", "his"}
_DOCUMENT_WORDS = re.compile(r"(?:[’']s)?\s+(?:statement|report|assessment|release|account|announcement|post|"
                             r"website|filing|letter|memo|document|communiqu[ée])s?$", re.IGNORECASE)
_POSSESSIVE_DOCUMENT = re.compile(r"^(.+?)[’']s\s+(?:[\w-]+\s+){0,3}(?:statement|report|assessment|release|"
                                  r"account|announcement|post|website|filing|letter|memo|document|analysis|"
                                  r"communiqu[ée])s?$")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)")
_POSSESSIVE = re.compile(r"^([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+")
_PARTITIVE = re.compile(r"^(?:one|two|three|four|five|some|many|most|several|all|each|none)\s+of\s+"
                        r"(?:them|those|these|the|its|his|her|their)\b\s*", re.IGNORECASE)
_SPOKESPERSON_FOR = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?!(?:His|Her|Their|Its|Our)\s)(?P<prefix>(?:[A-Z][\w’'&.-]*\s+){1,4})?(?:senior\s+|chief\s+|deputy\s+)?"
    r"(?P<role>spokes(?:person|man|woman)|representative|press officer)"
    r"(?:\s+(?:for|of|at|from)\s+(?P<body>.+))?$"
)
_CHARGE_PREFIX = re.compile(r"^(?:a|an|the)\s+(?:claim|charge|accusation|allegation|account|version|assertion)\s+"
                            r"(?=the\s|[A-Z])")
_PLACE_NOUN = re.compile(r"\b(?:in|from|near|outside)\s+the\s+(?:\w+\s+)?(?:capital|city|town|village|region|"
                         r"province|district|port|state|county|area)$")
# "who gave only her first name, Gulnora", "who gave his name as Ivan", "identified only as Maria", "using the
# pseudonym Katya"; not "a group called Clean Rivers", whose name is a body's.
_GIVEN_NAME = re.compile(r"(?:\b(?:gave|giving|gives|give)\b.*\bname,?(?:\s+as)?|\bidentified(?:\s+only)?\s+as|"
                         r"\b(?:using|under)\s+the\s+(?:pseudonym|alias|name)|\bknown(?:\s+only)?\s+as)\s+"
                         r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})$")
# A person's name: two to five capitalised words (letters of any Latin alphabet: "Erdoğan"), maybe a middle
# initial ("Emily W. Murphy") or a particle ("Ursula von der Leyen", "Abdel al-Sisi").
# The run may be longer and start with a title ("Samoan Prime Minister Tuala Sione Leota"): _split_name keeps
# the name.
_NAME_WORD = r"[A-Z][a-zà-ɏ]*(?:[’'-]?[A-Z]?[a-zà-ɏ]+)+"  # "Ann", "McGurk", "O'Donnell", "Jean-Pierre"
_PARTICLE_PREFIX = r"(?:al|el|ad|ar|as|at|an|ash|ud)-"  # "al-Sisi", "el-Baradei": part of the surname
_NAME = re.compile(rf"\b{_NAME_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:(?:de|van|von|da|di|del|bin|al|la|le)"
                   rf"[ \t]+|{_PARTICLE_PREFIX})?{_NAME_WORD}){{1,7}}\b")


def _is_capitalised(word: str) -> bool:
    """ "Sisi" and "al-Sisi" are capitalised name words; "said" is not."""
    return re.sub(rf"^{_PARTICLE_PREFIX}", "", word)[:1].isupper()


def _surname_key(word: str) -> str:
    """Surnames match without their accents and particles: "Erdogan" is "Erdoğan", "Sisi" is "al-Sisi"."""
    return "surname:" + lexicon.fold_accents(re.sub(rf"^{_PARTICLE_PREFIX}", "", word.lower())).replace("ı", "i")


@dataclass
class _Person:
    name: str
    role: str = ""
    organisation: str = ""
    side: str = ""
    kind: str = "person"
    gender: str = ""  # "f" / "m" when a title, role word, given name or earlier pronoun tells
    acronym: str = ""  # "FSB" in "Russia's Federal Security Service (FSB)"


@dataclass
class AliasTable:
    """Alias -> canonical name, from ``lexicons/aliases.tsv`` plus the user's own entries."""

    entries: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Mapping[str, str] | None = None) -> AliasTable:
        entries = {k.lower(): v for k, v in lexicon.table("aliases.tsv").items()}
        entries.update({k.lower(): v for k, v in (extra or {}).items()})
        return cls(entries)

    def canonical(self, name: str) -> str:
        """Follows chains ("FSB" -> "Federal Security Service" -> a user's own name for it)."""
        for _ in range(3):
            name = self.entries.get(name.lower(), name)
        return name


@lru_cache(maxsize=1)
def _sides_pattern() -> re.Pattern:
    keys = sorted(lexicon.table("sides.tsv"), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")


def side_of(*phrases: str) -> str:
    """The side named in any phrase: a country, demonym or institution from ``lexicons/sides.tsv``."""
    sides = lexicon.table("sides.tsv")
    for phrase in phrases:
        match = _sides_pattern().search(phrase or "")
        if match:
            return sides.get(match.group(0)) or sides.get(match.group(0).replace("’", "'"), "")
    return ""


def _is_role_word(word: str) -> bool:
    token = word.lower().strip(",.’'")
    roles = lexicon.words("roles.txt")
    return (token in roles or token.rstrip("s") in roles or (token.endswith("people") and "spokes" in token)
            or ("-" in token and all(part in roles for part in token.split("-") if part)))


def _is_group_word(word: str) -> bool:
    return word.lower().strip(",.") in lexicon.words("group_nouns.txt")


def _is_org_word(word: str) -> bool:
    return word.strip(",.") in lexicon.words("organisation_words.txt") or (word.isupper() and len(word) > 1)


def _is_given_name(word: str) -> bool:
    lowered = word.lower()
    return word[:1].isupper() and (lowered in lexicon.words("female_names.txt")
                                   or lowered in lexicon.words("male_names.txt"))


def _gender(words: Iterable[str]) -> str:
    for word in words:
        lowered = word.lower().strip(",.")
        if lowered in _FEMALE_WORDS or lowered in lexicon.words("female_names.txt"):
            return "f"
        if lowered in _MALE_WORDS or lowered in lexicon.words("male_names.txt"):
            return "m"
    return ""


def _demonym_name(body: str) -> str:
    """ "Kyrgyzstan's border service" -> "Kyrgyz border service"; a body with a name of its own keeps it:
    "Russia's Federal Security Service" -> "Federal Security Service"."""
    possessive = _POSSESSIVE.match(body)
    if not possessive:
        return body
    place, rest = possessive.group(1), body[possessive.end() :]
    if not side_of(place):
        # A place the sides table does not know: "Varesia's foreign ministry" -> "Varesian foreign ministry"
        generic = rest.islower() and bool(_body_kinds(rest.split()) & {"government", "armed"})
        return f"{place}n {rest}" if generic and re.fullmatch(r"[A-Z][a-z]+ia", place) else body
    demonym = lexicon.table("demonyms.tsv").get(place)
    return f"{demonym} {rest}" if demonym and len(rest.split()) <= 2 else rest


def _split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """(words before the name, the name): the trailing run of capitalised words that are not titles,
    roles, institutions or places."""
    name: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        bare = words[at].strip(",.")
        if bare in lexicon.words("not_name_words.txt") or (at and _sides_pattern().fullmatch(f"{words[at - 1]} {bare}")):
            break  # "... of Hong Kong Carrie Lam": a place of two words ends the title
        # "Alan Judge", "Anna Bishop": after a given name, a word that could be a title is a surname
        surname = not name and at > 0 and _is_given_name(words[at - 1])
        # "Chris Gambian", "Anna English": after a given name a demonym is a surname too
        if (_is_capitalised(bare) and (surname or not _is_role_word(bare)) and not _is_org_word(bare)
                and (surname or not side_of(bare))
                and not bare.endswith(("’s", "'s")) and bare.lower() not in _TITLES):
            name.insert(0, bare)
        else:
            break
    rest = words[: len(words) - len(name)]
    if (name and rest and rest[-1][:1].isupper() and not rest[-1].isupper() and _is_org_word(rest[-1])
            and not any(_is_role_word(w) for w in rest) and not _gender(name[:1])):
        return words, []  # "Agenzia Antidoping Italiana": one body's name, not "Agenzia" and a person
    if rest and rest[-1] in {"for", "of", "and"} and len(rest) >= 2 and rest[-2][:1].isupper():
        return words, []  # "Observatory for Patient Access": the end of a body's name, not a person
    singular_role = bool(rest) and _is_role_word(rest[0]) and not rest[0].lower().endswith("s")
    if rest and rest[-1] in {"of", "in", "from", "at", "near", "outside"} and not singular_role:
        return words, []  # "residents of Sorvin", "the ministry in Hallen": a place, not a person
    return rest, name


def _is_demonym(word: str) -> bool:
    """ "Greek", "Israeli", "Russian": an adjective of a country, which is no organisation."""
    return (word in lexicon.demonyms() and word not in {"US", "UK"}) or bool(
        re.search(r"(?:an|ish|ese|i)$", word))


def _join_sides(words: list[str]) -> list[str]:
    """ "United States President" -> ["United States", "President"]: a country of two words is one."""
    joined: list[str] = []
    for word in words:
        pair = f"{joined[-1]} {word}" if joined else ""
        if pair and side_of(pair) and _sides_pattern().fullmatch(pair):
            joined[-1] = pair
        else:
            joined.append(word)
    return joined


def _role_and_organisation(words: list[str]) -> tuple[str, str]:
    """ "Kremlin spokesperson" -> (spokesperson, Kremlin); "Defense minister" -> (Defense minister, "")."""
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _TITLES):
        words = words[1:]
    role_at = next((i for i, w in enumerate(words) if _is_role_word(w)), None)
    if role_at is None:
        return "", ""
    before = _join_sides([w for w in words[:role_at] if not _ACRONYM.fullmatch(w)])
    org_words = [w for w in before if _is_org_word(w) or (side_of(w) and not w.endswith(("’s", "'s"))
                                                          and not _is_demonym(w))]
    first = before.index(org_words[0]) if org_words else 0
    while 0 < first and before[first - 1][:1].isupper() and not side_of(before[first - 1]):
        first -= 1  # "Nature Conservation Council Chief Executive": the name begins before its org word
    span = before[first : before.index(org_words[-1]) + 1] if org_words else []
    if all(w[:1].isupper() for w in span):
        org_words = span  # "Guyana Elections Commission Chair": the body's whole name, not its org words
    if not org_words and _SPOKES.fullmatch(words[role_at].lower()):
        # "Houthi military spokesperson": a spokesperson's capitalised words name whom they speak for
        org_words = [w for w in before if w[:1].isupper() and not side_of(w)]
    organisation = " ".join(org_words)
    role = " ".join([w for w in before if w not in org_words] + words[role_at:])
    possessive = re.match(r"^(.+?)[’']s\s+(.*)$", role)
    if possessive and not organisation:  # "the ministry's spokeswoman"
        organisation, role = possessive.group(1), possessive.group(2)
    return role.strip(" ,"), organisation.strip(" ,")


# Words before a speaker that are not part of it: "with analysts (suggesting)", "First, he",
# "However, officials", "A few days later the administration".
_LEADING_NON_SPEAKER = re.compile(r"^(?:with\s+|(?:First|Second|Then|Later|Meanwhile|However|Still|Also|Instead|"
                                  r"Separately|Earlier|Moreover|Finally|[A-Z][a-z]+ly),\s+|"
                                  r"(?:[Aa]\s+)?(?:[Ff]ew\s+|[Cc]ouple\s+of\s+|\w+\s+)?"
                                  r"(?i:hours|days|weeks|months|years)\s+later,?\s+)")
# An adverbial after the speaker's name is no part of it: "Kosgei after the race", "Richard Ferrand in
# relaying the news", "Russell Zimmerman per ABC News" (the outlet that carried the words, not their speaker).
_TRAILING_ADVERBIAL = re.compile(r"^(?P<speaker>.*\b[A-Z][\w’'.-]*)\s+(?:per\s+\S.*|"
                                 r"(?:in|on|upon|while|when|after|before)\s+[a-z]+ing\b.*|"
                                 r"(?:after|before|during|following)\s+(?:the|a|an|his|her|their)\s+[a-z].*)$")
# "Suman Haripriya of the Hajo", "Regina Ip from the pro-Beijing camp", "Sheldon Yett of UNICEF",
# "researcher Ana Lima at Carnegie Endowment": a person's name, then an affiliation.
_NAME_THEN_AFFILIATION = re.compile(r"^(?P<person>[^,]*?[A-Z][\w’'-]+)\s+(?:of|from|at)\s+(?:the\s+)?"
                                    r"(?P<affiliation>[^,]+)$")
# "Minister of Education Stefania Giannini": an office of a department, then the holder's name.
_OFFICE_OF_DEPARTMENT = re.compile(r"^(?P<role>\w+\s+(?:of|for)\s+(?:[A-Z][\w-]+\s+)+?)(?P<name>[A-Z][\w’'-]+\s+"
                                   r"[A-Z][\w’'-]+)$")
_OUTLET_NOUN = (r"(?:daily|newspaper|paper|portal|website|site|outlet|broadcaster|magazine|channel|tabloid|"
                r"weekly|news\s+agency|news\s+service|wire\s+service)")
_OUTLET_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# "Greek daily Kathimerini", "state-owned Iranian news agency Fars": an outlet described, then named;
# "Yonhap news agency", "Forbes magazine": named, then described.
_DESCRIBED_OUTLET = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?{_OUTLET_NOUN}\s+"
                               rf"(?P<name>{_OUTLET_NAME})$|"
                               rf"^(?:[Tt]he\s+)?(?!The\b)(?P<named>{_OUTLET_NAME})(?<![’']s)"
                               rf"\s+{_OUTLET_NOUN}$")
# "media reports", "Recent reports", "some news reports": reports of no named author.
_UNAUTHORED_REPORTS = re.compile(
    r"^(?:(?:recent|some|several|unconfirmed|local|earlier|news|press|media)\s+)+reports$", re.IGNORECASE)
# "Yemen-based", "London-based": where a body sits, not its name.
_BASED = re.compile(r"\b[A-Z][\w-]*-based\s+")


def speaker_core(phrase: str) -> str:
    """The speaker phrase without words that lead into it or trail it: "First, he" -> "he", "with analysts" ->
    "analysts", "Kosgei after the race" -> "Kosgei"."""
    core = _LEADING_NON_SPEAKER.sub("", re.sub(r"\s+", " ", phrase).strip(" ,"))
    return _TRAILING_ADVERBIAL.sub(r"\g<speaker>", core)


def parse_phrase(phrase: str) -> _Person:
    """Name, role, organisation and side of an explicit speaker phrase (no pronouns, no context)."""
    phrase = speaker_core(phrase)
    if (document := DOCUMENT_BY.match(phrase)) and phrase[document.end():]:
        phrase = phrase[document.end():]  # "A 2017 report by Human Rights Watch": its author speaks
    if _UNAUTHORED_REPORTS.match(phrase):
        return _Person(name="media reports", kind="group")  # "Recent reports": the press, unnamed
    phrase = _BASED.sub("", phrase)  # "the Yemen-based Houthi movement" is no body of Yemen's
    side = side_of(phrase)
    affiliated = _NAME_THEN_AFFILIATION.match(phrase)
    person = parse_phrase(affiliated.group("person")) if affiliated else None
    if (person and person.kind == "person" and len(person.name.split()) >= 2
            and affiliated.group("person").endswith(person.name)
            and not any(map(_is_org_word, person.name.split()))):
        affiliation = affiliated.group("affiliation").split()
        capitalised = all(w[:1].isupper() or w in {"of", "for", "and"} for w in affiliation)
        person.organisation = person.organisation or (" ".join(affiliation) if capitalised
                                                      else _proper_name(affiliation))
        person.side = person.side or side
        return person
    outlet = _DESCRIBED_OUTLET.match(phrase)
    if outlet:
        name = outlet.group("name") or outlet.group("named")
        return _Person(name=name, kind="organisation", organisation=name, side=side)
    office = _OFFICE_OF_DEPARTMENT.match(phrase)
    if office and _is_role_word(office.group("role").split()[0]):
        name = office.group("name")
        return _Person(name=name, role=office.group("role").strip(), side=side, gender=_gender(name.split()[:1]))
    given = _GIVEN_NAME.search(phrase)
    if given:  # "a teacher who gave only her first name, Gulnora"
        return _Person(name=given.group(1), gender=_gender(phrase.split()))
    phrase = _CHARGE_PREFIX.sub("", phrase)  # "a claim the Defence Ministry (called ...)"
    head, _, apposition = phrase.partition(", ")
    if place := _PLACE_NOUN.search(head):
        # "the Defence Ministry in the capital, Lirsk": the apposition names the place, not the speaker
        head, apposition = head[: place.start()], ""
    head = re.sub(r"\s+and\s+(?:another|other|a|an|one)\s+.*$", "", head)  # "two officials and another source"
    head = _PARTITIVE.sub("", head)  # "three of the dismissed engineers" -> "dismissed engineers"
    spokesperson = _SPOKESPERSON_FOR.match(head)
    if spokesperson and not _split_name(apposition.split())[1][1:]:
        # "a spokeswoman for the Czech drug regulator", "a Quillon spokeswoman": the body speaks.
        body = apposition if apposition[:4].lower() == "the " else ""
        body = body or spokesperson.group("body") or spokesperson.group("prefix") or ""
        if body:
            organisation = parse_phrase(body)
            if organisation.kind != "person" or len(organisation.name.split()) == 1:
                organisation.role = spokesperson.group("role")
                organisation.kind = "organisation"
                organisation.organisation = organisation.name
                return organisation
    if not re.match(r"^(?:\w+\s+)?(?:people|persons?|sources?)\b", head, re.IGNORECASE):
        head = POSTMODIFIER.sub("", head)  # "people familiar with the matter" keeps what makes it a source
    acronym = _ACRONYM.search(head)
    head = _ACRONYM.sub("", head).strip()
    document = _POSSESSIVE_DOCUMENT.match(head)
    head = document.group(1) if document else _DOCUMENT_WORDS.sub("", head).strip()
    words = head.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    gender = _gender(words)
    rest, name_words = _split_name(words)
    if len(name_words) == 1 and rest and not any(_is_role_word(w) or w.lower() in _TITLES for w in rest):
        rest, name_words = words, []  # "White House Biden" is rare; a lone capital after an institution is its
    # "Mikael Strand of the governing Progressive Alliance": the name stands before its affiliation
    app_words = re.sub(r"\s+(?:of|from|at|with)\s+.*$", "", apposition).split()
    app_rest, app_name = _split_name(app_words) if apposition else ([], [])
    if not name_words and app_name and any(_is_group_word(w) or _is_org_word(w) for w in app_rest[1:]):
        # "Her main sponsor, the sportswear company Velox": the apposition names a body
        name = " ".join(app_name)
        return _Person(name=name, kind="organisation", organisation=name, side=side)
    role_list = all(_is_role_word(w) or w == "and" for w in app_rest)  # "author and photographer John Ash"
    if not name_words and app_name and not any(_is_org_word(w) for w in app_name) and (len(app_rest) <= 1
                                                                                      or role_list):
        # "the ministry's spokeswoman, Aida Temirova": the name follows the description
        role, organisation = _role_and_organisation(words)
        return _Person(name=" ".join(app_name), role=role or " ".join(words), organisation=organisation,
                       side=side, gender=gender or _gender(app_name))
    if name_words:
        role, organisation = _role_and_organisation(rest)
        app_role, app_org = _parse_apposition(apposition)
        return _Person(name=" ".join(name_words), role=role or app_role, organisation=organisation or app_org,
                       side=side, gender=gender or _gender(name_words[:1]))
    if not words:
        return _Person(name=phrase, kind="unknown")
    core = re.split(r"\s+(?:of|in|at|from|for|on|with)\s+", " ".join(words), maxsplit=1)[0].split()
    last = core[-1].strip(",.")
    if (_is_group_word(last) and last.lower().endswith(("s", "police", "people")) and not _is_org_word(last)) or (
            _is_role_word(last) and not last[:1].isupper()):
        kind = "group"  # "Ukrainian border authorities", "a White House official"
    else:
        kind = "organisation"
    name = " ".join(words)
    if kind == "organisation":
        name = _demonym_name(_proper_name(words) or name)
    elif last.lower() in _ANONYMOUS_SOURCES and name.endswith(last):
        name += "s"  # "a US official" and "US officials" are one anonymous source
    return _Person(name=name, kind=kind, side=side, organisation=name if kind == "organisation" else "",
                   acronym=acronym.group(1) if acronym else "", gender=gender)


def _proper_name(words: list[str]) -> str:
    """The body's own name at the end of a description: "British retailer Norvell Group" -> "Norvell Group"."""
    run: list[str] = []
    for word in reversed(words):
        connector = word in {"for", "of", "and", "de", "du", "des"} and run and run[0][:1].isupper()
        if not word[:1].isupper() and not connector:
            break
        run.insert(0, word)
    while run and not run[0][:1].isupper():
        run = run[1:]
    if len(run) >= 2 and len(run) < len(words) and any(_is_org_word(w) for w in run):
        return " ".join(run)
    return ""


def _parse_apposition(apposition: str) -> tuple[str, str]:
    """ "the head of Ukraine's National Security Council" -> ("head", "National Security Council")."""
    if not apposition or apposition.split(" ", 1)[0].lower() in {"who", "whose", "which"}:
        return "", ""
    words = [w for w in apposition.split() if w.lower() not in _DETERMINERS]
    role_words = [w for w in words if _is_role_word(w)]
    match = re.search(r"\b(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*[’']s\s+)?((?:[A-Z][\w.&-]*\s*)+)", apposition)
    return " ".join(role_words), (match.group(1).strip() if match else "")


def _nominal_key(phrase: str) -> str | None:
    """For "the spokesperson", "the colonel", "the company's chief executive": the word to look for."""
    words = phrase.split()
    if len(words) > 5 or not words or words[0].lower() not in {"the", "this", "that"}:
        return None
    last = words[-1].strip(",.").lower()
    if any(w[:1].isupper() and not (_is_org_word(w) or side_of(w) or _is_role_word(w)) for w in words[1:]):
        return None  # a named body: "the Kremlin", "the Ukrainian Defense ministry"; not "the President"
    if _is_role_word(last):
        return last
    return None


# "the company", "the firm": any business named before; "the ministry": a body with that word in its name.
_GENERIC_BODIES = {"company", "firm", "group", "business", "operator", "owner", "manufacturer", "maker", "retailer",
                   "lender", "bank", "club", "insurer", "carrier", "airline", "developer"}
_PUBLIC_BODY_WORDS = {"ministry", "government", "council", "commission", "police", "army", "court", "parliament",
                      "agency", "authority", "office", "department", "service", "hospital", "university", "school",
                      "observatory", "institute", "foundation", "coalition", "union", "alliance", "association",
                      "federation", "league", "panel", "mission", "forum", "committee", "party", "embassy"}


# "the newspaper", "the influential daily", "the broadcaster": an outlet named before.
_MEDIA_NOUNS = {"newspaper", "paper", "daily", "weekly", "tabloid", "broadcaster", "outlet", "channel", "magazine",
                "website", "site", "portal", "station", "network", "publication"}
# Words of an outlet's name: "The Daily Courier", "The Guardian", "Radio Free Europe".
_MEDIA_NAME_WORDS = {"daily", "times", "post", "news", "herald", "press", "courier", "journal", "gazette", "tribune",
                     "telegraph", "guardian", "mail", "express", "observer", "chronicle", "dispatch", "radio", "tv",
                     "television", "weekly", "review", "standard", "independent", "mirror", "star", "sun", "today"}


def _nominal_body(phrase: str) -> str | None:
    """For "the company", "the ministry", "the commission", "the influential daily": the noun to look for
    among bodies named before (an adjective may stand before an outlet's noun)."""
    words = phrase.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in {"the", "this"}:
        return None
    noun = words[-1]
    if len(words) == 3:
        return noun if noun in _MEDIA_NOUNS and words[1].isalpha() else None
    return noun if noun in _GENERIC_BODIES or noun in _PUBLIC_BODY_WORDS or noun in _MEDIA_NOUNS or \
        _is_group_word(noun) and not noun.endswith("s") else None


def _body_matches(noun: str, body: _Person) -> bool:
    words = {w.lower() for w in body.name.split()}
    if noun in words:
        return True
    if noun in _MEDIA_NOUNS:
        return bool(words & _MEDIA_NAME_WORDS)
    return noun in _GENERIC_BODIES and not words & _PUBLIC_BODY_WORDS


_SPOKES = re.compile(r"spokes(?:person|man|woman|people)")
_POSSESSED_ROLE = re.compile(r"^(?:his|her)\s+((?:\w+\s+)?(?:spokes(?:person|man|woman)|lawyer|attorney|agent|aide|"
                             r"adviser|advisor|representative|manager|deputy|wife|husband))$", re.IGNORECASE)


def _role_matches(key: str, candidate: _Person) -> bool:
    text = f"{candidate.role} {candidate.name}".lower()
    if _SPOKES.fullmatch(key):
        return bool(_SPOKES.search(text))
    return re.search(rf"\b{re.escape(key.rstrip('s'))}", text) is not None


@dataclass
class _Mention:
    position: int
    sentence: int  # index of the sentence (approximate: split at ". ") holding it
    person: _Person
    possessive: bool = False  # "Albright's spokeswoman": the owner is seldom whom a later pronoun means
    listed: bool = False  # an item of a list ("Word, Excel and Teams"), seldom what a later "they" means
    passing: bool = False  # the object of a preposition ("signed by Senator Ruiz"), no sentence's subject


@dataclass
class _ArticleSpeakers:
    """The people and bodies an article names, for resolving later mentions."""

    aliases: AliasTable
    by_key: dict[str, _Person] = field(default_factory=dict)  # full name / surname / org name -> person
    acronyms: dict[str, str] = field(default_factory=dict)  # "FSB" -> "Federal Security Service"
    mentions: list[_Mention] = field(default_factory=list)  # every person mention, in text order
    candidates: set[str] = field(default_factory=set)  # surnames with a campaign: "the Trump campaign"
    home_side: str = ""  # the country the article names most: whom its unplaced government officials serve
    presidential_race: bool = False  # election coverage, where a sitting president runs for themselves
    publishers: set[str] = field(default_factory=set)  # the outlet that published the article (lowercased)
    speaking: set[int] = field(default_factory=set)  # ids of the people and bodies the article quotes
    # id of a speaker with no side of their own -> the one country named in the sentence where they first speak
    near_sides: dict[int, str] = field(default_factory=dict)

    def side_near(self, name: str) -> str:
        """The country named beside a speaker who names none of their own, else the article's most named."""
        person = self.by_key.get(name.lower())
        return (self.near_sides.get(id(person), "") if person is not None else "") or self.home_side

    def register(self, person: _Person) -> _Person:
        person.name = self.aliases.canonical(person.name)
        key = person.name.lower()
        known = self.by_key.get(key)
        if known is None and person.kind == "person" and len(person.name.split()) == 1:
            known = (self.by_key.get(_surname_key(key)) or self.org_containing(person.name)
                     or self._word_of_one_name(person.name) or self._respelled_surname(person.name))
        if known is None and person.kind != "person":
            known = self.body_by_acronym(person.name) or self.org_containing(person.name)
        if known:
            for attribute in ("role", "organisation", "side", "gender"):
                if not getattr(known, attribute) and getattr(person, attribute):
                    setattr(known, attribute, getattr(person, attribute))
            if known.role and person.role.endswith(f" {known.role}"):
                known.role = person.role  # "Vostok regional Deputy Governor": the title written out in full
            if person.acronym:
                self.acronyms[person.acronym] = known.name
            return known
        lone = self.by_key.get(person.name.split()[-1].lower()) if person.kind == "person" else None
        if lone is not None and lone.kind == "person" and len(lone.name.split()) == 1 and len(person.name.split()) > 1:
            # "President Erdoğan" met before "Recep Tayyip Erdoğan": one person, named at the fullest
            lone.name = person.name
            for attribute in ("role", "organisation", "side", "gender"):
                setattr(lone, attribute, getattr(lone, attribute) or getattr(person, attribute))
            person = lone
        self.by_key[key] = person
        if person.acronym:
            self.acronyms[person.acronym] = person.name
        if person.kind == "person" and len(person.name.split()) > 1:
            self.by_key.setdefault(_surname_key(person.name.split()[-1]), person)
        return person

    def surname_closing(self, phrase: str) -> _Person | None:
        """ "a provision Ochoa (has said)": a relative clause's subject, a person already named, at the end
        of words that are no title of theirs."""
        *before, last = phrase.split() or [""]
        if before and all(w.islower() and not _is_role_word(w) for w in before):
            return self.by_key.get(_surname_key(last))
        return None

    def _word_of_one_name(self, name: str) -> _Person | None:
        """ "Ito" after "Ito Masaaki", "Siljan" after "Gordana Siljan Davkova": the one person whose name
        holds the word, a family name written first (as Japanese, Chinese, Korean, Hungarian and Samoan
        names often are) or one of a double surname."""
        found = {id(p): p for p in self.by_key.values()
                 if p.kind == "person" and len(p.name.split()) > 1 and name in p.name.split()}
        return next(iter(found.values())) if len(found) == 1 else None

    def _respelled_surname(self, name: str) -> _Person | None:
        """ "Saree" for "Yahya Sarea", "Ioannsyan" for "Daniel Ioannisyan": a transliterated surname spelt
        another way, when exactly one named person's surname is that close."""
        from difflib import SequenceMatcher

        if len(name) < 5:
            return None
        key = _surname_key(name)
        close = {id(p): p for k, p in self.by_key.items() if k.startswith("surname:") and k[8] == key[8]
                 and SequenceMatcher(None, k[8:], key[8:]).ratio() >= 0.8}
        return next(iter(close.values())) if len(close) == 1 else None

    def body_by_acronym(self, acronym: str) -> _Person | None:
        """ "CFR": the body the article names in full, with the acronym in brackets or spelled out."""
        return self.by_key.get(self.acronyms.get(acronym, "").lower()) or self._spelled_out(acronym)

    def _spelled_out(self, acronym: str) -> _Person | None:
        """ "IOC" -> the International Olympic Committee the article names: a body whose capitalised words
        (without "of", "and", "the", "for") begin with the acronym's letters, in order."""
        if not re.fullmatch(r"[A-Z]{2,6}", acronym):
            return None
        for person in self.by_key.values():
            initials = "".join(w[0] for w in person.name.split() if w[:1].isupper())
            if person.kind == "organisation" and initials == acronym:
                return person
        return None

    def org_containing(self, name: str) -> _Person | None:
        """A short name of a body ("Norvell", "Rovers", "Port authority", "the commission") is the
        longer named body whose name holds all its words; the latest such body wins."""
        words = {w.lower().strip(",") for w in name.split() if w.lower() not in _DETERMINERS}
        if not words or len(words) > 3:
            return None
        found = None
        for person in self.by_key.values():
            if (person.kind == "organisation" and person.name.lower() != name.lower()
                    and words <= {w.lower() for w in person.name.split()}):
                found = person
        return found

    def index_bodies(self, text: str, starts: list[int]) -> None:
        """Named bodies in the text ("Veridane Therapeutics", "Calderbrook Rovers"), for one-word mentions
        and for nominals ("the company") that point back at them."""
        from bisect import bisect_right

        for match in re.finditer(r"\b[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][\w’'&-]*){1,4}", text):
            words = match.group(0).split()
            while words and words[0].lower() in _DETERMINERS | _FUNCTION_WORDS:
                words = words[1:]
            words = _body_words(words)
            if len(words) >= 2 and any(_is_org_word(w) for w in words) and not side_of(words[-1]):
                name = self.aliases.canonical(_demonym_name(" ".join(words)))
                body = self.by_key.setdefault(name.lower(), _Person(name=name, kind="organisation",
                                                                    organisation=name, side=side_of(name)))
                acronym = _ACRONYM.match(text, match.end())  # "Guyana Elections Commission (GECOM)"
                if acronym and acronym.group(1)[0] == body.name[0]:  # not a name cut short at a comma
                    self.acronyms.setdefault(acronym.group(1), body.name)
                self.mentions.append(_Mention(match.start(), bisect_right(starts, match.start()), body,
                                              listed=_in_list(text, match.start())))

    def latest_mention(self, before: int, predicate, *, prefer=None, window: int = 1) -> _Person | None:
        """The subject-most matching person of the nearest earlier sentence that mentions one; with
        ``prefer``, a person it fits within the last ``window`` sentences comes first ("she": a woman)."""
        earlier = [m for m in self.mentions if m.position < before and predicate(m.person)]
        if not earlier:
            return None
        if prefer is not None:
            fitting = [m for m in earlier if prefer(m.person) and m.sentence >= earlier[-1].sentence - window]
            if fitting:
                earlier = fitting
        sentence = earlier[-1].sentence
        candidates = [m for m in earlier if m.sentence == sentence]
        return next((m.person for m in candidates if not m.possessive), candidates[0].person)

    def pronoun_antecedent(self, before: int, predicate, *, prefer=None) -> _Person | None:
        """``latest_mention`` for a pronoun, which means someone the article is about: never the outlet that
        publishes it, nor a body named only as an item of a list; and someone the article quotes, named in
        the last three sentences, rather than one named once in passing."""
        in_prose = {id(m.person) for m in self.mentions if m.position < before and not m.listed}

        def eligible(person: _Person) -> bool:
            return (predicate(person) and person.name.lower() not in self.publishers
                    and (person.kind == "person" or id(person) in in_prose))

        found = self.latest_mention(before, eligible, prefer=prefer)
        if found is None or id(found) in self.speaking:
            return found
        found_at = [m for m in self.mentions if m.position < before and m.person is found]
        if len(found_at) > 1 or not found_at[0].passing:
            return found
        quoted = self.latest_mention(before, lambda p: eligible(p) and id(p) in self.speaking, prefer=prefer)
        quoted_at = [m.sentence for m in self.mentions if m.position < before and m.person is quoted]
        return quoted if quoted is not None and quoted_at[-1] >= found_at[0].sentence - 2 else found


# "Word, Excel and Teams", "the Lions, the Bears, or the Hawks": three or more capitalised items.
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"
_LIST = re.compile(rf"{_LIST_ITEM}(?:,\s+{_LIST_ITEM})+,?\s+(?:and|or)\s+{_LIST_ITEM}")


def _in_list(text: str, position: int) -> bool:
    """Whether ``position`` starts an item of a list of names in its line."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(m.start() <= position - line_start < m.end() for m in _LIST.finditer(line))


def _body_words(words: list[str]) -> list[str]:
    """The words of a capitalised run that name a body: none in "Senate President Thomas Reyes" (a person by
    office), "VMRO-DPMNE Youth" in "Gordana Siljan of VMRO-DPMNE Youth" (a person, then her party)."""
    rest, name = _split_name(words)
    if name and any(_is_role_word(w) for w in rest):
        return []
    # "Nature Conservation Council Chief Executive": the body, then its officer's title (not "Journalists")
    titled = len(words)
    while titled > 1 and _is_role_word(last := words[titled - 1]) and not last.endswith("s") \
            and not _is_org_word(last):
        titled -= 1
    if titled < len(words) and any(_is_org_word(w) for w in words[:titled]):
        words = words[:titled]
    of_at = words.index("of") if "of" in words else 0
    if of_at >= 2 and not any(_is_org_word(w) or _is_role_word(w) or side_of(w) for w in words[:of_at]):
        return words[of_at + 1 :]
    return words


_POSSESSOR = re.compile(r"[’']s\b")


def _sentence_index(text: str) -> list[int]:
    # "Mr. Jagdeo", "Michael G. Kozak": a full stop after a title or an initial ends no sentence
    sentence_end = r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)(?<!\b[A-Z])[.!?][”\"]?\s+(?=[“\"A-Z])|\n+"
    return [0] + [m.end() for m in re.finditer(sentence_end, text)]


def _title_before(text: str, position: int) -> list[str]:
    """The title words written right before a name: "Defense minister", "Kremlin spokesperson"."""
    words = re.split(r"\s+", text[max(0, position - 80) : position].strip())
    title: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if not word or word[-1] in ".;:!?,”\"":
            break
        multiword_role = bool(title) and f"{word} {title[0]}".lower() in lexicon.words("roles.txt")
        # "Chief Executive of Hong Kong": an office of a place or department
        office_of = word in {"of", "for"} and at > 0 and _is_role_word(words[at - 1])
        if (_is_role_word(word) or multiword_role or word.lower() in _TITLES or _is_org_word(word)
                or word[:1].isupper() or office_of):
            title.insert(0, word)
            continue
        # "Italian economic development minister": lowercase words between a country and the office
        country_at = next((i for i in range(at, max(at - 3, -1), -1) if _is_demonym(words[i]) and side_of(words[i])),
                          None)
        if title and country_at is not None and all(w.isalpha() and w.islower() for w in words[country_at + 1:at + 1]):
            title[:0] = words[country_at:at + 1]
        break
    return title


# "the state prosecutor, Lena Varga": a title set off by a comma right before the name.
_TITLE_THEN_COMMA = re.compile(r"\b(?:the|a|an)\s+((?:[\w.’'-]+\s+){0,3}[\w’'-]+),\s*$")
# "Erik Dahl, the current prime minister,": a title set off by commas right after the name (a full stop
# of an abbreviation such as "U.S." does not end it).
_COMMA_THEN_TITLE = re.compile(r",\s+(?:the|a|an)\s+([^,;:()“”\"]{3,90}?)(?=,|;|(?<![A-Z])\.(?:\s|$))")


def _title_in_commas(text: str, start: int, end: int) -> tuple[list[str], str]:
    """(title words before the name, the apposition after it), when commas set them off: "the state
    prosecutor, Lena Varga"; "Kenji Sato, the managing director of Mirano Foods,"."""
    before = _TITLE_THEN_COMMA.search(text[max(0, start - 60) : start])
    title = before.group(1).split() if before and _is_role_word(before.group(1).split()[-1]) else []
    after = _COMMA_THEN_TITLE.match(text, end)
    apposition = after.group(1) if after and any(_is_role_word(w) for w in after.group(1).split()[:4]) else ""
    return title, apposition


def _title_side(title: list[str]) -> str:
    """The country of a title: "Greek prime minister" -> Greece; in "Ambassador to the United States" the
    country after "to" is the host's, not the holder's; a title with no office names no side."""
    if not any(_is_role_word(w) for w in title):
        return ""
    return side_of(re.split(r"\s+to\s+", " ".join(title))[0])


# "was signed by Senator Ruiz", "a meeting with the former minister Ana Lima": a preposition's object.
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|with|of|to|from|for|against|about|like|than|at)\s+"
                                 r"((?:\S+\s+){0,4})$")


def _after_preposition(text: str, position: int) -> bool:
    before = _PREPOSITION_BEFORE.search(text[max(0, position - 80) : position])
    words = before.group(1).split() if before else []
    return before is not None and all(
        w.lower() in _DETERMINERS | _TITLES or w[:1].isupper() or _is_role_word(w) for w in words)


def _index_names(article: Article, speakers: _ArticleSpeakers, starts: list[int]) -> None:
    """Register every person name in the text, with the role written before it, as a mention."""
    from bisect import bisect_right

    text = article.text
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        while words and words[0].lower() in _FUNCTION_WORDS | _DETERMINERS:
            words = words[1:]  # "If Norvell", "In Veldany": a sentence opener, not a first name
        possessive = bool(words) and words[-1].endswith(("’s", "'s"))
        if possessive:  # "President Abdel al-Sisi's term": the name without its possessive ending
            words[-1] = words[-1][:-2]
        before = _title_before(text, match.start())
        _, name = _split_name(words)
        if not name and before[-1:] == ["of"]:
            # "Minister of Internal Affairs Ana Lima": with its office, the department's name ends a title
            _, name = _split_name(before + words)
        # "President Erdoğan", "Prime Minister Erdoğan": a lone name after an office is a person
        titled = any(_is_role_word(w) and w[:1].isupper() for w in before + words[: len(words) - len(name)])
        if len(name) < 2 and not (len(name) == 1 and (titled or _surname_key(name[0]) in speakers.by_key)):
            continue
        if any(_is_org_word(w) for w in name) or name[0].lower() in _DETERMINERS:
            continue
        body_of = re.search(r"([A-Z][\w’'-]*)\s+(?:of|for)\s+(?:the\s+)?$", text[max(0, match.start() - 40):match.start()])
        if body_of and _is_org_word(body_of.group(1)):
            continue  # "the Union of Informed Citizens": the end of a body's name
        prefix = words[: len(words) - len(name)]
        after_the = re.search(r"\bthe\s+$", text[max(0, match.start() - 4) : match.start()], re.IGNORECASE)
        after_the = after_the or match.group(0).startswith("The ")
        if after_the and not before + prefix and not _is_given_name(name[0]):
            continue  # "the National Theater", "The Prespa Agreement": a body or a thing, not a person
        title_words = before + prefix
        title_in_commas, apposition = _title_in_commas(text, match.start(), match.end())
        title_words = title_words or title_in_commas
        role, organisation = _role_and_organisation(title_words)
        app_role, app_organisation = _parse_apposition(apposition)
        person = speakers.register(_Person(name=" ".join(name), role=role or app_role,
                                           organisation=organisation or app_organisation,
                                           side=_title_side(title_words) or _title_side(apposition.split()),
                                           gender=_gender(title_words + name[:1])))
        speakers.mentions.append(_Mention(match.start(), bisect_right(starts, match.start()), person,
                                          possessive, passing=_after_preposition(text, match.start())))
    # Later mentions by surname alone ("Kessler rejected that account.") count for pronouns too.
    seen = {m.position for m in speakers.mentions}
    surnames = {k: p for k, p in speakers.by_key.items() if k.startswith("surname:")}
    if surnames:
        written = {p.name.split()[-1] for p in surnames.values()} | {k.split(":", 1)[1].title() for k in surnames}
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in written) + r")\b(?!\s+[A-Z])")
        for match in pattern.finditer(text):
            if match.start() not in seen and not any(m.position < match.start() < m.position + 40 for m in
                                                     speakers.mentions if m.position in seen):
                speakers.mentions.append(_Mention(match.start(), bisect_right(starts, match.start()),
                                                  surnames[_surname_key(match.group(1))],
                                                  _POSSESSOR.match(text, match.end()) is not None))


def resolve_article(article: Article, statements: list[Statement], aliases: AliasTable | None = None) -> list[Statement]:
    """Statements of one article with canonical speakers (name, role, organisation, side, kind)."""
    from bisect import bisect_right

    speakers = _ArticleSpeakers(aliases or AliasTable.load())
    speakers.candidates = {m.group(1).lower() for m in _CAMPAIGN.finditer(article.text)}
    speakers.home_side = _most_named_side(article.text)
    speakers.presidential_race = len(_PRESIDENTIAL_RACE.findall(article.text)) >= 2
    speakers.publishers = {n.lower() for n in [article.outlet, *_PUBLISHED_BY.findall(article.text)] if n}
    starts = _sentence_index(article.text)
    # Full names anywhere in the text first, so a speaker phrase's bare surname finds its person; then
    # the explicit speaker phrases add roles, organisations and sides.
    _index_names(article, speakers, starts)
    speakers.index_bodies(article.text, starts)
    headline_end = _headline_end(article.text)
    for statement in statements:
        phrase = speaker_core(statement.speaker.text)
        if (phrase and phrase.lower() not in PRONOUNS | OBJECT_PRONOUNS.keys() and _nominal_key(phrase) is None
                and not _DOCUMENT_PHRASE.match(phrase) and statement.start >= headline_end):
            speakers.speaking.add(id(speakers.register(parse_phrase(phrase))))
    speakers.mentions.sort(key=lambda m: m.position)
    resolved: list[Statement] = []
    for statement in statements:
        phrase = speaker_core(statement.speaker.text)
        if statement.start < headline_end:
            resolved.append(statement)  # resolved below, against the speakers of the article's body
            continue
        lowered = OBJECT_PRONOUNS.get(phrase.lower(), phrase.lower())  # "according to them": they
        position = statement.speaker_start if statement.speaker_start >= 0 else statement.start
        person: _Person | None = None
        if statement.speaker_start < 0 and resolved:
            # Floating quote or "..., adding": the previous statement's speaker goes on.
            person = speakers.by_key.get(resolved[-1].speaker.name.lower())
        elif lowered in {"he", "she", "they", "we", "it"}:
            person = _pronoun_referent(lowered, position, speakers)
        elif (possessed := _POSSESSED_ROLE.match(phrase)) is not None:
            # "his spokesman": the role of the person last named
            owner = speakers.latest_mention(position, lambda p: p.kind == "person")
            person = _Person(name=f"{owner.name}'s {possessed.group(1)}" if owner else phrase, kind="person",
                             role=possessed.group(1), organisation=owner.organisation if owner else "",
                             side=owner.side if owner else "")
        elif (document := _DOCUMENT_NOMINAL.match(phrase)) is not None:
            # "The GECOM statement": a capitalised modifier names the author; "the statement" points back
            named_author = (document.group("modifier") or "")[:1].isupper()
            author = None if named_author else _document_author(document.group("noun"), article.text,
                                                                 position, starts, speakers)
            person = author or speakers.register(parse_phrase(phrase))
        elif (author := _document_owner(phrase, position, speakers)) is not None:
            person = author
        elif (body := _nominal_body(phrase)) is not None:
            person = speakers.latest_mention(position, lambda p: p.kind == "organisation" and _body_matches(body, p))
            person = person or speakers.register(parse_phrase(phrase))
        elif (key := _nominal_key(phrase)) is not None:
            person = speakers.latest_mention(position, lambda p: p.kind in ("person", "group") and _role_matches(key, p))
            person = person or speakers.register(parse_phrase(phrase))
        else:
            person = speakers.surname_closing(phrase) or speakers.register(parse_phrase(phrase))
        if person is None:
            person = _Person(name=phrase, kind="unknown")
        speakers.speaking.add(id(person))
        if not person.side and id(person) not in speakers.near_sides:
            speakers.near_sides[id(person)] = _side_near(article.text, statement, starts)
        speakers.mentions.append(_Mention(position, bisect_right(starts, position), person))
        speakers.mentions.sort(key=lambda m: m.position)
        speaker = Speaker(text=statement.speaker.text, name=person.name, role=person.role, organisation=person.organisation,
                          side=person.side, kind=person.kind)
        resolved.append(replace(statement, speaker=speaker))
    named = _name_described_bodies(resolved, speakers, starts)
    # Second pass: later mentions may have taught us more (a role, a side) about an earlier speaker.
    resolved = [replace(s, speaker=_refresh(s.speaker, speakers, named)) for s in resolved]
    body = [s for s in resolved if s.start >= headline_end]
    resolved = [_headline_speaker(s, body, speakers) if s.start < headline_end else s for s in resolved]
    # The headline's speakers, like the body's above, take what later mentions taught (a role, a side).
    resolved = [replace(s, speaker=_refresh(s.speaker, speakers, named)) if s.start < headline_end else s
                for s in resolved]
    return [replace(s, speaker=replace(s.speaker, camp=camp_of(s.speaker, speakers))) for s in resolved]


def _pronoun_referent(pronoun: str, position: int, speakers: _ArticleSpeakers) -> _Person | None:
    """Whom "he", "she", "they", "we" or "it" (or "his", "her", "their", "its") at ``position`` means."""
    pronoun = _POSSESSIVE_PRONOUNS.get(pronoun, pronoun)
    if pronoun in {"he", "she"}:
        gender = "f" if pronoun == "she" else "m"
        person = speakers.pronoun_antecedent(
            position, lambda p: p.kind == "person" and p.gender in ("", gender),
            prefer=lambda p: p.gender == gender)
        if person and not person.gender:
            person.gender = gender
        return person
    if pronoun in {"they", "we"}:
        return speakers.pronoun_antecedent(position, lambda p: p.kind in ("group", "organisation"))
    if pronoun == "it":
        return speakers.pronoun_antecedent(position, lambda p: p.kind == "organisation")
    return None


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "our": "we", "its": "it"}
_DOCUMENT_NOUN = (r"(?:reports?|stud(?:y|ies)|surveys?|poems?|tweets?|posts?|books?|articles?|papers?|"
                  r"research|statements?|letters?|memos?|messages?|analys[ie]s|investigations?|audits?|"
                  r"findings|videos?)")
# "one of his poems", "a tweet sent from Ruiz's account", "a government report released in October",
# "a 2019 government survey": a document whose author a possessive, a participle phrase or a modifier gives.
_DOCUMENT_PHRASE = re.compile(
    rf"^(?:(?:one|some|many|several|two|three|all)\s+of\s+)?"
    rf"(?:(?P<det>the|a|an|this|his|her|their|its|our)\s+)?"
    rf"(?P<modifiers>(?:[\w’'-]+\s+){{0,3}}?){_DOCUMENT_NOUN}"
    rf"(?:\s+(?:[a-z]+ed|sent|written|made|drawn|taken|given|shown|seen)\b(?P<rest>.*))?$", re.IGNORECASE)
# "by the ministry", "from Ruiz's account", "on her Facebook page": who wrote or sent it.
_DOCUMENT_SENDER = re.compile(r"\b(?:by|from|on)\s+(?P<author>.+?)(?:[’']s?\s+(?:\w+\s+)?(?:account|page|"
                              r"channel|profile|feed|website|blog))?(?:\s+(?:in|on|at|last|this)\s+.*)?$")


def _document_owner(phrase: str, position: int, speakers: _ArticleSpeakers) -> _Person | None:
    """The author of a document the speaker phrase names by a possessive, a participle or a body word."""
    document = _DOCUMENT_PHRASE.match(phrase)
    if document is None:
        return None
    sender = _DOCUMENT_SENDER.search(document.group("rest") or "")
    if sender and sender.group("author")[:1].isupper():
        return speakers.register(parse_phrase(sender.group("author")))
    if (document.group("det") or "").lower() in _POSSESSIVE_PRONOUNS:
        return _pronoun_referent(document.group("det").lower(), position, speakers)
    body = [w for w in document.group("modifiers").split() if w.lower() in _PUBLIC_BODY_WORDS]
    return speakers.register(parse_phrase(body[-1])) if body else None


# "An edited version is republished by Harbour Voices": the outlet that publishes the article.
_PUBLISHED_BY = re.compile(r"\b(?:re)?published\s+by\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")

# "the presidential election", "the presidential nominee": coverage of a race for the presidency.
_PRESIDENTIAL_RACE = re.compile(r"\bpresidential\s+(?:election|race|campaign|nominee|candidate|primar)",
                                re.IGNORECASE)


def _side_near(text: str, statement: Statement, starts: list[int]) -> str:
    """The one country the speaker's sentence names outside what they say: "In Greece, the
    ministry said"; none when it names none or several ("Germany banned an Iranian airline, officials said")."""
    from bisect import bisect_right

    at = statement.speaker_start if statement.speaker_start >= 0 else statement.start
    index = bisect_right(starts, at) - 1
    sentence_start = starts[index]
    sentence_end = starts[index + 1] if index + 1 < len(starts) else len(text)
    named = {side_of(m.group(0)) for m in _sides_pattern().finditer(text, sentence_start, sentence_end)
             if not statement.start <= m.start() < statement.end}
    return named.pop() if len(named) == 1 else ""


def _most_named_side(text: str) -> str:
    sides = [side_of(m.group(0)) for m in _sides_pattern().finditer(text)]
    return max(sides, key=sides.count) if sides else ""


# "the statement", "The website", "its latest report": a document met before, which speaks for its author.
_DOCUMENT_NOMINAL = re.compile(r"^(?:the|this|that|its|their)\s+(?P<modifier>\w+\s+)?(?P<noun>statement|"
                               r"report|website|release|announcement|letter|communiqu[ée]|study|survey|paper|"
                               r"research)(?:\s+so\s+far)?$",
                               re.IGNORECASE)


def _document_author(noun: str, text: str, before: int, starts: list[int], speakers: _ArticleSpeakers) -> _Person | None:
    """The author of a document named before: the first person or body named in the nearest earlier sentence
    that mentions the document ("Donald Trump, in a statement delivered ..." -> Donald Trump); a person
    after "by" ("a study, published in a journal, conducted by Professor Ann Kell") comes first."""
    from bisect import bisect_right

    earlier = [m.start() for m in re.finditer(rf"\b{noun}\b", text[:before], re.IGNORECASE)]
    for occurrence in reversed(earlier):
        sentence = bisect_right(starts, occurrence)
        named = [m for m in speakers.mentions if m.sentence == sentence and not m.possessive
                 and m.person.name.lower() not in speakers.publishers]
        end = starts[sentence] if sentence < len(starts) else len(text)
        by = re.search(r"\bby\s", text[occurrence:end])
        after_by = [m for m in named
                    if by and m.position > occurrence + by.start() and m.person.kind == "person"]
        if named:
            return (after_by or named)[0].person
    return None


def _headline_end(text: str) -> int:
    """End of the headline: a short first line without a full stop ("Union says Quillon sacked engineers")."""
    first = text.lstrip().split("\n", 1)[0]
    if first and len(first.split()) <= 25 and not first.rstrip().endswith((".", "”", '"')):
        return len(text) - len(text.lstrip()) + len(first)
    return 0


def _body_kinds(words: Iterable[str]) -> set[str]:
    kinds = lexicon.table("body_kinds.tsv")
    return {kind for w in words for kind in kinds.get(w.lower().strip(",.’'"), "").split(",") if kind}


_POSTMODIFIED = re.compile(r"\s+(?:of|in|at|from|for|on|with|representing|based|that|which|who)\s+")


def _described_kinds(phrase: str) -> set[str]:
    """The kinds of body an unnamed description names: "An environmental group" -> advocacy or company;
    "Separatist fighters in the breakaway region" -> armed. Empty for names, people and "the company",
    which points back rather than forward."""
    core, *modifier = _POSTMODIFIED.split(phrase, maxsplit=1)
    words = core.split()
    indefinite = bool(words) and words[0].lower() in {"a", "an"}
    if not words or not (indefinite or modifier):
        return set()
    words = words[1:] if words[0].lower() in {"a", "an", "the"} else words
    if not words or any(w[:1].isupper() for w in words[1:]) or _is_role_word(words[-1]):
        return set()
    return _body_kinds(words[-1:])


def _name_described_bodies(statements: list[Statement], speakers: _ArticleSpeakers,
                           starts: list[int]) -> dict[str, _Person]:
    """Wire ledes describe a body and name it a sentence or two later: "An environmental group said ...
    The Clean Rivers Coalition said ...". Each such description (by canonical name) -> the named body of
    a matching kind first mentioned within the next three sentences."""
    from bisect import bisect_right

    first_seen: dict[int, int] = {}
    for mention in speakers.mentions:
        first_seen.setdefault(id(mention.person), mention.position)
    named: dict[str, _Person] = {}
    taken: set[int] = set()
    for statement in statements:
        kinds = _described_kinds(statement.speaker.text)
        if not kinds or statement.speaker.name in named:
            continue
        position = statement.speaker_start
        sentence = bisect_right(starts, position)
        for mention in speakers.mentions:
            body = mention.person
            if (mention.position > position and sentence < mention.sentence <= sentence + 3
                    and first_seen[id(body)] > position and id(body) not in taken and body.kind == "organisation"
                    and body.name[:1].isupper() and _body_kinds(body.name.split()) & kinds):
                named[statement.speaker.name] = body
                taken.add(id(body))
                break
    return named


def _headline_speaker(statement: Statement, body: list[Statement], speakers: _ArticleSpeakers) -> Statement:
    """A headline names its speaker by a bare noun ("Rebels say ...", "Mayor denies ..."): the body's
    speaker written with that noun, else one of that kind; of several, one that also denies when the
    headline's cue denies. A name stands for itself."""
    phrase = statement.speaker.text
    words = [w for w in phrase.split() if w.lower() not in _DETERMINERS]
    person = None
    if words and not any(w[:1].isupper() for w in words[1:]):
        head, kinds = words[-1].lower().rstrip("s"), _body_kinds(words[-1:])
        # A body noun ("Rebels") is a body, not the person whose role mentions it ("the rebels' leader").
        eligible = [s for s in body if not kinds or s.speaker.kind != "person"]
        written = [s for s in eligible if re.search(
            rf"\b{re.escape(head)}", f"{s.speaker.text} {s.speaker.name} {s.speaker.role}".lower())]
        of_kind = [s for s in eligible if kinds & _body_kinds(f"{s.speaker.text} {s.speaker.name}".split())]
        denies = lexicon.is_denial_cue(statement.cue)
        for candidates in (written, of_kind):
            if candidates:
                person = next((s for s in candidates if lexicon.is_denial_cue(s.cue) == denies), candidates[0]).speaker
                break
    if person is None:
        found = speakers.register(parse_phrase(phrase)) if phrase and phrase.lower() not in PRONOUNS else None
        if found is None:
            return statement
        person = Speaker(text=phrase, name=found.name, role=found.role, organisation=found.organisation,
                         side=found.side, kind=found.kind)
    return replace(statement, speaker=replace(person, text=phrase))


def _refresh(speaker: Speaker, speakers: _ArticleSpeakers, named: Mapping[str, _Person]) -> Speaker:
    if speaker.name in named:  # the description gives way to the body's name
        body = named[speaker.name]
        return replace(speaker, name=body.name, role=speaker.role, organisation=body.organisation or body.name,
                       side=body.side or speaker.side, kind=body.kind)
    person = speakers.by_key.get(speaker.name.lower())
    if person is None:
        return speaker
    return replace(speaker, name=person.name, role=speaker.role or person.role,
                   organisation=speaker.organisation or person.organisation, side=speaker.side or person.side)


def unify_speakers(statements: Iterable[Statement]) -> list[Statement]:
    """Across articles: a bare surname becomes the full name used elsewhere, when exactly one fits."""
    statements = list(statements)
    full_names: dict[str, set[str]] = {}
    for statement in statements:
        name = statement.speaker.name
        if statement.speaker.kind == "person" and len(name.split()) >= 2:
            full_names.setdefault(name.split()[-1].lower(), set()).add(name)
    out = []
    for statement in statements:
        speaker = statement.speaker
        if speaker.kind == "person" and len(speaker.name.split()) == 1:
            candidates = full_names.get(speaker.name.lower(), set())
            if len(candidates) == 1:
                speaker = replace(speaker, name=next(iter(candidates)))
        out.append(replace(statement, speaker=speaker) if speaker is not statement.speaker else statement)
    return out


# --- camps: whom a speaker speaks for --------------------------------------------------------------------

_AGENT = (r"(?:lawyers?|attorneys?|spokes(?:person|man|woman|people)|aides?|advis[eo]rs?|representatives?|"
          r"agents?|press secretary|campaign|chief of staff|family|wife|husband|son|daughter)")
# "Retired police agent Name", "Former campaign lawyer Name": a past agent speaks for no one else
_OWNER = (r"(?!(?:His|Her|Their|Its|Our|My|The|An?|Former|Retired|Ex)\b)"
          r"(?P<owner>[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4})")
# "Trump campaign spokesperson Tim Murtaugh", "the senator's attorney", "Kremlin spokesperson"
_OWNER_BEFORE = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?{_OWNER}(?:[’']s)?\s+(?:[a-z]+\s+)?{_AGENT}\b")
# "a spokesman for the governor's campaign", "lawyer for Carlos Ghosn"
_OWNER_AFTER = re.compile(rf"\b{_AGENT}\s+(?:for|to|of|representing)\s+(?:the\s+)?{_OWNER}")
# "the Trump campaign", "Biden's presidential campaign", "Sanders' re-election bid": the surname is a candidate's.
_CAMPAIGN = re.compile(r"\b([A-Z][a-z’'-]+)(?:[’']s?)?\s+(?:(?:presidential|election|re-?election|senate|"
                       r"mayoral|primary)\s+)?(?:campaign|re-?election bid)\b")
# Roles that hold a national government's office: their holder speaks for the country.
_GOVERNMENT_ROLES = {"president", "prime", "premier", "minister", "ambassador", "envoy", "diplomat", "diplomats",
                     "official", "officials", "chancellor", "king", "queen", "emir", "sultan", "secretary",
                     "vice", "president-elect", "foreign", "defence", "defense", "interior", "consul",
                     "attaché", "general", "commander", "colonel", "admiral", "police", "military",
                     "representatives", "administrator", "prosecutor"}
# Roles whose holder speaks for the body they work for; others (an expert, a professor) speak for themselves.
_BODY_ROLES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "chief", "executive", "ceo",
               "chairman", "chairwoman", "chair", "chairperson", "director", "head", "leader", "president",
               "secretary-general", "director-general", "official", "officials", "representative", "manager",
               "commissioner", "secretary", "founder", "owner", "coordinator"}


# Offices of a region or city: "California Attorney General", "Chelyabinsk regional Deputy Governor".
_REGIONAL_ROLES = {"governor", "mayor", "attorney", "sheriff", "regional"}
# Offices over a place: "the mayor of Rivas" speaks for Rivas.
_LOCAL_HEADS = {"mayor", "governor", "sheriff"}
# Capitalised words of a title that are no place: "Regional governor", "Former Mayor".
_TITLE_ADJECTIVES = {"regional", "former", "acting", "interim", "state", "city", "county", "provincial", "federal"}


def _region_of(role: str) -> str:
    """The place a regional title begins with ("California Attorney General" -> California); not a country,
    whose side the national rules give."""
    place: list[str] = []
    for word in role.split():
        if not word[:1].isupper() or _is_role_word(word) or word.lower() in _TITLE_ADJECTIVES | _TITLES:
            break
        place.append(word)
    return " ".join(place) if place and not side_of(" ".join(place)) else ""


def _is_government(words: str) -> bool:
    # An army is a government's; rebels, militants and armed movements are not.
    return "government" in _body_kinds(words.split()) or words.strip() in lexicon.table("sides.tsv")


def _principal(owner: str, speakers: _ArticleSpeakers) -> str:
    """Whom an owner phrase ("Trump", "the Kremlin", "Ukraine's defence ministry") names, as a camp."""
    owner = re.sub(r"[’']s$", "", owner.strip())
    if side_of(owner) and (_is_government(owner) or len(owner.split()) == 1 or owner in lexicon.table("sides.tsv")):
        return side_of(owner)
    # "Houthi military spokesperson": a short name of the "Houthi movement" the article names
    known = (speakers.by_key.get(owner.lower()) or speakers.by_key.get(_surname_key(owner))
             or speakers.org_containing(owner))
    if known is not None:
        return _own_camp(known.name, known.kind, known.role, known.organisation, known.side, speakers)
    if _is_government(owner) and speakers.home_side:
        return speakers.home_side  # "Police spokesman": the police of the country the article is about
    return speakers.aliases.canonical(owner)


def _own_camp(name: str, kind: str, role: str, organisation: str, side: str, speakers: _ArticleSpeakers) -> str:
    """The camp from a speaker's own description: a candidate (someone with a campaign in the article,
    an incumbent too) -> themselves; a regional office -> the region; a government's office or body ->
    the country (the article's own when it names none); a body's officer -> the body; anyone else ->
    themselves."""
    role_words = {w.lower().strip(",.") for w in (role if kind == "person" else f"{role} {name}").split()}
    incumbent = speakers.presidential_race and "president" in role_words and "vice" not in role_words
    if kind == "person" and (name.split()[-1].lower() in speakers.candidates or incumbent):
        return name
    # "Former President", "Ex-Prime Minister"
    former = role_words & {"former", "ex", "retired"} or any(w.startswith("ex-") for w in role_words)
    if kind == "person" and (former or "research" in _body_kinds(organisation.split())):
        return name  # a former office holder, a think tank's or university's expert: they speak for themselves
    # "officials" is no body; "Scientology officials" names one; "White House officials" a government's seat
    qualifier = " ".join(w for w in name.split() if w[:1].isupper() and not side_of(w) and not _is_group_word(w))
    if kind == "group" and side and (not qualifier or _sides_pattern().fullmatch(qualifier)):
        return side  # "Ukrainian border authorities", "White House officials": a government's people
    unplaced_group = kind == "group" and not qualifier
    if kind == "group" and qualifier and (body_named := speakers.org_containing(qualifier)):
        return body_named.name  # "Scientology officials" speak for the "Church of Scientology" named before
    body = organisation if kind == "person" or unplaced_group else (organisation or name)
    if kind == "person" and role_words & _REGIONAL_ROLES and (region := _region_of(role)):
        return region
    if (kind == "person" and role_words & _LOCAL_HEADS and organisation and not side_of(organisation)
            and not any(_is_org_word(w) for w in organisation.split())):
        return organisation  # "the mayor of the capital city of Rivas": the city
    office = role_words & (_BODY_ROLES | _GOVERNMENT_ROLES)
    if kind == "person" and office and _sides_pattern().fullmatch(organisation):
        return side_of(organisation)  # "US Special Envoy": the country is whom the envoy serves
    place = re.search(r"\bof\s+(?:the\s+)?([A-Z].*)$", role) if kind == "person" else None
    if place and _sides_pattern().fullmatch(place.group(1)):
        return side_of(place.group(1))  # "Chief Executive of Hong Kong", "President of France"
    international = bool({"international", "world", "global"} & {w.lower() for w in f"{name} {organisation}".split()})
    if ((role_words & _GOVERNMENT_ROLES and (not body or _is_government(body)))
            or (kind != "person" and not international
                and (_is_government(name) or _is_government(organisation)))):
        # "Health Minister X", "the Emergencies Ministry": an article about one country need not name it
        side = side or speakers.side_near(name)
        if side:
            return side
    if (kind == "person" and role_words & _BODY_ROLES and not international and _is_government(organisation)
            and side_of(organisation)):
        return side_of(organisation)  # "a spokesperson for the Moldovan National Police"
    # "Sabrina Bennoui of Reporters Without Borders": a person named with a body and no role works for it
    affiliated = not role_words and bool(organisation) and not side_of(organisation) and (
        any(_is_org_word(w) for w in organisation.split()) or len(organisation.split()) >= 2)
    if kind == "person" and organisation and (role_words & _BODY_ROLES or affiliated):
        # "CFR" for the "Committee for Free Rivers" spelled out; "Houthi" for the "Houthi movement"
        acronym = organisation.split()[0]
        body_named = speakers.body_by_acronym(acronym) or speakers.org_containing(organisation)
        return body_named.name if body_named else organisation
    return name


def camp_of(speaker: Speaker, speakers: _ArticleSpeakers | None = None) -> str:
    """Whom ``speaker`` speaks for (docs/gold_format.md, "Camps"): an agent's principal ("Trump campaign
    spokesperson Tim Murtaugh" -> Donald Trump, when the article names him), a government's people and
    bodies -> the country, a body's officers -> the body, anyone else -> the speaker."""
    speakers = speakers or _ArticleSpeakers(AliasTable.load())
    # The name too: "his lawyer" was named "Donald Trump's lawyer" when resolved.
    for pattern, text in ((_OWNER_BEFORE, speaker.text), (_OWNER_AFTER, speaker.text), (_OWNER_BEFORE, speaker.name),
                          (_OWNER_BEFORE, speaker.role), (_OWNER_AFTER, speaker.role)):
        match = pattern.search(text or "")
        if match and match.group("owner") != speaker.name:
            return _principal(match.group("owner"), speakers)
    return _own_camp(speaker.name, speaker.kind, speaker.role, speaker.organisation, speaker.side, speakers)
