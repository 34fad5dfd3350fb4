"""Reading articles: formats, front matter, page furniture, offsets and input errors."""

from __future__ import annotations

import json
import os
import re

import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read.furniture import FURNITURE, find_furniture, is_headline
from kg.read import normalise_date, parse_front_matter, read_articles, read_text

LEAD = "The foreign minister of Norway visited Warsaw on Tuesday to discuss air defence."
QUOTE = '"We need more systems before winter," the minister told reporters in Warsaw.'
HEADLINE = "Norway pledges air defence for Poland"
CLOSE = "Talks will continue in Oslo next month, the ministry said in a statement."


def passage(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def skipped(article, fragment: str) -> bool:
    start = article.text.index(fragment)
    return article.content()[start : start + len(fragment)].strip() == ""


def kept(article, fragment: str) -> bool:
    start = article.text.index(fragment)
    return article.content()[start : start + len(fragment)] == fragment


# Front matter --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "date", "title"),
    [
        (f" date 2024-11-05 {HEADLINE}", "2024-11-05", HEADLINE),
        (f"date 2024-11-05 {HEADLINE}?", "2024-11-05", HEADLINE + "?"),
        # the rest of the line is a lead paragraph, not a headline: no title
        (f" date 2024-11-05 {LEAD} It was his first visit.", "2024-11-05", None),
        # a caption: kept as text, but not a title
        (" date 2024-11-05 Jonas Berg. Photo: Ministry of Foreign Affairs", "2024-11-05", None),
        (f" date 2024-13-45 {HEADLINE}", None, HEADLINE),
    ],
)
def test_read_seed_front_matter(first_line, date, title):
    article = read_text(passage(first_line, LEAD, CLOSE), id="a.txt")
    assert (article.date, article.title) == (date, title)
    prefix = re.match(r"\s*date \S+ ", first_line).group()
    assert article.content().startswith(" " * len(prefix))
    rest = first_line[len(prefix) :].split(" Photo:")[0]
    assert kept(article, rest)
    assert kept(article, LEAD) and kept(article, CLOSE)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            (
                "source: https://example.org/news/1\noutlet: Example Daily\ndate: 2024-11-05\n"
                "title: Norway pledges air defence"
            ),
            {
                "url": "https://example.org/news/1",
                "publisher": "Example Daily",
                "date": "2024-11-05",
                "title": "Norway pledges air defence",
            },
        ),
        (
            (
                "url: https://example.org/2\npublisher: Example Weekly\ndate: 5 November 2024\n"
                "title: (headline not included in stored copy)\nauthor: Jane Doe"
            ),
            {
                "url": "https://example.org/2",
                "publisher": "Example Weekly",
                "date": "2024-11-05",
                "title": None,
            },
        ),
        (
            "source: Example Wire\ndate: sometime last week",
            {"url": None, "publisher": "Example Wire", "date": None, "title": None},
        ),
        (
            '---\nTitle: "Norway pledges air defence"\nDate: 2024-11-05T09:30:00Z\nlang: en\n---',
            {
                "url": None,
                "publisher": None,
                "date": "2024-11-05",
                "title": "Norway pledges air defence",
            },
        ),
    ],
)
def test_read_key_value_front_matter(header, expected):
    article = read_text(header + "\n\n" + passage(LEAD, CLOSE), id="a.txt")
    got = {k: getattr(article, k) for k in expected}
    assert got == expected
    assert article.content()[: len(header)].strip() == ""
    assert kept(article, LEAD) and kept(article, CLOSE)


@pytest.mark.parametrize(
    "text",
    [
        passage("Source: the ministry, as reported by Example Daily", LEAD),  # a content line
        passage("note: nothing here is metadata", LEAD),  # no known key
        "date: 2024-11-05\n" + LEAD + "\n",  # no blank line closing the block
        passage(LEAD, "date: 2024-11-05"),  # not at the top
    ],
)
def test_read_no_front_matter(text):
    assert parse_front_matter(text).end == 0
    article = read_text(text, id="a.txt")
    assert kept(article, LEAD)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-02-19", "2025-02-19"),
        ("2025-02-19T10:00:00+02:00", "2025-02-19"),
        ("2025/2/9", "2025-02-09"),
        ("19 February 2025", "2025-02-19"),
        ("Wednesday, 19th of February 2025", "2025-02-19"),
        ("Feb. 19, 2025", "2025-02-19"),
        ("19.02.2025 14:30", "2025-02-19"),
        ("19/02/2025", "2025-02-19"),
        ("02/19/2025", "2025-02-19"),
        ("02/03/2025", None),  # day or month first: unsure
        ("2025-02-30", None),
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_read_normalise_date(value, expected):
    assert normalise_date(value) == expected


