/* newskg graph page, part 2 of 3: the side panel (a node's, an edge's or a timeline item's
   facts in date order, each with its evidence, article, outlet, date, confidence and IRI) and
   the search. Text goes in by textContent; a link is made only of an http(s) URL. */
(function (P) {
  "use strict";
  var D = P.data, N = D.nodes, E = D.edges, F = D.facts;
  var PAGE = 100;  // facts listed at once
  var WEB = /^https?:\/\/[^\s]+$/i;
  var el = P.el;
  var box = document.getElementById("kg-panel");

  function link(url, text) {
    if (!WEB.test(url)) { return el("span", "kg-text", text); }
    var a = el("a", "kg-text", text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function byDate(a, b) {
    var fa = F[a], fb = F[b];
    var da = fa.d === undefined ? Infinity : fa.d, db = fb.d === undefined ? Infinity : fb.d;
    return da - db || fa.r - fb.r || (fa.i < fb.i ? -1 : fa.i > fb.i ? 1 : 0);
  }

  /* "A → B", "A – B – C" or "A: “claim”": what a fact says, from its edges. */
  function what(fi) {
    var f = F[fi], rel = D.relations[f.r], names = [], pairs = [];
    P.factEdges[fi].forEach(function (e) {
      var a = N[E[e].a].l, b = N[E[e].b].l;
      if (P.kind(E[e].b) === "claim") { b = "“" + b + "”"; }
      if (rel.a) { pairs.push(a + (rel.k === "claim" ? ": " : " → ") + b); }
      [a, b].forEach(function (n) { if (names.indexOf(n) < 0) { names.push(n); } });
    });
    return rel.a ? pairs.join("; ") : names.join(" – ");
  }

  function factView(fi) {
    var f = F[fi], rel = D.relations[f.r], item = el("div", "kg-fact");
    var head = el("div", "kg-what");
    var chip = el("span", "kg-chip");
    chip.style.background = rel.c;
    head.appendChild(chip);
    head.appendChild(el("span", "", P.relText(f.r, f.v || 0) + ": "));
    head.appendChild(el("span", "kg-text", what(fi)));
    item.appendChild(head);
    var meta = [f.d === undefined ? "undated" : P.dayText(f.d, f.p)];
    meta.push(f.c === undefined ? "confidence unknown" : "confidence " + f.c.toFixed(2));
    item.appendChild(el("div", "kg-meta", meta.join(" · ")));
    if (f.x) { item.appendChild(el("div", "kg-meta kg-text", f.x)); }
    item.appendChild(el("div", "kg-quote kg-text", D.texts[f.e]));
    (f.a || []).forEach(function (ai) {
      var a = D.articles[ai], line = el("div", "kg-source");
      var urls = a.u || [];
      line.appendChild(urls.length ? link(urls[0], a.t || a.n) : el("span", "kg-text", a.t || a.n));
      var bits = (a.o || []).map(function (o) { return D.outlets[o]; });
      if (a.d) { bits.push(a.d); }
      if (a.t) { bits.push(a.n); }
      (a.q || []).forEach(function (q) { bits.push("source: " + q); });
      if (bits.length) { line.appendChild(el("span", "kg-meta kg-text", " · " + bits.join(" · "))); }
      item.appendChild(line);
    });
    var iri = el("div", "kg-iri"), input = el("input"), copy = el("button", "", "copy");
    input.readOnly = true;
    input.value = f.i;
    input.setAttribute("aria-label", "Fact IRI (for kg explain)");
    input.addEventListener("focus", function () { input.select(); });
    copy.type = "button";
    copy.addEventListener("click", function () { P.copy(input, copy); });
    iri.appendChild(input);
    iri.appendChild(copy);
    item.appendChild(iri);
    return item;
  }

  P.copy = function (input, button) {
    function done() { button.textContent = "copied"; setTimeout(function () { button.textContent = "copy"; }, 1200); }
    function fallback() { input.focus(); input.select(); try { document.execCommand("copy"); done(); } catch (e) { /* selected */ } }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, fallback);
    } else { fallback(); }
  };

  function list(facts, into) {
    var shown = 0;
    function more() {
      facts.slice(shown, shown + PAGE).forEach(function (fi) { into.insertBefore(factView(fi), button); });
      shown = Math.min(facts.length, shown + PAGE);
      button.hidden = shown >= facts.length;
      button.textContent = "show " + Math.min(PAGE, facts.length - shown) + " more of " + (facts.length - shown);
    }
    var button = el("button", "kg-more");
    button.type = "button";
    button.addEventListener("click", more);
    into.appendChild(button);
    more();
  }

  function heading(text, sub) {
    var close = el("button", "kg-close", "×");
    close.type = "button";
    close.title = "Close";
    close.addEventListener("click", function () { P.select(null); });
    box.appendChild(close);
    box.appendChild(el("h2", "kg-text", text));
    if (sub) { box.appendChild(el("div", "kg-meta", sub)); }
  }

  function facts(all) {
    var live = all.filter(function (f) { return P.factLive[f]; }).sort(byDate);
    var note = P.plural(live.length, "fact") + " in date order";
    if (live.length < all.length) { note += " (" + (all.length - live.length) + " hidden by the filters)"; }
    box.appendChild(el("div", "kg-meta", note));
    list(live, box);
  }

  function nodeFacts(n) {
    var seen = {}, out = [];
    P.nodeEdges[n].forEach(function (e) {
      E[e].f.forEach(function (f) { if (!seen[f]) { seen[f] = 1; out.push(f); } });
    });
    return out;
  }

  function showNode(n) {
    var node = N[n];
    heading(node.l, D.types[node.t].n + " · " + P.plural(node.w, "fact"));
    if (node.k) { box.appendChild(el("div", "kg-meta kg-text", "also: " + node.k.join(", "))); }
    (node.s || []).forEach(function (iri) {
      var line = el("div", "kg-meta", "same as ");
      line.appendChild(link(iri, iri));
      box.appendChild(line);
    });
    var groups = (node.g || []).filter(function (g) { return g !== n; });
    if (groups.length) {
      box.appendChild(el("div", "kg-meta kg-text", "affiliation: " +
        groups.map(function (g) { return N[g].l; }).join(", ")));
    }
    var hidden = 0;
    P.nodeEdges[n].forEach(function (e) {
      var m = E[e].a === n ? E[e].b : E[e].a;
      if (P.kind(m) === "entity" && !P.nodeLive[m]) { hidden++; }
    });
    if (hidden) {
      var more = el("button", "kg-more", "show its other neighbours on the graph");
      more.type = "button";
      more.addEventListener("click", function () { P.reveal(n, true); });
      box.appendChild(more);
    }
    if (P.owned[n]) {
      var claims = P.owned[n].length, button = el("button", "kg-more");
      button.type = "button";
      button.textContent = P.folded(P.owned[n][0]) ? "show its " + P.plural(claims, "claim") + " on the graph"
        : "fold its " + P.plural(claims, "claim");
      button.addEventListener("click", function () { P.toggleClaims(n); });
      box.appendChild(button);
    }
    facts(nodeFacts(n));
  }

  function showEdge(i) {
    var e = E[i];
    heading(P.short(N[e.a].l, 120) + " · " + P.relText(e.r, e.v || 0) + " · " + P.short(N[e.b].l, 120),
            D.relations[e.r].l);
    facts(e.f);
  }

  function showMoment(i) {
    var m = D.moments[i];
    heading(m.l, P.dayText(m.d, m.p) + " · " + P.relText(m.r, m.v || 0));
    facts(m.f);
  }

  P.panel = {
    show: function (what) {
      box.textContent = "";
      if (!what) {
        box.appendChild(el("p", "kg-hint", "Nothing selected. Click a node, an edge or a mark on the timeline."));
      } else if (what.node !== undefined) { showNode(what.node); }
      else if (what.edge !== undefined) { showEdge(what.edge); }
      else if (what.moment !== undefined) { showMoment(what.moment); }
    },
    refresh: function () { if (P.selection) { P.panel.show(P.selection); } }
  };

  // ------------------------------------------------------------------ search
  var input = document.getElementById("kg-search");
  var hits = document.getElementById("kg-hits");
  var found = document.getElementById("kg-found");
  var haystack = N.map(function (n) { return (n.l + "\n" + (n.k || []).join("\n")).toLowerCase(); });
  var current = [], cursor = 0;

  P.find = function (query) {
    query = query.trim().toLowerCase();
    if (!query) { return []; }
    var out = [];
    haystack.forEach(function (text, i) {
      var at = text.indexOf(query);
      if (at >= 0) { out.push([at === 0 ? 0 : 1, P.kind(i) === "claim" ? 1 : 0, -N[i].w, N[i].l, i]); }
    });
    out.sort(function (a, b) {
      for (var k = 0; k < 4; k++) { if (a[k] !== b[k]) { return a[k] < b[k] ? -1 : 1; } }
      return a[4] - b[4];
    });
    return out.map(function (row) { return row[4]; });
  };

  /* Show node n whatever its rank among the most connected; with all, its neighbours too,
     else only (its five most connected) when none of them is drawn. */
  P.reveal = function (n, all) {
    var near = [];
    P.pinned[n] = 1;
    P.nodeEdges[n].forEach(function (e) {
      var m = E[e].a === n ? E[e].b : E[e].a;
      if (P.kind(m) === "entity" && near.indexOf(m) < 0) { near.push(m); }
    });
    near.sort(function (a, b) { return N[b].w - N[a].w || a - b; });
    if (!all && near.some(function (m) { return P.drawnNodes && P.drawnNodes[m]; })) { near = []; }
    near.slice(0, all ? near.length : 5).forEach(function (m) { P.pinned[m] = 1; });
    P.refresh();
  };

  /* Move the view to node n, showing it if a filter, the ranking or folding hides it, and
     select it. */
  P.goto = function (n) {
    var owner = N[n].o !== undefined ? N[n].o : n;
    P.reveal(owner, false);
    if (!P.nodeLive[n]) { P.reset(); }
    if (P.folded(n)) { P.open[owner] = true; P.refresh(); }
    var scale = Math.max(P.network.getScale(), 0.9);
    P.network.focus(n, {scale: scale, animation: {duration: 250, easingFunction: "easeInOutQuad"}});
    P.select({node: n});
  };

  function render() {
    found.textContent = "";
    current.slice(0, 50).forEach(function (n, k) {
      var row = el("li", k === cursor ? "kg-on" : "");
      row.appendChild(el("span", "kg-label kg-text", P.short(N[n].l, 90)));
      row.appendChild(el("span", "kg-type", D.types[N[n].t].n));
      row.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(n); });
      found.appendChild(row);
    });
    found.hidden = !current.length;
  }

  function choose(n) {
    found.hidden = true;
    P.goto(n);
  }

  input.addEventListener("input", function () {
    current = P.find(input.value);
    cursor = 0;
    hits.textContent = input.value.trim() ? P.plural(current.length, "match", "matches") : "";
    render();
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      cursor = Math.max(0, Math.min(Math.min(current.length, 50) - 1, cursor + (ev.key === "ArrowDown" ? 1 : -1)));
      render();
      ev.preventDefault();
    } else if (ev.key === "Enter" && current.length && P.network) {
      choose(current[cursor]);
    } else if (ev.key === "Escape") { found.hidden = true; }
  });
  input.addEventListener("focus", function () { if (current.length) { render(); } });
  input.addEventListener("blur", function () { found.hidden = true; });
}(kgPage));
