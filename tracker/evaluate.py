"""Measurements: the NLI model on the held-out sets, and extraction against gold annotations.

``tracker eval-nli`` prints accuracy and per-class F1 per held-out set and a speed figure;
``tracker eval-extract`` prints statement precision / recall / F1 at span overlap 0.3 and 0.8, speaker
accuracy, stance macro-F1 (and denial F1) and the misses. The gold format is in docs/gold_format.md.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from tracker.errors import GoldFormatError, IngestError
from tracker.models import Article, Statement
from tracker.nli import LABELS

# --- NLI ------------------------------------------------------------------------------------------------


def _f1(gold: list[str], predicted: list[str], label: str) -> float:
    tp = sum(g == label and p == label for g, p in zip(gold, predicted))
    fp = sum(g != label and p == label for g, p in zip(gold, predicted))
    fn = sum(g == label and p != label for g, p in zip(gold, predicted))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def evaluate_nli(model: str | None = None, *, sets: list[str] | None = None, limit: int | None = None,
                 batch_size: int = 64) -> dict:
    from tracker.nli import load_nli
    from tracker.nli_data import HELD_OUT_SETS, VALIDATION_SETS, shared_data_dir

    known = {**HELD_OUT_SETS, **VALIDATION_SETS}
    unknown = set(sets or []) - set(known)
    if unknown:
        raise GoldFormatError(f"unknown NLI set(s) {sorted(unknown)}; choose from {sorted(known)}")
    started = time.perf_counter()
    nli = load_nli(model)
    load_seconds = time.perf_counter() - started
    root = shared_data_dir()
    rows, pairs_total, seconds_total = [], 0, 0.0
    for name in sets or HELD_OUT_SETS:
        examples = known[name](root)[:limit]
        started = time.perf_counter()
        probs = nli.predict([(e.premise, e.hypothesis) for e in examples], batch_size=batch_size)
        seconds_total += time.perf_counter() - started
        pairs_total += len(examples)
        predicted = [LABELS[i] for i in probs.argmax(axis=1)]
        gold = [e.label for e in examples]
        row = {"set": name, "pairs": len(examples),
               "accuracy": sum(g == p for g, p in zip(gold, predicted)) / max(1, len(gold))}
        for label in LABELS:
            row[f"f1_{label}"] = _f1(gold, predicted, label) if label in gold else float("nan")
        rows.append(row)
    sample = [(e.premise, e.hypothesis) for e in HELD_OUT_SETS["mnli-matched"](root)[:100]]
    started = time.perf_counter()
    nli.predict(sample, batch_size=batch_size)
    hundred = time.perf_counter() - started
    return {"model": nli.name, "rows": rows, "pairs_per_second": pairs_total / max(seconds_total, 1e-9),
            "load_seconds": load_seconds, "score_100_seconds": hundred}


def format_nli_report(report: dict) -> str:
    lines = [f"model: {report['model']}", "",
             f"{'set':<14}{'pairs':>7}{'acc':>8}{'F1 ent':>9}{'F1 neu':>9}{'F1 con':>9}"]
    for row in report["rows"]:
        f1s = "".join(f"{row[f'f1_{label}']:>9.3f}" for label in LABELS)
        lines.append(f"{row['set']:<14}{row['pairs']:>7}{row['accuracy']:>8.3f}{f1s}")
    lines += ["", (f"speed: {report['pairs_per_second']:.0f} pairs/s over all sets; loading took "
                   f"{report['load_seconds']:.1f} s, "
                   f"scoring 100 MNLI pairs {report['score_100_seconds']:.2f} s")]
    return "\n".join(lines)


# --- extraction --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldStatement:
    id: str
    start: int
    end: int
    text: str
    speaker: str
    stance: str
    kind: str
    camp: str = ""  # empty in the older gold files, which predate camps
    speaker_text: str = ""


@dataclass
class GoldArticle:
    path: Path
    article: Article
    statements: list[GoldStatement]
    contradictions: list[tuple[str, str]] = field(default_factory=list)
    reversals: list[tuple[str, str]] = field(default_factory=list)


def _article_path(gold_path: Path, record: dict) -> Path:
    if record.get("article"):
        return (gold_path.parent / record["article"]).resolve()
    stem = gold_path.name[: -len(".gold.json")]
    for suffix in (".txt", ".html", ".htm"):
        candidate = gold_path.parent / f"{stem}{suffix}"
        if candidate.exists():
            return candidate
    raise GoldFormatError(f"{gold_path}: no 'article' field and no {stem}.txt or {stem}.html beside it")


def load_gold(path: str | Path) -> GoldArticle:
    from tracker.ingest import read_html_file, read_text_file

    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldFormatError(f"{path}: cannot read gold JSON ({error})") from error
    article_path = _article_path(path, record)
    if not article_path.exists():
        raise GoldFormatError(f"{path}: its article {article_path} does not exist")
    try:
        reader = read_html_file if article_path.suffix.lower() in (".html", ".htm") else read_text_file
        article = reader(article_path)
    except IngestError as error:
        raise GoldFormatError(f"{path}: {error}") from error
    statements = []
    for item in record.get("statements", []):
        text = item.get("text", "")
        occurrence = item.get("occurrence", 1)
        if not item.get("id") or not isinstance(occurrence, int) or occurrence < 1:
            raise GoldFormatError(f"{path}: statement {item.get('id')!r}: needs an 'id' and an 'occurrence' that is "
                                  "a whole number from 1")
        starts = [m.start() for m in re.finditer(re.escape(text), article.text)] if text else []
        if len(starts) < occurrence:
            raise GoldFormatError(
                f"{path}: statement {item.get('id')!r}: text not found {occurrence} time(s) in the article's "
                f"main text: {text[:60]!r}")
        start = starts[occurrence - 1]
        if item.get("stance") not in ("claim", "denial"):
            raise GoldFormatError(f"{path}: statement {item.get('id')!r}: stance must be claim or denial")
        if item.get("kind", "") not in ("", "direct", "reported", "according_to"):
            raise GoldFormatError(f"{path}: statement {item.get('id')!r}: kind must be direct, reported or "
                                  "according_to")
        statements.append(GoldStatement(item["id"], start, start + len(text), text, item.get("speaker", ""),
                                        item["stance"], item.get("kind", ""), item.get("camp", ""),
                                        item.get("speaker_text", "")))
    ids = [s.id for s in statements]
    if len(set(ids)) < len(ids):
        raise GoldFormatError(f"{path}: statement ids repeat: {sorted({i for i in ids if ids.count(i) > 1})}")
    linked = {}
    for key in ("contradictions", "reversals"):
        linked[key] = [tuple(p) for p in record.get(key, [])]
        for pair in linked[key]:
            if len(pair) != 2 or not set(pair) <= set(ids):
                raise GoldFormatError(f"{path}: {key[:-1]} {list(pair)} names an unknown statement id (or not two)")
    return GoldArticle(path, article, statements, linked["contradictions"], linked["reversals"])


def gold_files(paths: list[str | Path]) -> list[Path]:
    out = []
    for given in paths:
        path = Path(given)
        out += sorted(path.rglob("*.gold.json")) if path.is_dir() else [path]
    return out


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared over characters covered by either span (0..1)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / (max(a[1], b[1]) - min(a[0], b[0])) if shared > 0 else 0.0


def _match(gold: list[GoldStatement], predicted: list[Statement], threshold: float) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index), best overlaps first."""
    options = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = span_overlap((g.start, g.end), (p.start, p.end))
            if overlap >= threshold:
                options.append((overlap, i, j))
    used_gold, used_predicted, matches = set(), set(), []
    for _, i, j in sorted(options, reverse=True):
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            matches.append((i, j))
    return matches