# Furniture -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("language-switcher", "en de fr"),
        ("language-switcher", "EN | PL | UA"),
        ("language-switcher", "English · Українська"),
        ("views", "• 1204 views"),
        ("views", "12K views"),
        ("views", "Views: 3,411"),
        ("views", "4 min read"),
        ("photo-credit", "Photo: Ministry of Foreign Affairs of Norway"),
        ("photo-credit", "(Photo by Jane Doe/AFP via Getty Images)"),
        ("photo-credit", "© Example Photo Agency 2024"),
        ("photo-credit", "Jane Doe/Reuters"),
        ("byline", "Author: Ingrid Solberg"),
        ("byline", "By Ingrid Solberg and Tomasz Nowak, Example Wire"),
        ("byline", "Reporting by Ingrid Solberg in Oslo; Editing by Tomasz Nowak"),
        ("dateline", "Warsaw • PAP"),
        ("dateline", "Oslo | NTB | 14:05"),
        ("timestamp", "5 November 2024, 14:05"),
        ("timestamp", "Updated: Nov. 5, 2024 at 2:05 p.m. CET"),
        ("advert", "Advertisement"),
        ("advert", "Contact us about advertising"),
        ("advert", "Subscribe to our evening newsletter"),
        ("share", "Share"),
        ("share", "Follow us on Telegram"),
        ("share", "Facebook Twitter WhatsApp Email"),
        ("label", "Recall"),
        ("label", "Background:"),
        ("label", "Read also: Sweden sends more aid"),
        ("label", "Related:"),
        ("label", "Tags: Norway, Poland, air defence"),
        ("label", "#norway #poland"),
    ],
)
def test_read_furniture_kinds(kind, line):
    article = read_text(passage(LEAD, line, QUOTE, CLOSE), id="a.txt")
    start = article.text.index(line)
    kinds = {s.kind for s in find_furniture(article.text) if s.start <= start < s.end}
    assert kinds == {kind}
    assert skipped(article, line)
    assert all(kept(article, s) for s in (LEAD, QUOTE, CLOSE))


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the two ministers had agreed on a delivery schedule.",
        "Photos by the hundreds were shared online after the visit.",
        "Share prices of defence firms rose after the announcement.",
        "Source: the ministry in an interview with Example Daily",
        "Details: the systems will arrive before the end of the year.",
        "Background: the two countries signed a defence pact in 2023.",
        "Reporting by the Example Daily suggests that the deal is close.",
        "Subscribers to the ministry's newsletter were told on Tuesday.",
        "Donate to the army fund, the minister urged citizens.",
        "Advertising revenue fell by 5% in 2024, the company said.",
        "Norway and Poland sign air defence deal",  # a headline is text
        "Berg: Europe must buy more air defence",  # a headline is text
        "No, no, no.",
    ],
)
def test_read_keeps_content_lines(line):
    article = read_text(passage(LEAD, line, CLOSE), id="a.txt")
    assert kept(article, line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Norway pledges air defence Photo: Jonas Berg, foreign minister (Example Images)",
            "Photo: Jonas Berg, foreign minister (Example Images)",
        ),
        ("The minister arrived in Warsaw. Photo by Jane Doe/AFP", "Photo by Jane Doe/AFP"),
    ],
)
def test_read_photo_credit_suffix(line, credit):
    article = read_text(passage(LEAD, line, CLOSE), id="a.txt")
    assert skipped(article, credit)
    assert kept(article, line[: line.index(credit)].rstrip())


def test_read_photo_credit_suffix_unsure_is_kept():
    line = "The minister spoke to reporters. Photo: J. Berg. He then left."
    article = read_text(passage(LEAD, line), id="a.txt")
    assert kept(article, line)


def test_read_repeated_headline():
    headline = "Norway pledges air defence for Poland"
    text = passage(headline, headline + " Photo: Example Images", LEAD, CLOSE)
    article = read_text(text, id="a.txt")
    first = text.index(headline)
    second = text.index(headline, first + 1)
    assert article.content()[first : first + len(headline)] == headline
    assert article.content()[second:].startswith(" " * len(headline + " Photo: Example Images"))
    assert article.title == headline


