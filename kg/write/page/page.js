/* newskg graph page, part 1 of 3: the network, the filters, the counts and the folded claims.
   The data arrive as JSON in #kg-data (see kg/write/page/data.py for its keys). Every element
   is built with textContent; nothing here parses text as HTML or code. The relations, types
   and variants are whatever the data lists: this script names none of them. */
var kgPage = (function () {
  "use strict";
  var P = {};
  P.times = {start: performance.now()};  // ms since navigation start, for benchmarks/page.py
  var D = P.data = JSON.parse(document.getElementById("kg-data").textContent);
  var N = D.nodes, E = D.edges, F = D.facts, DAY = 864e5;
  var CLAIM_CHARS = 80;
  P.times.parsed = performance.now();

  // ------------------------------------------------------------------ derived tables
  P.kind = function (n) { return D.types[N[n].t].k; };
  P.nodeEdges = N.map(function () { return []; });
  P.factEdges = F.map(function () { return []; });
  P.owned = {};  // owner node -> its claim nodes
  E.forEach(function (e, i) {
    P.nodeEdges[e.a].push(i);
    P.nodeEdges[e.b].push(i);
    e.f.forEach(function (f) { P.factEdges[f].push(i); });
  });
  N.forEach(function (n, i) {
    if (n.o !== undefined) { (P.owned[n.o] = P.owned[n.o] || []).push(i); }
  });
  P.claims = N.filter(function (n) { return n.o !== undefined; }).length;
  P.days = F.filter(function (f) { return f.d !== undefined; })
    .map(function (f) { return f.d; })
    .sort(function (a, b) { return a - b; })
    .filter(function (d, i, all) { return i === 0 || all[i - 1] !== d; });

  // ------------------------------------------------------------------ words
  P.dayText = function (day, precision) {
    var text = new Date(day * DAY).toISOString().slice(0, precision === "month" ? 7 : 10);
    return precision === "article" ? text + " (article date)" : text;
  };
  P.plural = function (n, word, words) {
    return n + " " + (n === 1 ? word : (words || word + "s"));
  };
  P.short = function (text, limit) {
    text = String(text).replace(/\s+/g, " ").trim();
    if (text.length <= limit) { return text; }
    var cut = text.slice(0, limit - 1), space = cut.lastIndexOf(" ");
    return (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[ ,;:]+$/, "") + "…";
  };
  P.relText = function (r, v) { return v ? D.relations[r].v[v - 1][1] : D.relations[r].n; };
  P.el = function (tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  };
  function monthEnd(day) {
    var d = new Date(day * DAY);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY) - 1;
  }

  // ------------------------------------------------------------------ filters
  function defaults() {
    var rel = {}, type = {};
    D.relations.forEach(function (r, i) {
      for (var v = 0; v <= r.v.length; v++) { rel[i + ":" + v] = true; }
    });
    D.types.forEach(function (t, i) { type[i] = true; });
    return {rel: rel, type: type, from: 0, to: Math.max(0, P.days.length - 1), undated: true,
            outlet: "", article: "", aff: "", conf: 0, top: Math.min(D.top, P.entities)};
  }
  P.entities = N.filter(function (n, i) { return P.kind(i) === "entity"; }).length;
  P.pinned = {};  // entities shown whatever their rank (found, or a selection's neighbours)
  P.filter = defaults();
  P.fold = P.claims > D.fold;
  P.open = {};  // owner node -> its claims shown although folding is on

  function articleOk() {
    var outlet = P.filter.outlet === "" ? -1 : +P.filter.outlet;
    var query = P.filter.article.trim().toLowerCase();
    if (outlet < 0 && !query) { return null; }
    return D.articles.map(function (a) {
      if (outlet >= 0 && (a.o || []).indexOf(outlet) < 0) { return false; }
      if (query && (a.n + "\n" + (a.t || "")).toLowerCase().indexOf(query) < 0) { return false; }
      return true;
    });
  }

  function factOk(f, from, to, articles) {
    var flt = P.filter;
    if (!flt.rel[f.r + ":" + (f.v || 0)]) { return false; }
    if (flt.conf > 0 && !(f.c !== undefined && f.c >= flt.conf - 1e-9)) { return false; }
    if (f.d === undefined) {
      if (!flt.undated) { return false; }
    } else if (f.d > to || (f.p === "month" ? monthEnd(f.d) : f.d) < from) { return false; }
    if (articles && !(f.a || []).some(function (a) { return articles[a]; })) { return false; }
    return true;
  }

  /* Work out what passes the filters and update the network, the counts, the timeline. */
  P.refresh = function () {
    var flt = P.filter, from = P.days[flt.from], to = P.days[flt.to];
    if (from === undefined) { from = -Infinity; to = Infinity; }
    var articles = articleOk(), aff = flt.aff === "" ? -1 : +flt.aff;
    P.factOk = F.map(function (f) { return factOk(f, from, to, articles); });
    // what passes the filters, then of its entities only the most connected (and the pinned)
    var passing = E.map(function (e) {
      if (!flt.type[N[e.a].t] || !flt.type[N[e.b].t]) { return 0; }
      if (aff >= 0 && (N[e.a].g || []).indexOf(aff) < 0 && (N[e.b].g || []).indexOf(aff) < 0) {
        return 0;
      }
      return e.f.filter(function (f) { return P.factOk[f]; }).length;
    });
    var inView = ranked(passing);
    P.edgeLive = new Uint8Array(E.length);
    P.nodeLive = new Uint8Array(N.length);
    P.factLive = new Uint8Array(F.length);
    E.forEach(function (e, i) {
      if (!passing[i] || !inView[e.a] || !inView[e.b]) { return; }
      e.f.forEach(function (f) { if (P.factOk[f]) { P.factLive[f] = 1; } });
      P.edgeLive[i] = passing[i];
      P.nodeLive[e.a] = 1;
      P.nodeLive[e.b] = 1;
    });
    draw();
    counts();
    if (P.timeline) { P.timeline.refresh(); }
    if (P.panel) { P.panel.refresh(); }
  };

  /* Which nodes may be drawn: claims and concepts always, entities when pinned or among the
     filter.top with the most facts passing the filters (ties: the order of the data; with no
     filter this is the order layout.py gives room to first). */
  function ranked(passing) {
    var facts = new Float64Array(N.length), ok = new Uint8Array(N.length);
    var last = new Int32Array(N.length).fill(-1);  // count each fact once per node
    F.forEach(function (f, fi) {
      if (!P.factOk[fi]) { return; }
      P.factEdges[fi].forEach(function (e) {
        if (!passing[e]) { return; }
        [E[e].a, E[e].b].forEach(function (n) {
          if (last[n] !== fi) { last[n] = fi; facts[n] += 1; }
        });
      });
    });
    var order = [];
    N.forEach(function (n, i) {
      if (P.kind(i) !== "entity") { ok[i] = 1; } else if (facts[i]) { order.push(i); }
    });
    order.sort(function (a, b) { return facts[b] - facts[a] || a - b; });
    order.forEach(function (n, k) { if (k < P.filter.top || P.pinned[n]) { ok[n] = 1; } });
    P.candidates = order.length;
    return ok;
  }

  P.folded = function (n) {
    return N[n].o !== undefined && P.fold && !P.open[N[n].o];
  };

  /* Bring the network's data sets in line with what is live: only drawn nodes and edges are
     in them (vis-network's cost grows with what it holds, hidden or not). */
  function draw() {
    if (!P.network) { return; }
    var addNodes = [], dropNodes = [], addEdges = [], dropEdges = [], widths = [];
    P.badge = {};
    N.forEach(function (n, i) {
      var want = !!P.nodeLive[i] && !P.folded(i);
      if (P.nodeLive[i] && !want) { P.badge[n.o] = (P.badge[n.o] || 0) + 1; }
      if (want !== P.drawnNodes[i]) {
        P.drawnNodes[i] = want;
        if (want) { addNodes.push(nodeItem(n, i)); } else { dropNodes.push(i); }
      }
    });
    E.forEach(function (e, i) {
      var want = !!P.edgeLive[i] && P.drawnNodes[e.a] && P.drawnNodes[e.b];
      if (want !== P.drawnEdges[i]) {
        P.drawnEdges[i] = want;
        P.edgeWidth[i] = P.edgeLive[i];
        if (want) { addEdges.push(edgeItem(e, i)); } else { dropEdges.push(i); }
      } else if (want && P.edgeLive[i] !== P.edgeWidth[i]) {
        P.edgeWidth[i] = P.edgeLive[i];
        widths.push({id: i, value: P.edgeLive[i]});
      }
    });
    if (dropEdges.length) { P.edges.remove(dropEdges); }
    if (dropNodes.length) { P.nodes.remove(dropNodes); }
    if (addNodes.length) { P.nodes.add(addNodes); }
    if (addEdges.length) { P.edges.add(addEdges); }
    if (widths.length) { P.edges.update(widths); }
    P.network.redraw();
  }

  function counts() {
    var tally = {}, types = {}, entities = 0, any = false;
    F.forEach(function (f, i) {
      if (!P.factLive[i]) { return; }
      var key = f.r + ":" + (f.v || 0);
      tally[key] = (tally[key] || 0) + 1;
    });
    N.forEach(function (n, i) {
      if (!P.nodeLive[i]) { return; }
      types[n.t] = (types[n.t] || 0) + 1;
      if (P.kind(i) === "entity") { entities++; }
    });
    var parts = [P.candidates > entities ? entities + " of " + P.plural(P.candidates, "entity", "entities")
      : P.plural(entities, "entity", "entities")];
    D.relations.forEach(function (r, ri) {
      for (var v = 0; v <= r.v.length; v++) {
        var n = tally[ri + ":" + v] || 0;
        if (n) { parts.push(n + " " + P.relText(ri, v)); any = true; }
      }
    });
    document.getElementById("kg-counts").textContent =
      F.length ? parts.join(" · ") + (any ? "" : " (all filtered out)") : "no facts";
    document.querySelectorAll("[data-count]").forEach(function (span) {
      var key = span.getAttribute("data-count");
      var n = key.charAt(0) === "t" ? types[key.slice(1)] || 0 : tally[key] || 0;
      span.textContent = String(n);
    });
  }

  // ------------------------------------------------------------------ the controls
  function wire() {
    var byId = function (id) { return document.getElementById(id); };
    document.querySelectorAll("[data-rel]").forEach(function (box) {
      box.addEventListener("change", function () {
        P.filter.rel[box.getAttribute("data-rel")] = box.checked; P.refresh();
      });
    });
    document.querySelectorAll("[data-type]").forEach(function (box) {
      box.addEventListener("change", function () {
        P.filter.type[box.getAttribute("data-type")] = box.checked; P.refresh();
      });
    });
    var from = byId("kg-from"), to = byId("kg-to");
    from.max = to.max = String(Math.max(0, P.days.length - 1));
    function dates(event) {
      var a = +from.value, b = +to.value;
      if (a > b) { if (event && event.target === from) { to.value = a; } else { from.value = b; } }
      P.filter.from = +from.value; P.filter.to = +to.value;
      dateText();
      P.refresh();
    }
    from.addEventListener("input", dates);
    to.addEventListener("input", dates);
    byId("kg-undated").addEventListener("change", function (ev) {
      P.filter.undated = ev.target.checked; P.refresh();
    });
    var outlet = byId("kg-outlet");
    D.outlets.forEach(function (name, i) {
      var option = P.el("option", "", name);
      option.value = String(i);
      outlet.appendChild(option);
    });
    outlet.addEventListener("change", function () { P.filter.outlet = outlet.value; P.refresh(); });
    byId("kg-article").addEventListener("input", function (ev) {
      P.filter.article = ev.target.value; P.refresh();
    });
    var aff = byId("kg-aff"), groups = {};
    N.forEach(function (n) { (n.g || []).forEach(function (g) { groups[g] = true; }); });
    Object.keys(groups).map(Number).sort(function (a, b) {
      return N[a].l < N[b].l ? -1 : N[a].l > N[b].l ? 1 : a - b;
    }).forEach(function (g) {
      var option = P.el("option", "", N[g].l);
      option.value = String(g);
      aff.appendChild(option);
    });
    aff.addEventListener("change", function () { P.filter.aff = aff.value; P.refresh(); });
    byId("kg-conf").addEventListener("input", function (ev) {
      P.filter.conf = +ev.target.value;
      byId("kg-conf-text").textContent = P.filter.conf.toFixed(2);
      P.refresh();
    });
    var top = byId("kg-top");
    top.min = String(Math.min(10, P.entities));
    top.max = String(P.entities);
    top.value = String(P.filter.top);
    top.addEventListener("input", function () {
      P.filter.top = +top.value; topText(); P.refresh();
    });
    topText();
    byId("kg-fit").addEventListener("click", function () { P.fit(); });
    var fold = byId("kg-fold");
    fold.checked = P.fold;
    fold.disabled = !P.claims;
    fold.addEventListener("change", function () { P.fold = fold.checked; P.open = {}; P.refresh(); });
    byId("kg-reset").addEventListener("click", P.reset);
    dateText();
  }

  function topText() {
    document.getElementById("kg-top-text").textContent =
      P.filter.top >= P.entities ? "all " + P.entities : P.filter.top + " of " + P.entities;
  }

  function dateText() {
    var from = P.days[P.filter.from], to = P.days[P.filter.to];
    document.getElementById("kg-from-text").textContent = from === undefined ? "no dates" : P.dayText(from);
    document.getElementById("kg-to-text").textContent = to === undefined ? "" : P.dayText(to);
  }

  /* Back to the page as it opened (folding aside): every filter as it was. */
  P.reset = function () {
    P.filter = defaults();
    document.querySelectorAll("[data-rel], [data-type], #kg-undated").forEach(function (box) {
      box.checked = true;
    });
    ["kg-outlet", "kg-aff", "kg-article"].forEach(function (id) {
      document.getElementById(id).value = "";
    });
    document.getElementById("kg-from").value = "0";
    document.getElementById("kg-to").value = String(P.filter.to);
    document.getElementById("kg-conf").value = "0";
    document.getElementById("kg-conf-text").textContent = "0.00";
    document.getElementById("kg-top").value = String(P.filter.top);
    topText();
    dateText();
    P.refresh();
  };

  P.toggleClaims = function (owner) {
    if (!P.owned[owner]) { return; }
    if (P.fold) { P.open[owner] = !P.open[owner]; } else { P.fold = true; P.open = {}; }
    document.getElementById("kg-fold").checked = P.fold;
    P.refresh();
  };

  // ------------------------------------------------------------------ the network
  function nodeItem(n, i) {
    var claim = n.o !== undefined, words = D.types[n.t].n;
    var item = {id: i, group: words, x: n.x, y: n.y,
                label: claim ? P.short(n.l, CLAIM_CHARS) : P.short(n.l, 40),
                title: P.short(n.l, 300) + "\n" + words + " · " + P.plural(n.w, "fact")};
    if (!claim) { item.value = n.w; }
    return item;
  }

  function edgeItem(e, i) {
    var rel = D.relations[e.r];
    var item = {id: i, from: e.a, to: e.b, value: P.edgeLive[i] || e.f.length,
                color: {color: rel.c, highlight: rel.c, hover: rel.c, opacity: 0.75},
                arrows: {to: {enabled: !!rel.a}},
                title: P.short(N[e.a].l, 60) + " · " + P.relText(e.r, e.v || 0) + " · " +
                  P.short(N[e.b].l, 60) + "\n" + P.plural(e.f.length, "fact")};
    if (e.v) { item.dashes = [6, 4]; item.smooth = {enabled: true, type: "curvedCW", roundness: 0.2}; }
    return item;
  }

  function badges(ctx) {
    var owners = Object.keys(P.badge || {});
    if (!owners.length) { return; }
    var scale = P.network.getScale(), r = Math.max(7, 8 / Math.max(scale, 0.3));
    ctx.save();
    ctx.font = "600 " + Math.round(r * 1.1) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    owners.forEach(function (owner) {
      var node = P.network.body.nodes[owner];  // its live position and drawn size
      if (!P.drawnNodes[owner] || !node) { return; }
      var size = node.options.size || 10, text = String(P.badge[owner]);
      var w = Math.max(r, ctx.measureText(text).width / 2 + r * 0.45);
      var x = node.x + size * 0.6 + w, y = node.y - size * 0.6 - r * 0.7;  // above right of it
      ctx.fillStyle = "#c9a227";
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = r * 0.2;
      ctx.beginPath();
      ctx.ellipse(x, y, w, r, 0, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = "#ffffff";
      ctx.fillText(text, x, y + r * 0.05);
    });
    ctx.restore();
  }

  P.fit = function (ids) {
    P.network.fit({nodes: ids || P.nodes.getIds(),
                   animation: false, maxZoomLevel: 1.2});
  };

  function start() {
    wire();
    var box = document.getElementById("kg-network");
    if (!N.length) { P.done(); return; }
    P.drawnNodes = N.map(function () { return false; });
    P.drawnEdges = E.map(function () { return false; });
    P.edgeWidth = E.map(function () { return 0; });
    P.times.wired = performance.now();
    P.nodes = new vis.DataSet();
    P.edges = new vis.DataSet();
    P.network = new vis.Network(box, {nodes: P.nodes, edges: P.edges}, D.options);
    P.times.network = performance.now();
    P.network.on("dragEnd", function (params) {  // a moved node stays where it was put
      var at = P.network.getPositions(params.nodes);
      params.nodes.forEach(function (i) { N[i].x = at[i].x; N[i].y = at[i].y; });
    });
    P.network.on("afterDrawing", badges);
    P.network.on("click", function (params) {
      if (params.nodes.length) { P.select({node: params.nodes[0]}); }
      else if (params.edges.length) { P.select({edge: params.edges[0]}); }
    });
    P.network.on("doubleClick", function (params) {
      if (params.nodes.length) { P.toggleClaims(params.nodes[0]); }
    });
    P.refresh();
    P.times.filtered = performance.now();
    P.fit();
    P.network.once("afterDrawing", function () {
      P.times.drawn = performance.now();
      P.done();
    });
    P.network.redraw();
  }

  P.done = function () {
    P.times.ready = performance.now();
    window.kgReady = true;
  };

  /* Select a node ({node: i}), an edge ({edge: i}) or a timeline item ({moment: i}). */
  P.select = function (what) {
    P.selection = what;
    if (P.network) {
      if (what && what.node !== undefined) { P.network.selectNodes([what.node], true); }
      else if (what && what.edge !== undefined) { P.network.selectEdges([what.edge]); }
      else if (what && what.moment !== undefined) {
        var ids = [];
        D.moments[what.moment].f.forEach(function (f) {
          P.factEdges[f].forEach(function (e) { if (P.drawnEdges[e]) { ids.push(e); } });
        });
        P.network.selectEdges(ids);
      } else { P.network.unselectAll(); }
    }
    if (P.panel) { P.panel.show(what); }
    if (P.timeline) { P.timeline.mark(what); }
  };

  P.start = start;
  window.kgPage = P;
  return P;
}());
document.addEventListener("DOMContentLoaded", function () { kgPage.start(); });
