/* newskg graph page, part 3 of 3: the timeline strip. One lane per relation that has timeline
   items (meeting events, statements), a mark per item at its date; marks follow the filters,
   light up with the selection, and select their facts when clicked. */
(function (P) {
  "use strict";
  var D = P.data, M = D.moments, DAY = 864e5;
  var strip = document.getElementById("kg-timeline");
  var el = P.el;
  var marks = [];

  function spanOf() {
    var days = P.days.concat(M.map(function (m) { return m.d; }));
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    var pad = Math.max(1, (hi - lo) * 0.015);
    lo -= pad; hi += pad;
    return {lo: lo, hi: hi, at: function (day) { return (100 * (day - lo) / (hi - lo)).toFixed(3) + "%"; }};
  }

  function ticks(span, axis) {
    var lo = new Date(span.lo * DAY), months = [];
    var y = lo.getUTCFullYear(), m = lo.getUTCMonth() + 1;
    for (;;) {
      var day = Math.round(Date.UTC(y, m, 1) / DAY);
      if (day > span.hi) { break; }
      months.push(day);
      m += 1;  // Date.UTC carries month 12 into the next year
    }
    var step = Math.max(1, Math.ceil(months.length / 10)), shown = [];
    months.forEach(function (day, k) { if (k % step === 0) { shown.push([day, 7]); } });
    if (shown.length < 2) {  // a short span: a few days instead
      shown = [];
      var every = Math.max(1, Math.ceil((span.hi - span.lo) / 6));
      for (var d = Math.ceil(span.lo); d <= span.hi; d += every) { shown.push([d, 10]); }
    }
    shown = shown.filter(function (tick) {  // a label at either end would be cut in half
      var at = (tick[0] - span.lo) / (span.hi - span.lo);
      return at > 0.04 && at < 0.96;
    });
    shown.forEach(function (tick) {
      var label = el("span", "kg-tick", new Date(tick[0] * DAY).toISOString().slice(0, tick[1]));
      label.style.left = span.at(tick[0]);
      axis.appendChild(label);
    });
  }

  function build() {
    var lanes = [];
    M.forEach(function (m) { if (lanes.indexOf(m.r) < 0) { lanes.push(m.r); } });
    lanes.sort(function (a, b) { return a - b; });
    if (!lanes.length) { strip.hidden = true; return; }
    var span = spanOf(), stack = {}, height = 28;
    strip.style.height = (lanes.length * height + 26) + "px";
    P.timeline.span = span;
    lanes.forEach(function (r, k) {
      var lane = el("div", "kg-lane"), track = el("div", "kg-track");
      lane.style.top = (k * height) + "px";
      lane.appendChild(el("span", "kg-lane-name", D.relations[r].n));
      lane.appendChild(track);
      strip.appendChild(lane);
      lanes[k] = track;
      lanes["r" + r] = track;
    });
    M.forEach(function (m, i) {
      var key = m.r + ":" + m.d, level = stack[key] = (stack[key] || 0) + 1;
      var mark = el("div", "kg-mark");
      mark.setAttribute("data-moment", String(i));
      mark.style.left = span.at(m.d);
      mark.style.top = (3 + ((level - 1) % 3) * 7) + "px";
      mark.style.background = D.relations[m.r].c;
      if (m.v) { mark.style.background = "transparent"; mark.style.border = "1.5px solid " + D.relations[m.r].c; }
      mark.title = P.dayText(m.d, m.p) + " · " + P.relText(m.r, m.v || 0) + "\n" + P.short(m.l, 200);
      mark.addEventListener("click", function () { P.select({moment: i}); });
      lanes["r" + m.r].appendChild(mark);
      marks.push(mark);
    });
    var axis = el("div", "kg-axis");
    ticks(span, axis);
    strip.appendChild(axis);
    var overlay = el("div", "kg-track");
    overlay.style.bottom = "22px";
    overlay.style.pointerEvents = "none";
    P.timeline.window = el("div", "kg-window");
    overlay.appendChild(P.timeline.window);
    strip.appendChild(overlay);
  }

  function factsOf(what) {
    var out = {};
    if (!what) { return null; }
    if (what.node !== undefined) {
      P.nodeEdges[what.node].forEach(function (e) { D.edges[e].f.forEach(function (f) { out[f] = 1; }); });
    } else if (what.edge !== undefined) {
      D.edges[what.edge].f.forEach(function (f) { out[f] = 1; });
    } else if (what.moment !== undefined) {
      M[what.moment].f.forEach(function (f) { out[f] = 1; });
    }
    return out;
  }

  P.timeline = {
    refresh: function () {
      marks.forEach(function (mark, i) {
        var live = M[i].f.some(function (f) { return P.factLive[f]; });
        mark.style.display = live ? "" : "none";
      });
      var win = P.timeline.window, span = P.timeline.span;
      if (win && P.days.length) {
        var from = P.days[P.filter.from], to = P.days[P.filter.to] + 1;
        win.hidden = P.filter.from === 0 && P.filter.to === P.days.length - 1;
        win.style.left = span.at(from);
        win.style.width = (100 * (to - from) / (span.hi - span.lo)).toFixed(3) + "%";
      }
    },
    mark: function (what) {
      var facts = factsOf(what);
      marks.forEach(function (mark, i) {
        var on = !!facts && M[i].f.some(function (f) { return facts[f]; });
        mark.classList.toggle("kg-on", on && !(what && what.moment !== undefined && what.moment !== i));
        mark.classList.toggle("kg-dim", !!facts && !on);
      });
    }
  };
  build();
}(kgPage));