def test_read_trailing_tags_and_repeated_name():
    tail = [
        "Ingrid Solberg",
        "Ingrid Solberg",
        "DefencePolitics",
        "jonas-bergJonas Berg",
        "norwayNorway",
        "air-defence",
        "Advertisement",
    ]
    article = read_text(passage(LEAD, QUOTE, CLOSE, *tail), id="a.txt")
    assert all(skipped(article, line) for line in tail)
    assert all(kept(article, s) for s in (LEAD, QUOTE, CLOSE))


def test_read_name_line_inside_the_story_is_kept():
    article = read_text(passage(LEAD, "Jonas Berg", QUOTE, CLOSE), id="a.txt")
    assert kept(article, "Jonas Berg")


def test_read_short_article_is_not_all_furniture():
    article = read_text("Norway Pledges Air Defence\n", id="a.txt")
    assert article.content() == article.text


def test_read_furniture_table_is_data():
    assert {f.scope for f in FURNITURE} == {"line", "end", "suffix"}
    assert all(f.pattern.pattern and f.name for f in FURNITURE)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Norway pledges air defence for Poland", True),
        ("Why Norway is arming Poland?", True),
        (LEAD, False),
        ("Norway acts. Poland waits", False),
        ("", False),
    ],
)
def test_read_is_headline(line, expected):
    assert is_headline(line) is expected


# Offsets -------------------------------------------------------------------------------------

