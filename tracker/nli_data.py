"""NLI data sets from ../shared/data: the permissive training mixture, the held-out evaluation sets and a
validation set.

Only sets whose licence allows commercial use are trained on (see ``TRAINING_SETS``); the held-out sets
(``HELD_OUT_SETS``) and the validation set (``VALIDATION_SETS``, for choosing between models) are never
trained on, whatever their licence. Every loader returns a list of
:class:`NLIExample` with labels named as in :data:`tracker.nli.LABELS`.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import TrackerError

MNLI_MATCHED_ROWS = 9815  # data rows 1-9,815 of mnli-dev/dev.csv are dev_matched (SOURCES.md)


@dataclass(frozen=True)
class NLIExample:
    premise: str
    hypothesis: str
    label: str  # entailment / neutral / contradiction
    source: str


def shared_data_dir() -> Path:
    """``$TRACKER_SHARED_DATA``, else ``../shared/data`` beside the checkout."""
    configured = os.environ.get("TRACKER_SHARED_DATA")
    path = Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "data"
    if not path.is_dir():
        raise TrackerError(
            f"the shared NLI data folder {path} does not exist; set TRACKER_SHARED_DATA to the folder "
            "that holds snli-mnli-train-subset/, mnli-dev/ and the other data sets"
        )
    return path


_LABEL_WORDS = {
    "entailment": "entailment", "e": "entailment", "0": "entailment", "entailed": "entailment",
    "neutral": "neutral", "n": "neutral", "1": "neutral",
    "contradiction": "contradiction", "c": "contradiction", "2": "contradiction",
}


def _label(word: str) -> str | None:
    return _LABEL_WORDS.get(str(word).strip().lower())


def _rows(path: Path, delimiter: str) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE if delimiter == "\t" else 0))


def _examples(rows, premise: str, hypothesis: str, label: str, source: str) -> list[NLIExample]:
    out = []
    for row in rows:
        name = _label(row.get(label, ""))
        if name and row.get(premise) and row.get(hypothesis):
            out.append(NLIExample(row[premise].strip(), row[hypothesis].strip(), name, source))
    return out


def _detokenize(text: str) -> str:
    """SNLI's e-SNLI copy is tokenised ("man , who"): undo the spaces before punctuation."""
    return re.sub(r" ([.,!?;:'](?:s\b)?|n't)", r"\1", text).strip()


# --- training sets (commercial use allowed) -------------------------------------------------------


def snli_mnli_train_subset(root: Path) -> list[NLIExample]:
    rows = _rows(root / "snli-mnli-train-subset" / "snli_mnli_train_subset.tsv", "\t")
    return _examples(rows, "premise", "hypothesis", "label", "snli-mnli-train")


def _mnli_dev(root: Path) -> list[dict]:
    return _rows(root / "mnli-dev" / "dev.csv", ",")


def mnli_mismatched(root: Path) -> list[NLIExample]:
    return _examples(_mnli_dev(root)[MNLI_MATCHED_ROWS:], "premise", "hypothesis", "label", "mnli-mismatched")


def snli_dev(root: Path) -> list[NLIExample]:
    return _esnli(root, "dev", "snli-dev")


def cad_snli_train(root: Path) -> list[NLIExample]:
    rows = _rows(root / "cad-snli" / "all_combined" / "train.tsv", "\t")
    return _examples(rows, "sentence1", "sentence2", "gold_label", "cad-snli")


def conjnli_train(root: Path) -> list[NLIExample]:
    rows = _rows(root / "conjnli" / "adversarial_train_15k.tsv", "\t")
    return _examples(rows, "Premise", "Hypothesis", "Label", "conjnli")


def med(root: Path) -> list[NLIExample]:
    rows = _rows(root / "med" / "MED.tsv", "\t")
    return _examples(rows, "sentence1", "sentence2", "gold_label", "med")


_DENIAL_FRAME = re.compile(r"\b(denied|denies|deny|disputed|refuted|rejected) that\b")


