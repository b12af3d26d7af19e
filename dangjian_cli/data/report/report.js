// dangjian report: tabs, the claims table (sort, filter, pages), documents with
// their claims highlighted, and a side panel with a claim's record and checks.
// Plain browser JavaScript, no library: the page must open with no network.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const F = {};
  data.fields.forEach((f, i) => { F[f] = i; });
  const claims = data.claims;
  const docs = data.docs;
  const PAGE = 100;
  const $ = (sel, el) => (el || document).querySelector(sel);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

  // each claim's checks (repeat is a note for sums, not a verdict) and worst status
  const checksOf = (k) => data.checks[claims[k][F.id]] || [];
  const statusOf = (k) => {
    const st = checksOf(k).filter((c) => c[0] !== "repeat").map((c) => c[1]);
    return st.includes("inconsistent") ? "inconsistent" : st.includes("consistent") ? "consistent"
      : st.includes("unverifiable") ? "unverifiable" : "";
  };
  const byDoc = docs.map(() => []);
  claims.forEach((c, k) => byDoc[c[F.doc]].push(k));
  byDoc.forEach((ks) => ks.sort((a, b) => claims[a][F.start] - claims[b][F.start]));
  const num = (v) => (v === null || v === undefined ? "" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 4 }) : String(v));
  const docName = (i) => docs[i].title || docs[i].label;

  // ---- tabs ----
  function tab(name) {
    document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("on", b.dataset.tab === name));
    document.querySelectorAll(".tab").forEach((s) => s.classList.toggle("on", s.id === name));
  }
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => tab(b.dataset.tab)));

  // ---- documents ----
  function docHTML(i) {
    const d = docs[i];
    let html = `<article class="doc" id="doc-${i}" data-doc="${esc(d.label)}"><header><h2>${esc(docName(i))}</h2>` +
      `<small>${esc(d.label)}${d.place ? " · " + esc(d.place) : ""}${d.date ? " · " + esc(d.date) : ""} · ${d.n} claims</small></header>`;
    if (d.text === null) {
      html += `<p class="hint">This document is too large to show here; its claims are in the table.</p>`;
      return html + "</article>";
    }
    const t = d.text;
    let out = "", cut = 0;
    for (const k of byDoc[i]) {
      const c = claims[k], s = c[F.start], e = c[F.end];
      if (s < cut) continue;                       // overlapping spans: the first wins
      const cat = data.categories[c[F.category]];
      const bad = statusOf(k) === "inconsistent";
      out += esc(t.slice(cut, s)) +
        `<mark data-k="${k}" data-id="${esc(c[F.id])}" data-category="${c[F.category]}"${bad ? ' class="bad"' : ""} ` +
        `style="background:${cat.colour}55;border-bottom:2px solid ${cat.colour}" ` +
        `title="${esc(c[F.text])} = ${esc(num(c[F.value]))} ${esc(c[F.unit])} · ${c[F.category]}">${esc(t.slice(s, e))}</mark>`;
      cut = e;
    }
    out += esc(t.slice(cut));
    return html + `<div class="text">${out}</div></article>`;
  }
  const docsEl = $("#docs");
  const used = new Set(claims.map((c) => c[F.category]));
  $(".legend").innerHTML = Object.entries(data.categories).filter(([c]) => used.has(c)).map(([c, v]) =>
    `<span><span class="cat" style="background:${v.colour}"></span>${c} ${v.zh}</span>`).join("") +
    `<span><mark class="bad">&nbsp;</mark> inconsistent</span>`;
  function showDoc(i) {
    let el = document.getElementById("doc-" + i);
    if (!el) {
      if (!data.eager) docsEl.innerHTML = "";
      docsEl.insertAdjacentHTML("beforeend", docHTML(i));
      el = document.getElementById("doc-" + i);
    }
    document.querySelectorAll("#doclist li").forEach((li) => li.classList.toggle("on", +li.dataset.i === i));
    return el;
  }
  if (data.eager) docsEl.innerHTML = docs.map((_, i) => docHTML(i)).join("");
  else if (docs.length) showDoc(0);
  const list = $("#doclist ol");
  list.innerHTML = docs.map((d, i) =>
    `<li data-i="${i}">${esc(docName(i))}<small>${esc(d.place || "")} ${esc(d.date || "")} · ${d.n}</small></li>`).join("");
  list.addEventListener("click", (ev) => {
    const li = ev.target.closest("li");
    if (li) showDoc(+li.dataset.i).scrollIntoView({ block: "start" });
  });
  $("#dq").addEventListener("input", (ev) => {
    const q = ev.target.value.trim();
    list.querySelectorAll("li").forEach((li) => { li.hidden = q && !li.textContent.includes(q); });
  });

  // ---- the side panel ----
  const SHOWN = ["text", "value", "value_max", "unit", "qualifier", "category", "subject", "change", "place",
    "province", "city", "county", "year", "year_from", "per", "line", "id"];
  function panel(k) {
    const c = claims[k];
    let html = `<dl>` + SHOWN.filter((f) => c[F[f]] !== null && c[F[f]] !== undefined)
      .map((f) => `<dt>${f}</dt><dd>${esc(f === "value" ? num(c[F[f]]) : f === "category" ? c[F[f]] + " " + data.categories[c[F[f]]].zh : c[F[f]])}</dd>`).join("") + `</dl>`;
    for (const [check, status, relation, detail] of checksOf(k)) {
      html += `<div class="check ${status}"><b>${esc(check)}</b>: <span class="st-${status}">${status}</span>` +
        (relation ? `<br>${esc(relation)}` : "") + (detail ? `<br><small>${esc(detail)}</small>` : "") + `</div>`;
    }
    $("#panel").innerHTML = html;
  }
  docsEl.addEventListener("click", (ev) => {
    const m = ev.target.closest("mark");
    if (m) panel(+m.dataset.k);
  });
  function goTo(k) {
    tab("documents");
    const el = showDoc(claims[k][F.doc]);
    const m = el.querySelector(`mark[data-k="${k}"]`);
    panel(k);
    if (m) {
      m.scrollIntoView({ block: "center" });
      m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash");
    } else el.scrollIntoView();
  }

  // ---- the claims table ----
  const COLS = [["doc", (k) => docName(claims[k][F.doc])], ["line", (k) => claims[k][F.line]], ["text", (k) => claims[k][F.text]],
    ["value", (k) => claims[k][F.value]], ["unit", (k) => claims[k][F.unit]], ["qualifier", (k) => claims[k][F.qualifier]],
    ["category", (k) => claims[k][F.category]], ["subject", (k) => claims[k][F.subject]], ["place", (k) => claims[k][F.place]],
    ["year", (k) => claims[k][F.year]], ["per", (k) => claims[k][F.per]], ["check", statusOf]];
  const NUMERIC = new Set(["line", "value", "year"]);
  const thead = $("#table thead"), tbody = $("#table tbody");
  thead.innerHTML = "<tr>" + COLS.map(([n]) => `<th data-col="${n}">${n}</th>`).join("") + "</tr>";
  const fcat = $("#fcat");
  Object.keys(data.categories).forEach((c) => fcat.insertAdjacentHTML("beforeend", `<option value="${c}">${c} ${data.categories[c].zh}</option>`));
  const haystack = claims.map((c, k) => [c[F.text], c[F.subject], c[F.place], docs[c[F.doc]].label, docs[c[F.doc]].title, c[F.category]].join(" "));
  let rows = claims.map((_, k) => k), page = 0, sortCol = null, sortDir = 1;
  function filter() {
    const q = $("#q").value.trim(), cat = fcat.value, st = $("#fstatus").value;
    rows = [];
    for (let k = 0; k < claims.length; k++) {
      if (cat && claims[k][F.category] !== cat) continue;
      if (st && statusOf(k) !== st) continue;
      if (q && !haystack[k].includes(q)) continue;
      rows.push(k);
    }
    sort(false);
    page = 0;
    draw();
  }
  function sort(flip) {
    if (sortCol === null) return;
    const get = COLS.find(([n]) => n === sortCol)[1];
    rows.sort((a, b) => {
      const x = get(a), y = get(b);
      if (x === y) return a - b;
      if (x === null || x === undefined || x === "") return 1;
      if (y === null || y === undefined || y === "") return -1;
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * sortDir;
    });
  }
  function draw() {
    const from = page * PAGE, to = Math.min(rows.length, from + PAGE);
    tbody.innerHTML = rows.slice(from, to).map((k) => {
      const c = claims[k], cat = data.categories[c[F.category]];
      return `<tr data-k="${k}">` + COLS.map(([n, get]) => {
        const v = get(k);
        if (n === "category") return `<td><span class="cat" style="background:${cat.colour}"></span>${esc(v)}</td>`;
        if (n === "check") return `<td class="st-${v}">${esc(v)}</td>`;
        return `<td${NUMERIC.has(n) ? ' class="num"' : ""}>${esc(n === "value" ? num(v) : v === null ? "" : v)}</td>`;
      }).join("") + "</tr>";
    }).join("");
    $("#count").textContent = rows.length ? `${from + 1}–${to} of ${rows.length}` : "no claims";
    $("#prev").disabled = page === 0;
    $("#next").disabled = to >= rows.length;
  }
  thead.addEventListener("click", (ev) => {
    const th = ev.target.closest("th");
    if (!th) return;
    sortDir = sortCol === th.dataset.col ? -sortDir : 1;
    sortCol = th.dataset.col;
    thead.querySelectorAll("th").forEach((h) => { h.className = h === th ? (sortDir > 0 ? "asc" : "desc") : ""; });
    sort(true);
    page = 0;
    draw();
  });
  let timer = null;
  $("#q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(filter, 150); });
  fcat.addEventListener("change", filter);
  $("#fstatus").addEventListener("change", filter);
  $("#prev").addEventListener("click", () => { page = Math.max(0, page - 1); draw(); });
  $("#next").addEventListener("click", () => { if ((page + 1) * PAGE < rows.length) { page++; draw(); } });
  tbody.addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr");
    if (tr) goTo(+tr.dataset.k);
  });
  draw();
  document.body.dataset.ready = "1";
})();
