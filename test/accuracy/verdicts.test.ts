// Every finding on the development set (seeds/, ../shared/corpus, ../shared/corpus2) has a reviewed verdict in
// src/rules/<id>/verdicts.tsv, no finding judged true has gone, and every error-severity rule of
// policylint:recommended keeps a precision of at least 95 % there. `node scripts/verdicts.mjs --help` says how
// to review what this test reports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with scripts/verdicts.mjs, which runs it on the built code
import { collectFindings, compare, keyOf, loadVerdicts, precision, precisionByRule, rowToFill, SET_DESCRIPTION, sharedPresent } from '../../scripts/verdicts-lib.mjs';
import { readPrecision } from '../../src/docs/rule-docs.js';
import { lintFiles } from '../../src/index.js';
import { builtinPlugin } from '../../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const present = sharedPresent(root);
if (!present && !process.env.CI) console.warn('verdicts: ../shared not found; skipping');
const MIN_PRECISION = 0.95;

describe.skipIf(!present && !process.env.CI)('verdicts on the development set', async () => {
  it('has the shared corpora (CI must run with ../shared beside the repository)', () => expect(present).toBe(true));
  if (!present) return;
  const findings = await collectFindings(root, lintFiles);
  const { byRule, unjudged, problems } = loadVerdicts(root);
  const { missing, stale, perRule } = compare(findings, byRule, unjudged);

  it('verdict files are well formed', () => expect(problems).toEqual([]));

  it('every finding has a verdict (node scripts/verdicts.mjs --missing)', () => {
    expect(missing.map((f: { ruleId: string }) => `${f.ruleId}\t${rowToFill(f)}`)).toEqual([]);
  });

  it('no judged finding has gone (a true one is a lost true positive; a false one: delete its row)', () => {
    expect(stale.map((r: { ruleId: string; verdict: boolean }) => `${r.ruleId}\t${keyOf(r)}\t${r.verdict}`)).toEqual([]);
  });

  it('docs/precision.json is what the verdicts give (node scripts/verdicts.mjs --write, then npm run docs)', () => {
    const record = readPrecision(`${root}/`);
    expect(record?.set).toBe(SET_DESCRIPTION);
    expect(record?.rules).toEqual(precisionByRule(perRule, builtinPlugin.rules));
  });

  const recommended = builtinPlugin.configs!.recommended!.rules!;
  const errorRules = Object.keys(recommended).filter((id) => recommended[id] === 'error');
  it.each(errorRules)('%s: precision at error severity >= 95 %', (id) => {
    const s = perRule.get(id);
    const p = s ? precision(s.errorTruePositives, s.judgedErrors) : null;
    if (p !== null) expect(p).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
