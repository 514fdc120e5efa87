// The committed rule docs and README table are exactly what the rule metadata generates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '../../src/rules/index.js';
import { readPrecision, ruleDoc, withRuleTable } from '../../src/docs/rule-docs.js';
import { ROOT } from '../helpers/cli.js';

const rules = Object.values(builtinPlugin.rules);
const precision = readPrecision(ROOT);

describe('generated docs are up to date (run `npm run docs` after changing a rule)', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md', (id, rule) => {
    expect(readFileSync(`${ROOT}docs/rules/${id}.md`, 'utf8')).toBe(ruleDoc(rule, precision));
  });
  it('README rule and precision tables', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    expect(readme).toBe(withRuleTable(readme, rules, precision));
  });
});