def dnc_megaveridicality(root: Path, split: str = "train") -> list[NLIExample]:
    """Recast the 2-way DNC set to 3 ways.

    Each context has three hypotheses: "X happened", "X didn't happen", "X might or might not have
    happened". Where one of the first two is entailed, the other contradicts the context. For reported
    denials ("someone denied that X happened") we want the denial to oppose the claim it denies, so there
    "X happened" is labelled a contradiction rather than DNC's veridical "not entailed".
    """
    data = json.loads((root / "dnc-megaveridicality" / split / "recast_megaveridicality_data.json").read_text())
    by_context: dict[str, list[dict]] = {}
    for record in data:
        by_context.setdefault(record["context"], []).append(record)
    out = []
    for context, records in by_context.items():
        entailed = {r["hypothesis"] for r in records if r["label"] == "entailed"}
        positive_entailed = any("n't" not in h and "might" not in h for h in entailed)
        negative_entailed = any("n't" in h for h in entailed)
        denial = bool(_DENIAL_FRAME.search(context))
        for record in records:
            hypothesis = record["hypothesis"]
            if hypothesis in entailed:
                label = "entailment"
            elif "might" in hypothesis:
                label = "neutral"
            elif "n't" in hypothesis:
                label = "contradiction" if positive_entailed else "neutral"
            else:
                label = "contradiction" if (negative_entailed or denial) else "neutral"
            out.append(NLIExample(_detokenize(context), _detokenize(hypothesis), label, "dnc"))
    return out


# Synthetic claim/denial pairs built from entailment pairs of the permissive sets: a reported denial
# of P contradicts P, a negated P contradicts what entails P, and a reported claim of P entails P.
_SPEAKERS = [
    "The ministry", "A government spokesperson", "Officials", "The company", "The minister", "Police",
    "The army", "A senior official", "The embassy", "The president's office", "Prosecutors", "The club",
    "The agency", "Local authorities", "A spokeswoman", "The mayor", "Witnesses", "The party",
]
_DENIAL_FRAMES = [
    "{s} denied that {p}", "{s} rejected claims that {p}", "{s} dismissed reports that {p} as false",
    "{s} said it was untrue that {p}", "{s} flatly denied reports that {p}", "{s} refuted claims that {p}",
    "{s} insisted it was not true that {p}", "{s} called the allegation that {p} a fabrication",
]
_CLAIM_FRAMES = [
    "{s} said that {p}", "{s} confirmed that {p}", "{s} announced that {p}", "{s} told reporters that {p}",
    "According to {s_lower}, {p}", "{s} acknowledged that {p}",
]
# Auxiliaries after which "not" negates the sentence. Modals are left out: "might not go" does not
# contradict "might go".
_AUXILIARIES = re.compile(r"\b(is|are|was|were|has|have|had|will|can|does|do|did)\b")
# Words before the auxiliary that put it in a subordinate clause ("left while it was halted").
_SUBORDINATE = re.compile(r",|\b(which|who|whom|whose|that|when|if|because|although|while|after|before)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(not|no|never|nobody|nothing|none|nowhere|neither|nor|cannot|\w+n't)\b", re.IGNORECASE)


def negate(sentence: str) -> str | None:
    """Negate a simple sentence by putting "not" after its first auxiliary; None where there is none near
    the start, where it is in a subordinate clause, or where the sentence is already negated."""
    match = _AUXILIARIES.search(sentence)
    if not match or match.start() >= 60 or _SUBORDINATE.search(sentence, 0, match.start()) or _NEGATION.search(sentence):
        return None
    return sentence[: match.end()] + " not" + sentence[match.end() :]


def _clause(sentence: str) -> str:
    """A sentence made embeddable after "that": no final full stop, first letter lowered unless a name."""
    clause = sentence.strip().rstrip(".!")
    first = clause.split(" ", 1)[0]
    if first in {"A", "An", "The", "Two", "Three", "Some", "There", "People", "Many", "This", "It", "They"}:
        clause = clause[0].lower() + clause[1:]
    return clause


