"""Articles in: plain text, HTML (main text only), JSON Lines and CSV records, and folders of them.

Each reader returns :class:`Article` records whose ``text`` is the main text with page furniture
(navigation, credits, copyright lines, comment policies: ``lexicons/boilerplate.txt``) removed; statement
offsets index into that text. A file or record that cannot be read becomes an :class:`IngestError`
naming it, and the rest of the batch goes on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tracker import lexicon
from tracker.errors import IngestError
from tracker.models import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("id", "url", "outlet", "published", "title", "text")
_HEADER = re.compile(r"^(title|url|outlet|published|date|id|source|author)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.words("boilerplate.txt")), re.IGNORECASE)


def clean_text(text: str) -> str:
    """Main text: paragraphs (lines) that are page furniture dropped, blank-line paragraph breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept = [line.rstrip() for line in text.split("\n") if not _boilerplate().search(line.strip())]
    cleaned = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def article_id(text: str, given: str = "") -> str:
    """The given id, else a stable hash of the text, so reloading an article never duplicates it."""
    return str(given).strip() or "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def make_article(text: str, *, id: str = "", url: str = "", outlet: str = "", published: str = "",
                 title: str = "", source: str = "") -> Article:
    """An Article from raw text and whatever metadata is known; the title defaults to the first line."""
    cleaned = clean_text(text)
    if not cleaned:
        raise IngestError(f"{source or 'text'}: no article text left after removing page furniture")
    if not title:
        first = cleaned.split("\n", 1)[0].strip()
        title = first if len(first) < 200 else ""
    return Article(id=article_id(cleaned, id), text=cleaned, title=title.strip(), url=url.strip(),
                   outlet=outlet.strip(), published=str(published or "").strip(), source=source)


def read_text_file(path: Path) -> Article:
    """Plain text, optionally opened by ``Key: value`` header lines (title, url, outlet, published, id)."""
    raw = _read(path)
    meta, lines = {}, raw.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        meta[match.group(1).lower()] = match.group(2)
        index += 1
    if meta and (index == len(lines) or not lines[index].strip()):
        body = "\n".join(lines[index:])
    else:
        meta, body = {}, raw
    return make_article(body, id=meta.get("id", ""), url=meta.get("url", ""),
                        outlet=meta.get("outlet", meta.get("source", "")),
                        published=meta.get("published", meta.get("date", "")), title=meta.get("title", ""),
                        source=str(path))


def read_html_file(path: Path) -> Article:
    """The main text of a web page (trafilatura), with its title, url, site name and date."""
    import trafilatura

    html = _read(path)
    document = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                           include_images=False, with_metadata=True)
    if document is None or not getattr(document, "text", None):
        raise IngestError(f"{path}: no main text found in the HTML page")
    return make_article(document.text, url=document.url or "", outlet=document.sitename or "",
                        published=document.date or "", title=document.title or "", source=str(path))


def read_records(path: Path) -> IngestResult:
    """JSON Lines or CSV records with the fields id, url, outlet, published, title, text."""
    result = IngestResult()
    try:
        if path.suffix.lower() == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                rows = []
                for row in reader:  # line_num is the physical line, even after multi-line text fields
                    rows.append((reader.line_num, row))
        else:
            rows = []
            for number, line in enumerate(_read(path).splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    result.errors.append(IngestError(f"{path}:{number}: not valid JSON ({error.msg})"))
                    continue
                rows.append((number, record))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        result.errors.append(IngestError(f"{path}: cannot read records ({error})"))
        return result
    for number, record in rows:
        where = f"{path}:{number}"
        if not isinstance(record, dict) or not str(record.get("text") or "").strip():
            result.errors.append(IngestError(f"{where}: record has no 'text' field"))
            continue
        try:
            result.articles.append(make_article(
                str(record["text"]), **{k: str(record.get(k) or "") for k in RECORD_FIELDS if k != "text"},
                source=where))
        except IngestError as error:
            result.errors.append(error)
    return result


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return path.read_text(encoding="latin-1")


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".")
        )
    return [path]


def read_inputs(paths: Iterable[str | Path]) -> IngestResult:
    """Read files and folders (recursively) into articles; unreadable ones become errors, not exceptions."""
    result = IngestResult()
    for given in paths:
        path = Path(given)
        if not path.exists():
            result.errors.append(IngestError(f"{path}: no such file or folder"))
            continue
        for file in _files(path):
            suffix = file.suffix.lower()
            try:
                if suffix in RECORD_SUFFIXES:
                    records = read_records(file)
                    result.articles += records.articles
                    result.errors += records.errors
                elif suffix in HTML_SUFFIXES:
                    result.articles.append(read_html_file(file))
                elif suffix in TEXT_SUFFIXES:
                    result.articles.append(read_text_file(file))
                else:
                    result.errors.append(IngestError(
                        f"{file}: unsupported file type {suffix!r}; use .txt, .html, .jsonl or .csv"))
            except IngestError as error:
                result.errors.append(error)
            except (OSError, ValueError) as error:
                result.errors.append(IngestError(f"{file}: cannot read ({error})"))
    for error in result.errors:
        log.warning("skipped: %s", error)
    return result
