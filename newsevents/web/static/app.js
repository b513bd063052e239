/* newsevents page: map, timeline, list, detail with highlighted source words, disputes.
 * Plain JS over the JSON API (/docs). Article text is untrusted: it only ever enters the page
 * through textContent, never innerHTML. */
"use strict";

const TYPE_COLOURS = {
  missile_strike: "#d62728", air_strike: "#ff7f0e", drone_strike: "#e377c2", shelling: "#8c564b",
  explosion: "#bcbd22", armed_clash: "#9467bd", attack_on_civilians: "#7b1113", weapons_found: "#17becf",
  diplomatic_protest: "#1f77b4", demand: "#5fa2d8", consultation: "#2ca02c", agreement: "#7fc97f",
  ceasefire: "#1b7837", territory_transfer: "#756bb1", deployment: "#525252", information_shared: "#9ecae1",
  prisoner_exchange: "#fdae6b", arrest: "#636363", protest: "#e7ba52", other: "#a0a0a0",
};
const FIELD_LABELS = { date: "date", place: "place", near: "near", actor: "actor", target: "target",
  weapon: "weapon", speaker: "speaker", damage: "damage" };
const PAGE = 50;
const DAY = 86400000;

const state = {
  types: new Set(), text: "", country: "", status: "", background: "",
  since: null, until: null, place: null, sort: "date", offset: 0,
  stats: null, detailId: null, tab: "incidents",
};

const $ = (sel) => document.querySelector(sel);
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "style") node.style.cssText = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const colour = (type) => TYPE_COLOURS[type] || "#888";
/* for the two places Leaflet takes HTML strings (marker icons, tooltips): names come from articles */
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const label = (type) => (type || "").replace(/_/g, " ");

