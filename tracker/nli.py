"""The NLI model: loading by name or path, label order from ``config.id2label``, batched scoring.

Scoring is the three steps of STYLE.md: build the pairs, predict them in length-sorted batches under
``torch.inference_mode``, and map the logits to labels by *name* (entailment / neutral / contradiction),
whatever order the model's config lists them in.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from tracker.errors import ModelLoadError

LABELS = ("entailment", "neutral", "contradiction")

#: The model trained by ``tracker train-nli`` and shipped in the repository (see its MODEL_CARD.md).
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "tracker-nli-minilm"


def default_model() -> str:
    """The model used when none is given: ``$TRACKER_NLI_MODEL`` if set, else the shipped one."""
    return os.environ.get("TRACKER_NLI_MODEL", str(DEFAULT_MODEL_DIR))


def _label_columns(id2label: dict) -> list[int]:
    """Column index of entailment, neutral, contradiction in the model's logits, found by label name."""
    by_name: dict[str, int] = {}
    for index, name in id2label.items():
        lowered = str(name).lower()
        for label in LABELS:
            if lowered.startswith(label[:7]):
                by_name[label] = int(index)
    missing = [label for label in LABELS if label not in by_name]
    if missing:
        raise ModelLoadError(
            f"the model's config.id2label {dict(id2label)} names no {', '.join(missing)} label; "
            "tracker needs a 3-way NLI model (entailment / neutral / contradiction)"
        )
    return [by_name[label] for label in LABELS]


@dataclass
class NLIModel:
    """A loaded NLI cross-encoder. Build it with :func:`load_nli`; it is reused across calls."""

    name: str
    tokenizer: object
    model: object
    columns: list[int]
    max_length: int = 256

    def predict(self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32) -> np.ndarray:
        """Probabilities, one row per (premise, hypothesis) pair, columns ordered as :data:`LABELS`."""
        import torch

        probs = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        if not pairs:
            return probs
        # Length-sorted batches waste little on padding, which is most of the cost on a CPU.
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                encoded = self.tokenizer(
                    [pairs[i][0] for i in batch],
                    [pairs[i][1] for i in batch],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                logits = self.model(**encoded).logits.float()
                batch_probs = torch.softmax(logits, dim=-1)[:, self.columns].numpy()
                probs[batch] = batch_probs
        return probs


def load_nli(name_or_path: str | os.PathLike | None = None) -> NLIModel:
    """Load an NLI model from a local folder or, where the hub can be reached, by hub name. Cached: a
    notebook that calls ``track`` again reuses the loaded model."""
    return _load_nli(str(name_or_path or default_model()))


@lru_cache(maxsize=2)
def _load_nli(name: str) -> NLIModel:
    tokenizer, model = load_pretrained("AutoModelForSequenceClassification", name, what="NLI model")
    return NLIModel(name=name, tokenizer=tokenizer, model=model, columns=_label_columns(model.config.id2label))


def load_pretrained(auto_class: str, name: str, *, what: str) -> tuple[object, object]:
    """Tokenizer and model (``transformers.<auto_class>``, in eval mode) from a local folder or a hub name,
    with errors that say how to point tracker at a local copy when the hub cannot be reached."""
    import torch
    import transformers
    from transformers import AutoTokenizer

    path = Path(name).expanduser()
    # Hub names are "org/model"; anything that exists, or looks like a path, is a local folder.
    looks_local = path.exists() or name.startswith((".", "/", "~")) or name.count("/") > 1
    if looks_local and not (path / "config.json").is_file():
        raise ModelLoadError(
            f"no {what} at {path}: the folder needs config.json, the weights and the tokenizer files. Pass "
            "another local model folder (--model, TRACKER_NLI_MODEL or TRACKER_ENCODER), or train an NLI model "
            "with `tracker train-nli --out DIR`."
        )
    from transformers.utils import logging as transformers_logging

    bar = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()  # a "Loading weights" bar per call is noise in notebooks
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path) if looks_local else name)
        # Shipped weights are fp16 to stay small; compute in fp32, which is faster and exact on CPUs.
        model = getattr(transformers, auto_class).from_pretrained(str(path) if looks_local else name,
                                                                  dtype=torch.float32)
    except OSError as error:
        raise ModelLoadError(
            f"could not load the {what} {name!r}: {error}\n"
            "If this machine cannot reach the Hugging Face hub, download the model elsewhere, copy its folder "
            "here and point tracker at that local folder (`--model /path/to/model` or TRACKER_NLI_MODEL for "
            "the NLI model, TRACKER_ENCODER for the sentence encoder). "
            f"The shipped NLI model lives at {DEFAULT_MODEL_DIR}."
        ) from error
    finally:
        if bar:
            transformers_logging.enable_progress_bar()
    model.eval()
    return tokenizer, model
