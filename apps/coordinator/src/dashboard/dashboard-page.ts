/** The dashboard's stylesheet: inline, system fonts, nothing loaded. */
const STYLE = `
:root { --ink:#0f172a; --muted:#64748b; --line:#e2e8f0; --bg:#f6f7fb; --card:#fff; --accent:#7c3aed;
  --ok:#059669; --bad:#dc2626; --run:#2563eb;
  font-family:"Inter","Segoe UI","Helvetica Neue","Liberation Sans",Arial,sans-serif; color:var(--ink); background:var(--bg); }
* { box-sizing:border-box; }
body { margin:0; font-size:14px; line-height:1.5; }
header { background:linear-gradient(135deg,#1e1b4b 0%,#4c1d95 55%,#7c3aed 100%); color:#fff; }
header .inner, main { max-width:1280px; margin:0 auto; padding:18px 28px; }
header h1 { margin:0; font-size:22px; }
header .sub { opacity:.85; font-size:13px; }
.pill { display:inline-block; padding:1px 9px; border-radius:99px; font-size:12px; font-weight:600; background:rgba(255,255,255,.18); }
.pill.off { background:#fecaca; color:#7f1d1d; }
section.card { background:var(--card); border:1px solid var(--line); border-radius:12px; padding:16px 20px; margin:18px 0; box-shadow:0 1px 2px rgba(15,23,42,.04); }
h2 { font-size:17px; margin:0 0 8px; }
h3 { font-size:14px; margin:14px 0 6px; }
table { border-collapse:collapse; width:100%; font-size:13px; font-variant-numeric:tabular-nums; }
th, td { padding:6px 8px; border-bottom:1px solid var(--line); text-align:left; white-space:nowrap; }
th { font-size:11px; text-transform:uppercase; letter-spacing:.03em; color:var(--muted); background:#f8fafc; }
td.num, th.num { text-align:right; }
.bar { width:180px; height:9px; border-radius:99px; background:#e2e8f0; overflow:hidden; display:flex; }
.bar span { display:block; height:100%; }
.bar .done { background:var(--ok); } .bar .failed { background:var(--bad); } .bar .running { background:var(--run); }
.muted, .note { color:var(--muted); font-size:12.5px; }
.nstar { font-weight:700; color:var(--accent); }
figure.plot { margin:8px 0; overflow-x:auto; }
figure.plot svg { display:block; max-width:100%; height:auto; }
.empty { color:var(--muted); padding:8px 0; }
`;

/**
 * The page's script: an EventSource on /api/events, fits and plots fetched as trials finish,
 * and again after Retry-After while the server answers 202 (the fit is still computed).
 */