function showError(message) {
  const box = $("#error");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

/* filters as API parameters; `dates: false` leaves the brushed range out (for the timeline) */
function filterParams({ dates = true, place = true } = {}) {
  const p = { type: [...state.types], text: state.text, country: state.country, status: state.status,
              background: state.background };
  if (dates && state.since) p.since = state.since;
  if (dates && state.until) p.until = state.until;
  if (place && state.place) p.bbox = state.place.bbox;
  return p;
}

/* ---------------------------------------------------------------- type chips */
function drawTypes() {
  const box = $("#types");
  box.replaceChildren();
  const counts = state.stats.events_by_type || {};
  const names = Object.keys(state.stats.types || {}).sort((a, b) => (counts[b] || 0) - (counts[a] || 0) || a.localeCompare(b));
  for (const name of names) {
    const n = counts[name] || 0;
    if (!n && !state.types.has(name)) continue;
    box.append(el("button", {
      type: "button", class: "chip", "data-type": name, "aria-pressed": state.types.has(name) ? "true" : "false",
      title: `Show only ${label(name)} (click several to combine)`,
      onclick: () => { state.types.has(name) ? state.types.delete(name) : state.types.add(name); refresh(); drawTypes(); },
    }, el("span", { class: "dot", style: `background:${colour(name)}` }), label(name), el("span", { class: "n" }, n)));
  }
}

/* ---------------------------------------------------------------- map */
let map, clusterLayer, mapRequest = 0;

function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, preferCanvas: true,
                       attributionControl: true }).setView([45, 30], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country outlines: Natural Earth (world-atlas)");
  map.createPane("countries").style.zIndex = 200;
  clusterLayer = L.layerGroup().addTo(map);
  fetch("/static/vendor/countries-50m.json").then((r) => r.json()).then((topo) => {
    const shapes = flatWorld(topojson.feature(topo, topo.objects.countries));
    L.geoJSON(shapes, { pane: "countries", interactive: false,
      style: { color: "#b9b09f", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    document.body.dataset.countries = String(shapes.features.length);
    document.body.dataset.countriesMs = String(Math.round(performance.now()));
  }).catch(() => showError("could not load the country outlines"));
  map.on("moveend", drawClusters);
}

/* world-atlas outlines are made for a globe: a ring crossing the antimeridian (Chukotka, Fiji)
 * jumps from 180 to -180, which a flat map draws as a stripe across the world. Keep each ring's
 * longitudes continuous instead (Chukotka runs on past 180); Antarctica, a ring around the pole,
 * cannot be, and no incident needs it. */
function flatWorld(collection) {
  const unwrap = (ring) => { for (let i = 1; i < ring.length; i++) {
    while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
    while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
  } };
  collection.features = collection.features.filter((f) => f.properties.name !== "Antarctica" && f.geometry);
  for (const f of collection.features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    polygons.forEach((rings) => rings.forEach(unwrap));
  }
  return collection;
}

function clusterIcon(c) {
  const total = c.count;
  const size = total === 1 ? 16 : Math.round(Math.min(54, 22 + 9 * Math.log10(total) * 2));
  let acc = 0;
  const stops = Object.entries(c.types).map(([t, n]) => {
    const from = (acc / total) * 360; acc += n;
    return `${TYPE_COLOURS[t] || "#888"} ${from}deg ${(acc / total) * 360}deg`;
  });
  const inner = total === 1 ? "" : `<span style="width:${size - 10}px;height:${size - 10}px">${total}</span>`;
  return L.divIcon({
    className: "", iconSize: [size, size],
    html: `<div class="cluster" data-count="${total}" data-types="${esc(Object.keys(c.types).join(" "))}" ` +
          `style="width:${size}px;height:${size}px;background:conic-gradient(${stops.join(",")})">${inner}</div>`,
  });
}

async function drawClusters() {
  if (!map) return;
  const ticket = ++mapRequest;
  const b = map.getBounds().pad(0.3);
  const west = Math.max(b.getWest(), -540), east = Math.min(b.getEast(), 540);
  const params = { ...filterParams({ place: false }), zoom: Math.round(map.getZoom()),
    bbox: east - west >= 360 ? "-180,-90,180,90"
      : [west, Math.max(b.getSouth(), -90), east, Math.min(b.getNorth(), 90)].map((x) => x.toFixed(4)).join(",") };
  let data;
  try { data = await api("/api/clusters", params); } catch (e) { showError(e.message); return; }
  if (ticket !== mapRequest) return;  // a newer view was asked for meanwhile
  clusterLayer.clearLayers();
  for (const c of data.clusters) {
    const marker = L.marker([c.lat, c.lon], { icon: clusterIcon(c), riseOnHover: true });
    const kinds = Object.entries(c.types).map(([t, n]) => `${n} ${label(t)}`).join(", ");
    marker.bindTooltip(esc(`${c.place ? c.place + ": " : ""}${c.count} incident${c.count > 1 ? "s" : ""} (${kinds})`));
    marker.on("click", () => clusterClicked(c));
    clusterLayer.addLayer(marker);
  }
}

/* start on the incidents rather than on the whole world */
async function fitToIncidents() {
  let data;
  try { data = await api("/api/clusters", { zoom: 3 }); } catch (e) { return; }
  if (!data.clusters.length) return;
  const lats = data.clusters.flatMap((c) => [c.bounds[0], c.bounds[2]]), lons = data.clusters.flatMap((c) => [c.bounds[1], c.bounds[3]]);
  map.off("moveend", drawClusters);
  map.fitBounds([[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]], { padding: [30, 30], maxZoom: 6, animate: false });
  map.on("moveend", drawClusters);
}

/* ---------------------------------------------------------------- protected sites (issue 16) */
/* Each site is a marker (a DOM icon, so it stays above the canvas) and its watch radius a circle;
 * incidents alerted near a site are marked in the list and their detail says how near. */
const alertsByIncident = new Map();  // incident id -> [alert, ...]
let siteLayer = null;
const metres = (m) => (m == null ? "?" : m < 1000 ? `${Math.round(m)} m` : `${(m / 1000).toFixed(1)} km`);
function alertWords(a) {
  const ev = a.evidence || {};
  if (a.basis === "near") return `${metres(a.distance_m)} from ${a.site.name} (stated: ${ev.near || ""})`;
  if (a.basis === "target") return `${a.site.name} named as hit`;
  return `${metres(a.distance_m)} from ${a.site.name} (${a.precision || "?"} location, ±${metres(a.uncertainty_m)})`;
}

async function drawSites() {
  let sites, alerts;
  try { [sites, alerts] = await Promise.all([api("/api/sites"), api("/api/alerts")]); }
  catch (e) { showError(e.message); return; }
  alertsByIncident.clear();
  for (const a of alerts.alerts) {
    if (!alertsByIncident.has(a.incident)) alertsByIncident.set(a.incident, []);
    alertsByIncident.get(a.incident).push(a);
  }
  if (!siteLayer) siteLayer = L.layerGroup().addTo(map);
  siteLayer.clearLayers();
  for (const s of sites.sites) {
    siteLayer.addLayer(L.circle([s.lat, s.lon], { radius: s.radius_m, color: "#0b6e4f", weight: 1.5,
                                                  dashArray: "4 4", fillOpacity: 0.06, interactive: false }));
    const icon = L.divIcon({ className: "", iconSize: [18, 18],
      html: `<div class="site-marker" data-site="${s.id}" data-alerts="${s.alerts}">◆</div>` });
    const marker = L.marker([s.lat, s.lon], { icon, zIndexOffset: 1000 });
    marker.bindTooltip(esc(`${s.name}${s.kind ? ` (${s.kind})` : ""}: watched within ${metres(s.radius_m)}, ` +
                           `${s.alerts} incident${s.alerts === 1 ? "" : "s"} near`));
    siteLayer.addLayer(marker);
  }
  document.body.dataset.sites = String(sites.total);
}

function clusterClicked(c) {
  if (c.count === 1 && c.ids) { openEvent(c.ids[0]); return; }
  if (!c.one_place && map.getZoom() < map.getMaxZoom()) {
    map.fitBounds([[c.bounds[0], c.bounds[1]], [c.bounds[2], c.bounds[3]]], { padding: [40, 40], maxZoom: map.getZoom() + 3 });
    return;
  }
  const e = 0.0001;  // one place: list the incidents there
  state.place = { name: c.place || "this place",
                  bbox: [c.bounds[1] - e, c.bounds[0] - e, c.bounds[3] + e, c.bounds[2] + e].join(",") };
  state.offset = 0;
  showTab("incidents");
  drawList();
  drawTimeline();
}

/* ---------------------------------------------------------------- timeline */
let timelineData = { days: [] }, brush = null, zoomed = null;  // zoomed: [first, last] ms shown

async function drawTimeline() {
  try { timelineData = await api("/api/timeline", filterParams({ dates: false })); } catch (e) { showError(e.message); return; }
  renderTimeline();
}

function timelineScale(svg) {
  const width = svg.clientWidth || 600, height = svg.clientHeight || 108;
  const days = timelineData.days.map(([d, n]) => [Date.parse(d), n]);
  let lo = days.length ? days[0][0] : Date.now() - 365 * DAY, hi = days.length ? days[days.length - 1][0] : Date.now();
  if (zoomed) [lo, hi] = zoomed;
  const pad = Math.max((hi - lo) * 0.02, 3 * DAY);
  lo -= pad; hi += pad;
  const left = 4, right = width - 4;
  return { width, height, days, lo, hi, x: (t) => left + ((t - lo) / (hi - lo)) * (right - left),
           t: (x) => lo + ((x - left) / (right - left)) * (hi - lo), plotH: height - 16 };
}

function renderTimeline() {
  const svg = $("#timeline");
  const s = timelineScale(svg);
  const ns = "http://www.w3.org/2000/svg";
  const mk = (tag, attrs) => { const n = document.createElementNS(ns, tag); for (const k in attrs) n.setAttribute(k, attrs[k]); return n; };
  svg.replaceChildren();
  // bins of whole days, at least 3 px wide
  const binDays = Math.max(1, Math.ceil((3 * (s.hi - s.lo)) / DAY / s.width));
  const bins = new Map();
  for (const [t, n] of s.days) {
    if (t < s.lo || t > s.hi) continue;
    const key = Math.floor(t / DAY / binDays) * binDays * DAY;
    bins.set(key, (bins.get(key) || 0) + n);
  }
  const most = Math.max(1, ...bins.values());
  const barW = Math.max(2, s.x(s.lo + binDays * DAY) - s.x(s.lo) - 1);
  const since = state.since ? Date.parse(state.since) : null, until = state.until ? Date.parse(state.until) : null;
  for (const [t, n] of bins) {
    const h = Math.max(2, (n / most) * (s.plotH - 6));
    const inside = (since === null || t + binDays * DAY > since) && (until === null || t <= until);
    const bar = mk("rect", { x: s.x(t), y: s.plotH - h, width: barW, height: h, class: inside ? "bar" : "bar out" });
    const title = mk("title", {});
    title.textContent = `${new Date(t).toISOString().slice(0, 10)}${binDays > 1 ? ` (+${binDays - 1} days)` : ""}: ${n}`;
    bar.append(title);
    svg.append(bar);
  }
  // axis: years, or months when the span is short
  const axis = mk("g", { class: "axis" });
  axis.append(mk("line", { x1: 0, x2: s.width, y1: s.plotH + 0.5, y2: s.plotH + 0.5 }));
  const years = (s.hi - s.lo) / DAY / 365;
  const first = new Date(s.lo), tick = new Date(Date.UTC(first.getUTCFullYear(), years > 2 ? 0 : first.getUTCMonth(), 1));
  let guard = 0;
  while (tick.getTime() <= s.hi && guard++ < 400) {
    if (tick.getTime() >= s.lo) {
      const x = s.x(tick.getTime());
      axis.append(mk("line", { x1: x, x2: x, y1: s.plotH, y2: s.plotH + 4 }));
      const text = mk("text", { x: x + 2, y: s.plotH + 14 });
      text.textContent = years > 2 ? String(tick.getUTCFullYear()) : tick.toISOString().slice(0, 7);
      axis.append(text);
    }
    if (years > 2) tick.setUTCFullYear(tick.getUTCFullYear() + Math.max(1, Math.ceil(years / 10)));
    else tick.setUTCMonth(tick.getUTCMonth() + Math.max(1, Math.ceil((years * 12) / 10)));
  }
  svg.append(axis);
  if (since !== null || until !== null) {
    const x0 = since !== null ? s.x(since) : 0, x1 = until !== null ? s.x(until + DAY) : s.width;
    svg.append(mk("rect", { class: "brush", x: Math.min(x0, x1), y: 0, width: Math.max(2, Math.abs(x1 - x0)), height: s.plotH }));
  }
  $("#range").textContent = state.since || state.until ? `${state.since || "…"} → ${state.until || "…"}` : "";
  $("#clear-range").hidden = !(state.since || state.until) && !zoomed;
  $("#zoom-range").hidden = !(state.since && state.until) || !!zoomed;
}

function initBrush() {
  const svg = $("#timeline");
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  svg.addEventListener("pointerdown", (ev) => {
    const box = svg.getBoundingClientRect();
    brush = { x0: ev.clientX - box.left, x1: ev.clientX - box.left, box };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!brush) return;
    brush.x1 = ev.clientX - brush.box.left;
    let r = svg.querySelector("rect.brush");
    if (!r) { r = document.createElementNS("http://www.w3.org/2000/svg", "rect"); r.setAttribute("class", "brush"); svg.append(r); }
    r.setAttribute("x", Math.min(brush.x0, brush.x1)); r.setAttribute("y", 0);
    r.setAttribute("width", Math.abs(brush.x1 - brush.x0)); r.setAttribute("height", (svg.clientHeight || 108) - 16);
  });
  svg.addEventListener("pointerup", () => {
    if (!brush) return;
    const s = timelineScale(svg), { x0, x1 } = brush;
    brush = null;
    if (Math.abs(x1 - x0) < 3) { state.since = state.until = null; }
    else { state.since = iso(s.t(Math.min(x0, x1))); state.until = iso(s.t(Math.max(x0, x1))); }
    state.offset = 0;
    renderTimeline(); drawClusters(); drawList();
  });
  $("#clear-range").addEventListener("click", () => { state.since = state.until = null; zoomed = null; renderTimeline(); drawClusters(); drawList(); });
  $("#zoom-range").addEventListener("click", () => { zoomed = [Date.parse(state.since), Date.parse(state.until)]; renderTimeline(); });
}

/* ---------------------------------------------------------------- list */
function when(d) {
  if (!d || !d.start) return "";
  const span = d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
  return d.time ? `${span} ${d.time}` : span;
}
const names = (xs) => (xs || []).map((x) => x.name).filter(Boolean).join(", ");
const typeTag = (t) => el("span", { class: "type-tag" }, el("span", { class: "dot", style: `background:${colour(t)}` }), label(t));

async function drawList() {
  let data;
  try { data = await api("/api/events", { ...filterParams(), sort: state.sort, offset: state.offset, limit: PAGE }); }
  catch (e) { showError(e.message); return; }
  const body = $("#list tbody");
  body.replaceChildren();
  for (const e of data.events) {
    const loc = e.location || {};
    const who = [names(e.actors), names(e.targets)].filter(Boolean).join(" → ");
    const near = alertsByIncident.get(e.id);
    body.append(el("tr", { "data-id": e.id, tabindex: 0,
                           class: [e.id === state.detailId ? "selected" : "", near ? "near-site" : ""].join(" ").trim() || null,
                           title: near ? near.map(alertWords).join("\n") : null,
                           onclick: () => openEvent(e.id), onkeydown: (ev) => { if (ev.key === "Enter") openEvent(e.id); } },
      el("td", { class: "date" }, when(e.date)),
      el("td", {}, typeTag(e.type), e.status !== "reported" ? [" ", el("span", { class: `badge ${e.status}` }, e.status)] : null,
         e.background ? el("div", { class: "sub" }, "recalled") : null),
      el("td", {}, loc.name || "", loc.country ? el("span", { class: "sub" }, ` ${loc.country}`) : null,
         near ? el("div", { class: "site-alert" }, `◆ ${near.map((a) => `${a.site.name} ${metres(a.distance_m)}`).join(", ")}`) : null),
      el("td", { class: "who" }, who, names(e.weapons) ? el("div", { class: "sub" }, names(e.weapons)) : null),
      el("td", {}, (e.sources || []).length)));
  }
  $("#empty").hidden = data.total > 0;
  $("#n-incidents").textContent = data.total;
  $("#page-info").textContent = data.total ? `${data.offset + 1}–${data.offset + data.events.length} of ${data.total}` : "0";
  $("#prev").disabled = data.offset === 0;
  $("#next").disabled = data.offset + data.events.length >= data.total;
  const pf = $("#place-filter");
  pf.hidden = !state.place;
  if (state.place) pf.replaceChildren(`at ${state.place.name}`, el("button", { type: "button", title: "Show every place",
    onclick: () => { state.place = null; state.offset = 0; drawList(); drawTimeline(); } }, "✕"));
  for (const th of document.querySelectorAll("#list th[data-sort]")) {
    th.classList.toggle("sorted", state.sort.replace("-", "") === th.dataset.sort);
    th.classList.toggle("desc", state.sort.startsWith("-"));
  }
}

/* ---------------------------------------------------------------- detail */
/* Paint marks ([start, end, class]) over a text: the paragraphs holding a mark, or all of it. */
function markedText(text, marks, full) {
  const box = el("div", { class: "text" });
  const paras = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n|\n/g)) { paras.push([start, m.index]); start = m.index + m[0].length; }
  paras.push([start, text.length]);
  let skipped = false;
  for (const [ps, pe] of paras) {
    const inside = marks.filter(([s, e]) => s < pe && e > ps);
    if (!text.slice(ps, pe).trim()) continue;
    if (!full && !inside.length) { skipped = true; continue; }
    if (skipped) { box.append(el("p", { class: "gap" }, "…")); skipped = false; }
    const cuts = new Set([ps, pe]);
    for (const [s, e] of inside) { cuts.add(Math.max(s, ps)); cuts.add(Math.min(e, pe)); }
    const points = [...cuts].sort((a, b) => a - b);
    const p = el("p");
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const on = inside.filter(([s, e]) => s <= a && e >= b);
      if (!on.length) { p.append(text.slice(a, b)); continue; }
      const field = on.find((m) => m[2] !== "span");
      const cls = field ? `f-${field[2]}` : "span", last = p.lastChild;
      if (last && last.nodeName === "MARK" && last.className === cls && last.dataset.end === String(a)) {
        last.append(text.slice(a, b)); last.dataset.end = String(b); continue;  // one field, one mark
      }
      p.append(el("mark", { class: cls, title: field ? on.filter((m) => m[2] !== "span").map((m) => `${m[2]}: ${m[3]}`).join("\n") : "words behind this record",
                            "data-field": field ? field[2] : null, "data-end": b }, text.slice(a, b)));
    }
    box.append(p);
  }
  if (skipped && !full) box.append(el("p", { class: "gap" }, "…"));
  return box;
}

