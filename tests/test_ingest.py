"""Reading articles: text headers, page furniture, HTML main text, JSONL/CSV records, folders, errors."""

import json
from pathlib import Path

import pytest

from tracker.errors import IngestError
from tracker.ingest import (
    article_id,
    clean_text,
    make_article,
    read_html_file,
    read_inputs,
    read_records,
    read_text_file,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_HTML = ROOT / "data" / "articles" / "b08-norvania-ambassador-expelled.html"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "ukraine-summit-2022-02-21.txt"

BODY = ("The transport minister denied on Tuesday that a secret port deal had been signed.\n\n"
        "“There is no deal,” Ilse Marten told reporters outside parliament.\n")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister denies port deal | The Harbour Times</title>
<meta property="og:title" content="Minister denies port deal"></head>
<body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Click accept to consent to all cookies.</p>
<button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li>
<li><a href="/sport">Sport pages</a></li></ul></nav></header>
<main><article>
<h1>Minister denies port deal</h1>
<p>The transport minister, Ilse Marten, on Tuesday denied that her ministry had signed a secret agreement to
sell the northern port to a foreign operator, calling the reports baseless.</p>
<p>“There is no deal and there never was a deal,” Marten told reporters outside parliament, adding that the
port would remain in public hands for the foreseeable future.</p>
<p>Opposition leader Tomas Rell said his party had seen documents showing that negotiations had been under way
since the spring and that a draft contract had been circulated.</p>
</article></main>
<footer><p>Contact us | About us | Careers at the Harbour Times newsroom</p>
<p>© 2024 Harbour Times Ltd. All rights reserved.</p></footer>
</body></html>
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- plain text -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, field, value",
    [
        ("Title: Minister denies port deal", "title", "Minister denies port deal"),
        ("URL: https://harbour.example/port-deal", "url", "https://harbour.example/port-deal"),
        ("Outlet: Harbour Times", "outlet", "Harbour Times"),
        ("Published: 2024-03-05", "published", "2024-03-05"),
        ("id: port-deal-1", "id", "port-deal-1"),
        ("Source: Harbour Times", "outlet", "Harbour Times"),
        ("Date: 2024-03-05", "published", "2024-03-05"),
    ],
)
def test_ingest_text_header_line_becomes_field(tmp_path, header, field, value):
    article = read_text_file(_write(tmp_path / "port.txt", f"{header}\n\n{BODY}"))
    assert getattr(article, field) == value
    assert article.text == BODY.strip()


def test_ingest_text_header_block_parsed_and_removed(tmp_path):
    header = ("Title: Minister denies port deal\nURL: https://harbour.example/port-deal\n"
              "Outlet: Harbour Times\nPublished: 2024-03-05\nID: port-deal-1\n\n")
    article = read_text_file(_write(tmp_path / "port.txt", header + BODY))
    assert (article.id, article.title, article.url, article.outlet, article.published) == (
        "port-deal-1", "Minister denies port deal", "https://harbour.example/port-deal", "Harbour Times",
        "2024-03-05")
    assert article.text.startswith("The transport minister denied")
    for furniture in ("Title:", "URL:", "Outlet:", "Published:", "ID:", "port-deal-1"):
        assert furniture not in article.text
    assert article.source == str(tmp_path / "port.txt")


def test_ingest_text_without_header_keeps_first_line_as_title(tmp_path):
    article = read_text_file(_write(tmp_path / "port.txt", "Minister denies port deal\n\n" + BODY))
    assert article.title == "Minister denies port deal"
    assert article.text.startswith("Minister denies port deal\n\nThe transport minister")
    assert (article.url, article.outlet, article.published) == ("", "", "")


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to content",
        "Skip to Content",
        "© 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.",
        "™ & © 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.",
        "Photo: Reuters/Jane Doe",
        "Image credit: Getty Images",
        "Please keep your comments respectful and relevant.",
        "We are committed to providing a forum for civil discussion.",
        "You can review our Community Guidelines by clicking here",
        "Article Topic Follows: News",
        "<i>Getty</i><br/>President Joe Biden has agreed",
        "Advertisement",
    ],
)
def test_ingest_boilerplate_line_dropped(furniture):
    text = f"The minister denied the deal.\n\n{furniture}\n\nThe opposition said talks had begun."
    assert clean_text(text) == "The minister denied the deal.\n\nThe opposition said talks had begun."


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The posts broke our community guidelines,” a Meta spokesperson said.",
        "Regulators said websites must let users reject cookies as easily as they accept them.",
    ],
)
def test_ingest_boilerplate_keeps_news_paragraph_mentioning_policy_words(paragraph):
    assert paragraph in clean_text(f"The minister denied the deal.\n\n{paragraph}")