def synthetic_denials(base: list[NLIExample], *, limit: int, seed: int = 13) -> list[NLIExample]:
    rng = random.Random(seed)
    entailed = [e for e in base if e.label == "entailment" and len(e.hypothesis) < 160 and e.source != "dnc"]
    rng.shuffle(entailed)
    out: list[NLIExample] = []
    for example in entailed:
        if len(out) >= limit:
            break
        speaker = rng.choice(_SPEAKERS)
        clause = _clause(example.hypothesis)
        hypothesis = example.hypothesis.strip()
        frame = rng.choice(_DENIAL_FRAMES).format(s=speaker, s_lower=speaker.lower(), p=clause) + "."
        out.append(NLIExample(frame, hypothesis, "contradiction", "synthetic-denial"))
        claim = rng.choice(_CLAIM_FRAMES).format(s=speaker, s_lower=speaker.lower(), p=clause) + "."
        out.append(NLIExample(claim, hypothesis, "entailment", "synthetic-claim"))
        negated = negate(hypothesis)
        if negated:
            out.append(NLIExample(example.premise, negated, "contradiction", "synthetic-negation"))
            out.append(NLIExample(negated, hypothesis, "contradiction", "synthetic-negation"))
    return out


WRITTEN_DIR = Path(__file__).resolve().parent.parent / "data" / "nli"