function sourceBox(src, heading) {
  const marks = src.spans.map(([s, e]) => [s, e, "span"]).concat(src.fields.map((f) => [f.start, f.end, f.field, f.value]));
  const title = src.title || src.path || src.document;
  let full = false;
  const holder = el("div");
  const toggle = el("button", { type: "button", onclick: () => { full = !full; paint(); } }, "full text");
  function paint() { holder.replaceChildren(markedText(src.text, marks, full)); toggle.textContent = full ? "excerpts" : "full text"; }
  paint();
  const pub = src.published && src.published.date ? `published ${src.published.date}${src.published.inferred ? " (inferred)" : ""}` : "";
  return el("div", { class: "source", "data-document": src.document },
    el("div", { class: "source-head" }, heading ? el("span", {}, heading) : null, el("strong", {}, title),
       el("span", {}, [src.language, pub].filter(Boolean).join(" · ")),
       src.url ? el("a", { href: src.url, target: "_blank", rel: "noopener noreferrer" }, "link") : null, toggle),
    holder);
}

function fieldRow(name, value, cls) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
  return el("tr", {}, el("th", {}, name), el("td", {}, cls ? el("span", { class: `fv ${cls}` }, value) : value));
}

async function openEvent(id) {
  let data;
  try { data = await api(`/api/events/${encodeURIComponent(id)}`); } catch (e) { showError(e.message); return; }
  const e = data.event, loc = e.location || {};
  state.detailId = e.id;
  for (const tr of document.querySelectorAll("#list tbody tr")) tr.classList.toggle("selected", tr.dataset.id === e.id);
  $("#detail-kind").replaceChildren(typeTag(e.type), " ", el("code", {}, e.id));
  const near = loc.near ? `${loc.near.what || ""}${loc.near.distance_m != null ? `, ${loc.near.distance_m} m` : ""}` : "";
  const count = (n) => (n === null || n === undefined ? null : String(n));
  const parts = [
    el("h2", {}, e.summary || label(e.type)),
    el("div", {}, el("span", { class: `badge ${e.status}` }, e.status), e.background ? [" ", el("span", { class: "badge" }, "recalled (background)")] : null),
    el("table", { class: "fields" },
      fieldRow("date", when(e.date) + (e.date && e.date.precision && e.date.precision !== "day" ? ` (${e.date.precision})` : ""), "f-date"),
      fieldRow("place", [loc.name, loc.admin1, loc.country].filter(Boolean).join(", "), "f-place"),
      fieldRow("near", near, "f-near"),
      fieldRow("protected sites", (alertsByIncident.get(e.id) || []).map(alertWords).join("; ")),
      fieldRow("actors", names(e.actors), "f-actor"),
      fieldRow("targets", names(e.targets), "f-target"),
      fieldRow("weapons", (e.weapons || []).map((w) => `${w.name} (${label(w.category)})`).join(", "), "f-weapon"),
      fieldRow("killed", count(e.fatalities)), fieldRow("injured", count(e.injured)),
      fieldRow("damage", (e.damage || []).join("; "), "f-damage"),
      fieldRow("ACLED", e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : ""),
      fieldRow("PLOVER", e.plover ? `${e.plover.event_type} / ${e.plover.mode}` : "")),
    el("div", { class: "legend" }, "highlighted:", el("span", { class: "fv", style: "background:var(--f-span)" }, "supporting words"),
       ...Object.keys(FIELD_LABELS).filter((k) => k !== "speaker").map((k) => el("span", { class: `fv f-${k}` }, FIELD_LABELS[k]))),
    el("h3", {}, `Sources (${data.sources.length})`),
    ...data.sources.map((s) => sourceBox(s)),
  ];
  if (data.claims.length) {
    parts.push(el("h3", {}, `What was said about it (${data.claims.length})`));
    for (const { claim: c, sources } of data.claims) {
      parts.push(el("div", { class: "claim", "data-claim": c.id },
        el("div", {}, el("span", { class: "who" }, (c.speaker || {}).name || "?"), " ", el("span", { class: `badge ${c.stance}` }, c.stance),
           c.date && c.date.start ? el("span", { class: "sub" }, ` ${c.date.start}`) : null),
        el("div", {}, c.direct_quote ? el("q", {}, c.content) : c.content),
        ...sources.map((s) => sourceBox(s, "said in"))));
    }
  }
  if (data.disputes.length) {
    parts.push(el("h3", {}, "Disputed"));
    for (const d of data.disputes) {
      parts.push(el("p", {}, el("a", { href: "#", class: "to-dispute", onclick: (ev) => { ev.preventDefault(); showTab("disputes", d.events[0]); } },
        `${d.proposition}: ${d.for.length} for, ${d.against.length} against`)));
    }
  }
  $("#detail-body").replaceChildren(...parts);
  pinOnMap(loc);
  history.replaceState(null, "", `#event=${encodeURIComponent(e.id)}`);  // a link to this incident
  $("#detail").hidden = false;
  $("#detail").scrollTop = 0;
}

