"""Who is speaking: the speaker phrase of each statement turned into a canonical person or organisation.

* A phrase is parsed into name, role, organisation and side: "Kremlin spokesperson Dmitry Peskov" ->
  Dmitry Peskov / spokesperson / Kremlin / Russia; "Oleksiy Danilov, the head of Ukraine's National
  Security Council" -> Oleksiy Danilov / head / National Security Council / Ukraine.
* Within an article, later mentions resolve to earlier ones: a surname ("Peskov") to the full name, a
  nominal ("the spokesperson", "the official") to the latest speaker with that role, a pronoun ("he",
  "she", "they") to the latest person, or group, that fits.
* Across articles, surnames and aliases (``lexicons/aliases.tsv``, plus any table the user passes) map to
  one canonical name, so "Peskov" in one article and "Dmitry Peskov" in another are one speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from tracker import lexicon
from tracker.extract import POSTMODIFIER
from tracker.models import Article, Speaker, Statement

_DETERMINERS = {"the", "a", "an", "two", "three", "four", "several", "some", "many", "other", "another", "one",
                "both", "its", "his", "her", "their", "our", "several", "senior", "top", "unnamed", "anonymous"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
_FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen"}
_MALE_TITLES = {"mr", "mr.", "sir", "lord", "king"}
_DOCUMENT_WORDS = re.compile(r"(?:[’']s)?\s+(?:statement|report|assessment|release|spokesperson's office|account|"
                             r"announcement|post|website|filing|letter|memo|document)s?$", re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)")
_POSSESSIVE = re.compile(r"^([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+")


@dataclass
class _Person:
    name: str
    role: str = ""
    organisation: str = ""
    side: str = ""
    kind: str = "person"
    gender: str = ""  # "f" / "m" when a title or an earlier pronoun tells
    acronym: str = ""  # "FSB" in "Russia's Federal Security Service (FSB)"


@dataclass
class AliasTable:
    """Alias -> canonical name, from ``lexicons/aliases.tsv`` plus the user's own entries."""

    entries: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Mapping[str, str] | None = None) -> "AliasTable":
        entries = {k.lower(): v for k, v in lexicon.table("aliases.tsv").items()}
        entries.update({k.lower(): v for k, v in (extra or {}).items()})
        return cls(entries)

    def canonical(self, name: str) -> str:
        return self.entries.get(name.lower(), name)


def side_of(*phrases: str) -> str:
    """The side named in any phrase: a country, demonym or institution from ``lexicons/sides.tsv``."""
    sides = lexicon.table("sides.tsv")
    pattern = _sides_pattern()
    for phrase in phrases:
        match = pattern.search(phrase or "")
        if match:
            return sides.get(match.group(0)) or sides.get(match.group(0).replace("’", "'"), "")
    return ""


