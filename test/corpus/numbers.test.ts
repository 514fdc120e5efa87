// The number rules on the real corpus (../shared/corpus): the findings pinned here were each read by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { quantitiesOf } from '../../src/quantity/index.js';
import { builtinPlugin } from '../../src/rules/index.js';
import { sharedPresent } from '../helpers/shared.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
// Skipped only when ../shared is absent (and then failed under CI): a glob that matches nothing fails below.
const present = sharedPresent('corpus');
const files = present ? fg.sync('{gwr,laws}/*.md', { cwd: corpus }).sort() : [];

/**
 * Findings per rule as `file:line`. None so far: the government work reports state sums total-first
 * (`总额X，其中A、B`, which is not a closed sum), date most figures as 今年/去年 rather than by year, and
 * give no phased plans with year ranges; the laws state limits, not targets. Every near miss met while
 * tuning (a 1956 figure compared with a 五年共计 sum, 全市 vs 园区 counts, 比上年增长 figures of
 * different subjects) was a false alarm and is now excluded by the engine.
 */
const EXPECTED: Record<string, string[]> = {
  'phase-total': [],
  'phase-years': [],
  'goal-consistency': [],
};

/** Each document is parsed once and linted with the three rules together (the corpus is 6.6 MB). */
async function lintCorpus(): Promise<{ found: Map<string, string[]>; mentions: number; dated: number }> {
  const found = new Map(Object.keys(EXPECTED).map((id) => [id, [] as string[]]));
  const rules = Object.keys(EXPECTED).map((id) => ({ id, rule: builtinPlugin.rules[id]!, severity: 2 as const, options: {} }));
  let mentions = 0;
  let dated = 0;
  for (const file of files) {
    const doc = await PolicyDocument.load(readFileSync(path.join(corpus, file), 'utf8'), file);
    for (const m of lintDocument(doc, { rules, settings: {}, locale: 'zh' })) found.get(m.ruleId!)!.push(`${file}:${m.line}`);
    for (const q of quantitiesOf(doc)) {
      mentions++;
      if (q.year !== null && q.metric !== null) dated++;
    }
  }
  return { found, mentions, dated };
}

const result = present ? await lintCorpus() : null;

describe.skipIf(!present)('number rules on ../shared/corpus', () => {
  it('finds the corpus', () => expect(files.length).toBe(222));
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: only the reviewed findings`, () => expect(result!.found.get(id)).toEqual(expected));
  }
  it('reads the figures the rules build on (a guard against the engine silently reading nothing)', () => {
    // Most report figures are dated 今年/去年, not by year: few carry both a year and a metric.
    expect(result!.mentions).toBeGreaterThan(8000);
    expect(result!.dated).toBeGreaterThan(100);
  });
});