let pin = null;
function pinOnMap(loc) {
  if (pin) { pin.remove(); pin = null; }
  if (!map || !loc || loc.lat == null || loc.lon == null) return;
  pin = L.circleMarker([loc.lat, loc.lon], { radius: 24, color: "#17202e", weight: 3, fill: false, interactive: false }).addTo(map);
  if (!map.getBounds().contains(pin.getLatLng())) map.panTo(pin.getLatLng());
}

function closeDetail() { $("#detail").hidden = true; state.detailId = null; pinOnMap(null);
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  for (const tr of document.querySelectorAll("#list tbody tr.selected")) tr.classList.remove("selected"); }

/* ---------------------------------------------------------------- disputes */
async function drawDisputes(focusEvent) {
  let data;
  try { data = await api("/api/disputes"); } catch (e) { showError(e.message); return; }
  const box = $("#disputes");
  const side = (s) => el("div", { class: "side", "data-claim": s.claim },
    el("span", { class: "who" }, s.speaker || "?"), " ", el("span", { class: `badge ${s.stance}` }, s.stance),
    el("div", {}, el("q", {}, s.content)),
    el("div", { class: "meta" }, [s.date ? `said ${s.date}` : "",
      s.documents.length ? `reported in ${s.documents.map(docLabel).join("; ")}` : ""].filter(Boolean).join(" · ")));
  function docLabel(id) {
    const d = data.documents[id] || {};
    return (d.title || d.path || id) + (d.published ? `, published ${d.published}` : "");
  }
  const cards = data.disputes.map((d) => el("div", { class: `dispute${focusEvent && d.events.includes(focusEvent) ? " focus" : ""}` },
    el("h3", {}, d.proposition || "(unnamed proposition)",
       ...d.events.map((id) => el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); openEvent(id); } }, "open incident"))),
    el("div", { class: "sides" },
      el("div", { class: "for" }, el("h4", {}, `For (${d.for.length})`), ...d.for.map(side)),
      el("div", { class: "against" }, el("h4", {}, `Against (${d.against.length})`), ...d.against.map(side)))));
  box.replaceChildren(el("div", { class: "pane-head" }, `Disputes: ${data.total}`),
    ...(cards.length ? cards : [el("p", { id: "no-disputes", style: "padding:20px;color:var(--muted)" }, "No source contradicts another.")]));
  $("#n-disputes").textContent = data.total;
  const focus = box.querySelector(".dispute.focus");
  if (focus) focus.scrollIntoView({ block: "nearest" });
}

