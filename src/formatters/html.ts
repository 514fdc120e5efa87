// A self-contained HTML page for editors: a summary by rule and by file, then each document with its findings
// highlighted in place (hover for the message, click for the related place). No script, no network: a strict CSP
// allows only the inline stylesheet, and every piece of document text is escaped (see html-text.ts).
import { createHash } from 'node:crypto';
import { localize } from '../engine/messages.js';
import type { LintMessage, LintResult, Locale } from '../types.js';
import { REPORT_CSS } from './html-style.js';
import { escapeAttr, escapeText } from './html-text.js';
import { displayPath } from '../files/paths.js';
import { placeOf } from './place.js';
import type { Formatter, FormatterContext } from './types.js';

const LABELS = {
  zh: {
    title: 'policylint 检查报告',
    howto: '红色底纹是错误，黄色底纹是警告，蓝色底纹是与之相关的另一处文字。鼠标停在标出的文字上可看到说明；点击可跳到相关位置或问题列表。',
    files: '检查的文件', withFindings: '有问题的文件', errors: '错误', warnings: '警告', fixable: '可自动修复',
    byRule: '按规则汇总', byFile: '按文件汇总', rule: '规则', description: '说明', file: '文件',
    clean: '未发现问题', position: '位置', message: '说明', severity: ['警告', '错误'],
    at: (l: number, c: number) => `第 ${l} 行第 ${c} 列`, related: '另见', relatedTo: '相关问题',
    noSource: '（原文无法显示）', text: '原文', list: (n: number) => `问题列表（${n} 个）`, fixableBadge: '可修复', fileProblem: '文件问题', top: '↑ 回到汇总',
    skipped: (a: number, b: number) => `⋯ 第 ${a}–${b} 行没有问题，未显示`, none: '没有发现任何问题。',
  },
  en: {
    title: 'policylint report',
    howto: 'Red marks errors, yellow marks warnings, blue marks the other place a finding refers to. Hover over marked text to read the message; click it to jump to the related place or to the list of findings.',
    files: 'files checked', withFindings: 'files with findings', errors: 'errors', warnings: 'warnings', fixable: 'fixable',
    byRule: 'Summary by rule', byFile: 'Summary by file', rule: 'rule', description: 'description', file: 'file',
    clean: 'no findings', position: 'where', message: 'message', severity: ['warning', 'error'],
    at: (l: number, c: number) => `line ${l}, column ${c}`, related: 'see also', relatedTo: 'related to',
    noSource: '(the text cannot be shown)', text: 'Text', list: (n: number) => `List of findings (${n})`, fixableBadge: 'fixable', fileProblem: 'file problem', top: '↑ back to the summary',
    skipped: (a: number, b: number) => `⋯ lines ${a}–${b} have no findings and are not shown`, none: 'No findings at all.',
  },
} satisfies Record<Locale, unknown>;
type Labels = (typeof LABELS)['zh'];

/** Documents longer than this show only the lines near findings. */
const FULL_TEXT_MAX_LINES = 400;
const CONTEXT_LINES = 3;
/** Longer lists of findings start folded, so that the text is near. */
const OPEN_LIST_MAX = 30;

