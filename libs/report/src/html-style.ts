/** The report's stylesheet: inlined, system fonts only, so the file needs nothing at view time. */
export const HTML_STYLE = `
:root {
  --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --bg: #f6f7fb; --card: #ffffff;
  --accent: #7c3aed; --ok: #059669; --warn: #d97706; --bad: #dc2626;
  font-family: "Inter", "Segoe UI", "Helvetica Neue", "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; line-height: 1.5; font-size: 14px; }
main { max-width: 1280px; margin: 0 auto; padding: 4px 28px 64px; }
header.top { background: linear-gradient(135deg, #1e1b4b 0%, #4c1d95 55%, #7c3aed 100%); color: #fff; }
header.top .inner { max-width: 1280px; margin: 0 auto; padding: 32px 28px 28px; }
header.top h1 { margin: 0 0 4px; font-size: 26px; font-weight: 700; letter-spacing: -0.01em; }
header.top .sub { opacity: 0.85; font-size: 13px; }
.progress { margin-top: 18px; display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
.bar { flex: 0 0 320px; height: 10px; border-radius: 99px; background: rgba(255,255,255,0.22); overflow: hidden; display: flex; }
.bar span { display: block; height: 100%; }
.bar .done { background: #34d399; } .bar .failed { background: #f87171; }
.pill { display: inline-block; padding: 2px 10px; border-radius: 99px; font-size: 12px; font-weight: 600; background: rgba(255,255,255,0.16); }
nav.toc { margin-top: 16px; display: flex; gap: 18px; flex-wrap: wrap; font-size: 13px; }
nav.toc a { color: #ddd6fe; text-decoration: none; } nav.toc a:hover { color: #fff; }
section { margin-top: 36px; }
h2 { font-size: 19px; margin: 0 0 4px; letter-spacing: -0.01em; }
h3 { font-size: 15px; margin: 0; }
p.lead { color: var(--muted); margin: 0 0 16px; max-width: 880px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 1px 2px rgba(15,23,42,0.04), 0 4px 16px rgba(15,23,42,0.04); padding: 18px 20px; margin-bottom: 18px; }
figure { margin: 0; }
figure.plot { overflow-x: auto; }
figure.plot svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 7px 9px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
th { font-size: 11px; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); font-weight: 600; background: #f8fafc; position: sticky; top: 0; }
td.num, th.num { text-align: right; }
tbody tr:nth-child(even) td { background: #fbfcfe; }
tbody tr:hover td { background: #f5f3ff; }
.table-wrap { overflow-x: auto; }
td .ci { display: block; font-size: 11px; color: var(--muted); line-height: 1.3; }
.verdict { display: inline-block; padding: 1px 9px; border-radius: 99px; font-size: 12px; font-weight: 600; }
.verdict.threshold { background: #ede9fe; color: #5b21b6; }
.verdict.interpolates-everywhere { background: #dbeafe; color: #1e40af; }
.verdict.never-interpolates { background: #dcfce7; color: #166534; }
.verdict.too-few-points { background: #f1f5f9; color: #475569; }
.nstar { font-weight: 700; color: var(--accent); }
details { border-top: 1px solid var(--line); padding: 10px 0; }
details:first-of-type { border-top: none; }
summary { cursor: pointer; font-weight: 600; font-size: 14px; }
summary .params { font-weight: 400; color: var(--muted); font-size: 12px; margin-left: 8px; }
details .table-wrap { margin-top: 10px; }
.note { color: var(--muted); font-size: 12.5px; }
ul.errors { margin: 0; padding-left: 18px; } ul.errors code { font-size: 12px; background: #fef2f2; color: #991b1b; padding: 1px 5px; border-radius: 4px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: 16px; }
@media print { header.top { background: #4c1d95; -webkit-print-color-adjust: exact; print-color-adjust: exact; } .card { box-shadow: none; } }
`;
