"""The training command's code path on a tiny slice (the real run takes about an hour)."""

import json
from collections import Counter
from dataclasses import replace

import pytest

from tracker.nli import load_nli
from tracker.nli_data import TRAINING_SETS, dnc_megaveridicality, negate, shared_data_dir, synthetic_denials
from tracker.train import TrainConfig, train_nli


@pytest.fixture(scope="module")
def data_root():
    try:
        return shared_data_dir()
    except Exception as error:  # noqa: BLE001 - any reason the shared data is absent skips these
        pytest.skip(str(error))


@pytest.mark.slow
def test_train_a_few_steps_saves_a_loadable_fp16_model(tmp_path, data_root):
    from tracker.nli import default_model

    out = train_nli(TrainConfig(out=str(tmp_path / "model"), limit=64, max_steps=2, batch_size=8,
                                synthetic_limit=50, average_with=(default_model(),)))
    assert (out / "model.safetensors").stat().st_size < 50_000_000
    assert json.loads((out / "training.json").read_text())["phases"][-1]["phase"] == "average"
    model = load_nli(str(out))
    assert model.predict([("A man sleeps.", "A man is awake.")]).shape == (1, 3)


def test_train_sets_never_include_held_out_data(data_root):
    from tracker.nli_data import HELD_OUT_SETS

    held_out = {(e.premise, e.hypothesis) for e in HELD_OUT_SETS["mnli-matched"](data_root)}
    mismatched = {(e.premise, e.hypothesis) for e in TRAINING_SETS["mnli-mismatched"](data_root)}
    assert not held_out & mismatched


def test_train_dnc_recast_makes_denials_contradict(data_root):
    examples = dnc_megaveridicality(data_root)
    denied = [e for e in examples if e.premise.startswith("someone denied that") and e.hypothesis == "that thing happened."]
    assert denied and all(e.label == "contradiction" for e in denied)


@pytest.mark.parametrize(
    "sentence, negated",
    [("The dog is running.", "The dog is not running."), ("Two men were talking.", "Two men were not talking."),
     ("A man sleeps.", None), ("She might leave early.", None), ("He was never paid.", None),
     ("The report, which critics had long dismissed as a whitewash, was published.", None)],
)
def test_train_negate(sentence, negated):
    assert negate(sentence) == negated


@pytest.mark.parametrize(
    "hypothesis, swapped",
    [("The crossing was open on Monday.", "The crossing was closed on Monday."),
     ("An old man is sitting on a bench.", "A young man is sitting on a bench."),  # the article follows
     ("Profits increased in May.", "Profits decreased in May."),
     ("The winner was happy.", "The loser was happy."),  # only the first opposite is swapped
     ("The dog is not inside.", None),  # "not outside" would not contradict it
     ("Rich Hill is a town.", None), ("The open-air market was busy.", None)],  # names; compounds
)
def test_train_antonym_swaps_contradict_the_premise_and_the_hypothesis(hypothesis, swapped):
    from tracker.nli_data import NLIExample, antonym_swaps

    made = antonym_swaps([NLIExample("A premise.", hypothesis, "entailment", "x")], limit=10)
    if swapped is None:
        assert made == []
    else:
        assert [(e.premise, e.hypothesis, e.label) for e in made] == [
            ("A premise.", swapped, "contradiction"), (hypothesis, swapped, "contradiction")]


def test_train_antonym_swaps_only_from_entailed_pairs_and_up_to_the_limit():
    from tracker.nli_data import NLIExample, antonym_swaps

    base = [NLIExample("A premise.", f"The shop {n} was open.", "entailment", "x") for n in range(10)]
    assert len(antonym_swaps(base, limit=4)) == 4
    assert antonym_swaps([replace(base[0], label="neutral")], limit=4) == []


def test_train_synthetic_denials_frame_both_ways(data_root):
    from tracker.nli_data import NLIExample

    base = [NLIExample("A man is playing a guitar on stage.", "A man is playing music.", "entailment", "x")] * 3
    made = synthetic_denials(base, limit=4)
    labels = {e.source: e.label for e in made}
    assert labels["synthetic-denial"] == "contradiction" and labels["synthetic-claim"] == "entailment"


