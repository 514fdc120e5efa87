// Every rule's documented examples run as tests, so the generated docs cannot rot.
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '../../src/rules/index.js';
import { lintWith } from '../helpers/rule-tester.js';

const rules = Object.values(builtinPlugin.rules);

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s examples', (id, rule) => {
  it('has at least one valid and one invalid example', () => {
    expect(rule.meta.examples?.valid?.length ?? 0).toBeGreaterThan(0);
    expect(rule.meta.examples?.invalid?.length ?? 0).toBeGreaterThan(0);
  });
  for (const [i, ex] of (rule.meta.examples?.valid ?? []).entries()) {
    it(`valid #${i + 1}`, async () => {
      const messages = await lintWith(rule, ex.text, { filename: ex.filename, options: ex.options });
      expect(messages.filter((m) => m.ruleId === id).map((m) => m.message)).toEqual([]);
    });
  }
  for (const [i, ex] of (rule.meta.examples?.invalid ?? []).entries()) {
    it(`invalid #${i + 1}`, async () => {
      const messages = await lintWith(rule, ex.text, { filename: ex.filename, options: ex.options });
      // An invalid example without its messages would pass by finding nothing.
      expect(ex.messages?.length ?? 0).toBeGreaterThan(0);
      expect(messages.map((m) => m.message)).toEqual(ex.messages);
    });
  }
});