_UNCOUNTED = {"the", "a", "an", "one", "two", "three", "four", "five", "several", "some", "other", "another",
              "of"}  # "of": "Ministry of Health" is the "health ministry"


def normalise_speaker(name: str) -> str:
    """Case, articles, counts, possessives, plurals, accents, initials and word order ("Ministry of Health",
    "health ministry") do not make another speaker."""
    from tracker.lexicon import fold_accents

    name = re.sub(r"[’']s\b", "", fold_accents(name.lower()))
    # Accents ("Erdoğan", "Erdogan") and middle initials ("Emily W. Murphy") do not make another speaker.
    words = [w.rstrip("s") for w in re.findall(r"[\w-]+", name.replace(".", ""))
             if w not in _UNCOUNTED and len(w) > 1]
    return " ".join(sorted(words))


def _prf(tp: int, n_predicted: int, n_gold: int) -> dict:
    precision = tp / n_predicted if n_predicted else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def same_speaker(gold: str, found: str) -> bool:
    """One speaker by two names: equal once normalised (:func:`normalise_speaker`), or a person's name with a
    middle name left out ("Diane Rwigara" for "Diane Shima Rwigara": same first and last word)."""
    if normalise_speaker(gold) == normalise_speaker(found):
        return True
    shorter, longer = sorted((name.lower().replace(".", "").split() for name in (gold, found)), key=len)
    return len(shorter) >= 2 and len(longer) == len(shorter) + 1 and (shorter[0], shorter[-1]) == (
        longer[0], longer[-1])