export const html: Formatter = (results, context) => {
  const t = LABELS[context.locale];
  const css = REPORT_CSS;
  const cssHash = createHash('sha256').update(css).digest('base64');
  const docs = results.map((r, i) => ({ r, id: `d${i + 1}`, path: displayPath(r.filePath, context.cwd) }));
  const withFindings = docs.filter((d) => d.r.messages.length > 0);
  const sum = (f: (r: LintResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const errors = sum((r) => r.errorCount);
  const warnings = sum((r) => r.warningCount);
  const fixable = sum((r) => r.fixableErrorCount + r.fixableWarningCount);

  return `<!DOCTYPE html>
<html lang="${context.locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${cssHash}'; img-src data:; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policylint ${escapeAttr(context.version)}">
<title>${escapeText(t.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
<header id="summary">
<h1>${escapeText(t.title)}</h1>
<p class="muted">policylint ${escapeText(context.version)}</p>
<div class="totals">
${total('', results.length, t.files)}${total('', withFindings.length, t.withFindings)}${total('err', errors, t.errors)}${total('warn', warnings, t.warnings)}${total('', fixable, t.fixable)}
</div>
<p class="howto">${escapeText(t.howto)}</p>
</header>
${withFindings.length === 0 ? `<p class="card" id="no-findings">${escapeText(t.none)}</p>` : ruleSummary(results, context, t)}
${fileSummary(docs, t)}
${withFindings.map((d) => documentSection(d.r, d.id, d.path, t)).join('\n')}
</main>
</body>
</html>
`;
};

const total = (cls: string, n: number, label: string) =>
  `<div class="total ${cls}"><b>${n}</b>${escapeText(label)}</div>`;

function ruleSummary(results: LintResult[], context: FormatterContext, t: Labels): string {
  const rows = new Map<string, { errors: number; warnings: number; files: Set<string>; kinds: Map<string, number> }>();
  for (const r of results) {
    for (const m of r.messages) {
      const id = m.ruleId ?? t.fileProblem;
      const row = rows.get(id) ?? { errors: 0, warnings: 0, files: new Set<string>(), kinds: new Map<string, number>() };
      if (m.severity === 2) row.errors++;
      else row.warnings++;
      row.files.add(r.filePath);
      const kind = kindLabelOf(m);
      if (kind) row.kinds.set(kind, (row.kinds.get(kind) ?? 0) + 1);
      rows.set(id, row);
    }
  }
  const sorted = [...rows].sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b));
  const body = sorted
    .map(([id, row]) => {
      const rule = context.rules.get(id);
      const description = rule ? localize(rule.meta.description, context.locale) : '';
      const kinds = [...row.kinds].map(([k, n]) => `<span class="badge kind">${escapeText(k)} × ${n}</span>`).join(' ');
      return `<tr data-rule="${escapeAttr(id)}"><td><span class="rule">${escapeText(id)}</span></td><td>${escapeText(description)}${kinds ? ` ${kinds}` : ''}</td><td class="num">${row.errors}</td><td class="num">${row.warnings}</td><td class="num">${row.files.size}</td></tr>`;
    })
    .join('\n');
  return `<section>
<h2>${escapeText(t.byRule)}</h2>
<table class="by-rule">
<thead><tr><th>${escapeText(t.rule)}</th><th>${escapeText(t.description)}</th><th class="num">${escapeText(t.errors)}</th><th class="num">${escapeText(t.warnings)}</th><th class="num">${escapeText(t.file)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function fileSummary(docs: { r: LintResult; id: string; path: string }[], t: Labels): string {
  const body = docs
    .map(({ r, id, path }) => {
      const name = r.messages.length > 0 ? `<a href="#${id}">${escapeText(path)}</a>` : `${escapeText(path)} <span class="muted">${escapeText(t.clean)}</span>`;
      return `<tr data-file="${escapeAttr(path)}"><td>${name}</td><td class="num">${r.errorCount}</td><td class="num">${r.warningCount}</td><td class="num">${r.fixableErrorCount + r.fixableWarningCount}</td></tr>`;
    })
    .join('\n');
  return `<section>
<h2>${escapeText(t.byFile)}</h2>
<table class="by-file">
<thead><tr><th>${escapeText(t.file)}</th><th class="num">${escapeText(t.errors)}</th><th class="num">${escapeText(t.warnings)}</th><th class="num">${escapeText(t.fixable)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

const kindOf = (m: LintMessage): string | undefined => (typeof m.properties?.kind === 'string' ? m.properties.kind : undefined);
/** The kind as the reader should see it: the rule's label in the message language when it gives one. */
const kindLabelOf = (m: LintMessage): string | undefined => (typeof m.properties?.kindLabel === 'string' ? m.properties.kindLabel : kindOf(m));
const severityOf = (m: LintMessage, t: Labels) => t.severity[m.severity - 1]!;
const hoverOf = (m: LintMessage, t: Labels) => `${severityOf(m, t)} · ${m.ruleId ?? t.fileProblem}${kindLabelOf(m) ? ` (${kindLabelOf(m)})` : ''}\n${m.message}`;

function documentSection(r: LintResult, id: string, path: string, t: Labels): string {
  const rows = r.messages
    .map((m, j) => {
      const mid = `${id}-m${j}`;
      const place = m.paragraph ? placeOf(m, t === LABELS.en ? 'en' : 'zh') : t.at(m.line, m.column);
      const where = m.fatal && m.ruleId === null ? '' : `<a href="#${mid}">${escapeText(place)}</a>`;
      const quote = m.context ? `<div class="quote">${escapeText(m.context)}</div>` : '';
      const badges = [
        `<span class="badge sev${m.severity}">${escapeText(severityOf(m, t))}</span>`,
        kindLabelOf(m) ? `<span class="badge kind">${escapeText(kindLabelOf(m)!)}</span>` : '',
        m.fix ? `<span class="badge fix">${escapeText(t.fixableBadge)}</span>` : '',
      ].join(' ');
      const related = (m.related ?? [])
        .map((rel, k) => `<a class="related" href="#${mid}-r${k}">${escapeText(`${t.related} ${t.at(rel.line, rel.column)}：${rel.message}`)}</a>`)
        .join('');
      return `<tr id="${id}-i${j}" class="finding sev${m.severity}" data-rule="${escapeAttr(m.ruleId ?? '')}"><td>${where}</td><td>${badges}</td><td>${escapeText(m.message)}${quote}${related}</td><td><span class="rule">${escapeText(m.ruleId ?? t.fileProblem)}</span></td></tr>`;
    })
    .join('\n');
  const source = r.source === undefined ? `<p class="muted">${escapeText(t.noSource)}</p>` : renderSource(r.source, r.messages, id, t);
  return `<section class="document" id="${id}" data-file="${escapeAttr(path)}">
<h2>${escapeText(path)}</h2>
<p class="muted">${r.errorCount} ${escapeText(t.errors)} · ${r.warningCount} ${escapeText(t.warnings)} · <a class="top" href="#summary">${escapeText(t.top)}</a></p>
<details class="findings-list"${r.messages.length <= OPEN_LIST_MAX ? ' open' : ''}>
<summary>${escapeText(t.list(r.messages.length))}</summary>
<table class="findings">
<thead><tr><th>${escapeText(t.position)}</th><th></th><th>${escapeText(t.message)}</th><th>${escapeText(t.rule)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</details>
<h3>${escapeText(t.text)}</h3>
<div class="source">
${source}
</div>
</section>`;
}

/** A highlighted range: a finding (`k` undefined) or the k-th related location of finding `j`. */
interface Span {
  start: number;
  end: number;
  j: number;
  k?: number;
}

function renderSource(text: string, messages: LintMessage[], id: string, t: Labels): string {
  const spans: Span[] = [];
  messages.forEach((m, j) => {
    if (m.fatal && m.ruleId === null) return;
    spans.push({ start: m.offset, end: m.endOffset, j });
    m.related?.forEach((rel, k) => spans.push({ start: rel.offset, end: rel.endOffset, j, k }));
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  const lines = splitLines(text);
  const shown = visibleLines(lines, spans);
  const out: string[] = [];
  let cursor = 0; // index into spans: the first that may still touch the current line
  let skippedFrom = -1;
  for (let n = 0; n < lines.length; n++) {
    const [ls, le] = lines[n]!;
    while (cursor < spans.length && spans[cursor]!.end < ls && spans[cursor]!.start < ls) cursor++;
    if (!shown[n]) {
      if (skippedFrom < 0) skippedFrom = n;
      continue;
    }
    if (skippedFrom >= 0) {
      out.push(`<div class="gap">${escapeText(t.skipped(skippedFrom + 1, n))}</div>`);
      skippedFrom = -1;
    }
    const here: Span[] = [];
    for (let s = cursor; s < spans.length && spans[s]!.start <= le; s++) {
      const sp = spans[s]!;
      // Overlapping the line, or starting on it (its anchor goes here even when it starts at the line break).
      if ((sp.start < le && sp.end > ls) || (sp.start >= ls && sp.start <= le)) here.push(sp);
    }
    out.push(`<div class="line" id="${id}-L${n + 1}"><span class="ln">${n + 1}</span><span class="text">${renderLine(text, ls, le, here, messages, id, t)}</span></div>`);
  }
  if (skippedFrom >= 0) out.push(`<div class="gap">${escapeText(t.skipped(skippedFrom + 1, lines.length))}</div>`);
  return out.join('\n');
}

/** [start, end) of each line without its line break; breaks as in LineIndex (\n, \r\n, lone \r). */
function splitLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push([start, m.index]);
    start = m.index + m[0].length;
  }
  lines.push([start, text.length]);
  if (lines.length > 1 && start === text.length) lines.pop(); // the final newline ends the last line
  return lines;
}

function visibleLines(lines: [number, number][], spans: Span[]): boolean[] {
  if (lines.length <= FULL_TEXT_MAX_LINES) return lines.map(() => true);
  const shown = lines.map(() => false);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const sp of spans) {
    const a = Math.max(0, lineOf(sp.start) - CONTEXT_LINES);
    const b = Math.min(lines.length - 1, lineOf(sp.end) + CONTEXT_LINES);
    for (let n = a; n <= b; n++) shown[n] = true;
  }
  return shown;
}

function renderLine(text: string, ls: number, le: number, spans: Span[], messages: LintMessage[], id: string, t: Labels): string {
  if (spans.length === 0) return escapeText(text.slice(ls, le));
  const anchorId = (sp: Span) => `${id}-m${sp.j}${sp.k === undefined ? '' : `-r${sp.k}`}`;
  const cuts = new Set<number>([ls, le]);
  for (const sp of spans) {
    if (sp.start > ls && sp.start < le) cuts.add(sp.start);
    if (sp.end > ls && sp.end < le) cuts.add(sp.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const startingAt = new Map<number, Span[]>();
  for (const sp of spans) startingAt.set(sp.start, [...(startingAt.get(sp.start) ?? []), sp]);
  // A sweep: the spans covering the current segment, updated at each cut (so a line with many findings stays linear-ish).
  let active = spans.filter((sp) => sp.start < ls && sp.end > ls);
  let html = '';
  for (let p = 0; p < points.length; p++) {
    const a = points[p]!;
    // Anchors of the spans that begin here; a span that goes on over several lines has its anchor on the first.
    for (const sp of startingAt.get(a) ?? []) {
      html += `<span class="anchor" id="${anchorId(sp)}"></span>`;
      if (sp.start === sp.end) html += mark([sp], messages, id, t, '⁁', true);
      else active.push(sp);
    }
    if (p === points.length - 1) break;
    const b = points[p + 1]!;
    active = active.filter((sp) => sp.end > a);
    const segment = text.slice(a, b);
    html += active.length === 0 ? escapeText(segment) : mark(active, messages, id, t, segment, false);
  }
  return html;
}

/** One highlighted piece of text, covered by one or more findings or related locations. */
function mark(covering: Span[], messages: LintMessage[], id: string, t: Labels, segment: string, point: boolean): string {
  const findings = covering.filter((sp) => sp.k === undefined);
  const severity = Math.max(0, ...findings.map((sp) => messages[sp.j]!.severity));
  const classes = ['hl', severity > 0 ? `sev${severity}` : 'rel'];
  if (point) classes.push('point');
  for (const sp of findings) {
    const kind = kindOf(messages[sp.j]!);
    if (kind && /^[\w-]+$/.test(kind)) classes.push(`kind-${kind}`);
  }
  const hover = covering
    .map((sp) => {
      const m = messages[sp.j]!;
      if (sp.k === undefined) return hoverOf(m, t);
      return `${t.related} · ${m.ruleId ?? ''}\n${m.related![sp.k]!.message}\n${t.relatedTo}：${m.message}`;
    })
    .join('\n\n');
  // Clicking goes to the other place: a finding to its first related location, a related location back to its
  // finding, a finding without related locations to its row in the list.
  const first = findings.find((sp) => messages[sp.j]!.related?.length) ?? findings[0] ?? covering[0]!;
  const href =
    first.k !== undefined ? `#${id}-m${first.j}` : messages[first.j]!.related?.length ? `#${id}-m${first.j}-r0` : `#${id}-i${first.j}`;
  const ids = covering.map((sp) => `m${sp.j}${sp.k === undefined ? '' : `-r${sp.k}`}`).join(' ');
  return `<mark class="${classes.join(' ')}" title="${escapeAttr(hover)}" data-findings="${ids}"><a href="${href}">${escapeText(segment)}</a></mark>`;
}