@pytest.fixture(scope="module")
def seed_article():
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    return read_text_file(SEED)


@pytest.mark.parametrize("furniture", ["Skip to Content", "Cable News Network", "comments respectful", "<i>Getty",
                                       "Article Topic Follows", "All rights reserved"])
def test_ingest_seed_article_has_no_page_furniture(seed_article, furniture):
    assert furniture not in seed_article.text


@pytest.mark.parametrize("kept", ["We are not shelling", "there is no invasion and there is no such plan",
                                  "Kremlin spokesperson Dmitry Peskov said there were “no concrete plans”"])
def test_ingest_seed_article_keeps_news_text(seed_article, kept):
    assert kept in seed_article.text


def test_ingest_seed_article_title_is_headline(seed_article):
    assert seed_article.title.startswith("White House says Biden has agreed to meet with Putin")


# --- HTML ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page_article(tmp_path_factory):
    return read_html_file(_write(tmp_path_factory.mktemp("html") / "port.html", PAGE))


@pytest.mark.parametrize("kept", [
    "The transport minister, Ilse Marten, on Tuesday denied",
    "“There is no deal and there never was a deal,” Marten told reporters",
    "Opposition leader Tomas Rell said his party had seen documents",
])
def test_ingest_html_keeps_article_paragraphs(page_article, kept):
    assert kept in " ".join(page_article.text.split())


@pytest.mark.parametrize("dropped", ["cookies", "Accept all", "World news section", "Sport pages",
                                     "Careers at the Harbour Times", "All rights reserved", "©"])
def test_ingest_html_drops_nav_cookie_banner_and_footer(page_article, dropped):
    assert dropped not in page_article.text


def test_ingest_html_title_taken_from_page(page_article):
    assert page_article.title == "Minister denies port deal"


def test_ingest_html_page_without_text_is_an_error(tmp_path):
    path = _write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(IngestError, match="empty.html"):
        read_html_file(path)


@pytest.mark.parametrize("kept", [
    "Norvania on Thursday ordered the ambassador of neighbouring Varesia to leave the country within 72 hours",
    "“A diplomat is a guest in our country,” Hartmann said",
    "“Ambassador Oquendo has nothing to do with the protests",
    "The last time Norvania expelled an ambassador was in 1998",
])
def test_ingest_sample_html_reads_its_paragraphs(kept):
    article = read_html_file(SAMPLE_HTML)
    assert kept in article.text


@pytest.mark.parametrize("dropped", ["Skip to content", "cookies", "Related stories", "Comments are moderated",
                                     "Privacy policy", "All rights reserved", "Photo: Lars Engholm"])
def test_ingest_sample_html_drops_page_furniture(dropped):
    assert dropped not in read_html_file(SAMPLE_HTML).text


def test_ingest_sample_html_metadata():
    article = read_html_file(SAMPLE_HTML)
    assert article.title == "Norvania expels Varesian ambassador in row over protest funding"
    assert article.url == "https://www.continentalherald.example/world/2025/10/09/norvania-expels-varesian-ambassador"
    assert article.published == "2025-10-09"


# --- records ------------------------------------------------------------------------------------------------

RECORD = {"id": "r1", "url": "https://harbour.example/1", "outlet": "Harbour Times", "published": "2024-03-05",
          "title": "Minister denies port deal", "text": "The minister denied the deal, her office said."}


def test_ingest_jsonl_records_read_with_metadata(tmp_path):
    second = dict(RECORD, id="r2", title="Second", text="Rell said talks had begun.")
    path = _write(tmp_path / "feed.jsonl", json.dumps(RECORD) + "\n\n" + json.dumps(second) + "\n")
    result = read_records(path)
    assert result.errors == []
    assert [(a.id, a.url, a.outlet, a.published, a.title, a.text) for a in result.articles] == [
        tuple(RECORD[k] for k in ("id", "url", "outlet", "published", "title", "text")),
        ("r2", "https://harbour.example/1", "Harbour Times", "2024-03-05", "Second", "Rell said talks had begun."),
    ]
    assert result.articles[1].source == f"{path}:3"


def test_ingest_jsonl_bad_line_and_missing_text_become_errors(tmp_path):
    lines = [json.dumps(RECORD), '{"id": "broken", "text": ', json.dumps({"id": "r3", "title": "no text"}),
             json.dumps(dict(RECORD, id="r4"))]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_records(path)
    assert [a.id for a in result.articles] == ["r1", "r4"]
    messages = [str(e) for e in result.errors]
    assert len(messages) == 2
    assert messages[0].startswith(f"{path}:2:") and "not valid JSON" in messages[0]
    assert messages[1].startswith(f"{path}:3:") and "'text'" in messages[1]


