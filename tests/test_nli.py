"""The NLI model: label order by name, loading errors that say what to do, and the shipped model's calls."""

import csv
from pathlib import Path

import pytest

from tracker.errors import ModelLoadError
from tracker.nli import LABELS, _label_columns, load_nli

PAIRS = Path(__file__).parent / "data" / "claim_denial_pairs.tsv"
OPPOSITE_WORD_PAIRS = PAIRS.with_name("opposite_word_pairs.tsv")


def _tsv_rows(path: Path) -> list[list[str]]:
    """The rows of a hand-written test file: tab-separated, lines opened by "#" are comments."""
    with open(path, encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


@pytest.mark.parametrize(
    "id2label, columns",
    [
        ({0: "entailment", 1: "neutral", 2: "contradiction"}, [0, 1, 2]),
        ({0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}, [1, 2, 0]),
        ({"0": "contradiction", "1": "entailment", "2": "neutral"}, [1, 2, 0]),
    ],
)
def test_nli_label_columns_follow_the_config(id2label, columns):
    assert _label_columns(id2label) == columns


def test_nli_label_columns_refuse_a_model_without_nli_labels():
    with pytest.raises(ModelLoadError, match="contradiction"):
        _label_columns({0: "POSITIVE", 1: "NEGATIVE"})


def test_nli_missing_local_folder_says_how_to_fix(tmp_path):
    with pytest.raises(ModelLoadError, match="train-nli|--model"):
        load_nli(str(tmp_path / "no-such-model"))


def test_nli_unreachable_hub_name_says_how_to_point_at_a_local_model(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelLoadError, match="local"):
        load_nli("cross-encoder/nli-deberta-v3-small")


def test_nli_shipped_model_reads_its_labels_by_name(nli):
    assert [nli.model.config.id2label[i].lower()[:7] for i in nli.columns] == [label[:7] for label in LABELS]


def test_nli_predict_is_a_probability_per_pair_in_input_order(nli):
    pairs = [("Two dogs are playing in the snow.", "No animals are outside."),
             ("A woman is reading a book in the park.", "A person is reading.")]
    probs = nli.predict(pairs + pairs[::-1][:1])
    assert probs.shape == (3, 3)
    assert abs(probs.sum(axis=1) - 1).max() < 1e-4
    assert probs[0].argmax() == LABELS.index("contradiction")
    assert probs[1].argmax() == LABELS.index("entailment")
    assert (probs[2] == probs[1]).all()


def test_nli_hand_written_claim_denial_pairs_contradict(nli):
    pairs = _tsv_rows(PAIRS)
    forward = nli.predict([(claim, denial) for claim, denial in pairs])
    backward = nli.predict([(denial, claim) for claim, denial in pairs])
    contra = LABELS.index("contradiction")
    missed = [claim for (claim, _), f, b in zip(pairs, forward, backward) if max(f[contra], b[contra]) <= 0.5]
    assert len(missed) <= len(pairs) // 10, missed


@pytest.mark.parametrize(
    "claim, denial",
    [
        ("a shell fired from Ukrainian territory had destroyed a border guard post in Russia’s southern Rostov region",
         "Ukraine had nothing to do with these attacks"),
        (("a US intelligence assessment indicated orders had been sent to Russian commanders to proceed "
          "with an attack on Ukraine"), "there is no invasion and there is no such plan"),
    ],
)
def test_nli_seed_design_card_pairs_contradict_on_content_alone(nli, claim, denial):
    # The seed's two design-card pairs, as the statements read in the article, with no context.
    contra = LABELS.index("contradiction")
    probs = nli.predict([(claim, denial), (denial, claim)])[:, contra]
    assert probs.max() > 0.5, probs


def test_nli_opposite_word_pairs_keep_the_shipped_level(nli):
    # Swapping a word for its opposite is this model's known weakness (see the model card's Breaking NLI
    # row): the model before the average gets 11 of these 20 right, the shipped one 12. A model that does
    # worse than the first should not ship.
    rows = _tsv_rows(OPPOSITE_WORD_PAIRS)
    assert len(rows) == 20 and {label for *_, label in rows} == set(LABELS)
    predicted = nli.predict([(premise, hypothesis) for premise, hypothesis, _ in rows]).argmax(axis=1)
    right = sum(LABELS[i] == label for i, (*_, label) in zip(predicted, rows))
    assert right >= 11, right