OFFSET_TEXTS = [
    passage(
        "en de fr",
        "Norway pledges air defence",
        "Author: Ingrid Solberg",
        LEAD,
        QUOTE,
        "Recall",
        CLOSE,
        "Ingrid Solberg",
        "norwayNorway",
    ),
    "source: https://example.org/x\ndate: 2024-11-05\n\n" + passage(LEAD, "• 12 views", CLOSE),
    " date 2024-11-05 Norway pledges air defence Photo: Example Images\r\n" + LEAD + "\r\n" + CLOSE,
    "\ufeff" + passage(LEAD, CLOSE),
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_read_offsets_hold(text):
    article = read_text(text, id="a.txt")
    content = article.content()
    assert len(content) == len(text)
    for sentence in (LEAD, CLOSE):
        start = text.index(sentence)
        assert content.index(sentence) == start
        assert content[start : start + len(sentence)] == text[start : start + len(sentence)]


_FURNITURE_LINES = st.sampled_from(
    [
        "ua en ru",
        "• 5 views",
        "Author: X Y",
        "Recall",
        "Photo: Z",
        "mark-rutteMark Rutte",
        " date 2024-01-01 ",
        "source: http://x\n",
        "---",
        "title: (none)",
        "Kyiv • UNN",
        "",
    ]
)


@settings(database=None, max_examples=300)
@given(st.lists(st.one_of(st.text(), _FURNITURE_LINES), max_size=12).map("\n".join))
def test_read_text_never_raises(text):
    article = read_text(text, id="h.txt")
    assert len(article.content()) == len(text)
    for start, end in article.skip:
        assert 0 <= start < end <= len(text)
    assert list(article.skip) == sorted(article.skip)


# Files ---------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Norway pledges air defence | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-11-05T09:30:00Z">
<script>var tracking = "SCRIPT-TEXT";</script></head>
<body><nav><ul><li><a href="/">Home</a></li>
<li><a href="/world">NAV-TEXT world section</a></li></ul></nav>
<article><h1>Norway pledges air defence</h1>
<p>{lead}</p><p>Advertisement</p><p>{quote}</p><p>{close}</p></article>
<footer>FOOTER-TEXT all rights reserved</footer></body></html>
""".format(lead=LEAD, quote=QUOTE.replace('"', "&quot;"), close=CLOSE)


def test_read_html(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = read_articles([tmp_path / "page.html"])
    assert article.id == "page.html" and article.path == str(tmp_path / "page.html")
    assert "SCRIPT-TEXT" not in article.text and "NAV-TEXT" not in article.text
    assert all(kept(article, s) for s in (LEAD, QUOTE, CLOSE))
    assert skipped(article, "Advertisement")
    assert (article.title, article.date, article.publisher) == (
        "Norway pledges air defence",
        "2024-11-05",
        "Example Daily",
    )


def test_read_html_without_its_cleaner_is_one_line_naming_the_package(tmp_path, monkeypatch):
    """An install missing lxml_html_clean (pip < 24 resolving jusText's extra) must say what
    to install, and stop the build even inside a folder: it is not the file's fault."""
    import sys

    from kg.errors import DependencyError

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    for name in [m for m in sys.modules if m.startswith(("lxml.html.clean", "lxml_html_clean",
                                                         "justext", "trafilatura"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)  # as if never installed
    monkeypatch.setitem(sys.modules, "lxml.html.clean", None)
    with pytest.raises(DependencyError) as caught:
        list(read_articles([tmp_path]))
    line = caught.value.line()
    assert line.startswith("error E008: ") and "page.html" in line
    assert "pip install lxml_html_clean" in line and "\n" not in line


def test_read_html_that_is_plain_text(tmp_path):
    (tmp_path / "story.htm").write_text(passage(LEAD, CLOSE), encoding="utf-8")
    warnings: list[str] = []
    [article] = read_articles([tmp_path], warn=warnings.append)
    assert kept(article, LEAD) and any("plain text" in w for w in warnings)


def test_read_jsonl(tmp_path):
    lines = [
        json.dumps(
            {
                "text": passage(LEAD, CLOSE),
                "title": "Norway pledges",
                "date": "5 Nov 2024",
                "url": "https://example.org/1",
                "publisher": "Example Daily",
            }
        ),
        "",
        json.dumps({"id": "custom-id", "text": passage("Recall", CLOSE)}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_articles([tmp_path / "batch.jsonl"])
    assert (first.id, first.title, first.date, first.url, first.publisher) == (
        "batch.jsonl:1",
        "Norway pledges",
        "2024-11-05",
        "https://example.org/1",
        "Example Daily",
    )
    assert second.id == "custom-id" and skipped(second, "Recall")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "unterminated', "not valid JSON"),
        ('["a list"]', '"text" string'),
        ('{"title": "no text"}', '"text" string'),
        ('{"text": 42}', '"text" string'),
        ('{"text": "ok", "date": 20241105}', "'date' must be a string"),
    ],
)
def test_read_jsonl_malformed_line_is_left_out_alone(tmp_path, line, reason):
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"text": CLOSE})
    path.write_text(json.dumps({"text": LEAD}) + "\n" + line + "\n" + good + "\n", encoding="utf-8")
    skipped: list[str] = []
    articles = list(read_articles([path], skip=skipped.append))
    assert [a.id for a in articles] == ["bad.jsonl:1", "bad.jsonl:3"]
    assert [a.where for a in articles] == [f"{path}:1", f"{path}:3"]
    assert len(skipped) == 1 and skipped[0].startswith(f"{path}:2: skipped, ")
    assert reason in skipped[0]
    with pytest.raises(InputError) as err:  # --strict: any article left out stops the build
        list(read_articles([path], strict=True))
    assert f"{path}:2" in str(err.value) and reason in str(err.value)


@pytest.mark.parametrize(
    "line",
    ['{"text": "A lone \\ud800 surrogate, Anna Berg said."}',
     "[" * 100_000 + "]" * 100_000,
     '{"text": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}",
     '{"text": "ok", "id": true}',
     '{"text": "NUL \\u0000 and ESC \\u001b[2J inside"}'],
    ids=["surrogate", "deep-list", "deep-object", "bool-id", "controls"],
)
def test_read_jsonl_hostile_line_never_aborts_the_file(tmp_path, line):
    path = tmp_path / "hostile.jsonl"
    path.write_text(line + "\n" + json.dumps({"text": LEAD}) + "\n", encoding="utf-8")
    skipped: list[str] = []
    articles = list(read_articles([path], skip=skipped.append))
    assert articles[-1].id == "hostile.jsonl:2"
    for article in articles:
        assert not re.search("[\x00-\x08\x0b-\x1f\ud800-\udfff]", article.text)
    assert len(articles) + len(skipped) == 2


def _write(folder, name, text=LEAD):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: _write(d, "notes.pdf"), "unsupported file type '.pdf'"),
        (lambda d: d, "no articles found (.txt, .html, .htm, .jsonl)"),
        (lambda d: _write(d, "x/readme.md").parent, "no articles found"),
        (
            lambda d: (d / "latin1.txt", (d / "latin1.txt").write_bytes(b"caf\xe9 au lait"))[0],
            "not UTF-8 text",
        ),
    ],
)
def test_read_input_errors(tmp_path, setup, reason):
    path = setup(tmp_path)
    with pytest.raises(InputError) as err:
        list(read_articles([path]))
    assert str(path) in str(err.value) and reason in str(err.value)
    assert str(err.value).startswith("error E001: ")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_read_unreadable_file(tmp_path):
    path = _write(tmp_path, "locked.txt")
    path.chmod(0)
    with pytest.raises(InputError, match="locked.txt"):
        list(read_articles([path]))