def written_pairs(path: Path, source: str) -> list[NLIExample]:
    """Pairs written for the project: a TSV with ``premise``, ``hypothesis`` and ``label`` columns (and an
    optional ``genre``, appended to ``source``). Quotes are text, not CSV quoting: fiction has dialogue."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"premise", "hypothesis", "label"} - set(reader.fieldnames or ())
        if missing:
            raise TrackerError(f"{path}: the header lacks the column(s) {', '.join(sorted(missing))}")
        out = []
        for line, row in enumerate(reader, start=2):
            label = _label(row["label"] or "")
            if label is None or not (row["premise"] or "").strip() or not (row["hypothesis"] or "").strip():
                raise TrackerError(f"{path}, line {line}: want a premise, a hypothesis and an NLI label")
            genre = (row.get("genre") or "").strip()
            out.append(NLIExample(row["premise"].strip(), row["hypothesis"].strip(), label,
                                  f"{source}-{genre}" if genre else source))
    return out


def written_denials() -> list[NLIExample]:
    """News-style claim/denial pairs ("There is no such plan" against the plan described in other
    words), with entailment and neutral controls."""
    return written_pairs(WRITTEN_DIR / "denial_pairs.tsv", "written-denials")


def antonyms(path: Path = WRITTEN_DIR / "antonyms.tsv") -> dict[str, str]:
    """Word -> its opposite, each pair of ``data/nli/antonyms.tsv`` both ways (where a word has several
    opposites, the first listed)."""
    opposites: dict[str, str] = {}
    for row in _rows(path, "\t"):
        opposites.setdefault(row["word"], row["opposite"])
        opposites.setdefault(row["opposite"], row["word"])
    return opposites


def _indefinite_article(before: str, word: str) -> str:
    """``before`` with a final "a"/"an" made to fit ``word``."""
    return re.sub(r"\b([Aa])n?(\s+)$", lambda m: m.group(1) + ("n" if word[0] in "aeiou" else "") + m.group(2), before)


def antonym_swaps(base: list[NLIExample], *, limit: int, seed: int = 13) -> list[NLIExample]:
    """Contradictions made by putting one word of an entailed hypothesis into its opposite ("the crossing
    was open" -> "closed"): a small model trained on natural pairs reads such a pair as entailment, since
    all but one word match, and news disputes are often of this kind. Hypotheses with a negation are
    skipped ("not sitting" does not contradict "not standing"), and so are capitalised words (names)."""
    opposites = antonyms()
    word = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(opposites, key=len, reverse=True)) + r")(?![\w'’-])")
    rng = random.Random(seed)
    entailed = [e for e in base if e.label == "entailment" and not _NEGATION.search(e.hypothesis)]
    rng.shuffle(entailed)
    out: list[NLIExample] = []
    for example in entailed:
        if len(out) >= limit:
            break
        match = word.search(example.hypothesis)
        if not match:
            continue
        opposite = opposites[match.group(1)]
        swapped = (_indefinite_article(example.hypothesis[: match.start()], opposite) + opposite
                   + example.hypothesis[match.end() :])
        out.append(NLIExample(example.premise, swapped, "contradiction", "synthetic-antonym"))
        out.append(NLIExample(example.hypothesis, swapped, "contradiction", "synthetic-antonym"))
    return out


def written_mnli_style(folder: Path = WRITTEN_DIR / "written") -> list[NLIExample]:
    """MNLI-style pairs written for the project: premises in the genres of MNLI and of news, each with an
    entailed, a neutral and a contradicted hypothesis (see ``data/nli/README.md``).

    Where :func:`negate` can negate a premise's entailed hypothesis, that negation is its contradiction
    instead of the written one. The writers were asked for contradictions made without "not", and only 5%
    of theirs have a negation, against 41% in MNLI: trained on them as written, a model learns that
    negation does not signal a contradiction, and loses on MNLI and on claim/denial pairs (model card)."""
    examples = [example for path in sorted(folder.glob("*.tsv")) for example in written_pairs(path, "written")]
    entailed = {e.premise: e.hypothesis for e in examples if e.label == "entailment"}
    out = []
    for example in examples:
        negated = negate(entailed.get(example.premise, "")) if example.label == "contradiction" else None
        out.append(NLIExample(example.premise, negated, "contradiction", example.source + "-negated")
                   if negated else example)
    return out


#: name -> loader of the permissive training mixture.
TRAINING_SETS: dict[str, Callable[[Path], list[NLIExample]]] = {
    "snli-mnli-train": snli_mnli_train_subset,
    "mnli-mismatched": mnli_mismatched,
    "snli-dev": snli_dev,
    "cad-snli": cad_snli_train,
    "conjnli": conjnli_train,
    "med": med,
    "dnc": dnc_megaveridicality,
}


# --- held-out evaluation sets (never trained on) ---------------------------------------------------


def mnli_matched(root: Path) -> list[NLIExample]:
    return _examples(_mnli_dev(root)[:MNLI_MATCHED_ROWS], "premise", "hypothesis", "label", "mnli-matched")


def _esnli(root: Path, split: str, source: str) -> list[NLIExample]:
    folder = root / "esnli-snli-devtest"
    premises = (folder / f"s1.{split}").read_text(encoding="utf-8").splitlines()
    hypotheses = (folder / f"s2.{split}").read_text(encoding="utf-8").splitlines()
    labels = (folder / f"labels.{split}").read_text(encoding="utf-8").splitlines()
    return [
        NLIExample(_detokenize(p), _detokenize(h), _label(label), source)
        for p, h, label in zip(premises, hypotheses, labels)
        if _label(label)
    ]


def snli_test(root: Path) -> list[NLIExample]:
    return _esnli(root, "test", "snli-test")


def _anli(round_name: str) -> Callable[[Path], list[NLIExample]]:
    def load(root: Path) -> list[NLIExample]:
        rows = _rows(root / "anli-dev" / f"ANLI_analysis_{round_name}_dev.csv", ",")
        return _examples(rows, "context", "statement", "gold_label", f"anli-{round_name}")

    return load


def sick_test(root: Path) -> list[NLIExample]:
    rows = _rows(root / "sick2014" / "SICK_test_annotated.txt", "\t")
    return _examples(rows, "sentence_A", "sentence_B", "entailment_judgment", "sick-test")


def breaking_nli(root: Path) -> list[NLIExample]:
    out = []
    with open(root / "breaking-nli" / "data" / "dataset.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            label = _label(record["gold_label"])
            if label:
                out.append(NLIExample(record["sentence1"], record["sentence2"], label, "breaking-nli"))
    return out


def _xnli(split: str, name: str) -> Callable[[Path], list[NLIExample]]:
    def load(root: Path) -> list[NLIExample]:
        rows = _rows(root / "xnli-en" / f"xnli_{split}_en.tsv", "\t")
        return _examples(rows, "premise", "hypothesis", "label", name)

    return load


HELD_OUT_SETS: dict[str, Callable[[Path], list[NLIExample]]] = {
    "mnli-matched": mnli_matched,
    "snli-test": snli_test,
    "anli-r1": _anli("r1"),
    "anli-r2": _anli("r2"),
    "anli-r3": _anli("r3"),
    "sick-test": sick_test,
    "breaking-nli": breaking_nli,
    "xnli-test": _xnli("test", "xnli-test"),
}

# Never trained on either (XNLI is non-commercial), but not held out: choose between models, or tune what
# a recipe leaves open, on these, so that the held-out figures stay a fair test of the choice.
VALIDATION_SETS: dict[str, Callable[[Path], list[NLIExample]]] = {
    "xnli-dev": _xnli("validation", "xnli-dev"),
}
