"""The graph page in a real browser: headless Chromium (Debian's, driven by Playwright).

Each page is written to disk and opened from there, as a user would; every test then checks
that no request left the page but the file itself, that no dialog opened and that no script
failed. Chromium starts once per session. Skipped, with the reason, only where there is no
Chromium to drive.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.write.page import write_html
from page_graphs import HOSTILE, JS_URL, SCRIPT, crowd_graph, hostile_graph, make_graph

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (/usr/bin/chromium or "
                                "`chromium` on PATH) to open the page in")

SHOWN = "kgPage.nodes.length"  # the network holds what it draws, nothing else
EDGES = "kgPage.edges.length"
NODE_AT = """(label) => {
  var P = kgPage, i = P.data.nodes.findIndex(function (n) { return n.l === label; });
  var dom = P.network.canvasToDOM(P.network.getPosition(i));
  var box = document.getElementById("kg-network").getBoundingClientRect();
  return {i: i, x: box.left + dom.x, y: box.top + dom.y};
}"""


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def open_page(browser, tmp_path):
    """Open a graph's page from disk; after the test, check it stayed offline and quiet."""
    opened = []

    def open_(graph, *, title: str = "newskg graph"):
        path = write_html(graph, tmp_path / f"graph{len(opened)}.html", title=title)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        log: dict[str, list[str]] = {"requests": [], "dialogs": [], "errors": []}
        page.on("request", lambda request: log["requests"].append(request.url))
        page.on("dialog", lambda dialog: (log["dialogs"].append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: log["errors"].append(str(error)))
        page.on("console", lambda msg: msg.type == "error" and log["errors"].append(msg.text))
        page.route("**/*", lambda route: route.continue_() if route.request.url == path.as_uri()
                   else route.abort())
        page.goto(path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=10_000)
        opened.append((page, path, log))
        return page

    yield open_
    for page, path, log in opened:
        assert log["requests"] == [path.as_uri()], "a request left the page"
        assert log["dialogs"] == [], "the page opened a dialog"
        assert log["errors"] == [], "a script failed"
        assert page.evaluate("window.__pwned") is None
        page.close()


def counts(page) -> str:
    return page.text_content("#kg-counts")


def set_range(page, selector: str, value: str) -> None:
    page.eval_on_selector(selector, """(el, value) => {
      el.value = value; el.dispatchEvent(new Event("input", {bubbles: true})); }""", value)


def test_page_browser_draws_the_graph(open_page):
    page = open_page(make_graph())
    # five entities, a claim, two roles; drawn by vis-network, not just listed
    assert page.evaluate(SHOWN) == 8
    assert page.evaluate("kgPage.network.body.nodeIndices.length") == 8
    assert page.evaluate(EDGES) == 6
    painted = page.evaluate("""() => {
      var c = document.querySelector("#kg-network canvas"), ctx = c.getContext("2d");
      var px = ctx.getImageData(0, 0, c.width, c.height).data, n = 0;
      for (var i = 3; i < px.length; i += 16) { if (px[i] > 0) { n++; } }
      return n; }""")
    assert painted > 500
    assert counts(page) == "5 entities · 2 met · 1 planned meeting · 1 stated · 2 roles · 1 affiliation"
    assert page.evaluate("kgPage.network.physics.options.enabled") is False


def test_page_browser_empty_graph_opens_and_says_so(open_page):
    from rdflib import Graph

    page = open_page(Graph())
    assert page.is_visible("text=This graph has no facts to show.")
    assert counts(page) == "no facts" and page.is_hidden("#kg-timeline")


def test_page_browser_filters_change_what_is_drawn(open_page):
    page = open_page(make_graph())
    page.get_by_text("stated (claim)", exact=True).click()
    assert (page.evaluate(SHOWN), page.evaluate(EDGES)) == (7, 5)
    assert counts(page) == "5 entities · 2 met · 1 planned meeting · 2 roles · 1 affiliation"
    page.get_by_text("planned meeting", exact=True).click()
    assert counts(page) == "5 entities · 2 met · 2 roles · 1 affiliation"
    page.click("#kg-reset")
    set_range(page, "#kg-conf", "0.85")  # only the meeting read at 0.9
    assert counts(page) == "2 entities · 1 met"
    set_range(page, "#kg-conf", "0")
    page.select_option("#kg-outlet", label="Kyiv Post")  # article a2 only
    assert counts(page) == "4 entities · 1 met · 1 stated · 1 affiliation"
    page.select_option("#kg-outlet", value="")
    page.fill("#kg-article", "riyadh")  # article a1 by its title
    assert counts(page) == "5 entities · 1 met · 1 planned meeting · 2 roles"
    page.fill("#kg-article", "")
    set_range(page, "#kg-from", "2")  # the third day with facts: 2025-02-19 on
    assert page.text_content("#kg-from-text") == "2025-02-19"
    # the meeting on 2025-02-18 is out; the one dated only "2025-02" overlaps and stays
    assert counts(page) == ("5 entities · 1 met · 1 planned meeting · 1 stated · 2 roles · "
                            "1 affiliation")
    page.click("#kg-reset")
    page.select_option("#kg-aff", label="United States")
    assert counts(page) == "3 entities · 1 planned meeting · 1 stated · 1 roles · 1 affiliation"
    page.click("#kg-reset")
    page.get_by_text("Country", exact=True).click()
    assert counts(page) == "3 entities · 2 met · 1 planned meeting · 1 stated"
    page.click("#kg-reset")
    assert page.evaluate(SHOWN) == 8 and page.text_content('[data-count="1:0"]') == "1"


def test_page_browser_search_lists_matches_and_moves_there(open_page):
    page = open_page(make_graph())
    page.fill("#kg-search", "zelenskyy")  # an alias
    assert page.text_content("#kg-hits") == "1 match"
    assert page.locator("#kg-found li").all_text_contents() == ["Volodymyr ZelenskyPerson"]
    page.fill("#kg-search", "lasting")  # a claim's words
    assert page.locator("#kg-found li .kg-type").all_text_contents() == ["Claim"]
    away = """() => {
      var P = kgPage, i = P.find("trump")[0], at = P.network.getPosition(i),
          view = P.network.getViewPosition();
      return Math.hypot(at.x - view.x, at.y - view.y); }"""
    before = page.evaluate(away)
    page.fill("#kg-search", "trump")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(400)  # the view's move is animated
    assert before > 50 and page.evaluate(away) < 5  # centred on the match
    assert page.evaluate("kgPage.network.getScale()") >= 0.9
    assert page.text_content("#kg-panel h2") == "Donald Trump"


def test_page_browser_side_panel_pins_the_evidence(open_page):
    page = open_page(make_graph())
    zel = page.evaluate(NODE_AT, "Volodymyr Zelensky")
    page.mouse.click(zel["x"], zel["y"])
    panel = page.locator("#kg-panel")
    assert panel.locator("h2").text_content() == "Volodymyr Zelensky"
    facts = panel.locator(".kg-fact")
    assert facts.count() == 3  # two meetings with Trump, the planned one with Vance
    dates = [m.split(" · ")[0] for m in facts.locator(".kg-meta").all_text_contents()
             if "confidence" in m]
    assert dates == ["2025-02", "2025-02-18", "2025-02-19 (article date)"]  # in date order
    text = panel.inner_text()
    for expected in ("Zelensky met Trump in Washington.", "Talks in Riyadh", "Ukrinform",
                     "confidence 0.90", "status: held", "also: Zelenskyy"):
        assert expected in text
    assert panel.locator('a[href="https://example.org/a2"]').text_content() == "T2"
    iris = [i.input_value() for i in panel.locator(".kg-iri input").all()]
    assert iris == ["kgr:fact-m2", "kgr:fact-m1", "kgr:fact-m3"]
    # the edge between the two: its two facts, the pin stays when the mouse moves on
    trump = page.evaluate(NODE_AT, "Donald Trump")
    page.mouse.click((zel["x"] + trump["x"]) / 2, (zel["y"] + trump["y"]) / 2)
    assert panel.locator("h2").text_content() == "Donald Trump · met · Volodymyr Zelensky"
    assert panel.locator(".kg-quote").all_text_contents() == [
        "The two leaders spoke by phone.", "Zelensky met Trump in Washington."]
    page.mouse.move(5, 5)
    assert panel.locator(".kg-fact").count() == 2


def test_page_browser_timeline_follows_the_selection(open_page):
    page = open_page(make_graph())
    marks = page.locator(".kg-mark")
    assert marks.count() == 3  # the held meeting, the statement, the planned meeting
    held, said = page.locator('[data-moment="0"]'), page.locator('[data-moment="1"]')
    trump = page.evaluate(NODE_AT, "Donald Trump")
    page.mouse.click(trump["x"], trump["y"])
    assert page.locator(".kg-mark.kg-on").count() == 1
    assert page.locator(".kg-mark.kg-dim").count() == 2
    said.click()
    assert page.text_content("#kg-panel h2").startswith("Vance: Vance thinks peace")
    assert page.locator("#kg-panel .kg-quote").all_text_contents() == ["Vance said so."]
    page.get_by_text("stated (claim)", exact=True).click()
    assert said.is_hidden() and held.is_visible()


def test_page_browser_opens_readable_at_crowd_size(open_page):
    page = open_page(crowd_graph(people=80, claims=60))
    # the 50 most connected entities first, claims folded into a badge on their speaker
    assert counts(page).startswith("50 of 81 entities · ")
    assert page.evaluate("kgPage.fold") is True
    assert page.evaluate(SHOWN) == 50
    host = page.evaluate(NODE_AT, "Hanna Host")
    assert page.evaluate(f"kgPage.badge[{host['i']}]") == 60
    assert page.evaluate("kgPage.network.getScale()") > 0.5  # labels legible as it opens
    page.mouse.dblclick(host["x"], host["y"])
    assert page.evaluate(SHOWN) == 110
    set_range(page, "#kg-top", "81")
    assert counts(page).startswith("81 entities · ")
    # a search for someone not shown shows them, with their neighbours
    set_range(page, "#kg-top", "10")
    page.fill("#kg-search", "Number079")
    page.press("#kg-search", "Enter")
    assert page.text_content("#kg-panel h2") == "Guest Number079"
    assert page.evaluate(f"kgPage.nodeLive[{page.evaluate(NODE_AT, 'Guest Number079')['i']}]") == 1


def test_page_browser_hostile_text_is_inert(open_page):
    page = open_page(hostile_graph(), title=HOSTILE)
    assert page.title().startswith(SCRIPT + " <img")  # as text
    assert page.evaluate("document.scripts.length") == 3
    page.fill("#kg-search", "pwned")
    assert page.locator("#kg-found li").count() == 2  # the person and the claim, as text
    page.press("#kg-search", "Enter")
    panel = page.locator("#kg-panel")
    assert panel.locator("h2").text_content() == HOSTILE
    text = panel.inner_text()
    assert SCRIPT in text and "source: " + JS_URL in text
    assert page.locator("#kg-outlet option").all_text_contents()[1] == HOSTILE
    hrefs = page.eval_on_selector_all("a[href]", "(links) => links.map((a) => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    for mark in page.locator(".kg-mark").all():
        mark.click()
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