def test_ingest_csv_records_read_with_metadata(tmp_path):
    path = _write(tmp_path / "feed.csv",
                  "id,url,outlet,published,title,text\n"
                  "r1,https://harbour.example/1,Harbour Times,2024-03-05,Minister denies port deal,"
                  "\"The minister denied the deal, her office said.\"\n"
                  "r2,,Harbour Times,2024-03-06,No text,\n"
                  "r3,,Coast News,2024-03-07,Third,Rell said talks had begun.\n")
    result = read_records(path)
    assert [(a.id, a.url, a.outlet, a.published, a.title, a.text) for a in result.articles] == [
        tuple(RECORD[k] for k in ("id", "url", "outlet", "published", "title", "text")),
        ("r3", "", "Coast News", "2024-03-07", "Third", "Rell said talks had begun."),
    ]
    assert [str(e) for e in result.errors] == [f"{path}:3: record has no 'text' field"]


def test_ingest_csv_with_byte_order_mark_reads_id_column(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_bytes("id,title,text\nr1,T,The minister denied the deal.\n".encode("utf-8-sig"))
    [article] = read_records(path).articles
    assert (article.id, article.title) == ("r1", "T")


def test_ingest_csv_error_names_physical_line_after_multiline_text(tmp_path):
    path = _write(tmp_path / "feed.csv",
                  "id,title,text\n"
                  "r1,T1,\"First paragraph.\n\nSecond paragraph, she said.\"\n"
                  "r2,T2,\n")
    result = read_records(path)
    assert [a.id for a in result.articles] == ["r1"]
    assert [str(e) for e in result.errors] == [f"{path}:5: record has no 'text' field"]


# --- folders, errors, ids -------------------------------------------------------------------------------


def test_ingest_folder_read_recursively_skipping_gold_and_unsupported(tmp_path):
    _write(tmp_path / "a.txt", "Title: A\n\nThe minister denied the deal.\n")
    _write(tmp_path / "a.gold.json", json.dumps({"statements": [], "text": "not an article"}))
    _write(tmp_path / "nested" / "deeper" / "b.txt", "Rell said talks had begun.\n")
    _write(tmp_path / "nested" / "c.jsonl", json.dumps(RECORD) + "\n")
    _write(tmp_path / "nested" / "notes.pdf", "binary")
    _write(tmp_path / "nested" / "data.json", json.dumps(RECORD))
    _write(tmp_path / ".hidden.txt", "Hidden text, he said.\n")
    result = read_inputs([tmp_path])
    assert result.errors == []
    assert sorted(a.text for a in result.articles) == sorted([
        "The minister denied the deal.", "Rell said talks had begun.", RECORD["text"]])


def test_ingest_gold_file_given_directly_is_never_an_article(tmp_path):
    gold = _write(tmp_path / "a.gold.json", json.dumps({"statements": [], "text": "not an article"}))
    result = read_inputs([gold])
    assert result.articles == []
    assert len(result.errors) == 1 and str(gold) in str(result.errors[0])


def test_ingest_missing_path_is_an_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere" / "gone.txt"
    _write(tmp_path / "ok.txt", "The minister denied the deal.\n")
    result = read_inputs([missing, tmp_path / "ok.txt"])
    assert [a.text for a in result.articles] == ["The minister denied the deal."]
    assert [str(e) for e in result.errors] == [f"{missing}: no such file or folder"]


@pytest.mark.parametrize("content", ["", "\n\n   \n", "Skip to content\n\nAdvertisement\n"])
def test_ingest_empty_file_is_an_error_naming_it(tmp_path, content):
    path = _write(tmp_path / "empty.txt", content)
    with pytest.raises(IngestError, match="empty.txt"):
        read_text_file(path)
    result = read_inputs([path])
    assert result.articles == []
    assert len(result.errors) == 1 and str(result.errors[0]).startswith(str(path))


def test_ingest_article_id_stable_for_same_text(tmp_path):
    first = read_text_file(_write(tmp_path / "one.txt", BODY))
    second = read_text_file(_write(tmp_path / "two" / "copy.txt", BODY))
    assert first.id == second.id == article_id(BODY.strip())
    assert first.id != make_article("Another text entirely.").id
    assert first.id.startswith("a") and len(first.id) == 13


@pytest.mark.parametrize("given, expected", [("port-1", "port-1"), ("  port-2 ", "port-2"), ("", None)])
def test_ingest_given_id_kept(given, expected):
    article = make_article(BODY, id=given)
    assert article.id == (expected or article_id(BODY.strip()))
