// False-alarm check on the shared corpus of real state documents: duplicated-word and injected-content.
// Every finding pinned here was looked at: the corpus really has the zero-width characters listed in
// its SOURCES.md (U+200B in the 2017, 2021 and 1957 reports, the 2020 and 2021 resolutions and
// 行政复议法(2023-09-01); U+200D after “各位代表：” in 2015). No duplicated word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import duplicatedWord from '../../src/rules/duplicated-word/index.js';
import injectedContent from '../../src/rules/injected-content/index.js';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { validateRuleOptions } from '../../src/config/rule-options.js';
import { sharedPresent } from '../helpers/shared.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const present = sharedPresent('corpus');

const EXPECTED: Record<string, string> = {
  'gwr/1957.md': 'injected-content invisible U+200B ×37',
  'gwr/2015.md': 'injected-content invisible U+200D ×1',
  'gwr/2017.md': 'injected-content invisible U+200B ×33',
  'gwr/2020-resolution.md': 'injected-content invisible U+200B ×1',
  'gwr/2021-resolution.md': 'injected-content invisible U+200B ×1',
  'gwr/2021.md': 'injected-content invisible U+200B ×14',
  'laws/诉讼与非诉讼程序法-行政复议法(2023-09-01).md': 'injected-content invisible U+200B ×1',
};

const rules = [duplicatedWord, injectedContent].map((rule) => ({
  id: rule.meta.id,
  rule,
  severity: 2 as const,
  options: validateRuleOptions(rule, {}, 'test'),
}));

describe.skipIf(!present)('duplicated-word and injected-content on the corpus', () => {
  it('find only the pinned, reviewed problems', async () => {
    const files = fg.sync('**/*.md', { cwd: corpus }).sort();
    expect(files.length).toBeGreaterThan(200);
    const found: Record<string, string> = {};
    for (const file of files) {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      const counts = new Map<string, number>();
      // One parse per file, both rules on it, as the engine runs them.
      const doc = await PolicyDocument.load(text, file);
      for (const m of lintDocument(doc, { rules, settings: {}, locale: 'zh' })) {
        const key = [m.ruleId, m.properties?.kind, m.properties?.codePoint].filter(Boolean).join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (counts.size > 0) found[file] = [...counts].map(([k, n]) => `${k} ×${n}`).join(', ');
    }
    expect(found).toEqual(EXPECTED);
  }, 120_000);
});