def test_train_final_phases_revisit_natural_pairs_and_written_ones_on_request(data_root):
    from tracker.train import PHASES, training_mixture

    mixture = training_mixture(TrainConfig(out="unused", dnc_limit=10, synthetic_limit=10))
    assert set(mixture) == set(PHASES)
    assert {e.source for e in mixture["final-natural"]} == {"mnli-mismatched", "snli-mnli-train", "snli-dev"}
    assert {e.source for e in mixture["final-mnli"]} == {"mnli-mismatched", "snli-mnli-train"}
    denial_sources = Counter(e.source for e in mixture["denials"])
    assert denial_sources["written-denials"] and not denial_sources["synthetic-antonym"]
    written = training_mixture(TrainConfig(out="unused", dnc_limit=10, synthetic_limit=10, written_pairs=True,
                                           antonym_pairs=20))
    assert Counter(e.source for e in written["denials"])["synthetic-antonym"] == 20
    mnli_style = {e.source for e in written["final-mnli"]}
    assert {"mnli-mismatched", "snli-mnli-train", "written-fiction", "written-telephone"} <= mnli_style
    assert {e.source for e in written["final-natural"]} == mnli_style | {"snli-dev"}
    assert not {e.source for e in written["main"]} & {"written-fiction", "written-telephone"}


def test_train_written_pairs_name_the_file_and_line_of_a_bad_row(tmp_path):
    from tracker.errors import TrackerError
    from tracker.nli_data import written_pairs

    path = tmp_path / "pairs.tsv"
    path.write_text('genre\tpremise\thypothesis\tlabel\nfiction\t"Go," she said.\tShe spoke.\tentailment\n'
                    "fiction\tHe left.\tHe stayed.\tcontradicts\n", encoding="utf-8")
    with pytest.raises(TrackerError, match=r"pairs\.tsv, line 3"):
        written_pairs(path, "written")
    path.write_text('genre\tpremise\thypothesis\tlabel\nfiction\t"Go," she said.\tShe spoke.\tentailment\n',
                    encoding="utf-8")
    [example] = written_pairs(path, "written")
    assert (example.premise, example.source) == ('"Go," she said.', "written-fiction")  # quotes are text


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_train_written_mnli_style_pairs_are_triples_and_share_no_text_with_held_out_sets(data_root):
    from collections import defaultdict

    from tracker.nli_data import HELD_OUT_SETS, VALIDATION_SETS, written_mnli_style

    written = written_mnli_style()
    assert len(written) > 10_000
    labels_by_premise = defaultdict(list)
    for example in written:
        labels_by_premise[example.premise].append(example.label)
    assert all(sorted(labels) == ["contradiction", "entailment", "neutral"] for labels in labels_by_premise.values())
    held_out = set()
    for load in (*HELD_OUT_SETS.values(), *VALIDATION_SETS.values()):
        for example in load(data_root):
            held_out |= _shingles(example.premise) | _shingles(example.hypothesis)
    copied = [p for p in labels_by_premise if _shingles(p) & held_out]
    assert not copied, copied[:3]


def test_train_written_contradictions_negate_the_entailed_hypothesis_where_they_can():
    import re
    from collections import defaultdict

    from tracker.nli_data import written_mnli_style

    by_premise = defaultdict(dict)
    for example in written_mnli_style():
        by_premise[example.premise][example.label] = example
    negated = [pair for pair in by_premise.values() if pair["contradiction"].source.endswith("-negated")]
    for pair in negated:
        entailed, contradicted = pair["entailment"].hypothesis, pair["contradiction"].hypothesis
        assert re.sub(r" not\b", "", contradicted, count=1) == entailed
    # MNLI's contradictions carry a negation about 41% of the time; the written ones alone 5%.
    negation = re.compile(r"\b(not|no|never|nobody|nothing|none|\w+n't)\b", re.IGNORECASE)
    share = sum(bool(negation.search(p["contradiction"].hypothesis)) for p in by_premise.values()) / len(by_premise)
    assert 0.3 < share < 0.5


def test_train_average_weights_takes_the_mean_and_refuses_another_kind_of_model(tmp_path):
    import torch
    from transformers import AutoModelForSequenceClassification

    from tracker.errors import TrackerError
    from tracker.nli import default_model
    from tracker.train import average_weights

    def shipped():
        return AutoModelForSequenceClassification.from_pretrained(default_model(), dtype=torch.float32)

    shifted = shipped()
    with torch.no_grad():
        shifted.classifier.bias += 1.0
    shifted.save_pretrained(tmp_path / "shifted")
    model = shipped()
    before = model.classifier.bias.clone()
    record = average_weights(model, (str(tmp_path / "shifted"),))
    assert torch.allclose(model.classifier.bias, before + 0.5, atol=1e-3)
    assert record["with"] == [{"model": str(tmp_path / "shifted"), "phases": None}]

    two_way = shipped()
    two_way.config.id2label = {0: "entailment", 1: "not_entailment", 2: "neutral"}
    two_way.save_pretrained(tmp_path / "other")
    with pytest.raises(TrackerError, match="other: not the same kind of model"):
        average_weights(shipped(), (str(tmp_path / "other"),))
