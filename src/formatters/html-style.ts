// The HTML report's only stylesheet, inlined (the page loads nothing else). System fonts; readable when printed.
export const REPORT_CSS = `
:root { --err: #c62828; --err-bg: #ffd6d6; --warn: #9a6700; --warn-bg: #fff1a8; --rel-bg: #d7e8ff; --rel: #1f5fbf;
  --muted: #5f6368; --line: #e3e3e3; --paper: #fff; --ink: #1f1f1f; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f6f4; color: var(--ink); line-height: 1.6;
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; }
h3 { font-size: 17px; margin: 20px 0 8px; }
a { color: var(--rel); }
.muted { color: var(--muted); }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 12px 0; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.total { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.total b { display: block; font-size: 24px; }
.total.err b { color: var(--err); } .total.warn b { color: var(--warn); }
.howto { background: #fffbe6; border: 1px solid #f0e0a0; border-radius: 8px; padding: 10px 16px; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f0ee; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; line-height: 20px; white-space: nowrap; }
.badge.sev2 { background: var(--err); color: #fff; } .badge.sev1 { background: var(--warn); color: #fff; }
.badge.kind { background: #eee; color: #333; } .badge.fix { background: #e3f4e1; color: #1e6b1e; }
.findings-list > summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
.findings td:first-child { white-space: nowrap; }
.findings .related { display: block; font-size: 13px; }
.findings .quote { font-size: 13px; color: #444; }
.source { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 8px 0; overflow-x: auto; }
.line { display: flex; unicode-bidi: isolate; }
.line:target, .line:hover { background: #fafafa; }
.ln { flex: none; width: 4.5em; padding-right: 12px; text-align: right; color: #9aa0a6; user-select: none;
  font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; line-height: 1.6rem; }
.text { flex: 1; padding-right: 16px; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.6rem; unicode-bidi: plaintext; }
.gap { color: #9aa0a6; font-size: 12px; padding: 2px 0 2px 5.2em; }
mark.hl { border-radius: 2px; padding: 1px 0; color: inherit; cursor: help; }
mark.hl a { color: inherit; text-decoration: none; }
mark.sev2 { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
mark.sev1 { background: var(--warn-bg); box-shadow: inset 0 -2px 0 var(--warn); }
mark.rel { background: var(--rel-bg); box-shadow: inset 0 -2px 0 var(--rel); }
mark.point { padding: 0 2px; font-size: 12px; }
.anchor:target + mark, .anchor:target + a > mark { outline: 3px solid var(--rel); }
.inv { display: inline-block; border: 1px dashed var(--err); color: var(--err); font-size: 11px; line-height: 14px;
  padding: 0 2px; margin: 0 1px; border-radius: 3px; font-family: ui-monospace, Menlo, Consolas, monospace; }
.top { font-size: 13px; }
@media print { body { background: #fff; } .card, .source, .total { border-color: #ccc; } .line { break-inside: avoid; } }
`;
