// Reviewed verdicts on the development set: every finding of every rule (policylint:all) on seeds/,
// ../shared/corpus and ../shared/corpus2 has a row in src/rules/<id>/verdicts.tsv saying whether a careful
// editor agrees with it. Shared by scripts/verdicts.mjs (on the built code) and test/accuracy (on the source):
// the caller passes the linter's lintFiles and the built-in rules, so both read the same rows the same way.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The development set: a name used in verdict rows, and the folder it stands for (relative to the repo). */
export const SETS = [
  { name: 'seeds', dir: 'seeds' },
  { name: 'corpus', dir: '../shared/corpus' },
  { name: 'corpus2', dir: '../shared/corpus2' },
];

export const COLUMNS = ['file', 'line', 'column', 'messageId', 'verdict', 'reason'];

/** A finding's identity in a verdict row: where it starts and what it says. */
export const keyOf = (f) => `${f.file}\t${f.line}\t${f.column}\t${f.messageId}`;

export function sharedPresent(root) {
  return SETS.every((s) => existsSync(path.resolve(root, s.dir)));
}

/** Every finding on the development set, in a stable order. */
export async function collectFindings(root, lintFiles) {
  const findings = [];
  for (const set of SETS) {
    const cwd = path.resolve(root, set.dir);
    const results = await lintFiles(['.'], {
      cwd,
      config: { extends: ['policylint:all'], ignores: ['SOURCES.md', 'README.md'] },
      keepSource: true,
    });
    for (const r of results) {
      const file = `${set.name}/${path.relative(cwd, r.filePath).split(path.sep).join('/')}`;
      const lines = r.source?.split(/\r\n|\r|\n/) ?? [];
      for (const m of r.messages) {
        if (!m.ruleId) continue;
        findings.push({
          file,
          line: m.line,
          column: m.column,
          ruleId: m.ruleId,
          messageId: m.messageId ?? '',
          severity: m.severity,
          message: m.message,
          context: excerpt(lines[m.line - 1] ?? '', m.column - 1, m.line === m.endLine ? m.endColumn - 1 : undefined),
        });
      }
    }
  }
  return findings.sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.file, b.file) || a.line - b.line || a.column - b.column);
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The finding's text marked 【…】 with some context, on one line. */
function excerpt(line, start, end) {
  const stop = end ?? Math.min(line.length, start + 20);
  const before = line.slice(Math.max(0, start - 25), start);
  const inside = line.slice(start, Math.min(stop, start + 60));
  const after = line.slice(stop, stop + 25);
  return `${before}【${inside}】${after}`.replace(/\s+/g, ' ');
}

/** A rule with this many findings or more may be judged on a sample of at least as many (issue 14). */
export const SAMPLE_SIZE = 100;

/**
 * The verdict rows of every rule folder: Map ruleId → rows. Lines starting with # are comments, except
 * `#! unjudged N`: the rule was judged on a sample, and N findings (no more, no fewer) are left unjudged.
 */
export function loadVerdicts(root) {
  const rulesDir = path.join(root, 'src/rules');
  const byRule = new Map();
  const unjudged = new Map();
  const problems = [];
  for (const id of readdirSync(rulesDir)) {
    const file = path.join(rulesDir, id, 'verdicts.tsv');
    if (!existsSync(file)) continue;
    const rows = [];
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      const sampled = /^#! unjudged (\d+)\s*$/.exec(text);
      if (sampled) unjudged.set(id, Number(sampled[1]));
      if (!text.trim() || text.startsWith('#')) return;
      const cells = text.split('\t');
      const [f, line, column, messageId, verdict, reason] = cells;
      if (cells.length < 6 || !/^\d+$/.test(line) || !/^\d+$/.test(column) || !['true', 'false'].includes(verdict) || !reason?.trim()) {
        problems.push(`src/rules/${id}/verdicts.tsv:${i + 1}: expected ${COLUMNS.join(' TAB ')} with verdict true|false and a reason`);
        return;
      }
      rows.push({ file: f, line: Number(line), column: Number(column), messageId, verdict: verdict === 'true', reason, ruleId: id });
    });
    byRule.set(id, rows);
    if (unjudged.has(id) && rows.length < SAMPLE_SIZE) problems.push(`src/rules/${id}/verdicts.tsv: a sample needs at least ${SAMPLE_SIZE} rows, found ${rows.length}`);
  }
  return { byRule, unjudged, problems };
}

/**
 * Matches findings with verdicts. `missing`: findings without a row, where the rule's file does not declare
 * exactly that many unjudged (a sampled rule); `stale`: rows whose finding is gone (a lost true positive when the
 * row says true); per rule the counts for the precision table (precision is over judged findings).
 */
export function compare(findings, byRule, unjudged = new Map()) {
  const pool = new Map();
  for (const rows of byRule.values()) {
    for (const row of rows) {
      const key = `${row.ruleId}\t${keyOf(row)}`;
      const list = pool.get(key) ?? [];
      list.push(row);
      pool.set(key, list);
    }
  }
  const missing = [];
  const perRule = new Map();
  for (const f of findings) {
    const stats = perRule.get(f.ruleId) ?? { findings: 0, errors: 0, judged: 0, judgedErrors: 0, truePositives: 0, errorTruePositives: 0, unjudged: 0 };
    perRule.set(f.ruleId, stats);
    stats.findings++;
    if (f.severity === 2) stats.errors++;
    const row = pool.get(`${f.ruleId}\t${keyOf(f)}`)?.shift();
    if (!row) {
      missing.push(f);
      stats.unjudged++;
      continue;
    }
    stats.judged++;
    if (f.severity === 2) stats.judgedErrors++;
    if (row.verdict) {
      stats.truePositives++;
      if (f.severity === 2) stats.errorTruePositives++;
    }
  }
  const stale = [...pool.values()].flat();
  // A sampled rule's unjudged findings are missing only when their number is not the declared one.
  const reallyMissing = missing.filter((f) => perRule.get(f.ruleId).unjudged !== unjudged.get(f.ruleId));
  return { missing: reallyMissing, stale, perRule };
}

/** Precision as a share, or null with nothing to judge. */
export const precision = (truePositives, total) => (total === 0 ? null : truePositives / total);

export const SET_DESCRIPTION = 'seeds/ (5 documents), ../shared/corpus (222) and ../shared/corpus2 (159)';

/** Per rule, what docs/precision.json records (every rule of `rules`, with zeros where it found nothing). */
export function precisionByRule(perRule, rules) {
  const out = {};
  for (const id of Object.keys(rules).sort()) {
    const s = perRule.get(id);
    out[id] = {
      findings: s?.findings ?? 0,
      judged: s?.judged ?? 0,
      truePositives: s?.truePositives ?? 0,
      judgedErrors: s?.judgedErrors ?? 0,
      errorTruePositives: s?.errorTruePositives ?? 0,
    };
  }
  return out;
}

/** A finding as a verdict row to fill in: `?` for the verdict, the message and the marked context as the reason. */
export const rowToFill = (f) => `${keyOf(f)}\t?\t${f.message} ‖ ${f.context}`;