def normalise_camp(camp: str) -> str:
    """Camps compare as speakers do, with a country's other names ("US", "U.S.", "American") as one."""
    from tracker.attribute import side_of

    side = side_of(camp)
    return normalise_speaker(side if side and len(camp.split()) <= 2 else camp)


def evaluate_extraction(paths: list[str | Path], *, nli=None) -> dict:
    """Scores against gold files; with ``nli`` (as ``tracker run`` has), stance uses rebuttal detection.
    Camp accuracy counts the matched statements whose gold gives a camp (the older gold files do not)."""
    from tracker.api import analyse_article

    counts = {0.3: 0, 0.8: 0}
    n_gold = n_predicted = speakers_right = matched = camps_right = camps_judged = 0
    stance_gold: list[str] = []
    stance_predicted: list[str] = []
    misses: list[str] = []
    errors: list[str] = []
    files = gold_files(paths)
    for path in files:
        try:
            gold = load_gold(path)
        except GoldFormatError as error:
            errors.append(str(error))
            continue
        predicted = analyse_article(gold.article, nli=nli)
        n_gold += len(gold.statements)
        n_predicted += len(predicted)
        for threshold in counts:
            counts[threshold] += len(_match(gold.statements, predicted, threshold))
        matches = _match(gold.statements, predicted, 0.3)
        name = path.name
        for i, j in matches:
            g, p = gold.statements[i], predicted[j]
            matched += 1
            if same_speaker(g.speaker, p.speaker.name):
                speakers_right += 1
            else:
                misses.append(f"{name} {g.id}: speaker {p.speaker.name!r} (as written {p.speaker.text!r}), "
                              f"gold {g.speaker!r}: {g.text[:60]!r}")
            if g.camp:
                camps_judged += 1
                if normalise_camp(g.camp) == normalise_camp(p.speaker.camp) or same_speaker(g.camp, p.speaker.camp):
                    camps_right += 1
                else:
                    misses.append(f"{name} {g.id}: camp {p.speaker.camp!r} of {p.speaker.name!r}, "
                                  f"gold {g.camp!r}: {g.text[:60]!r}")
            stance_gold.append(g.stance)
            stance_predicted.append(p.stance)
            if g.stance != p.stance:
                misses.append(f"{name} {g.id}: stance {p.stance} ({p.stance_evidence or 'no evidence'}), "
                              f"gold {g.stance}: {g.text[:60]!r}")
        found_gold = {i for i, _ in matches}
        found_predicted = {j for _, j in matches}
        misses += [f"{name} {g.id}: missed ({g.speaker}): {g.text[:70]!r}"
                   for i, g in enumerate(gold.statements) if i not in found_gold]
        misses += [f"{name}: spurious ({p.speaker.name}, cue {p.cue!r}): {p.text[:70]!r}"
                   for j, p in enumerate(predicted) if j not in found_predicted]
    stance_f1 = {label: _f1(stance_gold, stance_predicted, label) for label in ("claim", "denial")}
    return {
        "files": len(files), "gold_statements": n_gold, "predicted_statements": n_predicted,
        "overlap_0.3": _prf(counts[0.3], n_predicted, n_gold), "overlap_0.8": _prf(counts[0.8], n_predicted, n_gold),
        "speaker_accuracy": speakers_right / matched if matched else 0.0,
        "camp_accuracy": camps_right / camps_judged if camps_judged else float("nan"),
        "stance_macro_f1": sum(stance_f1.values()) / 2, "denial_f1": stance_f1["denial"],
        "claim_f1": stance_f1["claim"], "misses": misses, "errors": errors,
    }


def format_extraction_report(report: dict, *, misses: bool = True) -> str:
    lines = [(f"{report['files']} gold files, {report['gold_statements']} gold statements, "
              f"{report['predicted_statements']} extracted"), ""]
    for key in ("overlap_0.3", "overlap_0.8"):
        r = report[key]
        lines.append(f"statements @ {key[-3:]}: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
                     f"F1 {r['f1']:.3f}")
    lines += [f"speaker accuracy (matched @ 0.3): {report['speaker_accuracy']:.3f}",
              f"camp accuracy (matched @ 0.3): {report['camp_accuracy']:.3f}",
              (f"stance macro-F1: {report['stance_macro_f1']:.3f}  (claim F1 {report['claim_f1']:.3f}, "
               f"denial F1 {report['denial_f1']:.3f})")]
    if report["errors"]:
        lines += ["", "gold files that could not be used:"] + [f"  {e}" for e in report["errors"]]
    if misses and report["misses"]:
        lines += ["", "misses:"] + [f"  {m}" for m in report["misses"]]
    return "\n".join(lines)


