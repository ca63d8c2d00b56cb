"""Loading the word lists in ``tracker/lexicons`` (see the README there), cached once per process."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _lines(name: str) -> list[str]:
    lines = []
    for raw in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#") else ""
        if line.strip():
            lines.append(line)
    return lines


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(line.strip() for line in _lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column tab-separated list as a dict (first column -> second)."""
    out = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def demonyms() -> frozenset[str]:
    """The country adjectives of ``demonyms.tsv`` ("Greek", "Israeli"): words that name no speaker."""
    return frozenset(table("demonyms.tsv").values())


def fold_accents(text: str) -> str:
    """ "Erdoğan" -> "Erdogan": names compare without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def read_table(path: str | Path) -> dict[str, str]:
    """A user's own two-column TSV (for example extra aliases)."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("\t")
            out[key.strip()] = value.strip()
    return out


def inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: deny -> denies, denied, denying; note -> notes, noted, noting."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = {head, head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = {head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x")):
        forms = {head, head + "es", head + "ed", head + "ing"}
    else:
        forms = {head, head + "s", head + "ed", head + "ing"}
    return {form + tail for form in forms}


@cache
def verb_forms(name: str) -> dict[str, str]:
    """Every form of the verbs in a list, mapped to its lemma."""
    out = {}
    for line in _lines(name):
        lemma, _, irregular = line.partition("\t")
        lemma = lemma.strip()
        forms = inflections(lemma) | {f.strip() for f in irregular.split(",") if f.strip()}
        for form in forms:
            out.setdefault(form, lemma)
    return out


def phrase_pattern(phrases) -> re.Pattern:
    """One regex matching any of the phrases as whole words, longest first, case-insensitive."""
    escaped = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(?:" + "|".join(escaped) + r")(?![\w’'])", re.IGNORECASE)


@cache
def denial_cues() -> re.Pattern:
    """Every form of the verbs and phrases in ``denial_cues.txt``: stance reads a denial from them, and
    attribution gives a headline that denies a speaker who denies."""
    return phrase_pattern({form for lemma in words("denial_cues.txt") for form in inflections(lemma)})


def is_denial_cue(cue: str) -> bool:
    """ "denied", "rejects", "pushing back on": a cue that makes its statement a denial."""
    return bool(cue) and denial_cues().search(cue) is not None
