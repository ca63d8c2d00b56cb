"""Speed of the pipeline on this machine: extraction per article, NLI pairs per second, a full run.

    .venv/bin/python benchmarks/speed.py [--repeat 5]

Prints figures; nothing is asserted (the docs quote what it printed).
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import tracker
from tracker.api import analyse_article
from tracker.ingest import read_inputs
from tracker.nli import load_nli

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the sample articles")
    parser.add_argument("--model", help="NLI model (default: the shipped one)")
    args = parser.parse_args()
    articles = read_inputs([ROOT / "data" / "articles"]).articles
    words = sum(len(a.text.split()) for a in articles)

    started = time.perf_counter()
    for _ in range(args.repeat):
        statements = [s for a in articles for s in analyse_article(a)]
    seconds = (time.perf_counter() - started) / args.repeat
    print(f"extract+attribute+stance: {len(articles) / seconds:.1f} articles/s "
          f"({words / seconds:.0f} words/s, {len(statements)} statements per pass)")

    started = time.perf_counter()
    nli = load_nli(args.model)
    print(f"NLI model load: {time.perf_counter() - started:.2f} s ({nli.name})")
    pairs = [(a.text, b.text) for a, b in itertools.pairwise(statements)][:256]
    started = time.perf_counter()
    nli.predict(pairs)
    print(f"NLI scoring: {len(pairs) / (time.perf_counter() - started):.0f} pairs/s on {len(pairs)} statement pairs")

    started = time.perf_counter()
    result = tracker.track(ROOT / "data" / "articles", nli=nli)
    print(f"tracker.track on data/articles: {time.perf_counter() - started:.1f} s for {len(articles)} articles, "
          f"{len(result.statements)} statements, {len(result.contradictions)} contradictions")


if __name__ == "__main__":
    main()