function showTab(tab, focusEvent) {
  state.tab = tab;
  $("#tab-incidents").setAttribute("aria-selected", String(tab === "incidents"));
  $("#tab-disputes").setAttribute("aria-selected", String(tab === "disputes"));
  $("#incidents").hidden = tab !== "incidents";
  $("#disputes").hidden = tab !== "disputes";
  if (tab === "disputes") { closeDetail(); drawDisputes(focusEvent); }
}

/* ---------------------------------------------------------------- wiring */
function refresh() {
  state.offset = 0;
  drawClusters(); drawTimeline(); drawList();
}

function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }

async function main() {
  initMap();
  initBrush();
  const readFilters = () => {
    state.text = $("#f-text").value.trim(); state.country = $("#f-country").value.trim();
    state.status = $("#f-status").value; state.background = $("#f-background").value;
    refresh();
  };
  $("#f-text").addEventListener("input", debounce(readFilters, 250));
  $("#f-country").addEventListener("change", readFilters);
  $("#f-status").addEventListener("change", readFilters);
  $("#f-background").addEventListener("change", readFilters);
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); readFilters(); });
  $("#f-reset").addEventListener("click", () => {
    $("#filters").reset(); state.types.clear(); state.since = state.until = null; state.place = null;
    readFilters(); drawTypes();
  });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); drawList(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; drawList(); });
  for (const th of document.querySelectorAll("#list th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      state.sort = state.sort === key ? `-${key}` : key;
      state.offset = 0; drawList();
    });
  }
  $("#close-detail").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("#detail").hidden) closeDetail(); });
  $("#tab-incidents").addEventListener("click", () => showTab("incidents"));
  $("#tab-disputes").addEventListener("click", () => showTab("disputes"));
  window.addEventListener("resize", debounce(renderTimeline, 150));
  const fitted = fitToIncidents();
  try { state.stats = await api("/api/stats"); } catch (e) { showError(e.message); return; }
  $("#n-disputes").textContent = state.stats.disputes;
  drawTypes();
  await fitted;
  await drawSites();
  await Promise.all([drawClusters(), drawTimeline(), drawList()]);
  const linked = new URLSearchParams(location.hash.slice(1)).get("event");
  if (linked) await openEvent(linked);
  document.body.dataset.readyMs = String(Math.round(performance.now()));  // for bench/web_api.py
  document.body.dataset.ready = "true";  // for tests and the screenshot: first draw done
}

document.addEventListener("DOMContentLoaded", main);