def test_read_duplicate_id(tmp_path):
    _write(tmp_path, "a/story.txt")
    _write(tmp_path, "b/story.txt")
    with pytest.raises(InputError) as err:  # two files named on the command line
        list(read_articles([tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"]))
    message = str(err.value)
    assert "duplicate article id 'story.txt'" in message
    assert str(tmp_path / "a" / "story.txt") in message
    assert str(tmp_path / "b" / "story.txt") in message


def test_read_same_name_in_subfolders_gets_the_path_as_id(tmp_path):
    _write(tmp_path, "a/story.txt")
    _write(tmp_path, "b/story.txt")
    assert [a.id for a in read_articles([tmp_path])] == ["story.txt", "b/story.txt"]


def test_read_bad_file_in_a_folder_is_skipped_with_a_warning(tmp_path):
    _write(tmp_path, "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    warnings: list[str] = []
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["good.txt"]
    assert any("bad.txt" in w and "UTF-8" in w for w in warnings)


def test_read_folder_order_hidden_and_other_files(tmp_path):
    contents = {"sub/c.html": PAGE, "sub/d.jsonl": json.dumps({"text": LEAD})}
    for name in ["b.txt", "a.txt", "sub/c.html", "sub/d.jsonl", "z.txt"]:
        _write(tmp_path, name, contents.get(name, LEAD))
    _write(tmp_path, ".hidden.txt")
    _write(tmp_path, ".git/e.txt")
    _write(tmp_path, "notes.md")
    warnings: list[str] = []
    ids = [a.id for a in read_articles([tmp_path], warn=warnings.append)]
    assert ids == ["a.txt", "b.txt", "c.html", "d.jsonl:1", "z.txt"]
    notes = tmp_path / "notes.md"
    assert warnings == [f"{notes}: skipped, not an article file (.txt, .html, .htm, .jsonl)"]
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ids


def test_read_checks_every_path_before_reading(tmp_path):
    articles = read_articles([_write(tmp_path, "a.txt"), tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="missing.txt"):
        next(articles)


def test_read_one_path_as_a_string(tmp_path):
    _write(tmp_path, "a.txt")
    assert [a.id for a in read_articles(str(tmp_path))] == ["a.txt"]


def test_read_same_file_twice_is_read_once(tmp_path):
    path = _write(tmp_path, "a.txt")
    assert [a.id for a in read_articles([tmp_path, path])] == ["a.txt"]


@pytest.mark.parametrize(
    "text", ["", "  \n\n", "source: https://example.org\ndate: 2024-11-05\n\n", "Advertisement\n"]
)
def test_read_empty_article_warns(tmp_path, text):
    _write(tmp_path, "empty.txt", text)
    _write(tmp_path, "full.txt")
    warnings: list[str] = []
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["full.txt"]
    assert warnings == [f"{tmp_path / 'empty.txt'}: skipped, an empty article (empty.txt)"]


def test_read_empty_html_warns(tmp_path):
    _write(tmp_path, "empty.html", "")
    _write(tmp_path, "full.txt")
    warnings: list[str] = []
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["full.txt"]
    assert warnings == [f"{tmp_path / 'empty.html'}: skipped, an empty article (empty.html)"]


def test_read_bom_and_crlf(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(("\ufeffdate: 2024-11-05\r\n\r\n" + LEAD + "\r\n").encode("utf-8"))
    [article] = read_articles([path])
    assert article.text == "date: 2024-11-05\n\n" + LEAD + "\n"
    assert article.date == "2024-11-05" and kept(article, LEAD)


# The seeds -----------------------------------------------------------------------------------


def test_read_seeds():
    articles = list(read_articles([SEEDS]))
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(articles) == 5
    assert articles[0].date == "2025-02-19"
    by_id = {a.id[:3]: a for a in articles}
    assert skipped(by_id["001"], "ua en ru")
    tags = by_id["004"].text.rstrip().split("\n")[-10:]
    assert all(skipped(by_id["004"], line) for line in tags if line.strip())
    for article in articles:
        content = article.content()
        assert len(content) == len(article.text)
        front = parse_front_matter(article.text).end
        pos = 0
        for line in article.text.split("\n"):
            start, pos = max(pos, front), pos + len(line) + 1
            body = article.text[start : pos - 1]
            if body.rstrip(' "”’').endswith((".", ",")):
                assert content[start : pos - 1] == body, (article.id, body)
