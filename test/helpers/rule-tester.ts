// Runs one rule over a text, the way the engine would, for rule tests and fixtures.
import { readFileSync } from 'node:fs';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { validateRuleOptions } from '../../src/config/rule-options.js';
import type { Locale, LintMessage, Rule, Settings } from '../../src/types.js';

export interface LintWithOptions {
  filename?: string;
  options?: unknown;
  settings?: Settings;
  locale?: Locale;
}

/** `filename` decides the format (default plain text): the document is loaded as the engine loads it. */
export async function lintWith(rule: Rule, text: string, opts: LintWithOptions = {}): Promise<LintMessage[]> {
  const doc = await PolicyDocument.load(text, opts.filename ?? 'example.txt');
  const options = validateRuleOptions(rule, opts.options, 'test');
  return lintDocument(doc, {
    rules: [{ id: rule.meta.id, rule, severity: 2, options }],
    settings: opts.settings ?? {},
    locale: opts.locale ?? 'zh',
  });
}

/**
 * Inline expected markers for fixture files: `<!-- expect: rule-id -->` at the end of a line, one id per
 * expected finding on that line (`<!-- expect: duplicated-word, duplicated-word -->` for two).
 * Markers are removed before linting; removing them only shortens the end of their own line.
 */
const MARKER = /[ \t]*<!-- expect: ([^>]*?) -->/g;

export interface FixtureExpectation {
  text: string;
  /** line → rule ids expected on it (with repeats). */
  expected: Map<number, string[]>;
}

export function readFixture(path: string): FixtureExpectation {
  const raw = readFileSync(path, 'utf8');
  const expected = new Map<number, string[]>();
  const lines = raw.split('\n').map((line, i) =>
    line.replace(MARKER, (_m, ids: string) => {
      const list = ids.split(/[\s,]+/).filter(Boolean);
      expected.set(i + 1, [...(expected.get(i + 1) ?? []), ...list]);
      return '';
    }),
  );
  return { text: lines.join('\n'), expected };
}

/** Compares actual findings with the markers: returns a list of differences, empty when they agree. */
export function compareWithMarkers(messages: LintMessage[], expected: Map<number, string[]>, ruleIds: string[]): string[] {
  const actual = new Map<number, string[]>();
  for (const m of messages) {
    if (m.ruleId && ruleIds.includes(m.ruleId)) actual.set(m.line, [...(actual.get(m.line) ?? []), m.ruleId]);
  }
  const diffs: string[] = [];
  const lines = new Set([...actual.keys(), ...expected.keys()]);
  for (const line of [...lines].sort((a, b) => a - b)) {
    const want = (expected.get(line) ?? []).filter((id) => ruleIds.includes(id)).sort();
    const got = (actual.get(line) ?? []).sort();
    if (want.join() !== got.join()) {
      const detail = messages.filter((m) => m.line === line).map((m) => `${m.ruleId}: ${m.message}`);
      diffs.push(`line ${line}: expected [${want.join(', ')}], got [${got.join(', ')}] ${detail.join(' | ')}`);
    }
  }
  return diffs;
}
