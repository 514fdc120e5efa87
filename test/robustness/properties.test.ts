// Property tests: for arbitrary hostile text every built-in rule terminates quickly, never throws and reports
// only ranges inside the text; --fix converges and leaves text outside the fixed ranges untouched, byte for
// byte, in every encoding policylint writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { validateRuleOptions } from '../../src/config/rule-options.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { MAX_FIX_PASSES } from '../../src/engine/linter.js';
import { encode } from '../../src/files/decode.js';
import { applyFixes } from '../../src/fix/apply-fixes.js';
import type { ResolvedConfig } from '../../src/config/config-types.js';
import { BUILTIN_RULES, filenames, hostileText, hostileTextFor, reportProblems, runRaw } from './hostile-text.js';

const NUM_RUNS = 200;
/** Per rule and input; the inputs are at most a few thousand characters. */
const QUICK_MS = 1000;
/**
 * A property over inputs that never reach the code it is about holds vacuously: each one counts the inputs that
 * did (a rule's reports, applied fixes) and requires a tenth of the runs. Measured: 40 to 150 in 200 for every rule,
 * about 90 in 200 for fixes.
 */
const MIN_REACHED = NUM_RUNS / 10;

describe('the document model never throws on hostile text', () => {
  it('plain text and Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, filenames, async (text, filename) => {
        const doc = await PolicyDocument.load(text, filename);
        for (const b of doc.blocks) expect(b.text).toBeTypeOf('string');
        expect(doc.lines.lineCount).toBeGreaterThan(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe.each(BUILTIN_RULES)('rule %s on hostile text', (_id, rule) => {
  it('terminates quickly, never throws, reports ranges inside the text', async () => {
    let reported = 0;
    await fc.assert(
      fc.asyncProperty(hostileTextFor(rule), filenames, async (text, filename) => {
        const doc = await PolicyDocument.load(text, filename);
        const started = performance.now();
        const reports = runRaw(rule, doc);
        const ms = performance.now() - started;
        expect(reportProblems(rule, text, reports)).toEqual([]);
        expect(ms).toBeLessThan(QUICK_MS);
        if (reports.length > 0) reported++;
      }),
      { numRuns: NUM_RUNS },
    );
    expect(reported, 'inputs on which the rule reported anything').toBeGreaterThanOrEqual(MIN_REACHED);
  });
});

/** All fixable built-in rules at once, as `--fix` runs them. */
const fixConfig: ResolvedConfig = {
  rules: BUILTIN_RULES.filter(([, r]) => r.meta.fixable).map(([id, rule]) => ({
    id,
    rule,
    severity: 2,
    options: validateRuleOptions(rule, undefined, 'test'),
  })),
  settings: {},
  locale: 'zh',
};

/** Checks that `output` is `text` with exactly the applied fixes and nothing else changed. */
function outsideUnchanged(text: string, output: string, applied: { range: [number, number]; text: string }[]): void {
  let cursor = 0;
  let out = 0;
  for (const { range: [start, end], text: replacement } of applied) {
    expect(output.slice(out, out + (start - cursor))).toBe(text.slice(cursor, start));
    out += start - cursor + replacement.length;
    cursor = end;
  }
  expect(output.slice(out)).toBe(text.slice(cursor));
}

/** Bytes of the unchanged head and tail are identical after encoding (UTF-8 with BOM, UTF-16BE, GB18030). */
function bytesOutsideUnchanged(text: string, output: string): void {
  if (!text.isWellFormed() || !output.isWellFormed()) return; // lone surrogates cannot be written in any of them
  let head = 0;
  while (head < text.length && head < output.length && text[head] === output[head]) head++;
  let tail = 0;
  while (tail < text.length - head && tail < output.length - head && text[text.length - 1 - tail] === output[output.length - 1 - tail]) tail++;
  // Do not split a surrogate pair at the edges of the changed part.
  if (head > 0 && /[\ud800-\udbff]/.test(text[head - 1]!)) head--;
  if (tail > 0 && /[\udc00-\udfff]/.test(text[text.length - tail]!)) tail--;
  for (const decoded of [
    { encoding: 'utf-8', bom: true },
    { encoding: 'utf-16be', bom: true },
    { encoding: 'gb18030', bom: false },
  ]) {
    const before = encode(text, decoded);
    const after = encode(output, decoded);
    const headBytes = encode(text.slice(0, head), decoded).length;
    const tailBytes = encode(text.slice(text.length - tail), { ...decoded, bom: false }).length;
    expect(after.subarray(0, headBytes).equals(before.subarray(0, headBytes)), decoded.encoding).toBe(true);
    expect(after.subarray(after.length - tailBytes).equals(before.subarray(before.length - tailBytes)), decoded.encoding).toBe(true);
  }
}

describe('--fix never loses data', () => {
  it('fix passes converge; text outside the fixed ranges stays byte-identical', async () => {
    expect(fixConfig.rules.map((r) => r.id)).toContain('duplicated-word');
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, filenames, async (original, filename) => {
        let text = original;
        let passes = 0;
        const seen = new Set([text]);
        for (;;) {
          const messages = lintDocument(await PolicyDocument.load(text, filename), fixConfig);
          if (!messages.some((m) => m.fix)) break;
          const { output, applied } = applyFixes(text, messages);
          if (applied.length === 0) break;
          outsideUnchanged(text, output, applied);
          expect(seen.has(output), 'fixes go round in a cycle').toBe(false);
          seen.add(output);
          text = output;
          passes++;
          expect(passes, 'fixes do not converge').toBeLessThanOrEqual(MAX_FIX_PASSES);
        }
        if (passes > 0) fixed++;
        bytesOutsideUnchanged(original, text);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(fixed, 'inputs on which a fix was applied').toBeGreaterThanOrEqual(MIN_REACHED);
  });
});
