// Every rule's fixtures (src/rules/<id>/fixtures/*) with their inline expected markers: a line ending in
// `<!-- expect: <id> -->` must get that finding, every other line none of that rule.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlugin } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { compareWithMarkers, lintWith, readFixture } from '../helpers/rule-tester.js';

const rules = Object.values(builtinPlugin.rules);

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s fixtures', (id, rule) => {
  const dir = join(ROOT, 'src/rules', id, 'fixtures');
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', async (name) => {
    const { text, expected } = readFixture(join(dir, name));
    expect(compareWithMarkers(await lintWith(rule, text, { filename: name }), expected, [id])).toEqual([]);
  });
});
