// count-mismatch, share-consistency and doc-number on the real corpus (../shared/corpus) and the seeds: each
// finding pinned here was read by hand and judged real.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { enumerationsOf } from '../../src/rules/count-mismatch/enumerations.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { builtinPlugin } from '../../src/rules/index.js';
import { sharedPresent } from '../helpers/shared.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
// Skipped only when ../shared is absent (and then failed under CI): a glob that matches nothing fails below.
const present = sharedPresent('corpus');
const files = present ? fg.sync('{gwr,laws}/*.md', { cwd: corpus }).sort() : [];

/**
 * Findings per rule as `file:line`. None: the reports and laws number their 发文字号 and dates correctly, every
 * count next to a list agrees with it, and the few shares, changes in points and averages stated beside their
 * figures agree (the reports mostly give a share without its base: 占世界60%, 其中…占44%). The near misses met while tuning were false alarms, now excluded
 * (and kept as fixtures): counts that are figures of their own (机场50个, 15个工作日), lists of figures
 * (孵化器3家、众创空间3家), counts that belong to the last name (省十大重点园区), prose before a count
 * (…共有三十九个建设项目), shared names (村庄、集镇总体规划和村庄、集镇建设规划两个阶段), brackets that explain a
 * noun (29个省（区、市）), numbered parts after a colon (报告分六个部分：一、…), ordinals that stop early (四种类型：
 * 一是…二是…), and headings that mention a count in passing (打好四个现代化的第一个战役).
 */
const EXPECTED: Record<string, string[]> = {
  'count-mismatch': [],
  'doc-number': [],
  'share-consistency': [],
};

async function lint(text: string, file: string) {
  const rules = Object.keys(EXPECTED).map((id) => ({ id, rule: builtinPlugin.rules[id]!, severity: 2 as const, options: {} }));
  return lintDocument(await PolicyDocument.load(text, file), { rules, settings: {}, locale: 'zh' });
}

async function lintCorpus(): Promise<{ found: Map<string, string[]>; enumerations: number }> {
  const found = new Map(Object.keys(EXPECTED).map((id) => [id, [] as string[]]));
  let enumerations = 0;
  for (const file of files) {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    for (const m of await lint(text, file)) found.get(m.ruleId!)!.push(`${file}:${m.line}`);
    enumerations += enumerationsOf(await PolicyDocument.load(text, file)).length;
  }
  return { found, enumerations };
}

const { found, enumerations } = present ? await lintCorpus() : { found: new Map<string, string[]>(), enumerations: 0 };

describe.skipIf(!present)('cross checks on ../shared/corpus', () => {
  it('finds the corpus', () => expect(files.length).toBe(222));
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: only the reviewed findings`, () => expect(found.get(id)).toEqual(expected));
  }
  it('reads the counted lists the rule builds on (a guard against silently reading nothing)', () => {
    expect(enumerations).toBeGreaterThan(40);
  });
});

describe('cross checks on the seeds', () => {
  it('003 (the clean seed) gets nothing; 001 gets the one real finding of the issue', async () => {
    const found: string[] = [];
    for (const seed of readdirSync(path.join(repoRoot, 'seeds')).sort()) {
      for (const m of await lint(readFileSync(path.join(repoRoot, 'seeds', seed), 'utf8'), seed)) found.push(`${seed}:${m.line} ${m.ruleId} ${m.message}`);
    }
    // 58 亏损企业 of the 341 规模以上工业企业 given for 2020 (line 14) is 17.01%, not 14.81%.
    expect(found).toEqual(['001_3c00fa02a426fea7.txt:30 share-consistency 58家占341家应为17.01%，文中为“14.81%”']);
  });
});
