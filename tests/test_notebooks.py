"""Every notebook in notebooks/ runs headless from top to bottom without an error.

The notebooks call the NLI model, so this is slow and needs a model: ``$TRACKER_NLI_MODEL`` or the shipped
one. The kernel (``python3``) inherits this process's environment, ``TRACKER_NLI_MODEL`` included.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
CELL_TIMEOUT_S = 900  # a cell that runs the tracker on CPU takes a minute or two; a busy machine, more


def _model_available() -> bool:
    from tracker.nli import default_model

    name = default_model()
    path = Path(name).expanduser()
    looks_local = path.exists() or name.startswith((".", "/", "~")) or name.count("/") > 1
    return (path / "config.json").is_file() if looks_local else True


def _stream_text(nb) -> str:
    return "".join(
        output.get("text", "")
        for cell in nb.cells if cell.cell_type == "code"
        for output in cell.get("outputs", []) if output.get("output_type") == "stream"
    )


def test_notebooks_exist():
    assert NOTEBOOKS, f"no notebooks in {NOTEBOOKS_DIR}"


def test_notebooks_are_stored_without_outputs():
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: outputs stored"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path):
    if not _model_available():
        pytest.skip("no NLI model: set TRACKER_NLI_MODEL or train the shipped one")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=CELL_TIMEOUT_S, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},  # run with notebooks/ as the working folder
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    errors = [
        f"{output.get('ename')}: {output.get('evalue')}"
        for cell in nb.cells if cell.cell_type == "code"
        for output in cell.get("outputs", []) if output.get("output_type") == "error"
    ]
    assert not errors, errors
    text = _stream_text(nb)
    if path.name == "explore.ipynb":
        found = re.findall(r"^CONTRADICTIONS=(\d+)$", text, flags=re.MULTILINE)
        assert found, "the notebook did not report CONTRADICTIONS=<n>"
        assert int(found[-1]) > 0, "the notebook found no contradictions"
        # The heatmap and the highlighted statements came out.
        kinds = {key for cell in nb.cells for output in cell.get("outputs", [])
                 for key in output.get("data", {})}
        assert {"image/png", "text/html"} <= kinds