@lru_cache(maxsize=1)
def _sides_pattern() -> re.Pattern:
    keys = sorted(lexicon.table("sides.tsv"), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")


def _is_role_word(word: str) -> bool:
    token = word.lower().strip(",.’'")
    roles = lexicon.words("roles.txt")
    return token in roles or token.rstrip("s") in roles or (token.endswith("people") and "spokes" in token)


def _is_group_word(word: str) -> bool:
    return word.lower().strip(",.") in lexicon.words("group_nouns.txt")


def _is_org_word(word: str) -> bool:
    return word.strip(",.") in lexicon.words("organisation_words.txt") or word.isupper() and len(word) > 1


def parse_phrase(phrase: str) -> _Person:
    """Name, role, organisation and side of an explicit speaker phrase (no pronouns, no context)."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,")
    head, _, apposition = phrase.partition(", ")
    head = re.sub(r"\s+and\s+(?:another|other|a|an|one)\s+.*$", "", head)  # "two officials and another source"
    head = POSTMODIFIER.sub("", head)
    acronym = _ACRONYM.search(head)
    head = _ACRONYM.sub("", head).strip()
    head = _DOCUMENT_WORDS.sub("", head).strip()
    words = head.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    gender = ""
    if words and words[0].lower() in _TITLES | _FEMALE_TITLES | _MALE_TITLES:
        gender = "f" if words[0].lower() in _FEMALE_TITLES else "m" if words[0].lower() in _MALE_TITLES else ""
        if words[0].lower() in _TITLES:
            words = words[1:]
    side = side_of(phrase)
    # A person's name is the trailing run of capitalised words that are not titles, roles or institutions.
    name_words: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if (bare[:1].isupper() and not _is_role_word(bare) and not _is_org_word(bare)
                and not side_of(bare) and not bare.endswith(("’s", "'s"))):
            name_words.insert(0, bare)
        else:
            break
    rest = words[: len(words) - len(name_words)]
    if len(name_words) == 1 and rest and not any(_is_role_word(w) for w in rest):
        # "White House Biden" is rare; a lone capitalised word after an institution belongs to it.
        rest, name_words = words, []
    role_start = next((i for i, w in enumerate(rest) if _is_role_word(w)), None)
    if name_words:
        name = " ".join(name_words)
        organisation, role = "", ""
        if role_start is not None:
            before = rest[:role_start]
            # "Kremlin spokesperson": an institution before the role is the organisation; "Defense minister":
            # a plain capitalised word is part of the role.
            org_words = [w for w in before if _is_org_word(w) or side_of(w) and not w.endswith(("’s", "'s"))
                         and w not in {"Russian", "American", "Ukrainian"}]
            organisation = " ".join(w for w in before if w in org_words)
            role = " ".join([w for w in before if w not in org_words] + rest[role_start:])
        app_role, app_org = _parse_apposition(apposition)
        return _Person(name=name, role=role or app_role, organisation=organisation or app_org,
                       side=side or side_of(apposition), gender=gender)
    body = " ".join(rest)
    if not body:
        return _Person(name=phrase, kind="unknown")
    last = rest[-1].strip(",.")
    if _is_group_word(last) and last.lower().endswith(("s", "police", "people")) and not _is_org_word(last):
        kind = "group"
    elif _is_role_word(last) and not last[:1].isupper():
        kind = "group"  # "a White House official": an anonymous official of that body
    else:
        kind = "organisation"
    name = body
    if kind == "organisation":
        possessive = _POSSESSIVE.match(body)
        if possessive and side_of(possessive.group(1)):
            name = body[possessive.end() :]  # "Russia's Federal Security Service" -> the service
    if kind == "group" and _is_role_word(last) and not last.lower().endswith("s"):
        name = body + "s"  # "a US official" and "US officials" are one anonymous source
    return _Person(name=name, kind=kind, side=side, organisation=name if kind == "organisation" else "",
                   acronym=acronym.group(1) if acronym else "")


def _parse_apposition(apposition: str) -> tuple[str, str]:
    """ "the head of Ukraine's National Security Council" -> ("head", "National Security Council")."""
    if not apposition or apposition.split(" ", 1)[0].lower() in {"who", "whose", "which"}:
        return "", ""
    words = [w for w in apposition.split() if w.lower() not in _DETERMINERS]
    role_words = [w for w in words if _is_role_word(w)]
    match = re.search(r"\b(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*[’']s\s+)?((?:[A-Z][\w.&-]*\s*)+)", apposition)
    return " ".join(role_words), (match.group(1).strip() if match else "")


def _nominal_key(phrase: str) -> str | None:
    """For "the spokesperson", "the Kremlin spokesman", "the official": the role word to look for."""
    words = phrase.split()
    if not words or words[0].lower() not in {"the", "this", "that"}:
        return None
    last = words[-1].strip(",.").lower()
    if _is_role_word(last) or _is_group_word(last):
        if any(w[:1].isupper() for w in words[1:-1]) and not _is_role_word(words[-1]):
            return None
        return last
    return None


_SPOKES = re.compile(r"spokes(?:person|man|woman|people)")


def _role_matches(key: str, candidate: _Person) -> bool:
    text = f"{candidate.role} {candidate.name} {candidate.organisation}".lower()
    if _SPOKES.fullmatch(key):
        return bool(_SPOKES.search(text))
    return key.rstrip("s") in text


@dataclass
class _ArticleSpeakers:
    """The people and bodies an article has named so far, for resolving later mentions."""

    aliases: AliasTable
    by_key: dict[str, _Person] = field(default_factory=dict)  # surname / full name / org name -> person
    history: list[_Person] = field(default_factory=list)  # speakers in order of their statements
    acronyms: dict[str, str] = field(default_factory=dict)  # "FSB" -> "Federal Security Service"

    def register(self, person: _Person) -> _Person:
        person.name = self.aliases.canonical(person.name)
        known = self.by_key.get(person.name.lower())
        surname = person.name.split()[-1].lower() if person.kind == "person" else ""
        if known is None and person.kind == "person" and len(person.name.split()) == 1:
            known = self.by_key.get(surname)
        if known is None and person.kind != "person":
            known = self.by_key.get(self.acronyms.get(person.name, "").lower())
        if known:
            for attribute in ("role", "organisation", "side", "gender"):
                if not getattr(known, attribute) and getattr(person, attribute):
                    setattr(known, attribute, getattr(person, attribute))
            person = known
        else:
            self.by_key[person.name.lower()] = person
            if person.acronym:
                self.acronyms[person.acronym] = person.name
            if surname:
                self.by_key.setdefault(surname, person)
        return person

    def latest(self, predicate) -> _Person | None:
        for person in reversed(self.history):
            if predicate(person):
                return person
        return None


def _mentioned_people(text: str, before: int, speakers: _ArticleSpeakers) -> _Person | None:
    """The latest full name in the text before a pronoun, when no speaker has been seen nearby."""
    window = text[max(0, before - 600) : before]
    names = list(re.finditer(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})\b", window))
    for match in reversed(names):
        person = parse_phrase(match.group(1))
        if person.kind == "person" and len(person.name.split()) >= 2:
            return speakers.register(person)
    return None


def resolve_article(article: Article, statements: list[Statement], aliases: AliasTable | None = None) -> list[Statement]:
    """Statements of one article with canonical speakers (name, role, organisation, side, kind)."""
    aliases = aliases or AliasTable.load()
    speakers = _ArticleSpeakers(aliases)
    resolved: list[Statement] = []
    last_paragraph_person: _Person | None = None
    for statement in statements:
        phrase = statement.speaker.text
        lowered = phrase.lower()
        person: _Person | None = None
        if statement.speaker_start < 0 and resolved:
            # Floating quote or "..., adding": the previous statement's speaker goes on.
            previous = resolved[-1].speaker
            person = speakers.by_key.get(previous.name.lower())
        elif lowered in {"he", "she", "him", "her"}:
            gender = "f" if lowered in {"she", "her"} else "m"
            person = speakers.latest(lambda p: p.kind == "person" and p.gender in ("", gender))
            if person is None or (last_paragraph_person is None and statement.start - _last_start(resolved) > 1500):
                person = _mentioned_people(article.text, statement.speaker_start, speakers) or person
            if person and not person.gender:
                person.gender = gender
        elif lowered in {"they", "we"}:
            person = speakers.latest(lambda p: p.kind in ("group", "organisation"))
        elif lowered == "it":
            person = speakers.latest(lambda p: p.kind == "organisation")
        elif (key := _nominal_key(phrase)) is not None:
            person = speakers.latest(lambda p: _role_matches(key, p))
            if person is None:
                person = speakers.register(parse_phrase(phrase))
        else:
            person = speakers.register(parse_phrase(phrase))
        if person is None:
            person = _Person(name=phrase, kind="unknown")
        speakers.history.append(person)
        last_paragraph_person = person
        speaker = Speaker(text=phrase, name=person.name, role=person.role, organisation=person.organisation,
                          side=person.side, kind=person.kind)
        resolved.append(replace(statement, speaker=speaker))
    # Second pass: later mentions may have taught us more (a role, a side) about an earlier speaker.
    return [replace(s, speaker=_refresh(s.speaker, speakers)) for s in resolved]


def _last_start(resolved: list[Statement]) -> int:
    return resolved[-1].start if resolved else 0


def _refresh(speaker: Speaker, speakers: _ArticleSpeakers) -> Speaker:
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
