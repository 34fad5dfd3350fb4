"""The graph page at corpus size: how big it is, and how fast it opens in headless Chromium.

Builds a synthetic graph shaped as ``shared/CONTRACT.md`` says (people, countries and
organisations; meeting mentions grouped into events, statements with their claims, roles,
affiliations; about 1,000 articles from 25 outlets over a year, every fact with its evidence,
offsets, confidence, rule, date and article), renders it with ``kg.write.page.render_html``,
opens it in Chromium (Playwright, ``/usr/bin/chromium``; nothing is downloaded) and prints

- the page's size and the time Python took to render it,
- the time to the first draw of the network (from navigation start),
- the time until the page says it is ready (``window.kgReady``: laid out, drawn, fitted),
- how long the page takes to redraw after a filter change, and to show every entity.

    python benchmarks/page.py [--facts 5000] [--articles 1000] [--runs 3] [--keep PAGE.html]

A benchmark, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespace import KGR  # noqa: E402
from kg.write.page import render_html  # noqa: E402

KG = Namespace("https://w3id.org/newskg/ontology#")  # core and relation terms alike
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

FIRST = ("Anna Boris Carla Dmytro Elena Farid Greta Hanna Ivan Jonas Katja Lars Maria Nils Olga "
         "Pavel Rosa Sergei Tomas Ulla Viktor Wanda Yusuf Zofia Ahmed Bea Chen Dana Emil Femi").split()
LAST = ("Berg Costa Dumas Eriksen Fischer Garcia Horvat Ivanova Jansen Kowalski Lind Moreau "
        "Novak Olsen Petrov Quist Rossi Schmidt Tanaka Urban Varga Weber Young Zeman Adler "
        "Bauer Cruz Duval Engel Frost Gray Hale Iqbal Jung Keller").split()
COUNTRIES = ("Ukraine,United States,United Kingdom,France,Germany,Poland,Turkey,Italy,Spain,Canada,"
             "Japan,China,India,Brazil,Hungary,Slovakia,Romania,Moldova,Finland,Sweden,Norway,"
             "Denmark,Netherlands,Belgium,Austria,Czechia,Estonia,Latvia,Lithuania,Greece,Portugal,"
             "Ireland,Switzerland,Georgia,Armenia,Azerbaijan,Kazakhstan,Qatar,Saudi Arabia,Egypt,"
             "Israel,South Africa,Australia,Mexico,Argentina,Chile,South Korea,Indonesia,Vietnam,"
             "Serbia,Croatia,Slovenia,Bulgaria,Albania,Iceland,Luxembourg,Malta,Cyprus,Belarus,"
             "Russia").split(",")
ORGS = "NATO,EU,UN,IMF,OSCE,G7,World Bank,Council of Europe,IAEA,WTO,OECD,African Union".split(",")
OUTLETS = [f"Outlet {name}" for name in
           "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi "
           "Rho Sigma Tau Upsilon Phi Chi Psi Omega Prime".split()]
WORDS = ("peace security guarantees talks support aid sanctions ceasefire troops border energy "
         "grain reconstruction negotiations alliance weapons defence economy elections future "
         "partners summit agreement").split()
TITLES = ["president", "prime minister", "foreign minister", "defence minister", "ambassador",
          "envoy", "secretary general", "spokesperson"]
ROLES = ["Guarantor", "Opponent", "Recipient"]


def synthetic_graph(facts: int = 5000, articles: int = 1000, seed: int = 1) -> Graph:
    """A contract-shaped graph of about ``facts`` evidence nodes over ``articles`` articles."""
    rnd = random.Random(seed)
    g = Graph()
    people = _entities(g, rnd, "person", KG.Person,
                       sorted({f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(420)}))
    countries = _entities(g, rnd, "country", KG.Country, COUNTRIES)
    orgs = _entities(g, rnd, "org", KG.Organization, ORGS)
    start = date(2025, 1, 1)
    papers = []
    for i in range(articles):
        node = KGR[f"article-{i:04d}"]
        day = start + timedelta(days=rnd.randrange(365))
        g.add((node, RDF.type, KG.Article))
        g.add((node, DCTERMS.identifier, Literal(f"a{i:04d}.txt")))
        g.add((node, DCTERMS.title, Literal(f"{rnd.choice(WORDS).capitalize()} and "
                                            f"{rnd.choice(WORDS)}: report {i}")))
        g.add((node, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
        g.add((node, DCTERMS.publisher, Literal(rnd.choice(OUTLETS))))
        g.add((node, DCTERMS.source, URIRef(f"https://news.example.org/{i:04d}")))
        papers.append((node, day))
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(people))]
    pick = lambda: rnd.choices(people, weights)[0]  # noqa: E731  a few people are in most news
    counter = iter(range(10**9))

    def fact(kind, extractor: str) -> tuple[URIRef, date]:
        n = next(counter)
        node, (article, day) = KGR[f"fact-{n:06d}"], rnd.choice(papers)
        sentence = f"Sentence {n}: " + " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 24)))
        start = rnd.randrange(5000)
        for p, o in ((RDF.type, kind), (PROV.wasDerivedFrom, article),
                     (KG.evidence, Literal(sentence)), (KG.charStart, Literal(start)),
                     (KG.charEnd, Literal(start + len(sentence))),
                     (KG.confidence, Literal(f"{rnd.uniform(0.45, 0.97):.2f}", datatype=XSD.decimal)),
                     (KG.extractor, Literal(extractor)), (KG.rule, Literal(f"{extractor}.synthetic"))):
            g.add((node, p, o))
        when, precision = day - timedelta(days=rnd.choice([0, 0, 0, 1, 2])), rnd.choice(
            ["day", "day", "article", "month"])
        text = when.isoformat()[:7] if precision == "month" else when.isoformat()
        g.add((node, DCTERMS.date, Literal(text, datatype=XSD.gYearMonth if precision == "month"
                                           else XSD.date)))
        g.add((node, KG.datePrecision, Literal(precision)))
        return node, when

    share = {"met": 0.32, "stated": 0.4, "roles": 0.1, "affiliation": 0.18}
    events: dict[tuple, list] = {}
    for _ in range(int(facts * share["met"])):
        node, when = fact(KG.Meeting, "met")
        group = {pick() for _ in range(rnd.choice([2, 2, 2, 3]))}
        if len(group) < 2:
            group.add(rnd.choice(people))
        status = "planned" if rnd.random() < 0.1 else "held"
        for person in group:
            g.add((node, KG.participant, person))
        g.add((node, KG.status, Literal(status)))
        key = (tuple(sorted(group)), status, when.isocalendar()[:2])
        events.setdefault(key, []).append((node, when))
    for n, ((group, status, _week), mentions) in enumerate(sorted(events.items(), key=str)):
        event = KGR[f"event-{n:05d}"]
        g.add((event, RDF.type, KG.MeetingEvent))
        g.add((event, KG.status, Literal(status)))
        g.add((event, DCTERMS.date, Literal(mentions[0][1].isoformat(), datatype=XSD.date)))
        g.add((event, KG.datePrecision, Literal("day")))
        for person in group:
            g.add((event, KG.participant, person))
            for other in group:
                if other != person and status == "held":
                    g.add((person, KG.met, other))
        for mention, _when in mentions:
            g.add((event, KG.mention, mention))
    for _ in range(int(facts * share["stated"])):
        node, _when = fact(KG.Statement, "stated")
        speaker, claim = pick(), KGR[f"claim-{next(counter)}"]
        g.add((claim, RDF.type, KG.Claim))
        g.add((claim, KG.text, Literal(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 18))))))
        g.add((speaker, KG.stated, claim))
        for p, o in ((KG.speaker, speaker), (KG.claim, claim),
                     (KG.quoteType, Literal(rnd.choice(["direct", "indirect"])))):
            g.add((node, p, o))
    for _ in range(int(facts * share["roles"])):
        node, _when = fact(KG.RoleAssertion, "roles")
        country, role = rnd.choice(countries[:30]), KG[rnd.choice(ROLES)]
        g.add((node, KG.country, country))
        g.add((node, KG.role, role))
        g.add((country, KG.roleInSecurityGuarantees, role))
        g.add((role, SKOS.prefLabel, Literal(str(role).rsplit("#", 1)[1].lower(), lang="en")))
    home = {person: rnd.choice(countries + orgs[:3]) for person in people}
    for _ in range(int(facts * share["affiliation"])):
        node, _when = fact(KG.Affiliation, "affiliation")
        person = pick()
        g.add((node, KG.person, person))
        g.add((node, KG.affiliation, home[person]))
        g.add((node, KG.title, Literal(rnd.choice(TITLES))))
        g.add((person, KG.affiliation, home[person]))
    return g


def _entities(g: Graph, rnd: random.Random, prefix: str, kind: URIRef, names) -> list[URIRef]:
    nodes = []
    for i, name in enumerate(names):
        node = KGR[f"{prefix}-{i:03d}"]
        g.add((node, RDF.type, kind))
        g.add((node, RDFS.label, Literal(name)))
        if rnd.random() < 0.2:
            g.add((node, SKOS.altLabel, Literal(name.upper())))
        nodes.append(node)
    return nodes


# how long a control takes to redraw the page: set it, fire its event, time the handler
CONTROL = """([id, value]) => {
  var el = document.getElementById(id), start = performance.now();
  el.value = value;
  el.dispatchEvent(new Event("input", {bubbles: true}));
  return performance.now() - start; }"""


def open_page(path: Path, runs: int) -> list[tuple[float, ...]]:
    """For each of ``runs`` fresh pages, in ms: first draw and ready (from navigation start),
    then a filter change (confidence at least 0.7) and showing every entity."""
    from playwright.sync_api import sync_playwright

    found = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(path.as_uri())
            page.wait_for_function("window.kgReady === true", timeout=60_000)
            times = page.evaluate("kgPage.times")
            confidence = page.evaluate(CONTROL, ["kg-conf", "0.7"])
            everyone = page.evaluate(CONTROL, ["kg-top", "100000"])
            found.append((times["drawn"], times["ready"], confidence, everyone))
            page.close()
        browser.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="also write the page here")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        raise SystemExit(f"no Chromium at {CHROMIUM}")
    graph = synthetic_graph(args.facts, args.articles)
    began = time.perf_counter()
    page = render_html(graph, title=f"synthetic graph, {args.facts} facts")
    rendered = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(page, encoding="utf-8")
        if args.keep:
            shutil.copyfile(path, args.keep)
        times = open_page(path, args.runs)
    counts = page.split('<span id="kg-counts" aria-live="polite">', 1)[1].split("</span>", 1)[0]
    print(f"graph:           {len(graph):,} triples: {counts}")
    print(f"page size:       {len(page.encode()) / 1e6:.2f} MB ({len(page.encode()):,} bytes)")
    print(f"render (Python): {rendered:.2f} s")
    for i, (drawn, ready, confidence, everyone) in enumerate(times, 1):
        print(f"run {i}: first draw {drawn / 1000:.2f} s, ready (laid out, drawn, fitted) "
              f"{ready / 1000:.2f} s after navigation start; a filter redraws in "
              f"{confidence:.0f} ms, every entity shown in {everyone:.0f} ms")
    best = [min(t[k] for t in times) for k in range(4)]
    print(f"best:            first draw {best[0] / 1000:.2f} s, ready {best[1] / 1000:.2f} s, "
          f"filter {best[2]:.0f} ms, every entity {best[3]:.0f} ms")

if __name__ == "__main__":
    main()