const SCRIPT = `
'use strict';
const PLOT_GAP_MS = 2000;
const sweepsBody = document.querySelector('#sweeps tbody');
const workersBody = document.querySelector('#workers tbody');
const cards = document.getElementById('cards');
const conn = document.getElementById('conn');
const known = new Map();

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = String(text);
  return e;
}
function fmtEta(s) {
  if (s === null || s === undefined || !isFinite(s)) return '--';
  s = Math.round(s);
  if (s < 60) return s + 's';
  if (s < 3600) return Math.floor(s / 60) + 'm' + String(s % 60).padStart(2, '0') + 's';
  return Math.floor(s / 3600) + 'h' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + 'm';
}
function fmtRate(r) {
  if (r >= 1e6) return (r / 1e6).toFixed(2) + 'M';
  if (r >= 1e3) return (r / 1e3).toFixed(1) + 'k';
  return r.toFixed(r < 10 ? 1 : 0);
}
function fmtNum(x) {
  if (x === null || x === undefined) return '--';
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
}
function bar(c) {
  const b = el('div', 'bar');
  const total = Math.max(1, c.total);
  for (const k of ['done', 'failed', 'running']) {
    const s = el('span', k);
    s.style.width = (100 * c[k]) / total + '%';
    b.appendChild(s);
  }
  return b;
}
function cell(row, className, text) {
  row.appendChild(el('td', className, text));
}

function renderSweeps(list) {
  sweepsBody.replaceChildren();
  if (list.length === 0) {
    const row = el('tr');
    const td = el('td', 'empty', 'no sweeps yet');
    td.colSpan = 10;
    row.appendChild(td);
    sweepsBody.appendChild(row);
  }
  for (const s of list) {
    const row = el('tr');
    row.dataset.sweep = s.name;
    cell(row, 'name', s.name);
    cell(row, 'status', s.inserting ? s.status + ' (inserting ' + s.counts.total + '/' + s.expected_trials + ')' : s.status);
    const progress = el('td');
    progress.appendChild(bar(s.counts));
    row.appendChild(progress);
    cell(row, 'num done', s.counts.done);
    cell(row, 'num running', s.counts.running);
    cell(row, 'num pending', s.counts.pending);
    cell(row, 'num failed', s.counts.failed);
    cell(row, 'num cancelled', s.counts.cancelled);
    cell(row, 'num rate', fmtRate(s.trial_steps_per_second));
    cell(row, 'num eta', fmtEta(s.eta_s));
    sweepsBody.appendChild(row);
    refreshSweep(s);
  }
}

function renderWorkers(list) {
  workersBody.replaceChildren();
  if (list.length === 0) {
    const row = el('tr');
    const td = el('td', 'empty', 'no workers registered');
    td.colSpan = 10;
    row.appendChild(td);
    workersBody.appendChild(row);
  }
  for (const w of list) {
    const row = el('tr');
    row.dataset.worker = w.worker_id;
    cell(row, 'name', w.worker_id);
    cell(row, 'host', w.host);
    cell(row, 'state', w.state);
    cell(row, 'num slots', w.slots);
    cell(row, 'num cores', w.cores);
    cell(row, 'num leased', w.leased);
    cell(row, 'num completed', w.completed);
    cell(row, 'num tpm', fmtRate(w.trials_per_minute));
    cell(row, 'num speed', fmtRate(w.trial_steps_per_second));
    cell(row, 'num seen', w.last_seen_s_ago.toFixed(0) + 's ago');
    workersBody.appendChild(row);
  }
}

function cardOf(name) {
  let entry = known.get(name);
  if (entry) return entry;
  const card = el('section', 'card sweep-card');
  card.dataset.sweep = name;
  card.appendChild(el('h2', '', name));
  const fits = el('div', 'fits');
  fits.appendChild(el('p', 'note', 'fitting...'));
  const plots = el('div', 'plots');
  card.append(fits, plots);
  cards.appendChild(card);
  entry = { card, fits, plots, settled: -1, at: 0, timer: 0, busy: false, latest: null, shown: false };
  known.set(name, entry);
  return entry;
}

function refreshSweep(s) {
  const entry = cardOf(s.name);
  entry.latest = s;
  const settled = s.counts.done + s.counts.failed + s.counts.cancelled;
  if (settled === entry.settled || entry.busy || entry.timer) return;
  const wait = entry.at + PLOT_GAP_MS - Date.now();
  if (wait > 0) {
    entry.timer = setTimeout(() => {
      entry.timer = 0;
      refreshSweep(entry.latest);
    }, wait);
    return;
  }
  load(entry);
}

// A 202 says the fit (or its plots) is still computed on the server: ask again after its
// Retry-After (seconds).
function getJson(url) {
  return fetch(url, { credentials: 'same-origin' }).then((r) => {
    if (r.status === 202) {
      const after = Number(r.headers.get('retry-after'));
      return { fitting: true, retryS: after >= 1 ? after : 1 };
    }
    return r.ok ? r.json() : Promise.reject(r.status);
  });
}

function load(entry) {
  const s = entry.latest;
  const settled = s.counts.done + s.counts.failed + s.counts.cancelled;
  entry.busy = true;
  entry.at = Date.now();
  const base = 'api/sweeps/' + encodeURIComponent(s.name);
  Promise.all([getJson(base), getJson(base + '/plots')])
    .then(([detail, plots]) => {
      if (detail.fitting !== true) {
        renderFits(entry, detail);
        entry.shown = true;
      } else if (!entry.shown) {
        entry.fits.replaceChildren(el('p', 'note', 'fitting...'));
      }
      if (!Array.isArray(plots)) {
        if (!entry.plots.firstChild) entry.plots.appendChild(el('p', 'note', 'rendering plots...'));
      } else {
        entry.plots.replaceChildren();
        for (const p of plots) {
          const figure = el('figure', 'plot');
          figure.id = p.id;
          figure.innerHTML = p.svg;
          entry.plots.appendChild(figure);
        }
        if (plots.length === 0) entry.plots.appendChild(el('p', 'note', 'no finished trials yet'));
      }
      if (detail.fitting === true || plots.fitting === true) {
        // Asked again even if no status event comes (a finished sweep sends none).
        const retryS = Math.max(detail.retryS || 0, plots.retryS || 0);
        entry.timer = setTimeout(() => {
          entry.timer = 0;
          if (!entry.busy) load(entry);
        }, retryS * 1000);
        return;
      }
      entry.settled = settled;
    })
    .catch((status) => {
      entry.shown = false;
      entry.fits.replaceChildren(el('p', 'note', 'could not load the fit (' + status + ')'));
    })
    .finally(() => {
      entry.busy = false;
      if (entry.latest) refreshSweep(entry.latest);
    });
}

function renderFits(entry, detail) {
  const table = el('table');
  const head = el('tr');
  for (const h of ['group', 'done', 'running', 'failed', 'n*', '95% interval', 'verdict', 'budget', 'unconverged']) head.appendChild(el('th', '', h));
  const thead = el('thead');
  thead.appendChild(head);
  const tbody = el('tbody');
  for (const g of detail.groups) {
    const row = el('tr');
    row.dataset.group = g.id;
    cell(row, 'label', g.label);
    cell(row, 'num', g.counts.done);
    cell(row, 'num', g.counts.running);
    cell(row, 'num', g.counts.failed);
    cell(row, 'num nstar', fmtNum(g.threshold.nStar));
    const warn = g.threshold.ciWarnings && g.threshold.ciWarnings.length > 0 ? ' (!) ' + g.threshold.ciWarnings.join('; ') : '';
    cell(row, 'num ci', g.threshold.ci ? '[' + fmtNum(g.threshold.ci.lo) + ', ' + fmtNum(g.threshold.ci.hi) + ']' + warn : '--');
    cell(row, 'verdict', g.threshold.verdict_text);
    const budget = g.over_time && g.over_time.budget;
    cell(row, 'budget', budget ? budget.verdict.replace('-', ' ') + ': ' + budget.text : 'no curves yet');
    const byN = g.by_n.map((s) => s.n + ': ' + s.unconverged + '/' + s.done).join(', ');
    cell(row, 'num unconverged', g.counts.unconverged + ' of ' + g.counts.done + ' (' + byN + ')');
    tbody.appendChild(row);
  }
  table.append(thead, tbody);
  const note = el('p', 'note', 'fit of ' + detail.counts.done + ' done trials at ' + new Date(detail.fitted_at).toLocaleTimeString() + ' (' + detail.fit_ms + ' ms); budget: settled when n*(t) stayed inside the final interval over the last half of the steps, without a drift above 5% common to the seeds');
  entry.fits.replaceChildren(table, note);
}

const source = new EventSource('api/events');
source.addEventListener('open', () => {
  conn.textContent = 'live';
  conn.className = 'pill';
});
source.addEventListener('error', () => {
  conn.textContent = 'reconnecting';
  conn.className = 'pill off';
});
source.addEventListener('sweeps', (e) => renderSweeps(JSON.parse(e.data)));
source.addEventListener('workers', (e) => renderWorkers(JSON.parse(e.data)));
`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page (`GET /`): static HTML; the script fills it from the event stream. */
export function dashboardPage(nonce: string, title = 'Thresher'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} dashboard</title>
<style>${STYLE}</style>
</head>
<body>
<header><div class="inner">
<h1>${escapeHtml(title)} <span id="conn" class="pill">connecting</span></h1>
<div class="sub">Sweeps, workers and the optimization threshold n*, live from the coordinator.</div>
</div></header>
<main>
<section class="card"><h2>Sweeps</h2>
<table id="sweeps"><thead><tr><th>sweep</th><th>status</th><th>progress</th><th class="num">done</th><th class="num">running</th><th class="num">pending</th><th class="num">failed</th><th class="num">cancelled</th><th class="num">trial-steps/s</th><th class="num">ETA</th></tr></thead><tbody></tbody></table>
<p class="note">ETA: steps left at the step rate measured over the last minute, running trials' steps included.</p>
</section>
<section class="card"><h2>Workers</h2>
<table id="workers"><thead><tr><th>worker</th><th>host</th><th>state</th><th class="num">slots</th><th class="num">cores</th><th class="num">leased</th><th class="num">completed</th><th class="num">trials/min</th><th class="num">trial-steps/s</th><th class="num">last seen</th></tr></thead><tbody></tbody></table>
<p class="note">Speed: trials and their steps recorded over the last minute.</p>
</section>
<div id="cards"></div>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