# The gold sets of docs/gold_format.md, the real test split first: the figures that count.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GOLD_SPLITS = {"real test": DATA_DIR / "real" / "test", "real dev": DATA_DIR / "real" / "dev",
               "samples": DATA_DIR / "articles", "seed": DATA_DIR / "gold"}


def split_paths(paths: list[str | Path] | None) -> dict[str, list[Path]]:
    """Named splits: the given paths, each a split of its own, or the project's gold sets (those present;
    the seed's article lives in ../shared/seed, which a user's machine may lack)."""
    if paths:
        return {str(p): [Path(p)] for p in paths}
    splits = {name: [folder] for name, folder in GOLD_SPLITS.items() if folder.is_dir() and gold_files([folder])}
    if not splits:
        raise GoldFormatError(f"no gold sets under {DATA_DIR}; pass gold files or folders")
    return splits


def format_split_table(reports: dict[str, dict]) -> str:
    """One line per split: the figures of docs/evaluation.md side by side."""
    lines = [(f"{'split':<12}{'files':>6}{'gold':>6}{'found':>6}{'P@.3':>7}{'R@.3':>7}{'F1@.3':>7}{'F1@.8':>7}"
              f"{'speaker':>8}{'camp':>7}{'stance':>8}{'denial':>8}")]
    for name, r in reports.items():
        lines.append(f"{name[:12]:<12}{r['files']:>6}{r['gold_statements']:>6}{r['predicted_statements']:>6}"
                     f"{r['overlap_0.3']['precision']:>7.3f}{r['overlap_0.3']['recall']:>7.3f}"
                     f"{r['overlap_0.3']['f1']:>7.3f}{r['overlap_0.8']['f1']:>7.3f}{r['speaker_accuracy']:>8.3f}"
                     f"{r['camp_accuracy']:>7.3f}{r['stance_macro_f1']:>8.3f}{r['denial_f1']:>8.3f}")
    return "\n".join(lines)


# --- contradiction pairs -------------------------------------------------------------------------------------

PAIR_THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def evaluate_pairs(paths: list[str | Path], *, nli=None, thresholds=PAIR_THRESHOLDS) -> dict:
    """Precision and recall of the contradiction table against the gold files' contradiction pairs, at
    several ``min_score`` levels. A gold pair counts when both its statements are extracted (overlap 0.3)."""
    from tracker.api import track
    from tracker.nli import load_nli

    golds = [load_gold(path) for path in gold_files(paths)]
    result = track([g.article for g in golds], nli=nli or load_nli(), min_score=min(thresholds))
    gold_pairs: set[frozenset] = set()
    for gold in golds:
        predicted = [s for s in result.statement_records if s.article_id == gold.article.id]
        found = {i: predicted[j].id for i, j in _match(gold.statements, predicted, 0.3)}
        index = {s.id: i for i, s in enumerate(gold.statements)}
        for a, b in gold.contradictions:
            if index[a] in found and index[b] in found:
                gold_pairs.add(frozenset((found[index[a]], found[index[b]])))
    table = result.contradictions
    reported = [(score, frozenset((a, b))) for score, a, b in
                zip(table.score, table.claim_statement_id, table.denial_statement_id)]
    rows = []
    for threshold in thresholds:
        kept = [pair for score, pair in reported if score >= threshold]
        hits = sum(pair in gold_pairs for pair in kept)
        rows.append({"min_score": threshold, "pairs": len(kept), "precision": hits / len(kept) if kept else 0.0,
                     "recall": hits / len(gold_pairs) if gold_pairs else 0.0})
    return {"files": len(golds), "gold_pairs": len(gold_pairs), "rows": rows}


def format_pairs_report(report: dict) -> str:
    lines = [f"{report['files']} gold files, {report['gold_pairs']} gold contradiction pairs with both sides extracted",
             "", f"{'min_score':>9}{'pairs':>7}{'precision':>11}{'recall':>8}"]
    lines += [f"{r['min_score']:>9.2f}{r['pairs']:>7}{r['precision']:>11.2f}{r['recall']:>8.2f}" for r in report["rows"]]
    return "\n".join(lines)
