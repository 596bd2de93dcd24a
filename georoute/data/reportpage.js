/* georoute report page: builds the articles, the findings table and the map from the JSON blob
   #georoute-data. Every string from the report goes into the DOM through textContent (or a text
   node), never through innerHTML. No network: no tiles, no fonts, no fetch. */
(function () {
  "use strict";

  var SYMBOL = { inconsistent: "\u2718", unverifiable: "?", consistent: "\u2714" };
  var RANK = { inconsistent: 3, unverifiable: 2, consistent: 1 };
  var COLOUR = { inconsistent: "#b3261e", unverifiable: "#7a5200", consistent: "#1c6e31" };

  var blob = document.getElementById("georoute-data");
  if (!blob) { return; }
  var firstModel = JSON.parse(blob.textContent);
  /* georoute serve sets model.serve.api: then a place's alternatives can be chosen, which pins
     the name and recomputes the findings through the API; the page is drawn again from the new
     report. The regions it draws into are put back to their first state before each drawing. */
  var API = firstModel.serve && firstModel.serve.api ? String(firstModel.serve.api) : null;
  var REGIONS = ["header.top", "main.layout", "section.findings", "footer.sources"];
  var pristine = REGIONS.map(function (sel) {
    var node = document.querySelector(sel);
    return node ? node.cloneNode(true) : null;
  });
  var TEXTS = {}, DATES = {};
  (firstModel.docs || []).forEach(function (d) {
    TEXTS[d.id] = flatten(d.segments || []);
    DATES[d.id] = d.date || null;
  });
  function flatten(nodes) {
    return nodes.map(function (n) { return typeof n === "string" ? n : flatten(n.children || []); }).join("");
  }
  var currentMap = null;
  render(firstModel, null);

  function render(model, notice) {
  var report = model.report || {};
  var claimVerdict = model.claim_verdicts || {};

  function byId(list) {
    var out = {};
    (list || []).forEach(function (x) { out[String(x.id)] = x; });
    return out;
  }
  var claims = byId(report.claims);
  var places = byId(report.places);
  var legs = byId(report.legs);
  var findings = report.findings || [];
  var findingById = byId(findings);
  var findingsOfClaim = {};
  findings.forEach(function (f) {
    (f.claims || []).forEach(function (cid) {
      (findingsOfClaim[cid] = findingsOfClaim[cid] || []).push(f);
    });
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function badge(verdict) {
    var known = Object.prototype.hasOwnProperty.call(SYMBOL, verdict);
    return el("span", "badge v-" + (known ? verdict : "none"),
      (known ? SYMBOL[verdict] + " " : "") + String(verdict));
  }
  function verdictPhrase(v) {
    return v ? SYMBOL[v] + " " + v : "no finding";
  }
  function fmt(x) {
    if (typeof x !== "number") { return String(x); }
    return Math.abs(x) >= 100 ? x.toFixed(0) : String(Math.round(x * 100) / 100);
  }

  /* ---- summary and sources ---- */
  (function summary() {
    var counts = { inconsistent: 0, unverifiable: 0, consistent: 0 };
    findings.forEach(function (f) { if (counts[f.verdict] !== undefined) { counts[f.verdict] += 1; } });
    var s = document.getElementById("summary");
    s.textContent = (report.documents || []).length + " document(s), " +
      (report.claims || []).length + " claim(s), " + findings.length + " finding(s): " +
      ["inconsistent", "unverifiable", "consistent"].map(function (v) {
        return SYMBOL[v] + " " + counts[v] + " " + v;
      }).join(", ") + ".";
    var src = document.getElementById("sources");
    var data = report.data || {};
    var parts = ["georoute " + (report.georoute_version || "")];
    if (data.attribution) { parts.push(String(data.attribution)); }
    Object.keys(data).forEach(function (k) {
      if (k !== "attribution") { parts.push(k + ": " + String(data[k])); }
    });
    src.textContent = parts.join(" \u00b7 ");
  })();

  /* ---- places of a claim or a finding ---- */
  function legPlaces(legId) {
    var lg = legs[legId];
    return lg ? [lg.origin, lg.destination].filter(function (p) { return p !== null && p !== undefined; }) : [];
  }
  function findingPlaces(f) {
    var out = [];
    (f.claims || []).forEach(function (cid) {
      var c = claims[cid];
      if (c) { out = out.concat(c.places || []); }
    });
    (f.legs || []).forEach(function (lid) { out = out.concat(legPlaces(lid)); });
    return unique(out);
  }
  function claimPlaces(c) {
    var out = (c.places || []).slice();
    if (!out.length && c.leg) { out = legPlaces(c.leg); }
    if (!out.length) {
      (findingsOfClaim[c.id] || []).forEach(function (f) { out = out.concat(findingPlaces(f)); });
    }
    return unique(out);
  }
  function unique(list) {
    var seen = {};
    return list.filter(function (x) {
      var k = String(x);
      if (seen[k]) { return false; }
      seen[k] = true;
      return true;
    });
  }

  /* ---- articles ---- */
  var articles = document.getElementById("articles");
  function build(parent, nodes) {
    nodes.forEach(function (n) {
      if (typeof n === "string") {
        parent.appendChild(document.createTextNode(n));
        return;
      }
      var v = claimVerdict[n.claim];
      var m = el("mark", "claim v-" + (v || "none"));
      m.setAttribute("data-claim", n.claim);
      m.setAttribute("data-part", String(n.part));
      if (n.part === 0) {
        m.tabIndex = 0;
        m.setAttribute("role", "button");
        var c = claims[n.claim] || {};
        var nf = (findingsOfClaim[n.claim] || []).length;
        m.setAttribute("aria-label", String(c.text || "") + " (" + (c.kind || "claim") + ", " +
          verdictPhrase(v) + (nf ? ", " + nf + " finding(s)" : "") + ")");
      }
      build(m, n.children || []);
      parent.appendChild(m);
    });
  }
  (model.docs || []).forEach(function (d, i) {
    var art = el("article", "doc");
    art.id = "doc-" + i;
    art.setAttribute("data-doc", d.id);
    art.appendChild(el("h3", null, d.id));
    var meta = [];
    meta.push(d.date ? "dated " + d.date : "no date");
    if (d.path) { meta.push(d.path); }
    art.appendChild(el("p", "meta", meta.join(" \u00b7 ")));
    var body = el("div", "text");
    build(body, d.segments || []);
    art.appendChild(body);
    articles.appendChild(art);
  });
  function marksOf(cid) {
    return Array.prototype.filter.call(articles.querySelectorAll("mark.claim"), function (m) {
      return m.getAttribute("data-claim") === cid;
    });
  }
  function clearMarks() {
    Array.prototype.forEach.call(articles.querySelectorAll("mark.selected, mark.related"), function (m) {
      m.classList.remove("selected");
      m.classList.remove("related");
    });
  }
  function activate(ev) {
    var t = ev.target;
    var m = t && t.closest ? t.closest("mark.claim") : null;
    if (!m || !articles.contains(m)) { return; }
    ev.preventDefault();
    selectClaim(m.getAttribute("data-claim"));
  }
  articles.addEventListener("click", activate);
  articles.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === " ") { activate(ev); }
  });

  /* ---- details ---- */
  var details = document.getElementById("details");
  function resetDetails(title) {
    while (details.firstChild) { details.removeChild(details.firstChild); }
    var h = el("h2", null, title);
    h.id = "details-h";
    details.appendChild(h);
  }
  function addRow(dl, k, v) {
    if (v === null || v === undefined || v === "") { return; }
    dl.appendChild(el("dt", null, k));
    dl.appendChild(el("dd", null, v));
  }
  function placeNames(ids) {
    return ids.map(function (p) {
      var pl = places[String(p)];
      return pl ? pl.name + (pl.country ? " (" + pl.country + ")" : "") : "place " + p;
    }).join(", ");
  }
  function findingItem(f) {
    var li = el("li");
    li.setAttribute("data-finding", f.id);
    li.appendChild(badge(f.verdict));
    li.appendChild(document.createTextNode(" "));
    var b = el("button", "link", f.id + " " + f.check);
    b.type = "button";
    b.addEventListener("click", function () { selectFinding(f.id, true); });
    li.appendChild(b);
    li.appendChild(document.createTextNode(" \u2014 "));
    li.appendChild(el("span", "message", f.message));
    return li;
  }
  function selectClaim(cid) {
    var c = claims[cid];
    if (!c) { return; }
    clearMarks();
    marksOf(cid).forEach(function (m) { m.classList.add("selected"); });
    var v = claimVerdict[cid];
    resetDetails("Claim");
    details.appendChild(el("p", "quote", "\u201c" + c.text + "\u201d"));
    var dl = el("dl");
    addRow(dl, "document", c.doc);
    addRow(dl, "kind", c.kind);
    addRow(dl, "verdict", verdictPhrase(v));
    if (c.value !== null && c.value !== undefined && c.kind !== "place") {
      addRow(dl, "value", String(c.value) + (c.unit ? " " + c.unit : ""));
    }
    if (typeof c.low === "number" || typeof c.high === "number") {
      addRow(dl, "the words allow", (c.low === null ? "\u2026" : fmt(c.low)) + "\u2013" +
        (c.high === null ? "\u2026" : fmt(c.high)) + (c.unit ? " " + c.unit : ""));
    }
    addRow(dl, "hedge", c.hedge);
    addRow(dl, "mode", c.mode);
    var ps = claimPlaces(c);
    addRow(dl, "places", placeNames(ps));
    details.appendChild(dl);
    if (c.kind === "place" && (c.places || []).length) {
      var calts = alternativesList(c.places[0]);
      if (calts) { details.appendChild(calts); }
    }
    var fs = findingsOfClaim[cid] || [];
    details.appendChild(el("h3", null, fs.length ? "Findings (" + fs.length + ")" : "No finding uses this claim"));
    if (fs.length) {
      var ul = el("ul", "claim-findings");
      fs.slice().sort(function (a, b) { return (RANK[b.verdict] || 0) - (RANK[a.verdict] || 0); })
        .forEach(function (f) { ul.appendChild(findingItem(f)); });
      details.appendChild(ul);
    }
    markRows(fs.map(function (f) { return f.id; }));
    showOnMap(ps, fs.map(function (f) { return f.id; }));
  }
  function selectFinding(fid, fromDetails) {
    var f = findingById[fid];
    if (!f) { return; }
    clearMarks();
    (f.claims || []).forEach(function (cid) {
      marksOf(cid).forEach(function (m) { m.classList.add("related"); });
    });
    resetDetails("Finding " + f.id);
    var p = el("p");
    p.appendChild(badge(f.verdict));
    p.appendChild(document.createTextNode(" " + f.check));
    details.appendChild(p);
    details.appendChild(el("p", "message", f.message));
    var dl = el("dl");
    addRow(dl, "documents", (f.docs || []).join(", "));
    var ps = findingPlaces(f);
    addRow(dl, "places", placeNames(ps));
    details.appendChild(dl);
    var cs = (f.claims || []).filter(function (cid) { return claims[cid]; });
    if (cs.length) {
      details.appendChild(el("h3", null, "Claims"));
      var ul = el("ul");
      cs.forEach(function (cid) {
        var li = el("li");
        var b = el("button", "link", "\u201c" + claims[cid].text + "\u201d");
        b.type = "button";
        b.addEventListener("click", function () {
          var m = marksOf(cid)[0];
          if (m) { m.scrollIntoView({ block: "center" }); m.focus(); }
          selectClaim(cid);
        });
        li.appendChild(b);
        li.appendChild(document.createTextNode(" (" + claims[cid].doc + ")"));
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    markRows([f.id]);
    showOnMap(ps, [f.id]);
    if (fromDetails) { details.focus(); }
  }

  /* ---- findings table ---- */
  var table = document.getElementById("findings");
  var tbody = table.tBodies[0];
  var sortKey = "id";
  var sortDir = 1;
  var selectedRows = {};
  function options(id, values) {
    var s = document.getElementById(id);
    values.forEach(function (v) {
      var o = el("option", null, v);
      o.value = v;
      s.appendChild(o);
    });
    s.addEventListener("change", drawTable);
    return s;
  }
  function distinct(fn) {
    var out = [];
    findings.forEach(function (f) { fn(f).forEach(function (v) { if (out.indexOf(v) < 0) { out.push(v); } }); });
    return out.sort();
  }
  var fCheck = options("f-check", distinct(function (f) { return [f.check]; }));
  var fVerdict = options("f-verdict", ["inconsistent", "unverifiable", "consistent"].filter(function (v) {
    return findings.some(function (f) { return f.verdict === v; });
  }));
  var fDoc = options("f-doc", distinct(function (f) { return f.docs || []; }));
  function num(fid) {
    var m = /(\d+)$/.exec(String(fid));
    return m ? parseInt(m[1], 10) : 0;
  }
  function keyOf(f) {
    if (sortKey === "id") { return num(f.id); }
    if (sortKey === "verdict") { return -(RANK[f.verdict] || 0); }
    if (sortKey === "docs") { return (f.docs || []).join(" "); }
    return String(f[sortKey] || "");
  }
  function drawTable() {
    var rows = findings.filter(function (f) {
      return (!fCheck.value || f.check === fCheck.value) &&
        (!fVerdict.value || f.verdict === fVerdict.value) &&
        (!fDoc.value || (f.docs || []).indexOf(fDoc.value) >= 0);
    });
    rows.sort(function (a, b) {
      var ka = keyOf(a), kb = keyOf(b);
      if (ka < kb) { return -sortDir; }
      if (ka > kb) { return sortDir; }
      return num(a.id) - num(b.id);
    });
    while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
    rows.forEach(function (f) {
      var tr = el("tr");
      tr.setAttribute("data-finding", f.id);
      if (selectedRows[f.id]) { tr.className = "selected"; }
      var td = el("td");
      var b = el("button", "link", f.id);
      b.type = "button";
      b.setAttribute("aria-label", "Show finding " + f.id);
      b.addEventListener("click", function () { selectFinding(f.id, true); });
      td.appendChild(b);
      tr.appendChild(td);
      td = el("td");
      td.appendChild(badge(f.verdict));
      tr.appendChild(td);
      tr.appendChild(el("td", "check", f.check));
      tr.appendChild(el("td", "docs", (f.docs || []).join(", ")));
      tr.appendChild(el("td", "message", f.message));
      tbody.appendChild(tr);
    });
    document.getElementById("f-count").textContent = rows.length + " of " + findings.length + " shown";
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var k = th.getAttribute("data-key");
      sortDir = k === sortKey ? -sortDir : 1;
      sortKey = k;
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (o) {
        o.setAttribute("aria-sort", o === th ? (sortDir > 0 ? "ascending" : "descending") : "none");
      });
      drawTable();
    });
  });
  function markRows(ids) {
    selectedRows = {};
    ids.forEach(function (id) { selectedRows[id] = true; });
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      tr.className = selectedRows[tr.getAttribute("data-finding")] ? "selected" : "";
    });
  }
  drawTable();

  /* ---- map ---- */
  var map = null;
  var chosen = null;
  var findingMarks = {};
  function greatCircle(a, b, n) {
    var rad = Math.PI / 180;
    var la1 = a.lat * rad, lo1 = a.lon * rad, la2 = b.lat * rad, lo2 = b.lon * rad;
    var p1 = [Math.cos(la1) * Math.cos(lo1), Math.cos(la1) * Math.sin(lo1), Math.sin(la1)];
    var p2 = [Math.cos(la2) * Math.cos(lo2), Math.cos(la2) * Math.sin(lo2), Math.sin(la2)];
    var dot = Math.max(-1, Math.min(1, p1[0] * p2[0] + p1[1] * p2[1] + p1[2] * p2[2]));
    var om = Math.acos(dot);
    var pts = [];
    var prevLon = null;
    for (var i = 0; i <= n; i++) {
      var t = i / n, x, y, z;
      if (om < 1e-9) { x = p1[0]; y = p1[1]; z = p1[2]; } else {
        var s1 = Math.sin((1 - t) * om) / Math.sin(om), s2 = Math.sin(t * om) / Math.sin(om);
        x = s1 * p1[0] + s2 * p2[0]; y = s1 * p1[1] + s2 * p2[1]; z = s1 * p1[2] + s2 * p2[2];
      }
      var lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / rad;
      var lon = Math.atan2(y, x) / rad;
      if (prevLon !== null) {  // unwrapped, so a line across the antimeridian stays short
        while (lon - prevLon > 180) { lon -= 360; }
        while (lon - prevLon < -180) { lon += 360; }
      }
      prevLon = lon;
      pts.push([lat, lon]);
    }
    return pts;
  }
  function isPoint(p) { return p && typeof p.lat === "number" && typeof p.lon === "number"; }
  function isRegion(p) {
    var k = (p && p.kinds) || [];
    return k.indexOf("country") >= 0 || k.indexOf("admin1") >= 0;
  }
  function isSpot(p) { return isPoint(p) && !isRegion(p); }
  function textTip(layer, text) {
    var span = el("span", null, text);
    layer.bindTooltip(span);
  }
  function findingLine(f) {
    var lines = [];
    (f.legs || []).forEach(function (lid) {
      var lg = legs[lid];
      if (lg && isPoint(places[String(lg.origin)]) && isPoint(places[String(lg.destination)])) {
        lines.push(greatCircle(places[String(lg.origin)], places[String(lg.destination)], 32));
      }
    });
    if (lines.length) { return lines[0]; }
    var ps = findingPlaces(f).map(function (p) { return places[String(p)]; }).filter(isPoint);
    if (ps.length >= 2) { return greatCircle(ps[0], ps[1], 32); }
    if (ps.length === 1) { return [[ps[0].lat, ps[0].lon]]; }
    return null;
  }
  function initMap() {
    if (typeof L === "undefined" || !document.getElementById("map")) { return; }
    var mapEl = document.getElementById("map");
    map = L.map(mapEl, {
      attributionControl: false, zoomSnap: 0.25, worldCopyJump: false,
      preferCanvas: Object.keys(places).length > 500  // SVG slows down past a few hundred marks
    });
    map.on("moveend", function () {  // where the map is, readable by tests and assistive tools
      var c = map.getCenter();
      mapEl.setAttribute("data-view", c.lat.toFixed(3) + "," + c.lng.toFixed(3) + "," + map.getZoom());
    });
    // the view first: Leaflet cannot clip vector layers on a map that has none yet
    // open on what the findings and legs are about, not on every place an article names
    var focus = [];
    findings.forEach(function (f) { focus = focus.concat(findingPlaces(f)); });
    Object.keys(legs).forEach(function (lid) { focus = focus.concat(legPlaces(lid)); });
    focus = unique(focus).map(function (p) { return places[String(p)]; }).filter(isSpot);
    if (focus.length < 2) { focus = Object.keys(places).map(function (pid) { return places[pid]; }).filter(isSpot); }
    var bounds = focus.map(function (p) { return [p.lat, p.lon]; });
    if (bounds.length) {
      map.fitBounds(L.latLngBounds(bounds).pad(0.15), { maxZoom: 6 });
    } else {
      map.setView([20, 0], 2);
    }
    if (model.basemap) {
      L.geoJSON(model.basemap, {
        interactive: false,
        style: function () { return { color: "#8a8f98", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }; }
      }).addTo(map);
    }
    Object.keys(legs).forEach(function (lid) {
      var lg = legs[lid];
      var o = places[String(lg.origin)], d = places[String(lg.destination)];
      if (!isPoint(o) || !isPoint(d)) { return; }
      var line = L.polyline(greatCircle(o, d, 64), {
        color: "#1f4e9c", weight: 3, opacity: 0.75, dashArray: lg.inferred ? "6 6" : null
      }).addTo(map);
      textTip(line, "Leg " + o.name + " \u2192 " + d.name + (lg.mode ? " (" + lg.mode + ")" : ""));
    });
    Object.keys(places).forEach(function (pid) {
      var p = places[pid];
      if (!isSpot(p)) { return; }  // a country's representative point is no place to mark
      var mk = L.circleMarker([p.lat, p.lon], { radius: 5, color: "#1b2a44", weight: 2, fillColor: "#ffffff", fillOpacity: 1 });
      textTip(mk, p.name + (p.country ? " (" + p.country + ")" : ""));
      mk.on("click", function () { showPlace(pid); });
      mk.addTo(map);
    });
    // each finding is a marker with its verdict's symbol, spread along the line it is about
    var onLine = {};
    findings.forEach(function (f) {
      var line = findingLine(f);
      if (!line) { return; }
      var key = JSON.stringify([line[0], line[line.length - 1]]);
      (onLine[key] = onLine[key] || { line: line, fs: [] }).fs.push(f);
    });
    Object.keys(onLine).forEach(function (key) {
      var g = onLine[key];
      g.fs.forEach(function (f, k) {
        var line = g.line;
        var at = line[Math.min(line.length - 1, Math.round((k + 1) * (line.length - 1) / (g.fs.length + 1)))];
        var box = el("span", "fmark v-" + (SYMBOL[f.verdict] ? f.verdict : "none"), SYMBOL[f.verdict] || "\u2022");
        var icon = L.divIcon({ html: box, className: "", iconSize: [20, 20], iconAnchor: [10, 10] });
        var mk = L.marker(at, { icon: icon, keyboard: true, title: f.id + " " + f.verdict + " " + f.check, alt: f.id });
        textTip(mk, SYMBOL[f.verdict] + " " + f.verdict + " \u2014 " + f.check + ": " + f.message);
        mk.on("click", function () { selectFinding(f.id, false); });
        mk.addTo(map);
        findingMarks[f.id] = box;
      });
    });
    chosen = L.layerGroup().addTo(map);
  }
  function showPlace(pid) {
    var p = places[pid];
    if (!p) { return; }
    clearMarks();
    resetDetails("Place");
    details.appendChild(el("p", "quote", p.name));
    var dl = el("dl");
    addRow(dl, "country", p.country);
    addRow(dl, "at", fmt(p.lat) + ", " + fmt(p.lon));
    addRow(dl, "source", p.source);
    addRow(dl, "why this place", p.reason);
    addRow(dl, "named", (p.mentions || []).length + " time(s)");
    details.appendChild(dl);
    var alts = alternativesList(pid);
    if (alts) { details.appendChild(alts); }
    (p.mentions || []).forEach(function (mn) {
      Object.keys(claims).forEach(function (cid) {
        var c = claims[cid];
        if (c.doc === mn.doc && c.start === mn.start && c.end === mn.end) {
          marksOf(cid).forEach(function (m) { m.classList.add("related"); });
        }
      });
    });
    showOnMap([pid], []);
  }
  function showOnMap(placeIds, findingIds) {
    Object.keys(findingMarks).forEach(function (fid) {
      findingMarks[fid].classList.toggle("selected", findingIds.indexOf(fid) >= 0);
    });
    if (!map) { return; }
    chosen.clearLayers();
    var targets = placeIds.map(function (p) { return places[String(p)]; });
    var spots = targets.filter(isSpot);
    var regionsOnly = !spots.length;
    var pts = (regionsOnly ? targets.filter(isPoint) : spots).map(function (p) { return [p.lat, p.lon]; });
    pts.forEach(function (ll) {
      L.circleMarker(ll, { radius: 11, color: "#1a4dd6", weight: 3, fill: false, interactive: false }).addTo(chosen);
    });
    if (regionsOnly && pts.length) {
      map.flyTo(pts[0], 3, { duration: 0.6 });
    } else if (pts.length === 1) {
      map.flyTo(pts[0], Math.max(map.getZoom(), 5), { duration: 0.6 });
    } else if (pts.length > 1) {
      map.flyToBounds(L.latLngBounds(pts).pad(0.25), { maxZoom: 7, duration: 0.6 });
    }
  }
  try {
    initMap();
  } catch (e) {
    map = null;
    var m = document.getElementById("map");
    if (m) { m.textContent = "The map could not be drawn: " + String(e && e.message); }
  }
  currentMap = map;
  drawPins(report, notice);

  /* ---- corrections: a place's alternatives, the pins ---- */
  function alternativesList(pid) {
    var p = places[String(pid)];
    var alts = (p && p.alternatives) || [];
    if (!alts.length) { return null; }
    var box = el("div", "alts");
    box.appendChild(el("h3", null, "Other places the name “" + pinName(p) + "” could be (" + alts.length + ")"));
    if (!API) {
      box.appendChild(el("p", "hint", "To choose one, verify with --place \"" + pinName(p) + "=SOURCE\" or in georoute serve."));
    }
    var ul = el("ul");
    alts.forEach(function (a) {
      var li = el("li");
      var where = (a.country ? " (" + a.country + ")" : "") +
        (typeof a.lat === "number" && typeof a.lon === "number" ? " at " + fmt(a.lat) + ", " + fmt(a.lon) : "");
      li.appendChild(el("span", null, String(a.name) + where + (a.source ? " · " + a.source : "")));
      if (API && a.source) {
        li.appendChild(document.createTextNode(" "));
        var b = el("button", "choose", "Use this place");
        b.type = "button";
        b.setAttribute("aria-label", "Use " + a.name + where + " for “" + pinName(p) + "” and recompute the findings");
        b.addEventListener("click", function () { choose(pinName(p), String(a.source), String(a.name) + where); });
        li.appendChild(b);
      }
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }
  function pinName(p) {
    var m = (p.mentions || [])[0];
    return m && m.text ? String(m.text) : String(p.name);
  }
  function pinSpecs() {
    return (report.pins || []).map(function (pn) { return String(pn.name) + "=" + String(pn.target); });
  }
  function choose(name, target, label) {
    var key = name.trim().toLowerCase();
    var specs = pinSpecs().filter(function (s) { return s.split("=")[0].trim().toLowerCase() !== key; });
    specs.push(name + "=" + target);
    recompute(specs, "Pinned “" + name + "” to " + label + "; the findings were recomputed.");
  }
  function drawPins(rep, message) {
    var box = document.getElementById("pins");
    if (!box) { return; }
    var pins = rep.pins || [];
    if (!pins.length && !API) { return; }
    box.appendChild(el("h2", null, "Corrections (" + pins.length + ")"));
    if (!pins.length) {
      box.appendChild(el("p", "hint", "None yet. Select a place, or a claim naming one, to see the other places its name could be and choose one."));
    }
    var ul = el("ul");
    pins.forEach(function (pn, i) {
      var pl = pn.place || {};
      var li = el("li", "pin");
      li.setAttribute("data-pin", String(pn.name));
      li.appendChild(el("span", null, "“" + pn.name + "” → " + pl.name +
        (pl.country ? " (" + pl.country + ")" : "") + " · " + pn.target));
      if (API) {
        li.appendChild(document.createTextNode(" "));
        var b = el("button", "undo", "Undo");
        b.type = "button";
        b.setAttribute("aria-label", "Undo the pin of “" + pn.name + "” and recompute the findings");
        b.addEventListener("click", function () {
          var specs = pinSpecs();
          specs.splice(i, 1);
          recompute(specs, "Removed the pin of “" + pn.name + "”; the findings were recomputed.");
        });
        li.appendChild(b);
      }
      ul.appendChild(li);
    });
    if (pins.length) { box.appendChild(ul); }
    var st = el("p", "count", message || "");
    st.id = "pin-status";
    st.setAttribute("role", "status");
    st.tabIndex = -1;
    box.appendChild(st);
  }
  function recompute(specs, done) {
    var st = document.getElementById("pin-status");
    if (st) { st.textContent = "Recomputing the findings…"; }
    Array.prototype.forEach.call(document.querySelectorAll("button.choose, button.undo"), function (b) { b.disabled = true; });
    var articlesOut = Object.keys(TEXTS).map(function (id) {
      return { id: id, text: TEXTS[id], date: DATES[id] };
    });
    fetch(API, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ articles: articlesOut, pins: specs })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { throw new Error(String((res.body && res.body.error) || "the server refused")); }
      var next = modelOf(res.body, model);
      if (currentMap) { currentMap.remove(); currentMap = null; }
      REGIONS.forEach(function (sel, k) {
        var node = document.querySelector(sel);
        if (node && pristine[k]) { node.parentNode.replaceChild(pristine[k].cloneNode(true), node); }
      });
      render(next, done);
      var s2 = document.getElementById("pin-status");
      if (s2) { s2.focus(); }
    }).catch(function (err) {
      var s3 = document.getElementById("pin-status");
      if (s3) { s3.textContent = "Could not recompute: " + String(err && err.message); }
      Array.prototype.forEach.call(document.querySelectorAll("button.choose, button.undo"), function (b) { b.disabled = false; });
    });
  }
  }

  /* ---- a page model from a report of the API (as georoute/reportpage.py builds it) ---- */
  function modelOf(rep, old) {
    var spans = {};
    (rep.claims || []).forEach(function (c) {
      if (typeof c.start === "number" && typeof c.end === "number") {
        (spans[c.doc] = spans[c.doc] || []).push([c.start, c.end, String(c.id)]);
      }
    });
    return {
      report: rep,
      docs: (rep.documents || []).map(function (d) {
        return { id: d.id, date: d.date, path: d.path, segments: annotate(TEXTS[d.id] || "", spans[d.id] || []) };
      }),
      claim_verdicts: claimVerdicts(rep),
      basemap: old.basemap,
      serve: old.serve
    };
  }
  function claimVerdicts(rep) {
    var out = {};
    (rep.findings || []).forEach(function (f) {
      if (!RANK[f.verdict]) { return; }
      (f.claims || []).forEach(function (cid) {
        if (RANK[f.verdict] > (RANK[out[cid]] || 0)) { out[cid] = f.verdict; }
      });
    });
    return out;
  }
  /* georoute.reportpage.annotate: offsets count code points, as Python's do */
  function annotate(text, spans) {
    var cps = Array.from(text), n = cps.length;
    function lt(a0, a1, b0, b1) { return a0 < b0 || (a0 === b0 && -a1 < -b1); }
    var good = spans.filter(function (s) { return s[0] >= 0 && s[0] < s[1] && s[1] <= n; });
    good.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    var root = [], stack = [[n, root]], pos = 0;
    var pending = good.map(function (s) { return [s[0], s[1], s[2], 0]; }).reverse();
    function emit(upto) {
      if (upto > pos) { stack[stack.length - 1][1].push(cps.slice(pos, upto).join("")); pos = upto; }
    }
    while (pending.length) {
      var p = pending.pop(), s = p[0], e = p[1], cid = p[2], part = p[3];
      while (stack[stack.length - 1][0] <= s) { emit(stack[stack.length - 1][0]); stack.pop(); }
      emit(s);
      var parentEnd = stack[stack.length - 1][0];
      if (e > parentEnd) {
        var rest = [parentEnd, e, cid, part + 1], idx = pending.length;
        while (idx > 0 && lt(pending[idx - 1][0], pending[idx - 1][1], rest[0], rest[1])) { idx -= 1; }
        pending.splice(idx, 0, rest);
        e = parentEnd;
      }
      var node = { claim: cid, part: part, children: [] };
      stack[stack.length - 1][1].push(node);
      stack.push([e, node.children]);
    }
    while (stack.length > 1) { emit(stack[stack.length - 1][0]); stack.pop(); }
    emit(n);
    return root;
  }
})();
